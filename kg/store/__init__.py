"""Where graphs live: files, memory, an Oxigraph folder, a SPARQL server; one interface.

Stores are plugins found by name and imported on first use, as rdflib finds its stores:

    memory    a pyoxigraph dataset in this process, read from or saved to a graph file
    oxigraph  an embedded persistent Oxigraph database in a folder (`--store DIR`)
    endpoint  any SPARQL 1.1 server (`--endpoint URL`)

Every store is a `kg.store.base.GraphStore`: `run_query(store, sparql)` queries it, and
`replace_graph` loads one report's named graph. `open_store` is what commands call.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path

from kg.errors import GraphError

STORES = {
    "memory": ("kg.store.memory", "MemoryStore"),
    "oxigraph": ("kg.store.embedded", "OxigraphStore"),
    "endpoint": ("kg.store.endpoint", "EndpointStore"),
}


def store_class(name: str):
    """The store class registered under `name`, imported now."""
    if name not in STORES:
        raise GraphError(f"no store named '{name}'; known stores: {', '.join(STORES)}")
    module, attribute = STORES[name]
    return getattr(import_module(module), attribute)


def open_store(store_dir: str | Path | None = None, endpoint: str | None = None,
               graph: str | Path | None = None, *, writable: bool = False):
    """The store a command names: a graph file, an Oxigraph folder or a SPARQL endpoint; exactly
    one. A folder opens read-only unless `writable`. The result can be given to `run_query`."""
    given = [name for name, value in (("--store", store_dir), ("--endpoint", endpoint),
                                      ("--graph", graph)) if value]
    if len(given) != 1:
        choices = "--graph FILE, --store DIR or --endpoint URL"
        raise GraphError(f"give the graph with one of {choices}" if not given else
                         f"{' and '.join(given)} each name a graph; give only one of {choices}")
    if store_dir:
        return store_class("oxigraph")(store_dir, read_only=not writable)
    if endpoint:
        return store_class("endpoint")(endpoint)
    return store_class("memory").from_file(graph)


__all__ = ["STORES", "store_class", "open_store"]
