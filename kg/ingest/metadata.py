"""Document metadata from the front page, running heads and the opening paragraphs."""
from __future__ import annotations

import re
from collections import Counter

from kg.ingest.document import Metadata, Paragraph
from kg.ingest.layout import join_lines, join_split_initials
from kg.ingest.markers import Markers

ONE_SYMBOL = r"(?:A|S|E)/(?:RES/)?\d{1,4}/\d{1,4}(?:/(?:Add|Corr|Rev)\.\d+)*"
# a symbol alone on its line, or a joint document's symbols: A/62/96–S/2007/393; a web copy may
# add its part in brackets ("A/61/1(SUPP)"), a bilingual view prints it once a column, glued
# ("S/2017/995S/2017/995")
SYMBOL = re.compile(rf"^\s*({ONE_SYMBOL}(?:\s*[-–—]\s*{ONE_SYMBOL})*)(?:\s*\1)?\s*(?:\([A-Z]{{2,8}}\))?\s*$", re.M)
SYMBOL_INLINE = re.compile(r"\b((?:A|S|E)/(?:RES/)?\d{2,3}/\d{1,4}(?:/(?:Add|Corr|Rev)\.\d+)*)\b")
JOB_NUMBER = re.compile(r"(?<![\d/-])(\d{2}-\d{5})(?![\d])")
# JOB_NUMBER without its opening lookbehind, which a search tries at every character; the
# character before is checked for each match found (a match that fails it hides no other: the
# characters inside a match are digits and a hyphen)
_JOB_NUMBER_BODY = re.compile(r"\d{2}-\d{5}(?!\d)")
_BEFORE_JOB_NUMBER = re.compile(r"[\d/-]")


def job_numbers(raw: str) -> list[str]:
    """What `JOB_NUMBER.findall(raw)` finds, in order."""
    return [found.group() for found in _JOB_NUMBER_BODY.finditer(raw)
            if not (found.start() and _BEFORE_JOB_NUMBER.match(raw, found.start() - 1))]


def read_metadata(raw: str, front: list[str], paragraphs: list[Paragraph], markers: Markers,
                  language: str) -> Metadata:
    """Symbol and job number from running heads; session, agenda and title from the front page."""
    front = front if any(markers.report_of.match(line) for line in front) else run_together_front(raw, markers) or front
    symbol, others = symbols_in(raw, "\n".join(front))
    jobs = Counter(job_numbers(raw))
    front_text = "\n".join(front)
    session = None
    found = markers.session.search(front_text)
    if found:
        number = markers.ordinal(found.group(1))
        session = str(number) if number else None
    agenda = markers.agenda.search(front_text)
    agenda_item = _agenda_item(markers.agenda_letter(agenda.group(1))) if agenda else None
    agenda_title, title = _titles(front, markers)
    if title is None and markers.resolution.search(raw, 0, FRONT_HEAD):
        title = _resolution_title(join_split_initials([line.strip() for line in raw[:FRONT_HEAD].splitlines()
                                                       if line.strip()]))
    opening = " ".join(p.text for p in paragraphs[:6])
    genre = _genre(raw, front, markers)
    # a report states the period it covers; in other texts a year is only what they speak of
    numbered = any(p.number for p in paragraphs) or any(p.part == "summary" for p in paragraphs)
    start, end = markers.period(opening) if genre == "report" or numbered else (None, None)
    untitled = title is None and not agenda_title
    line = dateline(raw)
    return Metadata(symbol=symbol, language=language, session=session, agenda_item=agenda_item,
                    agenda_title=agenda_title, job_number=jobs.most_common(1)[0][0] if jobs else None,
                    title=title, period_start=start, period_end=end, subject_name=title,
                    genre=genre, other_symbols=others, dateline_year=line[1] if line else None,
                    dateline=line[0] if line else None,
                    heading_lines="\n".join(line.strip() for line in front if line.strip()) or None
                    if untitled else None,
                    headline=headline(front) if untitled and not numbered else None)


HEADLINE_WORDS = 4  # fewer: a menu entry, a rubric, a site's name
HEADLINE_LETTERS = 8  # in a script without spaces
HEADLINE_REACH = 5  # of the last opening lines: a headline stands close over the text (a site's line, an author's may follow it)
MENU_MARK = re.compile(r"[|•>»<«×]|https?:|www\.|@")


