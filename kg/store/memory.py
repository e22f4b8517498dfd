"""An rdflib Dataset handed to Oxigraph for querying (fast SPARQL, same results)."""
from __future__ import annotations

from rdflib import Dataset


def to_oxigraph(dataset: Dataset):
    import pyoxigraph

    store = pyoxigraph.Store()
    data = dataset.serialize(format="nquads", encoding="utf-8")
    store.bulk_load(data, format=pyoxigraph.RdfFormat.N_QUADS)
    return store
