"""One report's triples as N-Triples text, made fast for corpus builds.

`kg.rdf.mapping.facts_triples` gives a report's triples in plain terms (kg.rdf.terms);
`to_ntriples` writes the text Oxigraph and SPARQL servers load, without rdflib. rdflib terms
are written too (same text), for callers that have them.
"""
from __future__ import annotations

from kg.rdf.terms import IRI, XSD, Literal, TripleSet

# Besides what N-Triples must escape, every character Python's `splitlines` breaks at
# (U+2028, U+0085, a vertical tab from Word ...) is written as \uXXXX, so that a line of
# N-Triples stays one line whoever splits it.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r",
                          **{ch: f"\\u{ord(ch):04X}" for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}})
_PLAIN = XSD.string


def _literal_text(value: str, language: str | None, datatype: str | None) -> str:
    value = value.translate(_ESCAPES)
    if language:
        return f'"{value}"@{language}'
    if datatype is not None and datatype != _PLAIN:
        return f'"{value}"^^<{datatype}>'
    return f'"{value}"'


def term_text(term) -> str:
    """A term as N-Triples (and SPARQL `INSERT DATA`) writes it: plain terms or rdflib's."""
    if isinstance(term, Literal):
        return _literal_text(term.lexical, term.language, term.datatype)
    if isinstance(term, IRI):
        return f"<{term}>"
    return _rdflib_text(term)


def _rdflib_text(term) -> str:
    from rdflib import BNode, Literal as RdflibLiteral, URIRef

    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, RdflibLiteral):
        return _literal_text(str(term), term.language,
                             str(term.datatype) if term.datatype is not None else None)
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


class _Written(dict):
    """Terms as written, each written once: a report names its IRIs many times."""

    def __missing__(self, term) -> str:
        written = self[term] = term_text(term)
        return written


def to_ntriples(triples) -> str:
    """N-Triples text of `triples`, one line each, in their order."""
    text = _Written()
    return "".join([f"{text[s]} {text[p]} {text[o]} .\n" for s, p, o in triples])


def to_nquads(triples, graph: str) -> str:
    """N-Quads text of `triples` in the named graph `graph`, one line each, in their order."""
    text = _Written()
    tail = f" <{graph}> .\n"
    return "".join([f"{text[s]} {text[p]} {text[o]}{tail}" for s, p, o in triples])


__all__ = ["TripleSet", "term_text", "to_ntriples", "to_nquads"]