def headline(front: list[str]) -> str | None:
    """The last of a text's opening lines that reads as a headline: words enough, no menu's bars,
    no date line, no address, not all capitals (a menu), no sentence's full stop."""
    for line in reversed(front[-HEADLINE_REACH:]):  # a site's header further up is no headline
        text = line.strip()
        words = len(re.findall(r"[^\W\d_][\w'’-]*", text))
        letters = len(re.findall(r"[\u3400-\u9fff]", text))
        if ((words >= HEADLINE_WORDS or letters >= HEADLINE_LETTERS) and not MENU_MARK.search(text)
                and not DATELINE.match(text) and not ISO_DATELINE.match(text) and not re.search(r"\d{1,2}:\d{2}", text)
                and not (text == text.upper() and text != text.lower()) and not re.search(r"[.。]\s*$", text)):
            return text
    return None


# a page's date line: a short line near the top that opens with a date, as a press release, a
# news item or a site's listing prints it ("17/4/2012", "Ago 21, 2017 | Sin Categoría",
# "15 August 2008"); its year dates the days the items write without one ("Le 16 avril")
# (a weekday may open it and the time of its update follow it: "Friday, March 09, 2001, updated at 21:17")
DATELINE = re.compile(r"^\s*(?P<weekday>[^\W\d_]{5,12},\s+)?(?:\d{1,2}[/.]\d{1,2}[/.]|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*"
                      r"|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+)(?P<year>(?:19|20)\d{2})(?!\d)(?:\s*(?:\||$)|\s*$|,\s+[^\W\d_]+\s.*$)", re.M)
# an ISO date opening one of the first lines, alone or with a label and glued to the text as a
# page's copy may give it (" date 2018-04 Les pays …", "Дата 2019-05-14")
ISO_DATELINE = re.compile(r"^\s*(?:(?:date|fecha|дата|日期)\s*:?\s*)?((?:19|20)\d{2})-[01]\d(?:-[0-3]\d)?(?![\d-])", re.I)
# a heading that closes on the year it is about ("Developments and trends, 2006"), as a yearbook's
# chapter opens: its year dates the days the chapter writes without one
YEAR_HEADING = re.compile(r"^\s*[^\W\d_][^\d]{2,40},\s*((?:19|20)\d{2})\s*$")
DATELINE_HEAD = 12  # lines from the top a date line may stand on
DATELINE_WIDTH = 40  # characters a date line may have
UPDATED_DATELINE_WIDTH = 60  # with its weekday and the time of its update
WEEKDAY_DATELINE_HEAD = 60  # lines from the top a date line that names its weekday may stand on


def dateline(raw: str) -> tuple[str, int] | None:
    """The page's date line and its year, if one of its first lines is one (see DATELINE)."""
    lines = [line for line in raw.split("\n", WEEKDAY_DATELINE_HEAD)[:WEEKDAY_DATELINE_HEAD] if line.strip()]
    for at, line in enumerate(lines):
        width = len(line.strip())
        if at >= DATELINE_HEAD:  # under a long menu, only a date line that names its weekday
            found = DATELINE.match(line) if width <= UPDATED_DATELINE_WIDTH else None
            if found and found.group("weekday"):
                return line.strip(), _year(found)
            continue
        found = ((YEAR_HEADING.match(line) if width <= DATELINE_WIDTH else None)
                 or (DATELINE.match(line) if width <= DATELINE_WIDTH or (width <= UPDATED_DATELINE_WIDTH and "," in line)
                     else None) or ISO_DATELINE.match(line))
        if found:
            return line.strip(), _year(found)
    return None


def _year(found: re.Match[str]) -> int:
    return int(found.group("year") if found.re is DATELINE else found.group(1))


def dateline_year(raw: str) -> int | None:
    """The year of the page's date line, if one of its first lines is one (see DATELINE)."""
    found = dateline(raw)
    return found[1] if found else None


FRONT_HEAD = 6000  # characters a front page, run together with the text, may take


def run_together_front(raw: str, markers: Markers) -> list[str] | None:
    """The front page of a copy that runs it together with the text ("… en América Latina y el
    Caribe Informe del Secretario General Resumen En el presente informe …"), or whose page
    furniture ("Loading....", a site's snippet) made the front page end early: the lines up to
    "Report of the Secretary-General", written as a title writes it (not "the report of the
    Secretary-General" of a sentence) or to a resolution's head, where a session or agenda item
    comes before; else None."""
    inline = re.compile(markers.report_of.pattern.removeprefix(r"^\s*").removesuffix(r"\s*$"))
    heads = [found for found in (inline.search(raw, 0, FRONT_HEAD), markers.resolution.search(raw, 0, FRONT_HEAD))
             if found]  # a resolution's front page ends where its head starts: "Résolution adoptée par …"
    if not heads:
        return None
    found = min(heads, key=lambda head: head.start())
    head = raw[:found.start()]
    if not (markers.session.search(head) or markers.agenda.search(head)):
        return None
    return [line.strip() for line in head.splitlines() if line.strip()] + [found.group(0)]


