"""Document -> Facts, with the rules of the document's language."""
from __future__ import annotations

from importlib import import_module

from kg.errors import InputError
from kg.extract.facts import Facts
from kg.ingest.document import Document
from kg.reference import Gazetteer, default_gazetteer

# Language code -> module holding its rules; each module has `extract(document, gazetteer)`.
LANGUAGES = {"zh": "kg.extract.zh"}


def extract(document: Document, gazetteer: Gazetteer | None = None) -> Facts:
    module = LANGUAGES.get(document.metadata.language)
    if module is None:
        raise InputError(f"{document.source}: no extraction rules for language "
                         f"'{document.metadata.language}' yet; give the Chinese version")
    return import_module(module).extract(document, gazetteer or default_gazetteer())
