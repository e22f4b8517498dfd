"""Other copies of a report, made from its text as the UN's sites and word processors make them:
a saved web page (site navigation, scripts, one `<p>` a paragraph, `<sup>` footnote marks, the
notes under an `<hr>`, the annex as a table) and a flat OpenDocument file with running heads,
real footnotes, a two-column table and CJK and Latin fonts, that LibreOffice turns into .docx
and .pdf. Each copy holds the same document as the text; the reader must find it again.

The front page is copied line by line from the text; the rest is written from the Document the
text gives (headings, numbered paragraphs with their footnote marks put back, the annex table).
"""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import escape
from pathlib import Path

from kg.ingest import Document
from kg.ingest.markers import markers_for

ZH_LABEL = re.compile(r"^[一二三四五六七八九十]+$")


@dataclass(frozen=True)
class Item:
    """One element of the copy: kind "front", "heading", "annex", "paragraph" or "row"."""

    kind: str
    text: str
    notes: tuple[tuple[int, str, str], ...] = ()  # (offset, mark, note text) in a paragraph
    cells: tuple[str, ...] = ()


def items(text: str, document: Document) -> list[Item]:
    """The report as a sequence of elements, in reading order."""
    markers = markers_for(document.metadata.language)

    def mark(letter: str) -> str:  # a table's note mark: Arabic documents print `(أ)`
        return f"({letter})" if document.metadata.language == "ar" else letter

    raw = [line.rstrip() for line in text.replace("\f", "\n").splitlines()]
    first = next(i for i, line in enumerate(raw) if markers.summary.match(line) or markers.chapter.match(line))
    out = [Item("front", line.strip()) for line in raw[:first] if line.strip()]
    asterisk = document.footnote("*")
    if asterisk and not any(re.match(r"\*{1,3}\s+\S", item.text) for item in out):
        out.append(Item("front", f"* {asterisk.text}"))
    # the masthead a page or a word processor shows: the symbol, the job number
    masthead = [value for value in (document.metadata.symbol, document.metadata.job_number)
                if value and not any(value in item.text for item in out)]
    out[:0] = [Item("front", value) for value in masthead]
    if any(p.part == "summary" for p in document.paragraphs):
        out.append(Item("heading", raw[first].strip()))
    path: list[tuple[str, int]] = []  # (label, level) of the headings the reader is under
    headings = list(document.headings)
    for paragraph in document.paragraphs:
        if paragraph.part == "annex":
            continue
        wanted = paragraph.section.split(" > ") if paragraph.part == "body" else []
        while paragraph.part == "body" and [label for label, _ in path] != wanted and headings:
            heading = headings.pop(0)  # a heading closes those of its level and below
            path = [(label, level) for label, level in path if level < heading.level] + [(heading.label, heading.level)]
            out.append(Item("heading", _heading_text(heading.label, heading.title, heading.level, document)))
        notes = tuple((ref.offset, ref.mark, document.footnote(ref.mark).text) for ref in paragraph.footnote_refs)
        prefix = f"{paragraph.number}{_separator(document)}" if paragraph.number else ""
        out.append(Item("paragraph", prefix + paragraph.text, tuple((o + len(prefix), m, t) for o, m, t in notes)))
    out += [Item("heading", _heading_text(h.label, h.title, h.level, document)) for h in headings]
    for table in document.tables:
        annex = next(line.strip() for line in raw if markers.annex.match(line))
        out += [Item("annex", annex), Item("front", table.title), Item("front", f"({table.unit})")]
        out += [Item("row", "", cells=(f"{row.label} {' '.join(map(mark, row.marks))}".strip(), row.amount_text))
                for row in table.rows]
        out += [Item("front", f"{mark(note.mark)} {note.text}") for note in table.footnotes]
    return out


def _separator(document: Document) -> str:
    """What follows a paragraph number or a heading label: Arabic documents print `١ - `."""
    return " - " if document.metadata.language == "ar" else ". "


def _heading_text(label: str, title: str, level: int, document: Document) -> str:
    if level == 2 and ZH_LABEL.match(label):
        return f"({label}) {title}"
    return f"{label}{_separator(document)}{title}"


