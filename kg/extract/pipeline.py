"""Document -> Facts, with the rules of the document's language."""
from __future__ import annotations

from importlib import import_module

from kg.errors import InputError
from kg.extract.facts import Facts
from kg.extract.report import extract_report
from kg.extract.rules import LanguageRules
from kg.ingest.document import Document
from kg.reference import Gazetteer, default_gazetteer

# Language code -> module holding its rules as `RULES`, imported on first use.
LANGUAGES = {code: f"kg.extract.{code}" for code in ("zh", "en", "fr", "es", "ru", "ar")}


def rules_for(language: str) -> LanguageRules | None:
    module = LANGUAGES.get(language)
    try:
        return import_module(module).RULES if module else None
    except ModuleNotFoundError as error:  # a language whose plug-in is not written yet
        if error.name != module:
            raise
        return None


def extract(document: Document, gazetteer: Gazetteer | None = None) -> Facts:
    rules = rules_for(document.metadata.language)
    if rules is None:
        readable = ", ".join(code for code in LANGUAGES if rules_for(code) is not None)
        raise InputError(f"{document.source}: no extraction rules for language "
                         f"'{document.metadata.language}' yet; give a version in one of: {readable}")
    return extract_report(document, gazetteer or default_gazetteer(), rules)
