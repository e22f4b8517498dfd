"""Read a report file (plain text, PDF, a saved web page or a Word file) into a `Document`."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from itertools import islice
from pathlib import Path

from kg.errors import InputError
from kg.output import report_suffix
from kg.ingest.document import Document, Metadata, Paragraph
from kg.ingest.layout import (COMPATIBILITY_FORMS, clean_lines, fold_width, join_digit_groups, mend_ocr_digits,
                             unreverse_digit_groups)
from kg.ingest.line_breaks import indent_after_blank_lines
from kg.ingest.markers import markers_for
from kg.ingest.mojibake import repair_mojibake
from kg.ingest.blocks import split_blocks
from kg.ingest.long_paragraphs import cut_long
from kg.ingest.metadata import read_metadata, symbol_in
from kg.ingest.structure import INTRO_KEY, one_paragraph_per_line, parse_table, split_parts, take_footnote_refs

TEXT_SUFFIXES = {".txt", ".text", ".md"}
PDF_SUFFIXES = {".pdf"}
HTML_SUFFIXES = {".html", ".htm"}
WORD_SUFFIXES = {".docx"}
OFFICE_SUFFIXES = {".doc", ".rtf", ".odt", ".wpd"}  # kg.ingest.office: through LibreOffice
# characters of text a report may have: a UN report has tens of thousands; this bounds the
# time (minutes at the limit) and memory a build spends on one file (bench/NOTES.md, "Long texts")
MAX_TEXT = 5_000_000
# left-to-right and right-to-left embeddings, overrides, isolates and marks
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SUPPORTED = sorted(TEXT_SUFFIXES | PDF_SUFFIXES | HTML_SUFFIXES | WORD_SUFFIXES | OFFICE_SUFFIXES)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the report's language, from its script and common words. Shaped Arabic
    letters (a PDF's presentation forms) and Kangxi radicals count as the letters they are."""
    if COMPATIBILITY_FORMS.search(text):
        text = COMPATIBILITY_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    cjk, latin, cyrillic, arabic = _script_counts(text)
    scripts = {"zh": cjk * 3, "latin": latin, "ru": cyrillic, "ar": arabic}
    best = max(scripts, key=scripts.get)
    if best != "latin":
        return best
    words = Counter(re.findall(r"[a-zàâçéèêëîïôûùüÿñ]+", text.lower()))
    counts = {lang: sum(words[w] for w in vocab) for lang, vocab in {
        "en": {"the", "of", "and", "to", "in", "for", "with"},
        "fr": {"le", "les", "des", "et", "du", "pour", "au", "aux", "une"},  # "la" is Spanish too
        "es": {"el", "los", "las", "del", "y", "para", "con", "por", "una", "al"}}.items()}
    return max(counts, key=counts.get)


def _outside(low: int, high: int) -> bytes:
    """The bytes a `bytes.translate` deletes to keep only those from `low` to `high`."""
    return bytes(b for b in range(256) if not low <= b <= high)


# A script's characters counted on the UTF-8 bytes, without a Python object per character: in
# UTF-8 a block of code points is a range of lead bytes (continuation bytes are 0x80-0xBF).
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_NOT_CYRILLIC = _outside(0xD0, 0xD3)  # U+0400-U+04FF
_NOT_ARABIC = _outside(0xD8, 0xDB)  # U+0600-U+06FF
_NOT_4000_9FFF = _outside(0xE4, 0xE9)  # U+4000-U+9FFF; the ideographs start at U+4E00:
_BELOW_4E00 = re.compile(rb"\xe4[\x80-\xb7]")  # the rare others (Extension A, hexagrams) taken off


def _script_counts(text: str) -> tuple[int, int, int, int]:
    """How many characters of `text` are CJK ideographs (U+4E00-U+9FFF), ASCII letters, Cyrillic
    and Arabic."""
    data = text.encode("utf-8", "surrogatepass")
    cjk = len(data.translate(None, _NOT_4000_9FFF)) - len(_BELOW_4E00.findall(data))
    return (cjk, len(data.translate(None, _NOT_ASCII_LETTER)), len(data.translate(None, _NOT_CYRILLIC)),
            len(data.translate(None, _NOT_ARABIC)))