def _with_marks(item: Item, mark) -> str:
    """The paragraph's text (escaped) with `mark(number, note)` put back at each footnote's place."""
    out, at = "", 0
    for offset, number, note in item.notes:
        out += escape(item.text[at:offset]) + mark(number, note)
        at = offset
    return out + escape(item.text[at:])


def report_html(text: str, document: Document) -> str:
    """A saved UN web page of the report: chrome around it, footnotes at the end of the body."""
    body: list[str] = []
    notes: list[str] = []
    in_table = False
    for item in items(text, document):
        if item.kind == "row":
            body += [] if in_table else ["<table>"]
            in_table = True
            body.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in item.cells) + "</tr>")
            continue
        body += ["</table>"] if in_table else []
        in_table = False
        if item.kind == "annex" and notes:
            body += ["<hr>", *notes]
            notes = []
        if item.kind in ("heading", "annex"):
            body.append(f"<h2>{escape(item.text)}</h2>")
        elif item.kind == "paragraph":
            body.append(f"<p>{_with_marks(item, lambda n, _: f'<sup>{n}</sup>')}</p>")
            notes += [f"<p>{n} {escape(t)}</p>" for _, n, t in item.notes]
        else:
            body.append(f"<p>{escape(item.text)}</p>")
    body += (["</table>"] if in_table else []) + (["<hr>", *notes] if notes else [])
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>United Nations</title>'
        '<script>window.analytics = {track: function () {}};</script>'
        '<style>body { font-family: serif; }</style></head><body>\n'
        '<header class="site-header"><a href="/">United Nations</a> <a href="/search">Search</a></header>\n'
        '<nav><ul><li><a href="/peace">Peace and security</a></li><li><a href="/disarmament">Disarmament</a></li>'
        '<li><a href="/documents">Documents</a></li></ul></nav>\n'
        '<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/documents">Documents</a></div>\n'
        '<div id="content">\n' + "\n".join(body) + '\n</div>\n'
        '<div id="footer"><a href="/copyright">Copyright</a> | <a href="/privacy">Privacy notice</a></div>\n'
        '<script>window.analytics.track("page");</script>\n</body></html>\n')


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/>
 <style:font-face style:name="Amiri" svg:font-family="Amiri"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt"
   style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="10pt"
   style:font-name-complex="Amiri" style:font-size-complex="12pt"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.12cm" fo:text-align="justify"{direction}/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-indent="0.6cm"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
   fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">
  <style:header><text:p text:style-name="Header">{symbol}</text:p></style:header>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def report_fodt(text: str, document: Document) -> str:
    """The report as a flat OpenDocument text: running head with the symbol on every page, real
    footnotes, the annex as a two-column table."""
    out, table = [], []

    def close_table() -> None:
        if table:
            out.append('<table:table table:name="Annex"><table:table-column table:number-columns-repeated="2"/>'
                       + "".join(table) + "</table:table>")
            table.clear()

    for item in items(text, document):
        if item.kind == "row":
            table.append("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{escape(cell)}</text:p></table:table-cell>'
                for cell in item.cells) + "</table:table-row>")
            continue
        close_table()
        if item.kind in ("heading", "annex"):
            out.append(f'<text:p text:style-name="Heading">{escape(item.text)}</text:p>')
        elif item.kind == "paragraph":
            body = _with_marks(item, lambda n, note: (
                f'<text:note text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                f'<text:note-body><text:p>{escape(note)}</text:p></text:note-body></text:note>'))
            out.append(f'<text:p text:style-name="Body">{body}</text:p>')
        else:
            out.append(f'<text:p text:style-name="Standard">{escape(item.text)}</text:p>')
    close_table()
    # an Arabic document is set right to left, as the UN's Arabic word processors set it
    direction = ' style:writing-mode="rl-tb"' if document.metadata.language == "ar" else ""
    head = FODT_HEAD.replace("{symbol}", escape(document.metadata.symbol or "")).replace("{direction}", direction)
    return head + "\n".join(out) + "\n</office:text></office:body></office:document>\n"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(sources: list[Path], fmt: str, folder: Path) -> list[Path]:
    """LibreOffice, headless, converts `sources` to `fmt` (docx, pdf) in `folder`."""
    profile = folder / "lo-profile"
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", fmt, "--outdir", str(folder), *map(str, sources)],
                   check=True, capture_output=True, timeout=600)
    return [folder / f"{source.stem}.{fmt.split(':')[0]}" for source in sources]
