"""The in-memory store: a pyoxigraph dataset in this process, saved to a graph file at the end.

`kg build -o graph.ttl` fills one of these; `kg query --graph graph.ttl` reads a file into one.
"""
from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Dataset

from kg.store.base import ENTITIES_GRAPH, GraphStore, as_nquads


class MemoryStore(GraphStore):
    name = "memory"
    keeps_summary = False  # a graph file is written as the reports say it, with nothing added

    def __init__(self) -> None:
        import pyoxigraph

        self.oxigraph = pyoxigraph.Store()

    @classmethod
    def from_file(cls, path: str | Path, fmt: str | None = None) -> "MemoryStore":
        """A store holding the graph file at `path` (any format `RdfFormat` knows; `-` is
        standard input)."""
        from kg.store.files import load_into_oxigraph

        store = cls()
        load_into_oxigraph(path, store.oxigraph, fmt=fmt)
        return store

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True):
        return self.oxigraph.query(sparql, use_default_graph_as_union=use_default_graph_as_union)

    def replace_graph(self, graph: str, ntriples: str, *, entities: str = "") -> None:
        import pyoxigraph

        self.oxigraph.remove_graph(pyoxigraph.NamedNode(graph))
        quads = as_nquads(ntriples, graph) + as_nquads(entities, ENTITIES_GRAPH)
        self.oxigraph.load(quads, format=pyoxigraph.RdfFormat.N_QUADS)

    def remove_graph(self, graph: str) -> None:
        import pyoxigraph

        self.oxigraph.remove_graph(pyoxigraph.NamedNode(graph))

    def save(self, path: str | Path, fmt=None) -> int:
        """Write the dataset to `path` in `fmt` (an `RdfFormat`), by default the format of its
        extension; returns the count of statements written: quads where the format keeps the
        named graphs, else the triples of their union, each once."""
        from kg.store.files import UNION_COUNT, write_store

        written = write_store(self.oxigraph, path, fmt)
        if written.has_graphs:
            return len(self.oxigraph)
        return int(next(iter(self.query(UNION_COUNT)))["n"].value)


def to_oxigraph(dataset: "Dataset"):
    """An rdflib Dataset handed to Oxigraph for querying (fast SPARQL, same results)."""
    import pyoxigraph

    store = pyoxigraph.Store()
    data = dataset.serialize(format="nquads", encoding="utf-8")
    store.bulk_load(data, format=pyoxigraph.RdfFormat.N_QUADS)
    return store
