"""Graph files: written whole or not at all (temporary file, then rename), read by extension."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Dataset

from kg.errors import GraphError
from kg.store.formats import RdfFormat


def check_folder(path: Path) -> None:
    """Refuse a graph file whose folder is missing, before any work is done."""
    if not path.parent.exists():
        raise GraphError(f"{path}: folder {path.parent} does not exist; create it first")


def write_dataset(dataset: "Dataset", path: str | Path) -> RdfFormat:
    """Serialise to `path` in the format its extension names. Triple formats get the union of
    the named graphs; the provenance is in the triples, so nothing is lost."""
    path = Path(path)
    fmt = RdfFormat.from_path(path)
    check_folder(path)
    if fmt.has_graphs:
        data = dataset.serialize(format=fmt.rdflib, encoding="utf-8")
    else:
        union = dataset.graph()  # a scratch graph to hold the union with the prefixes bound
        target = type(union)()
        for prefix, namespace in dataset.namespaces():
            target.bind(prefix, namespace)
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            target.add((s, p, o))
        data = target.serialize(format=fmt.rdflib, encoding="utf-8")
    _write_whole(path, data)
    return fmt


UNION_QUERY = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"


def write_store(store, path: str | Path) -> RdfFormat:
    """Serialise a pyoxigraph store to `path` like `write_dataset`: named graphs where the format
    has them, else the union of the graphs, each triple once."""
    import pyoxigraph

    from kg.rdf.terms import PREFIXES

    path = Path(path)
    fmt = RdfFormat.from_path(path)
    check_folder(path)
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    if fmt.has_graphs:
        data = store.dump(format=fmt.oxigraph, prefixes=prefixes if fmt is RdfFormat.TRIG else None)
    else:
        triples = (pyoxigraph.Triple(row["s"], row["p"], row["o"]) for row in store.query(UNION_QUERY, use_default_graph_as_union=True))
        data = pyoxigraph.serialize(triples, format=fmt.oxigraph,
                                    prefixes=prefixes if fmt is RdfFormat.TURTLE else None)
    _write_whole(path, data)
    return fmt


def _write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all: a temporary file, then a rename."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_into_oxigraph(path: str | Path, store=None):
    """Load a graph file into a pyoxigraph store (in memory unless one is given)."""
    import pyoxigraph

    path = Path(path)
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; build one with `kg build REPORT -o {path.name}`")
    fmt = RdfFormat.from_path(path)
    store = store if store is not None else pyoxigraph.Store()
    try:
        store.bulk_load(path=str(path), format=fmt.oxigraph)
    except (SyntaxError, ValueError, OSError) as error:
        raise GraphError(f"{path}: cannot read the graph ({error})") from error
    return store


def load_dataset(path: str | Path) -> "Dataset":
    """Load a graph file into an rdflib Dataset."""
    path = Path(path)
    if not path.is_file():
        raise GraphError(f"{path}: no such graph file; build one with `kg build REPORT -o {path.name}`")
    from rdflib import Dataset

    fmt = RdfFormat.from_path(path)
    dataset = Dataset(default_union=True)
    try:
        if fmt.has_graphs:
            dataset.parse(path, format=fmt.rdflib)
        else:
            dataset.default_graph.parse(path, format=fmt.rdflib)
    except Exception as error:  # rdflib raises many parser-specific types
        raise GraphError(f"{path}: cannot read the graph ({type(error).__name__}: {error})") from error
    return dataset
