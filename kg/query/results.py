"""Query results written out: the W3C SPARQL 1.1 result formats by Oxigraph's own serialisers,
or a table for reading in a terminal (rich, which measures CJK text by display width).

    json  SPARQL 1.1 Query Results JSON (typed values, language tags)
    csv   SPARQL 1.1 Query Results CSV (the header row is the variable names; values as text)
    tsv   SPARQL 1.1 Query Results TSV (terms in Turtle syntax)
    xml   SPARQL Query Results XML
    table columns aligned by display width; IRIs shortened with the graph's prefixes, long text
          cut with "…" and a note saying so; `wide` shows every cell whole
"""
from __future__ import annotations

import io

from kg.errors import QueryError

FORMATS = ("table", "csv", "tsv", "json", "xml")
CELL = 60  # display columns a table cell gets unless `wide`


def render_solutions(solutions, fmt: str, *, wide: bool = False) -> str:
    """`solutions` (pyoxigraph QuerySolutions, read once) as text in `fmt`."""
    import pyoxigraph

    if fmt not in FORMATS:
        raise QueryError(f"unknown output format '{fmt}'; use one of {', '.join(FORMATS)}")
    if not hasattr(solutions, "variables"):
        raise QueryError("only SELECT queries give rows; this query is ASK or CONSTRUCT")
    if fmt == "table":
        return solutions_table(solutions, wide=wide)
    result_format = getattr(pyoxigraph.QueryResultsFormat, fmt.upper())
    return solutions.serialize(format=result_format).decode("utf-8")


def write_solutions(solutions, fmt: str, out, *, wide: bool = False) -> None:
    """`solutions` written to the text stream `out`, ending in one newline. The W3C formats go
    row by row through Oxigraph's own serialiser into `out`'s bytes, so a dump of a whole corpus
    is never held in memory; a table needs every row first, to measure the columns."""
    if fmt == "table" or not hasattr(solutions, "serialize") or not hasattr(out, "buffer"):
        out.write(render_solutions(solutions, fmt, wide=wide).rstrip("\n") + "\n")
        return
    import pyoxigraph

    if fmt not in FORMATS:
        raise QueryError(f"unknown output format '{fmt}'; use one of {', '.join(FORMATS)}")
    if not hasattr(solutions, "variables"):
        raise QueryError("only SELECT queries give rows; this query is ASK or CONSTRUCT")
    out.flush()
    sink = _LastByte(out.buffer)
    solutions.serialize(sink, format=getattr(pyoxigraph.QueryResultsFormat, fmt.upper()))
    if sink.last != b"\n":
        sink.write(b"\n")
    out.buffer.flush()


class _LastByte:
    """A binary stream that remembers the last byte written through it."""

    def __init__(self, stream) -> None:
        self.stream, self.last = stream, b""

    def write(self, data) -> int:
        if data:
            self.last = bytes(data[-1:])
        return self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()


def solutions_table(solutions, *, wide: bool = False) -> str:
    columns = [variable.value for variable in solutions.variables]
    rows = [[_cell(solution[column], wide) for column in columns] for solution in solutions]
    return text_table(columns, rows, wide=wide)


def text_table(columns: list[str], rows: list[list[str]], *, wide: bool = False, cell: int = CELL,
               hint: str = "; --wide shows them whole") -> str:
    """A plain table: one line per row, columns aligned by display width (CJK counts two).
    Unless `wide`, a cell is cut at `cell` columns with "…", and a last line says so."""
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table

    table = Table(box=_dashed_head(), show_edge=False, pad_edge=False, highlight=False)
    cut = False
    for column in columns:
        table.add_column(column, overflow="fold" if wide else "ellipsis", no_wrap=not wide,
                         max_width=None if wide else cell)
    for row in rows:
        cut = cut or (not wide and any(cell_len(value) > cell for value in row))
        table.add_row(*row)
    widths = [max([cell_len(c)] + [cell_len(r[i]) for r in rows]) for i, c in enumerate(columns)]
    out = io.StringIO()
    console = Console(file=out, width=sum(widths) + 3 * len(columns) + 4, color_system=None,
                      force_terminal=False, legacy_windows=False, emoji=False, markup=False,
                      highlight=False, soft_wrap=False)
    console.print(table)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    text = "\n".join(lines).strip("\n")
    if cut:
        text += f"\n(cells longer than {cell} columns are cut at …{hint})"
    return text


def _dashed_head():
    from rich.box import Box

    # rich's SIMPLE_HEAD with ASCII dashes under the header: the table stays plain text
    return Box("    \n    \n -  \n    \n    \n    \n    \n    \n")


def _cell(term, wide: bool) -> str:
    """A term as a reader wants it: a literal's text, an IRI shortened by a known prefix."""
    if term is None:
        return ""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return term.value if wide else _prefixed(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    return term.value


def _prefixed(iri: str) -> str:
    from kg.rdf.terms import PREFIXES  # plain strings: no rdflib to import for a prefix

    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri
