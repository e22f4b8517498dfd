"""The namespaces as rdflib objects, for code that works on rdflib graphs (views, validation,
tests). Declared once, in kg.rdf.terms (which the mapping uses, without rdflib)."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, ORG, TIME

from kg.rdf import terms

BASE = terms.BASE
UNKG = Namespace(str(terms.UNKG))
ID = Namespace(str(terms.ID))
GRAPH = Namespace(str(terms.GRAPH))
ACTIVITY_TYPE = Namespace(str(terms.ACTIVITY_TYPE))
MODALITY = Namespace(str(terms.MODALITY))
ROLE = Namespace(str(terms.ROLE))
FINANCE_LINE = Namespace(str(terms.FINANCE_LINE))
CONTRIBUTION_KIND = Namespace(str(terms.CONTRIBUTION_KIND))
GENRE = Namespace(str(terms.GENRE))
SCHEMA = Namespace(str(terms.SCHEMA))
WD = Namespace(str(terms.WD))
UNDOCS = Namespace(str(terms.UNDOCS))  # UN documents by symbol (kg.rdf.links)
SDG = Namespace(str(terms.SDG))  # the UN's SDG concept scheme
LANGUAGE = Namespace(str(terms.LANGUAGE))

PREFIXES = {prefix: Namespace(str(namespace)) for prefix, namespace in terms.PREFIXES.items()}

__all__ = ["UNKG", "ID", "GRAPH", "ACTIVITY_TYPE", "MODALITY", "ROLE", "FINANCE_LINE",
           "CONTRIBUTION_KIND", "GENRE", "SCHEMA", "WD", "UNDOCS", "SDG", "LANGUAGE", "PROV", "ORG",
           "SKOS", "DCTERMS", "OWL", "RDF", "RDFS", "XSD", "TIME", "PREFIXES", "BASE"]
