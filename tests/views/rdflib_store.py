"""An rdflib Dataset behind the interface kg.query reads: a SPARQL engine that is not Oxigraph
(no LATERAL, its own join order), for tests that want the same rows from both."""
from __future__ import annotations


class RdflibStore:
    """An rdflib Dataset behind the interface kg.query reads, as a SPARQL server that is not
    Oxigraph would answer (no LATERAL, its own join order)."""
    name = "rdflib"

    def __init__(self, dataset) -> None:
        self.dataset = dataset

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True):
        result = self.dataset.query(sparql)
        if result.type == "ASK":
            return result.askAnswer
        return Solutions(result)


class Term:
    def __init__(self, value) -> None:
        self.value = str(value)


class Solutions:
    def __init__(self, result) -> None:
        self.variables = [Term(v) for v in result.vars]
        self.rows = [{str(k): Term(v) for k, v in row.asdict().items()} for row in result]

    def __iter__(self):
        return iter(Row(row) for row in self.rows)


class Row(dict):
    def __missing__(self, key):  # an unbound variable, as pyoxigraph gives it
        return None
