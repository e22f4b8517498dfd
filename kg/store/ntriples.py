"""One report's triples as N-Triples text, made fast for corpus builds.

`kg.rdf.mapping.add_facts` writes into anything that can `add` a triple and answer
`triple in graph` (with `None` as a wildcard). An rdflib `Graph` does that through its
store, events and indexes, which costs more than the mapping itself; `TripleSet` does only
what the mapping needs, and `to_ntriples` writes the text Oxigraph and SPARQL servers load.
"""
from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

# Besides what N-Triples must escape, every character Python's `splitlines` breaks at
# (U+2028, U+0085, a vertical tab from Word ...) is written as \uXXXX, so that a line of
# N-Triples stays one line whoever splits it.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r",
                          **{ch: f"\\u{ord(ch):04X}" for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}})
_PLAIN = XSD.string


class TripleSet:
    """A set of triples in insertion order, enough of an rdflib `Graph` for `add_facts`."""

    def __init__(self) -> None:
        self._triples: dict[tuple, None] = {}
        self._subject_predicates: set[tuple] = set()

    def add(self, triple: tuple) -> None:
        self._triples[triple] = None
        self._subject_predicates.add(triple[:2])

    def __contains__(self, pattern: tuple) -> bool:
        subject, predicate, obj = pattern
        if subject is not None and predicate is not None:
            if obj is None:
                return (subject, predicate) in self._subject_predicates
            return pattern in self._triples
        return any(self.triples(pattern))

    def triples(self, pattern: tuple):
        """The triples matching a pattern, `None` matching anything (rdflib's signature)."""
        for triple in self._triples:
            if all(want is None or want == have for want, have in zip(pattern, triple, strict=True)):
                yield triple

    def __iter__(self):
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


def term_text(term) -> str:
    """An rdflib term as N-Triples (and SPARQL `INSERT DATA`) writes it."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        value = str(term).translate(_ESCAPES)
        if term.language:
            return f'"{value}"@{term.language}'
        if term.datatype is not None and term.datatype != _PLAIN:
            return f'"{value}"^^<{term.datatype}>'
        return f'"{value}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def to_ntriples(triples) -> str:
    """N-Triples text of `triples`, one line each, in their order."""
    return "".join(f"{term_text(s)} {term_text(p)} {term_text(o)} .\n" for s, p, o in triples)
