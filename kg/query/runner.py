"""Run a shipped query (by name) or the user's own file over a store; rows come back as text."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError
from kg.paths import QUERIES
from kg.store.protocol import declares_dataset, is_update, uses_service
from kg.query.parameters import (QueryText, lateral_optionals, read_header, uses_report_graphs,
                                 without_report_graphs)


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def as_dicts(self) -> list[dict[str, str]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps(self.as_dicts(), ensure_ascii=False, indent=2)

    def to_table(self, width: int = 60) -> str:
        """Columns aligned by display width; cells cut at `width` columns, with a note saying so."""
        from kg.query.results import text_table

        return text_table(list(self.columns), [list(row) for row in self.rows], cell=width, hint="")

    def render(self, fmt: str) -> str:
        renderers = {"csv": self.to_csv, "json": self.to_json, "table": self.to_table}
        if fmt not in renderers:
            raise QueryError(f"unknown output format '{fmt}'; use table, csv or json")
        return renderers[fmt]()


def query_names(folder: Path = QUERIES) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.rq"))


def describe_queries(folder: Path = QUERIES) -> list[tuple[str, QueryText]]:
    """Each shipped query's name with its purpose and parameters, for `kg query --list`."""
    return [(name, read_header(find_query(name, folder))) for name in query_names(folder)]


def find_query(name_or_file: str, folder: Path = QUERIES) -> str:
    """The SPARQL text of a shipped query by name, or of a .rq file the user gives."""
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    shipped = folder / f"{name_or_file}.rq"
    if not shipped.is_file():
        raise QueryError(f"no query named '{name_or_file}'; known queries: {_known(folder)}")
    return shipped.read_text(encoding="utf-8")


CANONICAL = ("document", "entities", "activities", "activity_links", "contributions", "finance", "staffing")


def _known(folder: Path) -> str:
    """The shipped query names for an error line: the canonical ones first, the rest counted."""
    names = query_names(folder)
    first = [name for name in CANONICAL if name in names]
    rest = [name for name in names if name not in first]
    if len(", ".join(names)) <= 150:
        return ", ".join(names)
    return ", ".join(first) + f" and {len(rest)} more (kg query --list)"


def _text(term) -> str:
    if term is None:
        return ""
    return str(getattr(term, "value", term))


def select(store, sparql: str, *, allow_service: bool = False):
    """Run a SELECT query on a store (pyoxigraph or `kg.store`), with the union of all named
    graphs as default graph unless the query names its own (FROM); pyoxigraph QuerySolutions,
    to be read once. SERVICE, which fetches other URLs, runs only when allowed."""
    if is_update(sparql):
        raise QueryError("this is an update (INSERT, DELETE, LOAD ...); kg query only reads, "
                         "updates are not run")
    if uses_service(sparql) and not allow_service:
        raise QueryError("the query uses SERVICE, which fetches other URLs; allow it with --allow-service")
    if uses_report_graphs(sparql) and not _has_named_graphs(store):
        sparql = without_report_graphs(sparql)
    if _is_oxigraph(store):
        sparql = lateral_optionals(sparql)
    try:
        solutions = store.query(sparql, use_default_graph_as_union=not declares_dataset(sparql))
    except SyntaxError as error:
        raise QueryError(f"the query does not parse: {error}") from error
    if not hasattr(solutions, "variables"):
        raise QueryError("only SELECT queries give rows; this query is ASK or CONSTRUCT")
    return solutions


def _has_named_graphs(store) -> bool:
    """Does the store hold its triples in named graphs (a store built by kg, an N-Quads or TriG
    file), or all in its default graph (a Turtle file; a store seen through FROM clauses)?"""
    try:
        return bool(store.query("ASK { GRAPH ?g { ?s ?p ?o } }", use_default_graph_as_union=False))
    except SyntaxError as error:
        raise QueryError(f"the store cannot say whether it has named graphs: {error}") from error


def _is_oxigraph(store) -> bool:
    """Is the query run by Oxigraph here (a graph file, a store folder, a pyoxigraph Store), so
    that its SPARQL extensions may be used? A SPARQL server may be any engine."""
    inner = getattr(store, "store", None)  # a store seen through some of its graphs
    if inner is not None and hasattr(store, "graphs"):
        return _is_oxigraph(inner)
    return getattr(store, "name", None) in ("memory", "oxigraph") or type(store).__module__.startswith("pyoxigraph")


def run_query(store, sparql: str) -> QueryResult:
    """Run a SELECT query on a store; every value as text ("" when unbound)."""
    solutions = select(store, sparql)
    columns = tuple(v.value for v in solutions.variables)
    rows = tuple(tuple(_text(solution[c]) for c in columns) for solution in solutions)
    return QueryResult(columns, rows)
