"""Document -> Facts, with the rules of the document's language."""
from __future__ import annotations

from importlib import import_module

from kg.errors import InputError
from kg.extract.facts import Facts
from kg.extract.report import extract_report
from kg.ingest.document import Document
from kg.reference import Gazetteer, default_gazetteer

# Language code -> module holding its rules as `RULES`, imported on first use.
LANGUAGES = {"zh": "kg.extract.zh", "en": "kg.extract.en"}


def extract(document: Document, gazetteer: Gazetteer | None = None) -> Facts:
    module = LANGUAGES.get(document.metadata.language)
    if module is None:
        raise InputError(f"{document.source}: no extraction rules for language "
                         f"'{document.metadata.language}' yet; give the Chinese or English version")
    rules = import_module(module).RULES
    return extract_report(document, gazetteer or default_gazetteer(), rules)
