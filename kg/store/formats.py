"""RDF file formats, chosen by file extension."""
from __future__ import annotations

from enum import Enum
from pathlib import Path

from kg.errors import GraphError


class RdfFormat(Enum):
    """value = (rdflib name, pyoxigraph name, holds named graphs)"""

    TURTLE = ("turtle", "TURTLE", False)
    N_TRIPLES = ("nt", "N_TRIPLES", False)
    N_QUADS = ("nquads", "N_QUADS", True)
    TRIG = ("trig", "TRIG", True)
    JSON_LD = ("json-ld", "JSON_LD", True)

    @property
    def rdflib(self) -> str:
        return self.value[0]

    @property
    def oxigraph(self):
        import pyoxigraph

        return getattr(pyoxigraph.RdfFormat, self.value[1])

    @property
    def has_graphs(self) -> bool:
        return self.value[2]

    @classmethod
    def from_path(cls, path: str | Path) -> "RdfFormat":
        suffix = Path(path).suffix.lower()
        found = EXTENSIONS.get(suffix)
        if found is None:
            raise GraphError(f"{path}: unknown graph format '{suffix or '(none)'}'; "
                             f"use one of {', '.join(sorted(EXTENSIONS))}")
        return found


EXTENSIONS = {".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES, ".nq": RdfFormat.N_QUADS,
              ".trig": RdfFormat.TRIG, ".jsonld": RdfFormat.JSON_LD}