def _symbols(found: str) -> tuple[str, tuple[str, ...]]:
    """A joint document's symbols: the General Assembly's is the symbol, the others are kept."""
    symbols = re.findall(ONE_SYMBOL, found)
    main = next((s for s in symbols if s.startswith("A/")), symbols[0])
    return main, tuple(s for s in symbols if s != main)


def _genre(raw: str, front: list[str], markers: Markers) -> str:
    """What the document is, from its front page or its opening."""
    if any(markers.report_of.match(line) for line in front):
        return "report"
    head = raw[:3000]
    if markers.letter.search(head):
        return "letter"
    if markers.yearbook.search(head):
        return "yearbook-chapter"
    return "other"


def symbols_in(raw: str, front: str) -> tuple[str | None, tuple[str, ...]]:
    """The document symbol, the one most running heads print, else the first page's; and a
    joint document's other symbols (A/62/96–S/2007/393: A/62/96 and S/2007/393)."""
    symbols = Counter(SYMBOL.findall(raw)) or Counter(SYMBOL_INLINE.findall(front))
    return _symbols(symbols.most_common(1)[0][0]) if symbols else (None, ())


def symbol_in(raw: str, front: str) -> str | None:
    """The document symbol (the General Assembly's, for a joint document)."""
    return symbols_in(raw, front)[0]


def _agenda_item(text: str) -> str:
    """`102 (d)`, `102 d)`, `102(d)` and a resolution's `102, d,` are one item: 102(d)."""
    found = re.match(r"\s*(\d+)\s*[(,]?\s*([a-z])?\s*[),]?", text)
    return f"{found.group(1)}({found.group(2)})" if found and found.group(2) else re.sub(r"\s+", "", text)


def _titles(front: list[str], markers: Markers) -> tuple[str | None, str | None]:
    """The agenda item's title follows the agenda line; the report's title precedes 'Report of'."""
    raw_lines = [line for line in front if line.strip()]
    lines = [line.strip() for line in raw_lines]
    agenda_at = next((i for i, line in enumerate(lines) if markers.agenda.search(line)), None)
    report_at = next((i for i, line in enumerate(lines) if markers.report_of.match(line)), None)
    if report_at is None:
        return None, None
    first = agenda_at + 1 if agenda_at is not None else 0
    title_lines = lines[first:report_at]
    if agenda_at is not None and len(title_lines) > 1:
        # the agenda item's title may wrap; the report's own title is the last line, or the
        # last lines where they are set apart by their indent or the last ones go on a wrapped one
        cut = _title_start(raw_lines[first:report_at])
        while cut > 1 and markers.title_wraps.search(f"{title_lines[cut - 1]}\n{title_lines[cut]}"):
            cut -= 1  # "… en Asie et" / "dans le Pacifique": the language says the title wraps
        return _joined(title_lines[:cut]), _joined(title_lines[cut:])
    return None, _joined(title_lines) or None  # a word a line end hyphenated ("Disar-" / "mament") made whole


# a resolution's number on its own line above its title ("56/25."), its title's lines down to
# the preamble's opening line, which ends in a comma ("La Asamblea General,")
RESOLUTION_NUMBER = re.compile(r"^\d{1,3}/\d{1,4}\s*[A-Z]?\s*\.$")
TITLE_LINES = 8  # lines a resolution's title (with its part's title) may take


def _resolution_title(lines: list[str]) -> str | None:
    """The title of a resolution whose front page gives its number on a line of its own."""
    at = next((i for i, line in enumerate(lines) if RESOLUTION_NUMBER.match(line)), None)
    if at is None:
        return None
    title = []
    for line in lines[at + 1:at + 1 + TITLE_LINES]:
        if line.endswith(","):
            return _joined(title) or None
        title.append(line)
    return None  # no preamble's opening: not a title


def _title_start(lines: list[str]) -> int:
    """Where the report's title begins among the lines between the agenda item and 'Report of'."""
    def indent(line: str) -> int:
        return len(line) - len(line.lstrip())

    cut = len(lines) - 1
    if indent(lines[-1]) != indent(lines[0]):
        while cut > 1 and indent(lines[cut - 1]) == indent(lines[-1]):
            cut -= 1
        return cut
    while cut > 1 and lines[cut].lstrip()[:1].islower():
        cut -= 1  # an English title that wraps goes on in small letters: "in Asia and the Pacific"
    return cut


def _joined(lines: list[str]) -> str:
    out = ""
    for line in lines:
        out = join_lines(out, line)
    return out
