"""One namespace object per vocabulary, declared once."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, ORG, TIME

BASE = "https://w3id.org/unkg/"
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

__all__ = ["UNKG", "ID", "GRAPH", "ACTIVITY_TYPE", "MODALITY", "ROLE", "FINANCE_LINE",
           "CONTRIBUTION_KIND", "GENRE", "SCHEMA", "WD", "UNDOCS", "SDG", "LANGUAGE", "PROV", "ORG",
           "SKOS", "DCTERMS", "OWL", "RDF", "RDFS", "XSD", "TIME", "PREFIXES", "BASE"]
