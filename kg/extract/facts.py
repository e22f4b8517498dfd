"""What extraction yields: plain facts with their sources, no RDF and no raw text parsing."""
from __future__ import annotations

from dataclasses import dataclass, field

RELATIONS = ("organizer", "funder", "participant", "beneficiary", "instrument")
ACTIVITY_TYPES = ("Webinar", "Meeting", "Training", "Workshop", "Lecture", "Conference", "Panel",
                  "Forum", "Consultation", "Exercise", "Campaign", "Other")
MODALITIES = ("online", "in-person", "hybrid")


@dataclass(frozen=True)
class Source:
    """Where a fact is stated: the paragraph (by key) and the sentence text."""

    paragraph: str  # Paragraph.key: "5", "summary-2", "annex-1"
    sentence: str


@dataclass(frozen=True)
class Entity:
    """A country, organisation, instrument, region or person, with a stable key."""

    kind: str  # Country | Organization | Instrument | Region | Person
    key: str  # ISO alpha-3 for countries, acronym-like ASCII otherwise
    label_en: str | None = None
    label_zh: str | None = None
    category: str | None = None  # organisation type or instrument type, e.g. "un-entity", "treaty"
    parent: str | None = None  # key of the body it is part of (an office of its organisation)
    issuer: str | None = None  # key of the organ that adopted an instrument
    host: str | None = None  # key of the country that hosts an organisation (a regional centre)
    wikidata: str | None = None
    m49: str | None = None
    iso2: str | None = None  # ISO 3166-1 alpha-2 of a country
    symbol: str | None = None  # UN document symbol of an instrument issued as one ("S/RES/1540 (2004)")
    sdg: str | None = None  # code of a Sustainable Development Goal ("16") or target ("16.4")
    in_reference: bool = True  # False when minted from the text, not found in the reference data
    # labels in the other UN languages: (("fr", "Union européenne"), ("ru", "Европейский союз"))
    labels: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def label(self, language: str) -> str | None:
        """The preferred label in one of the six UN languages, if known."""
        if language in ("en", "zh"):
            return self.label_en if language == "en" else self.label_zh
        return dict(self.labels).get(language)

    def all_labels(self) -> list[tuple[str, str]]:
        """(language, label) for every language the entity has a label in."""
        pairs = [("en", self.label_en), ("zh", self.label_zh), *self.labels]
        return [(lang, text) for lang, text in pairs if text]


@dataclass(frozen=True)
class Mention:
    entity: Entity
    text: str  # as written in the report
    source: Source


@dataclass(frozen=True)
class Link:
    relation: str  # one of RELATIONS
    target: Entity
    source: Source


@dataclass(frozen=True)
class Activity:
    key: str  # lasting: paragraph and place there, "5-1" (kg.extract.keys); while extracting, date and type
    label: str
    type: str  # one of ACTIVITY_TYPES
    paragraph: str  # key of the paragraph that describes it
    start: str | None = None  # ISO 8601 at the stated precision
    end: str | None = None
    modality: str | None = None
    participants: int | None = None
    participant_countries: int | None = None
    links: tuple[Link, ...] = ()
    sources: tuple[Source, ...] = ()
    project: str | None = None  # the project it belongs to, as named


@dataclass(frozen=True)
class Contribution:
    """Money with a stated amount: a voluntary contribution, a refund or in-kind support."""

    party: Entity
    kind: str  # voluntary-contribution | refund | in-kind
    amount: float
    currency: str
    year: int | None
    source: Source


@dataclass(frozen=True)
class Funding:
    """A funding relation without an amount: who pays for what (an organisation, project, posts)."""

    funder: Entity
    recipient: Entity | None
    purpose: str  # what is funded, as written
    source: Source


@dataclass(frozen=True)
class FinanceLine:
    line: str  # opening-balance | voluntary-contributions | ... | closing-balance
    label: str  # as printed
    amount: float
    currency: str
    date: str | None  # end of the period the line covers, ISO 8601
    source: Source
    sign_inferred: bool = False  # the printed figure carried no sign; arithmetic gave it


@dataclass(frozen=True)
class Check:
    """An arithmetic check of the trust-fund statement."""

    name: str
    expected: float
    actual: float
    consistent: bool
    explanation: str


@dataclass(frozen=True)
class Post:
    grade: str  # "P-5", "G-7", "GS"
    count: int
    funded_by: Entity | None
    title: str
    source: Source


@dataclass(frozen=True)
class Finding:
    """A data-quality observation, e.g. a stated count that differs from the list beside it."""

    kind: str  # "count-mismatch", "sign-inferred", "arithmetic"
    message: str
    source: Source


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one document."""

    subject: Entity | None
    mentions: tuple[Mention, ...] = ()
    activities: tuple[Activity, ...] = ()
    contributions: tuple[Contribution, ...] = ()
    fundings: tuple[Funding, ...] = ()
    finance: tuple[FinanceLine, ...] = ()
    checks: tuple[Check, ...] = ()
    posts: tuple[Post, ...] = ()
    findings: tuple[Finding, ...] = field(default=())
