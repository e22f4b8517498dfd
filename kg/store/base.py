"""The one interface every store has: query with SPARQL, replace a report's named graph.

A store holds a dataset in which each report (one language version) is a named graph
(`kg.rdf.mapping.graph_iri`). Loading a report replaces its graph whole, in one transaction
where the store has transactions, so a reader never sees half a report. The report node's
`unkg:sha256` tells which version of the file a graph was built from; corpus builds read it
back with `report_hashes` to skip reports that have not changed.

What every report says alike about an entity (its key, class, labels, codes) goes once into the
shared graph `ENTITIES_GRAPH`, added to and never replaced. Left in each report's graph, it
would be there once per report, and SPARQL over the union of the graphs (which keeps a triple
once per graph holding it) would multiply every row that joins on it by the number of reports.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from kg.rdf.terms import GRAPH, UNKG

ENTITIES_GRAPH = str(GRAPH["entities"])

HASHES_QUERY = f"""SELECT ?graph ?sha256 WHERE {{
  GRAPH ?graph {{ ?report a <{UNKG.Report}> ; <{UNKG.sha256}> ?sha256 }}
}}"""


class GraphStore(ABC):
    """Where a knowledge graph lives. Use as a context manager, or call `close()`."""

    name: ClassVar[str]  # the plugin name, as in `kg.store.STORES`
    transactional: ClassVar[bool] = True  # does `replace_graph` happen all at once?
    keeps_summary: ClassVar[bool] = True  # are counts over its reports kept (kg.store.summary)?

    @abstractmethod
    def query(self, sparql: str, *, use_default_graph_as_union: bool = True):
        """Run a SPARQL query; SELECT gives `pyoxigraph.QuerySolutions` (what `run_query` reads).
        Raises SyntaxError when the query does not parse."""

    @abstractmethod
    def replace_graph(self, graph: str, ntriples: str, *, entities: str = "") -> None:
        """Make the named graph `graph` hold exactly the triples in `ntriples` (N-Triples text),
        and add the triples in `entities` to `ENTITIES_GRAPH`."""

    def load_reports(self, reports: list[tuple[str, str, str]]) -> None:
        """Load several reports, each (graph, ntriples, entities) as for `replace_graph`. Each
        report is loaded whole or not at all; a store may write several in one go."""
        for graph, ntriples, entities in reports:
            self.replace_graph(graph, ntriples, entities=entities)

    @abstractmethod
    def remove_graph(self, graph: str) -> None:
        """Remove a named graph and its triples; nothing happens if it is not there."""

    def report_hashes(self) -> dict[str, str]:
        """Named graph IRI -> the `unkg:sha256` of the report file it was built from."""
        solutions = self.query(HASHES_QUERY, use_default_graph_as_union=False)
        return {row["graph"].value: row["sha256"].value for row in solutions}

    def compact(self) -> None:
        """Put what bulk loads wrote in order for reading; a build calls it once its reports are
        in, before it counts the summary. Stores that need no such step do nothing."""

    def close(self) -> None:
        """Write what must be written and let go of files and connections."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def as_nquads(ntriples: str, graph: str) -> str:
    """N-Triples lines (each ending ` .`) put into the named graph `graph`."""
    tail = f" <{graph}> .\n"
    return "".join(line[:-2] + tail for line in ntriples.split("\n") if line)


def triples_in(nquads: bytes, graph: str) -> str:
    """The lines of N-Quads (UTF-8) in the named graph `graph`, as N-Triples text."""
    tail = f" <{graph}> .".encode()
    return "".join(line[:-len(tail)].decode() + " .\n" for line in nquads.splitlines() if line.endswith(tail))


def replacing_update(graph: str, ntriples: str, entities: str = "") -> str:
    """One SPARQL Update that replaces `graph` and adds to the entities graph: one transaction."""
    shared = f"INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{\n{entities}}} }} ;\n" if entities else ""
    return (f"{shared}DROP SILENT GRAPH <{graph}> ;\n"
            f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}}} }}")