def read_report(path: str | Path) -> Document:
    """Read one report file. Raises `InputError` with a message for the user when it cannot."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give report files (.txt, .pdf, .html, .docx or .doc)")
    suffix = path.suffix.lower()
    if suffix and suffix not in SUPPORTED:
        raise InputError(f"{path}: unsupported file type '{suffix}'; give a report as {', '.join(SUPPORTED)}")
    data = path.read_bytes()
    if not suffix:  # saved without an extension: its type told from its first bytes, as standard input's
        suffix = report_suffix(data)
    if not data.strip():
        raise InputError(f"{path}: the file is empty; give a report with text")
    notes: tuple[str, ...] = ()
    if suffix in TEXT_SUFFIXES:
        text, notes = decode_text(path, data)
    else:
        text = _file_text(path, data, suffix)
    document = read_text(text, source=str(path), sha256=hashlib.sha256(data).hexdigest())
    return replace(document, warnings=notes + document.warnings) if notes else document


def _file_text(path: Path, data: bytes, suffix: str) -> str:
    """The text of a file of any supported type; each type's library is imported only for it."""
    if suffix in PDF_SUFFIXES:
        from kg.ingest.pdf import pdf_text

        return pdf_text(path, data)
    if suffix in HTML_SUFFIXES:
        from kg.ingest.web import html_text

        return html_text(path, data)
    if suffix in WORD_SUFFIXES:
        from kg.ingest.word import docx_text

        return docx_text(path, data)
    if suffix in OFFICE_SUFFIXES:
        from kg.ingest.office import office_text

        return office_text(path, data)
    return _decode(path, data)


def peek_symbol(path: str | Path, data: bytes) -> str | None:
    """The symbol of a report file at a glance, without reading it (so that a corpus build can
    gather the language versions of one report); None when it cannot be told cheaply. The reader
    decides: this only groups files."""
    path = Path(path)
    try:
        if path.suffix.lower() in PDF_SUFFIXES:
            from kg.ingest.pdf import first_page_text

            text = first_page_text(data)
        elif path.suffix.lower() in OFFICE_SUFFIXES:  # a conversion takes seconds: the bytes are read
            from kg.ingest.office import glance_text

            text = glance_text(data, path.suffix.lower())
        elif path.suffix.lower() in HTML_SUFFIXES | WORD_SUFFIXES:
            text = _file_text(path, data, path.suffix.lower())
        else:
            text = _decode(path, data)
    except InputError:
        return None
    return symbol_in(text, text[:2000])


def _decode(path: Path, data: bytes) -> str:
    return decode_text(path, data)[0]


