"""The document model: what the reader makes of a report, and all later stages see of it.

Text here is clean: running heads, page numbers, broken lines and PDF artefacts are gone,
and footnote markers are taken out of the text and kept as `FootnoteRef`s with their offset.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FootnoteRef:
    """A place in a paragraph's text that points to a footnote (`国家2` -> footnote "2")."""

    mark: str  # "1", "2", "*", "a"
    offset: int  # character offset in the paragraph text where the marker stood


@dataclass(frozen=True)
class Footnote:
    mark: str
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A block of running text: a numbered paragraph of the body, or a block of the summary."""

    key: str  # "5" for numbered paragraphs, "summary-2" for summary blocks, "annex-1" ...
    number: int | None  # the printed paragraph number, None in the summary
    text: str
    section: str  # heading path, "二 > A > 1"
    part: str  # "summary" | "body" | "annex"
    footnote_refs: tuple[FootnoteRef, ...] = ()
    position: int | None = None  # a block of a text without paragraph numbers: its place, 1 first


@dataclass(frozen=True)
class Heading:
    label: str  # "一", "A", "1"
    title: str
    level: int  # 1 chapter, 2 section, 3 subsection


@dataclass(frozen=True)
class TableRow:
    """One row of the annex table: a label, the amount printed beside it, and its footnote marks."""

    label: str
    amount_text: str  # as printed, "1 258 595", "(93 437)", "" for a heading row
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    title: str
    unit: str  # "美元", "United States dollars"
    rows: tuple[TableRow, ...]
    footnotes: tuple[Footnote, ...] = ()
    scale: int = 1  # 1000 where the unit line counts in thousands ("(千美元)", "(Thousands of United States dollars)")


@dataclass(frozen=True)
class Metadata:
    symbol: str | None = None  # "A/74/132"
    language: str = "zh"  # ISO 639-1
    session: str | None = None  # "76"
    agenda_item: str | None = None  # "102(d)"
    agenda_title: str | None = None
    job_number: str | None = None  # "19-11234"
    title: str | None = None
    period_start: str | None = None  # ISO 8601
    period_end: str | None = None
    subject_name: str | None = None  # the body the report is about, as named in the title
    genre: str | None = None  # GENRES: what the document is
    other_symbols: tuple[str, ...] = ()  # a joint document's symbols in other organs (S/2007/393)
    dateline_year: int | None = None  # the year of a page's date line ("17/4/2012", "Ago 21, 2017")
    dateline: str | None = None  # that line as printed: an event dated by its weekday is in its week
    # a text without a front page or title: its opening short lines (a headline, a page's or a
    # decision's title), which may name the body it is about
    heading_lines: str | None = None
    # of those lines, the last that reads as a headline (a news item's "Asia-Pacific Disarmament
    # Conference Kicks Off in Nepal"): the bodies it names are named by the text
    headline: str | None = None


# What a document of the field is; "other" covers press releases, web pages, notes.
GENRES = ("report", "letter", "yearbook-chapter", "other")


@dataclass(frozen=True)
class Document:
    """A report read into parts. `source` is the file it came from, `sha256` its content hash."""

    source: str
    sha256: str
    metadata: Metadata
    paragraphs: tuple[Paragraph, ...]
    headings: tuple[Heading, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    tables: tuple[Table, ...] = ()
    warnings: tuple[str, ...] = ()  # what the reader could not find, for the user

    @property
    def numbered(self) -> bool:
        """Whether the body was read by paragraph numbers (else as blocks keyed `b1`, `b2` ...)."""
        return not any(p.position for p in self.paragraphs)

    def footnote(self, mark: str) -> Footnote | None:
        return next((f for f in self.footnotes if f.mark == mark), None)

    @property
    def report_id(self) -> str:
        """A readable, stable id: the symbol with slashes as dashes, else the file's hash."""
        if self.metadata.symbol:
            return self.metadata.symbol.replace("/", "-")
        return "doc-" + self.sha256[:12]
