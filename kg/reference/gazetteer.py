"""The reference data (countries, regions, organisations, instruments), loaded once from YAML."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.extract.facts import Entity
from kg.paths import DATA
from kg.reference.compiled import cached, read_yaml

LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")
OTHER_LANGUAGES = ("fr", "es", "ru", "ar")  # labelled in Entity.labels
ORG_FILE, INSTRUMENT_FILE, COUNTRY_FILE, REGION_FILE = (
    "organizations.yaml", "instruments.yaml", "countries.yaml", "regions.yaml")
COUNTRY_WIKIDATA_FILE = "country_wikidata.yaml"  # alpha-3 -> Wikidata item, kept beside the generated list
PLACE_FILE = "places.yaml"  # places holding a country's name (Panama City): no mention of the country


def squeeze(text: str) -> str:
    """The form names are matched in: NFKC, case-folded, without spaces and brackets."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s《》“”\"'‘’「」]", "", text)


def spaced(text: str) -> str:
    """The form a Latin name is compared in: NFKC, case-folded, single spaces, one apostrophe
    (`l’ASEAN` as printed, `l'ASEAN` as typed)."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass
class Gazetteer:
    """Every known entity and every name it goes by (squeezed), for matching in text."""

    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    names: dict[str, Entity] = field(default_factory=dict)
    # Latin-script names: squeezed form -> the spaced forms (case-folded) they are written in,
    # so that "I can" is not ICAN; short acronyms must match with their case (UN, not "un").
    latin_forms: dict[str, set[str]] = field(default_factory=dict)
    acronyms: dict[str, set[str]] = field(default_factory=dict)
    # every name as written, in load order, for matchers that match names in a word form
    written: list[tuple[str, Entity]] = field(default_factory=list, repr=False)
    # built once per gazetteer and reused by every report: name matchers by their blockers
    matchers: dict[tuple[str, ...], object] = field(default_factory=dict, repr=False, compare=False)
    # the data folder it was loaded from, when it is the shipped data read through its compiled
    # copy: matchers built from it may be compiled too (kg.reference.matcher)
    folder: str | None = field(default=None, repr=False, compare=False)
    # language -> the names of places that hold a country's name and are not it (kg/data/places.yaml)
    places: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def add(self, entity: Entity, names: list[str]) -> None:
        self.entities[(entity.kind, entity.key)] = entity
        for name in names:
            name = str(name)
            key = squeeze(name)
            if len(key) < 2 or (key in self.names and self.names[key] != entity):
                continue  # first one in wins: countries are loaded before organisations
            self.names[key] = entity
            self.written.append((name, entity))
            if re.search(r"[a-z]", key) and not re.search(r"[\u4e00-\u9fff]", key):
                self.latin_forms.setdefault(key, set()).add(spaced(name))
                if re.fullmatch(r"[A-Z][A-Z0-9]{1,4}", name):
                    self.acronyms.setdefault(key, set()).add(name)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "matchers": {}}  # matchers hold automata and functions: rebuilt per process

    def place_names(self, language: str) -> tuple[str, ...]:
        """Names of places in `language` that a name matcher must not read as the country whose
        name they hold ("Ciudad de Guatemala"): its blockers, with the language's own."""
        return self.places.get(language, ())

    def get(self, kind: str, key: str) -> Entity | None:
        return self.entities.get((kind, key))

    def lookup(self, name: str) -> Entity | None:
        return self.names.get(squeeze(name))


def _names(record: dict) -> list[str]:
    names: list[str] = []
    for lang in LANGUAGES:
        names += [str(n) for n in (record.get("names") or {}).get(lang) or []]
    names += [str(n) for n in record.get("acronyms") or []]
    for values in (record.get("former_names") or {}).values():
        names += [str(n) for n in values or []]
    return names


def _first(record: dict, lang: str) -> str | None:
    values = (record.get("names") or {}).get(lang) or []
    return str(values[0]) if values else None


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return read_yaml(path) or []


