"""A Word document (.docx) -> the text of its report, one paragraph a line.

python-docx opens the package; the body is read in order, paragraphs and tables alike (a table
row is one line, its cells separated by a tab). Word keeps what a reader of the page sees in
places python-docx does not surface, so they are read from the XML here:
- footnotes: a reference becomes its number glued to the text, as printed, and the notes of a
  paragraph follow it under a rule line, as at the foot of a printed page;
- automatic numbering (`1.`, `I.`, `(a)`, `一、`): the label Word would print, from numbering.xml;
- running heads and footers are in other parts: the first page's come first, once, since the
  reader finds the symbol and the job number there (and drops them from the running text).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from kg.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RULE = "_" * 18
ZH_DIGITS = "〇一二三四五六七八九"


def docx_text(path: Path, data: bytes) -> str:
    """The text of the document's body, footnotes after the paragraph that cites them."""
    from docx import Document as open_docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = open_docx(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise InputError(f"{path}: cannot open this Word file ({error}); check that it opens in a word "
                         f"processor, or save it again as .docx") from error
    notes = _footnotes(document.part, RT.FOOTNOTES)
    numbering = _Numbering(document.part, RT.NUMBERING, document.styles.element)
    # the first page's running head and footer: the reader drops them from the text, but finds
    # the symbol and the job number in them
    out = [paragraph.text for section in document.sections[:1]
           for part in (section.first_page_header, section.header, section.first_page_footer, section.footer)
           if not part.is_linked_to_previous for paragraph in part.paragraphs if paragraph.text.strip()]
    for block in document.element.body.iterchildren():
        if block.tag == W + "p":
            text, cited = _paragraph(block, numbering)
            out.append(text)
            if cited:
                out.append(RULE)
                out += [f"{mark} {_without_mark(notes.get(note, ''), mark)}" for mark, note in cited]
        elif block.tag == W + "tbl":
            out += ["\t".join(_cell_text(cell, numbering) for cell in row.iterchildren(W + "tc"))
                    for row in block.iterchildren(W + "tr")]
    return "\n".join(out)


def _without_mark(text: str, mark: str) -> str:
    """A note's text without its own mark, which a note with a mark of its own (Word's custom
    mark, an RTF's literal `1` or `*`) prints as text at its start: "1\tBangladesh, …"."""
    if mark and text.startswith(mark) and text[len(mark):len(mark) + 1].isspace():
        return text[len(mark):].lstrip()
    return text


def _footnotes(part, relationship: str) -> dict[str, str]:
    """Footnote id -> its text; the separators Word keeps among them are skipped."""
    from lxml import etree

    for rel in part.rels.values():
        if rel.reltype == relationship and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            return {note.get(W + "id"): " ".join(_runs(p)[0].strip() for p in note.iter(W + "p")).strip()
                    for note in root.iterchildren(W + "footnote") if note.get(W + "type") is None}
    return {}


def _paragraph(p, numbering: "_Numbering") -> tuple[str, list[tuple[str, str]]]:
    """A paragraph's text with its numbering label, and the (mark, footnote id) it cites."""
    text, cited = _runs(p, numbering.next_note_number)
    label = numbering.label(p)
    return (f"{label} {text}" if label else text), cited


def _runs(p, next_number=None) -> tuple[str, list[tuple[str, str]]]:
    pieces: list[str] = []
    cited: list[tuple[str, str]] = []
    custom = False  # a footnote with its own mark (`*`): the mark is the text that follows
    repeated = ""  # that mark, until the text after it is read
    for node in p.iter(W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen", W + "footnoteReference"):
        tag = node.tag[len(W):]
        if tag == "t":
            if custom and cited:
                cited[-1] = (node.text or "").strip() or cited[-1][0], cited[-1][1]
                custom = False
                repeated = cited[-1][0]
            elif repeated and (node.text or "").strip() == repeated:
                repeated = ""  # the custom mark written again as text after it (an RTF's `{\super 1}`)
                continue
            else:
                repeated = ""
            pieces.append(node.text or "")
        elif tag == "tab":
            pieces.append("\t")
        elif tag in ("br", "cr"):
            pieces.append(" ")
        elif tag == "noBreakHyphen":
            pieces.append("-")
        elif next_number is not None:
            custom = node.get(W + "customMarkFollows") in ("1", "true", "on")
            mark = "" if custom else str(next_number())
            pieces.append(mark)
            cited.append((mark, node.get(W + "id")))
    return "".join(pieces), cited


def _cell_text(cell, numbering: "_Numbering") -> str:
    return " ".join(_paragraph(p, numbering)[0] for p in cell.iterchildren(W + "p")).strip()


class _Numbering:
    """The labels of Word's automatic numbering, counted as Word counts them, per list; and the
    numbers of footnote references, counted in the order they appear."""

    def __init__(self, part, relationship: str, styles_root) -> None:
        from lxml import etree

        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.styles: dict[str, tuple[str, int]] = {}  # style id -> (numId, ilvl)
        self.counters: dict[str, list[int]] = {}
        self.notes = 0
        for rel in part.rels.values():
            if rel.reltype == relationship and not rel.is_external:
                self._read(etree.fromstring(rel.target_part.blob))
        for style in styles_root.iterchildren(W + "style"):
            num = style.find(f"{W}pPr/{W}numPr")
            if num is not None:
                self.styles[style.get(W + "styleId")] = _num_pr(num)

    def _read(self, root) -> None:
        abstract = {}
        for node in root.iterchildren(W + "abstractNum"):
            abstract[node.get(W + "abstractNumId")] = {
                int(lvl.get(W + "ilvl")): (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                                           int(_val(lvl, "start") or 1))
                for lvl in node.iterchildren(W + "lvl")}
        for num in root.iterchildren(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(W + "numId")] = abstract.get(ref.get(W + "val"), {})

    def next_note_number(self) -> int:
        self.notes += 1
        return self.notes

    def label(self, p) -> str:
        ppr = p.find(W + "pPr")
        if ppr is None:
            return ""
        num = ppr.find(W + "numPr")
        if num is not None:
            num_id, level = _num_pr(num)
        else:
            style = ppr.find(W + "pStyle")
            if style is None or style.get(W + "val") not in self.styles:
                return ""
            num_id, level = self.styles[style.get(W + "val")]
        formats = self.levels.get(num_id, {})
        if level not in formats or formats[level][0] in ("bullet", "none"):
            return ""
        counts = self.counters.setdefault(num_id, [0] * 10)
        counts[level] = counts[level] + 1 if counts[level] else formats[level][2]
        counts[level + 1:] = [0] * (9 - level)
        text = formats[level][1]
        for shown in range(level + 1):
            fmt = formats.get(shown, ("decimal", "", 1))[0]
            text = text.replace(f"%{shown + 1}", _format(counts[shown] or 1, fmt))
        return text.strip()


def _num_pr(num) -> tuple[str, int]:
    ilvl = num.find(W + "ilvl")
    num_id = num.find(W + "numId")
    return (num_id.get(W + "val") if num_id is not None else "0",
            int(ilvl.get(W + "val")) if ilvl is not None else 0)


def _val(node, name: str) -> str | None:
    child = node.find(W + name)
    return child.get(W + "val") if child is not None else None


def _format(number: int, fmt: str) -> str:
    """A counter as Word prints it in the given number format."""
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(number)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt.startswith(("chineseCounting", "ideograph", "taiwaneseCounting", "japaneseCounting")):
        return _chinese(number)
    return str(number)


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def _chinese(number: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, up to 99."""
    tens, ones = divmod(number, 10)
    if not tens:
        return ZH_DIGITS[ones]
    return (ZH_DIGITS[tens] if tens > 1 else "") + "十" + (ZH_DIGITS[ones] if ones else "")

