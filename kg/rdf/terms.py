"""RDF terms as plain values, and the vocabularies' namespaces, without rdflib.

The mapping (kg.rdf.mapping) makes its triples from these: an `IRI` is a `str`, a `Literal`
a small frozen value with its lexical form, language and datatype. Both ways out are fed from
the same triples: N-Triples text for stores and servers (kg.store.ntriples, no rdflib at all:
rdflib's terms cost more to make than the mapping itself, and importing rdflib a fifth of a
cold `kg build`), and rdflib terms for an rdflib `Dataset` (`to_rdflib`).

The lexical forms are the ones rdflib would give the same Python values (`True` -> "true",
`5` -> "5"); a value of another type (float, Decimal, date ...) is handed to rdflib once to
learn its form and datatype, so both ways out always agree.
"""
from __future__ import annotations

import re

BASE = "https://w3id.org/unkg/"


class IRI(str):
    """An IRI: the string itself."""

    __slots__ = ()


class Namespace:
    """`NS.name` and `NS["name"]` give the IRI of a name in the namespace; `str(NS)` its base.
    Not a `str` itself, so that names such as `title` or `count` are not str's methods. A
    name looked up once is kept as an attribute: the mapping asks for the same few often."""

    def __init__(self, base: str) -> None:
        self.__dict__["_base"] = base

    def __getattr__(self, name: str) -> IRI:
        if name.startswith("__"):  # copy, pickle and friends look these up
            raise AttributeError(name)
        iri = self.__dict__[name] = IRI(self._base + name)
        return iri

    def __getitem__(self, name: str) -> IRI:
        return IRI(self._base + name)

    def __str__(self) -> str:
        return self._base

    def __repr__(self) -> str:
        return f"Namespace({self._base!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Namespace) and other._base == self._base

    def __hash__(self) -> int:
        return hash(self._base)


XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
TIME = Namespace("http://www.w3.org/2006/time#")

UNKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
ACTIVITY_TYPE = Namespace(BASE + "vocab/activity-type/")
MODALITY = Namespace(BASE + "vocab/modality/")
ROLE = Namespace(BASE + "vocab/role/")
FINANCE_LINE = Namespace(BASE + "vocab/finance-line/")
CONTRIBUTION_KIND = Namespace(BASE + "vocab/contribution-kind/")
GENRE = Namespace(BASE + "vocab/genre/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
UNDOCS = Namespace("https://undocs.org/")  # UN documents by symbol (kg.rdf.links)
SDG = Namespace("http://metadata.un.org/sdg/")  # the UN's SDG concept scheme
LANGUAGE = Namespace("http://id.loc.gov/vocabulary/iso639-1/")

PREFIXES = {
    "unkg": UNKG, "id": ID, "acttype": ACTIVITY_TYPE, "modality": MODALITY, "role": ROLE,
    "finline": FINANCE_LINE, "contrib": CONTRIBUTION_KIND, "genre": GENRE, "schema": SCHEMA, "wd": WD,
    "sdg": SDG, "iso639": LANGUAGE,  # no prefix for undocs: symbols hold slashes
    "prov": PROV, "org": ORG, "skos": SKOS, "dcterms": DCTERMS, "owl": OWL, "time": TIME,
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
}

_BOOLEAN, _INTEGER = XSD.boolean, XSD.integer
# datatypes whose lexical forms rdflib keeps as written when they are in its canonical form,
# as the mapping writes them (f"{amount:.2f}", ISO dates); any other is asked of rdflib
_KEPT = frozenset({XSD.string, XSD.date, XSD.gYear, XSD.gYearMonth, XSD.decimal, XSD.integer,
                   XSD.anyURI, XSD.boolean})

# a local date and time to the second (calendar bounds), which rdflib keeps as written too;
# with a zone or fractions rdflib rewrites it (Z -> +00:00), so those are asked of rdflib
_DATE_TIME = XSD.dateTime
_LOCAL_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


class Literal:
    """A literal: lexical form, language tag or datatype (neither for a plain string)."""

    __slots__ = ("lexical", "language", "datatype", "_hash")

    def __init__(self, value, lang: str | None = None, datatype: str | None = None) -> None:
        if isinstance(value, str):
            lexical = str(value)
            if datatype is not None and str(datatype) not in _KEPT and not (
                    datatype == _DATE_TIME and _LOCAL_DATE_TIME.fullmatch(lexical)):
                lexical, datatype = _from_rdflib(value, lang, datatype)
        elif isinstance(value, bool):
            lexical, datatype = ("true" if value else "false"), datatype or _BOOLEAN
        elif isinstance(value, int):
            lexical, datatype = str(value), datatype or _INTEGER
        else:
            lexical, datatype = _from_rdflib(value, lang, datatype)
        self.lexical = lexical
        self.language = lang.lower() if lang else None
        self.datatype = IRI(datatype) if datatype is not None and not lang else None
        self._hash = hash((self.lexical, self.language, self.datatype))

    def __eq__(self, other) -> bool:
        return (isinstance(other, Literal) and self.lexical == other.lexical
                and self.language == other.language and self.datatype == other.datatype)

    def __hash__(self) -> int:
        return self._hash

    def __str__(self) -> str:
        return self.lexical

    def __repr__(self) -> str:
        return f"Literal({self.lexical!r}, lang={self.language!r}, datatype={self.datatype!r})"

    def __reduce__(self):
        return (_literal, (self.lexical, self.language, self.datatype))


def _literal(lexical: str, language: str | None, datatype: str | None) -> Literal:
    literal = Literal.__new__(Literal)
    literal.lexical, literal.language, literal.datatype = lexical, language, datatype
    literal._hash = hash((lexical, language, datatype))
    return literal


def _from_rdflib(value, lang, datatype) -> tuple[str, str | None]:
    """The lexical form and datatype rdflib gives a value (rare types only: it costs an import)."""
    import rdflib

    term = rdflib.Literal(value, lang=lang, datatype=rdflib.URIRef(datatype) if datatype else None)
    return str(term), (str(term.datatype) if term.datatype is not None else None)


class TripleSet:
    """A set of triples in insertion order: what the mapping writes into (enough of an rdflib
    `Graph` for it: `add`, and `triple in graph` with `None` as a wildcard)."""

    def __init__(self) -> None:
        self._triples: dict[tuple, None] = {}

    def add(self, triple: tuple) -> None:
        self._triples[triple] = None

    def __contains__(self, pattern: tuple) -> bool:
        if None not in pattern:
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


def to_rdflib(term):
    """The rdflib term for a term of this module (rdflib terms pass through)."""
    import rdflib

    if isinstance(term, Literal):
        return rdflib.Literal(term.lexical, lang=term.language,
                              datatype=rdflib.URIRef(term.datatype) if term.datatype else None)
    if isinstance(term, IRI):
        return rdflib.URIRef(term)
    return term


__all__ = ["IRI", "Literal", "Namespace", "TripleSet", "to_rdflib", "PREFIXES", "BASE", "XSD", "RDF", "RDFS",
           "OWL", "SKOS", "PROV", "ORG", "DCTERMS", "TIME", "UNKG", "ID", "GRAPH", "ACTIVITY_TYPE",
           "MODALITY", "ROLE", "FINANCE_LINE", "CONTRIBUTION_KIND", "GENRE", "SCHEMA", "WD", "UNDOCS",
           "SDG", "LANGUAGE"]
