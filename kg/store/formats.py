"""RDF file formats: chosen by `--format`, else by file extension, else (for what is read from
standard input or a file with another extension) by a look at the content."""
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
    RDF_XML = ("xml", "RDF_XML", False)

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
            what = f"unknown graph format '{suffix}'" if suffix else "no extension tells the graph format"
            raise GraphError(f"{path}: {what}; use one of {', '.join(EXTENSIONS)}, or say it with --format")
        return found

    @classmethod
    def from_name(cls, name: str) -> "RdfFormat":
        found = NAMES.get(name.lower().lstrip("."))
        if found is None:
            raise GraphError(f"unknown graph format '{name}'; use one of {', '.join(FORMAT_NAMES)}")
        return found

    @classmethod
    def choose(cls, path: str | Path, name: str | None = None, *,
               stream_default: "RdfFormat | None" = None) -> "RdfFormat":
        """The format named by `name`, else by the extension of `path`; for standard output (`-`)
        without a name, `stream_default`."""
        if name:
            return cls.from_name(name)
        if str(path) == "-" and stream_default is not None:
            return stream_default
        return cls.from_path(path)


def sniff(data: bytes) -> RdfFormat:
    """The format of graph data by its first characters: JSON-LD, RDF/XML, else TriG, which
    reads Turtle and N-Triples too (a reader tries N-Quads when TriG fails)."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64]
    if head[:1] in (b"{", b"["):
        return RdfFormat.JSON_LD
    if head.startswith((b"<?xml", b"<rdf:RDF", b"<!DOCTYPE")):
        return RdfFormat.RDF_XML
    return RdfFormat.TRIG


EXTENSIONS = {".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES, ".nq": RdfFormat.N_QUADS,
              ".trig": RdfFormat.TRIG, ".jsonld": RdfFormat.JSON_LD, ".rdf": RdfFormat.RDF_XML,
              ".xml": RdfFormat.RDF_XML}
NAMES = {"ttl": RdfFormat.TURTLE, "turtle": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES,
         "ntriples": RdfFormat.N_TRIPLES, "n-triples": RdfFormat.N_TRIPLES, "nq": RdfFormat.N_QUADS,
         "nquads": RdfFormat.N_QUADS, "n-quads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG,
         "jsonld": RdfFormat.JSON_LD, "json-ld": RdfFormat.JSON_LD, "xml": RdfFormat.RDF_XML,
         "rdf": RdfFormat.RDF_XML, "rdfxml": RdfFormat.RDF_XML, "rdf/xml": RdfFormat.RDF_XML}
FORMAT_NAMES = ("ttl", "nt", "nq", "trig", "jsonld", "xml")