def decode_text(path: Path, data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text of a plain-text report and what the user should hear of its decoding: UTF-8,
    UTF-16 (what Windows' Notepad and Word save as "Unicode", with or without its byte-order
    mark), or GB18030 (older Chinese copies). UTF-8 with a few damaged bytes (a bad copy, a
    stray Latin-1 letter) is read with U+FFFD in their place, and a warning gives the line."""
    if data.startswith(b"%PDF"):
        raise InputError(f"{path}: this is not a text file (binary content); give a .txt report or a .pdf")
    utf16 = _utf16(data)
    if utf16 is not None:
        return utf16, ()
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: this is not a text file (binary content); give a .txt report or a .pdf")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    # each byte that is not UTF-8 becomes a lone surrogate, to be found and replaced
    escaped = data.decode("utf-8-sig", errors="surrogateescape")
    bad = [match.start() for match in _ESCAPED.finditer(escaped)]
    good = sum(1 for ch in escaped if ch > "\x7f") - len(bad)  # well-formed non-ASCII characters
    if len(bad) > good:  # mostly not UTF-8: an older Chinese encoding, if it decodes whole
        try:
            return data.decode("gb18030"), ()
        except UnicodeDecodeError:
            pass
    more = f" (and {len(bad) - 1} more places)" if len(bad) > 1 else ""
    line = _line_ends(escaped[:bad[0]]) + 1
    return _ESCAPED.sub("\ufffd", escaped), (f"invalid UTF-8 at line {line}{more}, replaced; "
                                              f"save the file as UTF-8",)


_ESCAPED = re.compile("[\udc80-\udcff]")


def _line_ends(text: str) -> int:
    """How many lines end in `text`, whichever line ends it uses (LF, CRLF or CR)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _utf16(data: bytes) -> str | None:
    """UTF-16 text: with a byte-order mark, or without one when the zero bytes that binary files
    also have fall on one side (the high byte of Latin letters, digits and spaces) and the whole
    decodes to printable text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data[:4096]:
        head = data[:4096]
        encoding = "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for ch in text[:4096] if ch.isprintable() or ch in "\n\r\t\f")
    return text if "\x00" not in text and printable >= 0.95 * len(text[:4096]) else None


def read_text(text: str, *, source: str = "<text>", sha256: str | None = None,
              language: str | None = None) -> Document:
    """Read a report given as a string (what a PDF reader or a web copy gives)."""
    sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    if len(text) > MAX_TEXT:  # refused before any work: extraction time grows with the text
        raise InputError(f"{source}: the text is {len(text) / 1e6:.1f} million characters, over the "
                         f"{MAX_TEXT / 1e6:.0f} million a report may have; split it into its reports")
    # old Mac copies end lines with CR alone; a byte-order mark the caller's decoding kept would
    # stick to the first line's first word
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = repair_mojibake(text)  # a page decoded with the wrong code page before it was copied
    if INVISIBLE.search(text):  # soft hyphens and zero-width spaces inside words, symbols and numbers
        text = INVISIBLE.sub("", text)
    if "\u2011" in text or "\u2010" in text:  # Word's hyphens, in job numbers and symbols too
        text = text.replace("\u2011", "-").replace("\u2010", "-")
    if "\u202a" in text or "\u202b" in text or "\u2066" in text or "\u2067" in text:
        text = logical_order(text)
    if not _has_letters(text, 40) or _printable(text) < 0.95 * len(text):
        raise InputError(f"{source}: no readable report text found; is this the right file?")
    language = language or detect_language(text)
    markers = markers_for(language)
    if markers is None:
        raise InputError(f"{source}: the report is in '{language}', which unkg does not read yet; "
                         f"give a version in Arabic, Chinese, English, French, Russian or Spanish")
    if markers.right_to_left:
        text = unreverse_digit_groups(fold_width(text))
    text = markers.normalise(mend_ocr_digits(text))
    lines = clean_lines(text, markers.kept_hyphen, markers.inline_break)
    parts = split_parts(lines, markers)
    # no numbered paragraphs (running text before where they would start, `intro-1`, is none)
    if not any(block.part == "body" and block.key != INTRO_KEY for block in parts.blocks):
        # blocks are told apart by blank lines too, where the text sets its paragraphs so
        spaced = indent_after_blank_lines(text)
        if spaced != text:
            lines = clean_lines(spaced, markers.kept_hyphen, markers.inline_break)
        parts = split_blocks(lines, markers, one_paragraph_per_line(lines))
    marks = [f.mark for f in parts.footnotes]
    paragraphs = cut_long(take_footnote_refs(parts.blocks, marks, parts.spaced_marks))
    if not paragraphs:
        raise InputError(f"{source}: no running text found, only short lines; give the document's full text")
    table, table_notes = parse_table(parts.annex, markers)
    paragraphs += _annex_paragraphs(table, table_notes) if table else _annex_text(parts.annex, markers)
    metadata = read_metadata(text, parts.front, paragraphs, markers, language)
    return Document(source=source, sha256=sha256, metadata=metadata, paragraphs=tuple(paragraphs),
                    headings=tuple(parts.headings), footnotes=tuple(parts.footnotes),
                    tables=(table,) if table else (), warnings=_warnings(metadata, paragraphs))


_LETTER = re.compile(r"[^\W\d_]")
# signs a copy leaves inside words that print as nothing: the soft hyphen, zero-width spaces, the
# word joiner ("A/66/14\u200b0" is A/66/140)
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


# a left-to-right run embedded in a right-to-left line: the spaces and punctuation at its left,
# its text, those at its right
EMBEDDED_RUN = re.compile("\u202a([^\\w\\n\u202a-\u202e]*)((?:[^\\n\u202a-\u202e]*\\w)?)([^\\w\\n\u202a-\u202e]*)\u202c")


MIRRORED_CITATION = re.compile(r"(?<![\d(])(\d{4})\(\s*(\d{1,4})\)")


def logical_order(text: str) -> str:
    """The text without the embeddings poppler's pdftotext puts around right-to-left lines and
    the Latin runs and numbers in them. Such a run gives the spaces and punctuation beside it
    in the order they are seen, left to right (` - 1` for the paragraph `1 - `, ` 1 ،` for
    `، 1 `): a right-to-left line reads what is on the run's right first, and on its left last."""
    if "\u202b" in text:
        text = EMBEDDED_RUN.sub(lambda run: run.group(3)[::-1] + run.group(2) + run.group(1)[::-1], text)
        # a number and its bracketed year given as one run, its brackets mirrored: ")2004( 1540"
        # comes out "2004( 1540)", which is "1540 (2004)"
        text = MIRRORED_CITATION.sub(r"\2 (\1)", text)
    return BIDI_CONTROLS.sub("", text)


def _has_letters(text: str, count: int) -> bool:
    """Whether `text` has at least `count` letters; looks no further than the last one needed."""
    return sum(1 for _ in islice(_LETTER.finditer(text), count)) == count


def _printable(text: str) -> int:
    """How many characters of `text` are printable, spaces (a web copy may give every space as
    a no-break one) or invisible format characters (soft hyphens, zero-width spaces, marks of
    direction): the whole string is checked at once, character by character only when something
    is not printable."""
    if text.replace("\n", "").replace("\t", "").replace("\r", "").isprintable():
        return len(text)
    return sum(1 for c in text if c.isprintable() or c.isspace() or unicodedata.category(c) == "Cf")


def _warnings(metadata: Metadata, paragraphs: list[Paragraph]) -> tuple[str, ...]:
    """One line for the user on what a document without numbered paragraphs did not state."""
    blocks = [p for p in paragraphs if p.position]
    if not blocks:
        if metadata.symbol:
            return ()
        # Shaped like a report (numbered paragraphs) but no symbol: a text from elsewhere, or a
        # copy whose front page was cut. Its graph is keyed by the file's hash, which the user
        # should know before mixing it with the reports.
        return ("no UN document symbol (such as A/76/97) found: not a UN report, or its first page "
                "is missing; its graph is keyed by the file's hash",)
    missing = [name for name, value in (("symbol", metadata.symbol), ("session", metadata.session),
                                        ("agenda item", metadata.agenda_item),
                                        ("reporting period", metadata.period_start),
                                        ("title", metadata.title)) if not value]
    said = f"; no {', '.join(missing)} stated" if missing else ""
    return (f"no numbered paragraphs: read as {len(blocks)} blocks of text (b1-b{len(blocks)}), "
            f"genre {metadata.genre or 'other'}{said}",)


def _annex_text(lines: list[str], markers) -> list[Paragraph]:
    """An annex without a table (a letter's statement, a list of activities) as blocks of text,
    so the names in it are found and cited."""
    if not lines:
        return []
    blocks = split_blocks(lines, markers, one_paragraph_per_line(lines)).blocks
    return [Paragraph(f"annex-b{i}", None, join_digit_groups(block.text), "annex", "annex")
            for i, block in enumerate((b for b in blocks if b.part == "body"), 1)]


def _annex_paragraphs(table, notes) -> list[Paragraph]:
    """The annex table and its notes as paragraphs, so facts found there have a place to cite."""
    if table is None:
        return []
    rows = "\n".join(f"{row.label} {row.amount_text}".strip() for row in table.rows)
    out = [Paragraph("annex-1", None, f"{table.title}\n{rows}", "annex", "annex")]
    out += [Paragraph(f"annex-1-{note.mark}", None, note.text, "annex", "annex") for note in notes]
    return out
