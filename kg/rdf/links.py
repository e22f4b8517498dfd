"""IRIs of things outside the graph that its nodes link to: UN documents, SDG concepts, languages.

The patterns are those the publishers use:
- a UN document by its symbol at undocs.org, the UN's resolver of document symbols
  (`https://undocs.org/A/RES/75/50`, `https://undocs.org/S/RES/1540(2004)`, spaces dropped), one
  language version under its ISO 639-1 code (`https://undocs.org/zh/A/76/97`);
- a Sustainable Development Goal or target in the UN's SDG concept scheme by its code
  (`http://metadata.un.org/sdg/16`, `http://metadata.un.org/sdg/16.4`);
- a language by its ISO 639-1 code in the Library of Congress's ISO 639-1 vocabulary
  (`http://id.loc.gov/vocabulary/iso639-1/zh`; the LoC is the ISO 639-2 registration authority).
"""
from __future__ import annotations

import re
from urllib.parse import quote

from kg.rdf.terms import IRI as URIRef  # plain terms, as the mapping makes (kg.rdf.terms)
from kg.rdf.terms import LANGUAGE, SDG, UNDOCS


def document_iri(symbol: str, language: str | None = None) -> URIRef:
    """The UN document with this symbol, or one language version of it."""
    path = quote(re.sub(r"\s+", "", symbol), safe="/()-.")
    return UNDOCS[f"{language}/{path}" if language else path]


def sdg_iri(code: str) -> URIRef:
    """A goal ("16") or target ("16.4") of the SDG concept scheme."""
    return SDG[code]


def language_iri(code: str) -> URIRef:
    """An ISO 639-1 language."""
    return LANGUAGE[code]


__all__ = ["document_iri", "sdg_iri", "language_iri"]
