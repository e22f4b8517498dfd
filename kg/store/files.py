"""Graph files: written whole or not at all (`kg.output`), read and written in every common RDF
format, `-` being standard input or output.

Written for people as well as programs: Turtle and TriG grouped by subject under the prefixes of
the published JSON-LD context (`ontology/context.jsonld`), JSON-LD compacted with that context,
N-Triples and N-Quads sorted, RDF/XML for the tools that still want it.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rdflib only for the functions that take or give its Dataset
    from rdflib import Dataset

from kg.errors import GraphError
from kg.output import check_writable, is_stream, read_input, write_atomically
from kg.paths import ONTOLOGY
from kg.store.formats import RdfFormat, sniff

CONTEXT = ONTOLOGY / "context.jsonld"
UNION_QUERY = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
UNION_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
# Standard output without --format: N-Quads keeps every named graph and streams line by line,
# what `riot` and `rapper` write too.
STREAM_FORMAT = RdfFormat.N_QUADS


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    """The prefixes of the published JSON-LD context, prefix -> namespace IRI."""
    return dict(json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"])


def check_output(path: str | Path, fmt: str | None = None) -> RdfFormat:
    """The format a graph file will be written in, after refusing (before any work) a file that
    cannot be written or whose format is unknown."""
    check_writable(path)  # first: a folder given as the file name has no extension either
    return RdfFormat.choose(path, fmt, stream_default=STREAM_FORMAT)


def serialize_store(store, fmt: RdfFormat) -> bytes:
    """A pyoxigraph store as `fmt`: named graphs where the format has them, else the union of
    the graphs, each triple once (the provenance is in the triples, so nothing is lost)."""
    import pyoxigraph

    if fmt is RdfFormat.JSON_LD:
        return _compact_json_ld(store)
    if fmt is RdfFormat.TRIG:
        return store.dump(format=fmt.oxigraph, prefixes=prefixes())
    if fmt is RdfFormat.N_QUADS:
        return "".join(sorted(f"{quad} .\n" for quad in store)).encode("utf-8")
    triples = [pyoxigraph.Triple(row["s"], row["p"], row["o"])
               for row in store.query(UNION_QUERY, use_default_graph_as_union=True)]
    named = prefixes() if fmt in (RdfFormat.TURTLE, RdfFormat.RDF_XML) else None
    return pyoxigraph.serialize(triples, format=fmt.oxigraph, prefixes=named)


def _compact_json_ld(store) -> bytes:
    """JSON-LD compacted with the published context, embedded so that a reader needs no network."""
    import pyoxigraph

    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(data=pyoxigraph.serialize(store, format=pyoxigraph.RdfFormat.N_QUADS), format="nquads")
    return dataset.serialize(format="json-ld", context=prefixes(), auto_compact=True,
                             encoding="utf-8", ensure_ascii=False)


def write_store(store, path: str | Path, fmt: RdfFormat | None = None) -> RdfFormat:
    """Serialise a pyoxigraph store to `path` (or standard output for `-`) in `fmt`, by default
    the format of its extension."""
    fmt = fmt or RdfFormat.choose(path, stream_default=STREAM_FORMAT)
    check_writable(path)  # before the serialising, which takes a while for a big store
    write_atomically(path, serialize_store(store, fmt))
    return fmt


def write_dataset(dataset: Dataset, path: str | Path, fmt: RdfFormat | None = None) -> RdfFormat:
    """As `write_store`, for an rdflib Dataset."""
    from kg.store.memory import to_oxigraph

    fmt = fmt or RdfFormat.choose(path, stream_default=STREAM_FORMAT)
    return write_store(to_oxigraph(dataset), path, fmt)


def read_graph(path: str | Path, fmt: str | None = None) -> tuple[bytes, RdfFormat]:
    """The bytes of a graph file (or of standard input for `-`) and their format: named, else the
    extension's, else told from the content."""
    stream = is_stream(path)
    if not stream and not Path(path).is_file():
        raise GraphError(f"{path}: no such graph file; build one with `kg build REPORT -o {_graph_name(path)}`")
    try:
        data = read_input(path)
    except OSError as error:
        raise GraphError(f"{path}: cannot read the graph ({error.strerror or error})") from error
    if not data.strip():  # an empty answer would look like a graph with nothing in it
        if stream:
            raise GraphError("standard input holds no graph; did the command before the pipe fail?")
        raise GraphError(f"{path}: the graph file is empty; build one with `kg build REPORT -o {_graph_name(path)}`")
    if fmt:
        return data, RdfFormat.from_name(fmt)
    try:
        return data, RdfFormat.from_path(path)
    except GraphError:
        return data, sniff(data)


def _graph_name(path: str | Path) -> str:
    """The file name to suggest for a graph: the user's, where its extension is a graph format's."""
    from kg.store.formats import EXTENSIONS

    name = Path(path).name
    return name if Path(name).suffix.lower() in EXTENSIONS else "graph.ttl"


def load_into_oxigraph(path: str | Path, store=None, fmt: str | None = None):
    """Load a graph file (or standard input for `-`) into a pyoxigraph store (in memory unless
    one is given)."""
    import pyoxigraph

    data, chosen = read_graph(path, fmt)
    store = store if store is not None else pyoxigraph.Store()
    name = "standard input" if is_stream(path) else str(path)
    try:
        store.bulk_load(data, format=chosen.oxigraph)
    except (SyntaxError, ValueError) as error:
        if chosen is not RdfFormat.TRIG or fmt:
            raise GraphError(_unreadable(name, error)) from error
        try:  # told from the content: TriG reads Turtle and N-Triples, not N-Quads
            store.bulk_load(data, format=RdfFormat.N_QUADS.oxigraph)
        except (SyntaxError, ValueError):
            raise GraphError(_unreadable(name, error)) from error
    except OSError as error:
        raise GraphError(f"{name}: cannot read the graph ({error})") from error
    return store


# A report given where a graph is asked for is a newcomer's first mistake: say what to do.
REPORT_SUFFIXES = {".txt", ".text", ".md", ".pdf", ".html", ".htm", ".docx", ".doc", ".rtf", ".odt", ".wpd"}


def _unreadable(name: str, error: Exception) -> str:
    """One line on a graph file that does not parse; for a report's file, how to make its graph."""
    suffix = Path(name).suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return (f"{name}: not a graph (a {suffix} file is a report); build its graph first: "
                f"`kg build {name} -o graph.ttl`, then give --graph graph.ttl")
    return f"{name}: cannot read the graph ({error})"


def load_dataset(path: str | Path, fmt: str | None = None) -> Dataset:
    """Load a graph file (or standard input for `-`) into an rdflib Dataset."""
    import pyoxigraph

    store = load_into_oxigraph(path, fmt=fmt)
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(data=pyoxigraph.serialize(store, format=pyoxigraph.RdfFormat.N_QUADS), format="nquads")
    return dataset