def _translations(folder: Path) -> dict[str, dict[str, list[str]]]:
    """Names per language kept beside the records (`names/<code>.yaml`: key -> names, the
    preferred one first), so that a language adds its names without touching the rest."""
    out: dict[str, dict[str, list[str]]] = {}
    for path in sorted((folder / "names").glob("*.yaml")):
        for key, names in (read_yaml(path) or {}).items():
            out.setdefault(str(key), {}).setdefault(path.stem, []).extend(str(n) for n in names or [])
    return out


def _label(record: dict, extra: dict[str, list[str]], lang: str) -> str | None:
    """The preferred label in one language: the record's, else the language's names file's."""
    return _first(record, lang) or next(iter(extra.get(lang) or []), None)


def _labels(record: dict, extra: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """The preferred label in each language besides English and Chinese."""
    return tuple((lang, label) for lang in OTHER_LANGUAGES if (label := _label(record, extra, lang)))


def _country_items(folder: Path) -> dict[str, str]:
    path = folder / COUNTRY_WIKIDATA_FILE
    return {str(k): str(v) for k, v in (read_yaml(path) or {}).items()} if path.exists() else {}


def _place_names(folder: Path) -> dict[str, tuple[str, ...]]:
    """Language -> the names of every place of the places file, in file order."""
    path = folder / PLACE_FILE
    out: dict[str, list[str]] = {}
    for places in (read_yaml(path) or {}).values() if path.exists() else ():
        for place in places:
            for lang in LANGUAGES:
                out.setdefault(lang, []).extend(str(n) for n in place.get(lang) or [])
    return {lang: tuple(names) for lang, names in out.items()}


def load_gazetteer(folder: Path = DATA) -> Gazetteer:
    gazetteer = Gazetteer(places=_place_names(folder))
    translated = _translations(folder)
    country_items = _country_items(folder)
    for row in _read(folder / COUNTRY_FILE):
        if row.get("status", "member") == "other" and not (row.get("names") or {}).get("zh"):
            continue
        extra = translated.get(row["iso3"], {})
        entity = Entity("Country", row["iso3"], _first(row, "en"), _label(row, extra, "zh"),
                        category=row.get("status"), m49=str(row.get("m49") or "") or None,
                        iso2=row.get("iso2"), wikidata=country_items.get(row["iso3"]),
                        labels=_labels(row, extra))
        gazetteer.add(entity, _names(row) + [n for names in extra.values() for n in names])
    for kind, file in (("Organization", ORG_FILE), ("Instrument", INSTRUMENT_FILE),
                       ("Region", REGION_FILE)):
        for row in _read(folder / file):
            extra = translated.get(str(row["key"]), {})
            entity = Entity(kind, str(row["key"]), _first(row, "en"), _label(row, extra, "zh"),
                            category=row.get("category"), parent=row.get("parent"),
                            issuer=row.get("issuer"), wikidata=row.get("wikidata"), host=row.get("host"),
                            m49=str(row["m49"]) if row.get("m49") else None, labels=_labels(row, extra),
                            symbol=row.get("symbol"), sdg=str(row["sdg"]) if row.get("sdg") else None)
            gazetteer.add(entity, _names(row) + [entity.key] + [n for names in extra.values() for n in names])
    return gazetteer


@lru_cache(maxsize=4)
def default_gazetteer(folder: str = str(DATA)) -> Gazetteer:
    """The shipped reference data, read once per process (from its compiled copy)."""
    gazetteer = cached(Path(folder), load_gazetteer)
    gazetteer.matchers = {}
    gazetteer.folder = folder
    return gazetteer


def minted(kind: str, key: str, label_en: str | None, label_zh: str | None,
           labels: tuple[tuple[str, str], ...] = ()) -> Entity:
    """An entity the reference data lacks, found in the text."""
    return Entity(kind, key, label_en, label_zh, in_reference=False, labels=labels)
