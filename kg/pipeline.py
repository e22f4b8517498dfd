"""The stages in order: read -> extract -> resolve (versions of one report together) -> map to
RDF. One function per way in."""
from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Dataset

from kg.errors import InputError
from kg.extract.facts import Facts
from kg.extract.pipeline import extract
from kg.ingest import Document, read_report, read_text
from kg.ingest.reader import SUPPORTED
from kg.rdf.mapping import to_dataset
from kg.reference import Gazetteer, default_gazetteer
from kg.resolve import align_versions


def expand_inputs(inputs: list[str | Path]) -> list[Path]:
    """Files as given; folders give the reports inside them; globs are expanded."""
    out: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED and p.is_file())
            if not found:
                raise InputError(f"{path}: no reports ({', '.join(SUPPORTED)}) in this folder")
            out += found
        elif any(ch in str(item) for ch in "*?[") and not path.exists():
            found = sorted(Path().glob(str(item))) if not path.is_absolute() else sorted(
                Path(path.anchor).glob(str(path.relative_to(path.anchor))))
            if not found:
                raise InputError(f"{item}: no file matches this pattern")
            out += found
        else:
            out.append(path)
    return out


def read_and_extract(path: str | Path, gazetteer: Gazetteer | None = None) -> tuple[Document, Facts]:
    document = read_report(path)
    return document, check_field(document, extract(document, gazetteer or default_gazetteer()))


def check_field(document: Document, facts: Facts) -> Facts:
    """A document of the field names a UN body, a country or an instrument; a text that names
    none (a recipe, a novel, another field's paper) is refused rather than made an empty graph."""
    kinds = {mention.entity.kind for mention in facts.mentions}
    if facts.subject is None and not kinds & {"Organization", "Country", "Instrument"}:
        raise InputError(f"{document.source}: names no UN body, country or treaty; this does not look "
                         f"like a document on peace and disarmament")
    return facts


def build_dataset(inputs: list[str | Path], *, gazetteer: Gazetteer | None = None) -> "Dataset":
    """Read, extract, align and map every report; each report goes into its own named graph, and
    the language versions of one report share one key per body and one value per shared fact."""
    items = [read_and_extract(path, gazetteer) for path in expand_inputs(inputs)]
    return to_dataset(align_versions(items))


def build_from_text(text: str, *, source: str = "<text>", gazetteer: Gazetteer | None = None) -> "Dataset":
    document = read_text(text, source=source)
    return to_dataset([(document, check_field(document, extract(document, gazetteer or default_gazetteer())))])
