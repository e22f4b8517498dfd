"""Undo what PDF extraction and web copies do to a report's text, line by line.

Output: logical lines with running heads, page numbers, URL lines and blank spacer lines gone,
full-width letters and digits folded, and digit groups (`48 250`) joined.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
import unicodedata

from kg.ingest.line_breaks import join_address_breaks

RUNNING_HEAD = re.compile(r"^(?:[A-Z]{1,2}/[0-9A-Z./()-]+)$")
PAGE_FOOT = re.compile(r"^(?:\d{2}-\d{5}\s*\(\w\)(?:\s+\d{6}){0,2}\s*(?:/\.\.\.)?|\d{1,3}(?:/\d{1,3})?\s+\d{2}-\d{5}|\d{2}-\d{5}\s+\d{1,3}(?:/\d{1,3})?|\d{1,3}/\d{1,3}|\d{2}-\d{5}(?:\s*\(\w\))?|-\s*\d{1,3}\s*-)$")
URL_LINE = re.compile(r"^(?:https?://|www\.|file://)\S+(?:\s+\d{1,3}/\d{1,3})?$")  # a browser's print footer: URL, page 1/3
# a browser's print header: date, time, the page's title ("12/6/26, 6:53 PM United Nations")
BROWSER_HEAD = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s.*$")
# the typewritten 1990s running head under the symbol: "/..." ends a page, then "Français",
# "Page 2" (the language of the version and the page, each on its own line); a page's barcode
OLD_RUNNING_HEAD = re.compile(r"^(?:/\.\.\.|\*\d{7,8}\*|(?:Page|Página|Страница)\s+\d{1,3}|Français|FRANÇAIS|English|ENGLISH|"
                              r"Español|ESPAÑOL|Русский|РУССКИЙ|Chinese|CHINESE)$")
RULE_LINE = re.compile(r"^[_\-–—]{5,}$")
# a document-sharing site's widgets around a PDF's text: its counters ("• Upload", "others",
# "• View", "• Download"), "Embed Size (px)", "Citation preview"; "Page 2: <the title again>"
# where each PDF page starts
SHARING_SITE = re.compile(r"^(?:(?:[•·]\s*)?(?:Upload|View|Download)|others|Embed Size \(px\)|Citation preview)$")
SHARED_PAGE = re.compile(r"^Page \d{1,4}: .+$")
# a web page's sharing and page tools copied with its text ("Share this:", "Facebook", "Twitter",
# "分享： 微博 微信 Facebook Twitter 电子邮件", "返回页首 | 打印本页"), and a menu or footer of
# short items between bars ("Copyright | Terms of Use | Privacy Notice", "版权所有 © 联合国 | 使用条件")
_TOOL = (r"(?:Share(?:\s+this)?(?:\s+page)?|Facebook|Twitter|X|LinkedIn|WhatsApp|Weibo|WeChat|E-?mail|Print(?:\s+this\s+page)?|"
         r"Back\s+to\s+top|Skip\s+to\s+(?:main\s+)?content|分享(?:到)?|微博|微信|电子邮件|打印(?:本页)?|返回页首|返回顶部)")
WEB_TOOLS = re.compile(rf"^{_TOOL}\s*[:：]?(?:\s*[|·•]?\s*{_TOOL}\s*[:：]?)*$", re.I)
# (one of a site's own words in it: a table row between bars, "General Service | Local level |
# Regular budget", is text)
MENU_LINE = re.compile(r"^(?=.*(?:Home|Copyright|©|Terms of [Uu]se|Privacy|Contact|Site ?map|Help|Fraud|Accueil|Plan du site|"
                       r"Confidentialité|Conditions d|Inicio|Privacidad|Condiciones de uso|Главная|Конфиденциальность|"
                       r"Условия|الخصوصية|شروط|首页|使用条件|隐私|网站地图|版权))"
                       r"[^|\d]{1,40}(?:\s+\|\s+[^|\d]{1,40}){2,}$")
# a page's end or start (not a URL line, which may end a footnote)
PAGE_FURNITURE = re.compile("|".join(f"(?:{p.pattern})" for p in (RUNNING_HEAD, PAGE_FOOT, BROWSER_HEAD, OLD_RUNNING_HEAD,
                                                                  SHARED_PAGE))
                            + r"|^\d{1,3}$")
PAGE_BREAK = "\f"  # the line clean_lines puts where a page ends
# the ones above at once: one match per line
WHOLE_LINE_ARTEFACT = re.compile("|".join(f"(?:{p.pattern})" for p in (RUNNING_HEAD, PAGE_FOOT, URL_LINE, BROWSER_HEAD,
                                                                       OLD_RUNNING_HEAD, SHARING_SITE, SHARED_PAGE,
                                                                       WEB_TOOLS, MENU_LINE)))
# a web copy glues an image's file name to the text it illustrates: "pssm mali2On 8 and 9 August",
# "KAIPTC11On the occasion" (a name ending in digits, the text's first word capitalised)
IMAGE_NAME = re.compile(r"^(\s*)(?:[a-z][\w-]* )?[\w-]*?[A-Za-z]\d{1,3}(?=[A-Z][a-z]+\s)")
LEADER_LINE = re.compile(r"(?:\.\s?){5,}[\s\d\-–]*$")  # a table of contents: "I. Introduction ...... 2"
# a statement row led by dots to its amount ("Проценты ........ 6 420", "Итого ..... (27 270)"): a
# page number has at most three digits, an amount with a digit group or four digits is no page
AMOUNT_LEADER = re.compile(r"\s*(?:\.\s?){5,}\s*(?=\(?[-–−]?(?:\d{1,3}(?:[ \u00a0,]\d{3})+|\d{4,})\)?$)")
# a page number alone on a line, pushed far right or centred by a PDF copy's layout
PAGE_NUMBER = re.compile(r"^ {10,}\d{1,3}$")
TABLE_BARS = re.compile(r"^\s*\|+\s*|\s*\|+\s*$")  # cell edges a web page's table left in its text
# a row of a table that a web page (or a Markdown copy of it) gives between bars, three cells at
# least, and the rule under its header row ("|---|:---:|")
PIPE_ROW = re.compile(r"^\|(?:[^|]*\|){3,}\s*$")
PIPE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")
INNER_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")  # typewritten text pads words with double spaces
# a row ending in two figures set apart by wide gaps ("Contributions   1 362 400      980 250",
# "Refunds   12 500      -"): the gaps before the figures are column breaks, not padding
# (an amount of three digits at least first: a posts table's counts, "P-3   —   2", are no amounts)
# (thousands grouped by spaces or, in English copies, by commas: "8,214   11,052")
_FIGURE = r"(?:\(?[-–−]?\d{1,3}(?:[ \u00a0,]\d{3})*(?:[.,]\d+)?\)?|[-–—])"
_AMOUNT = r"(?:\(?[-–−]?(?:\d{1,3}(?:[ \u00a0,]\d{3})+|\d{3,})(?:[.,]\d+)?\)?)"
YEAR_COLUMN_GAPS = re.compile(rf"[^\W\d_]\S* {{2,}}{_AMOUNT} {{2,}}{_FIGURE}$")
FIGURE_GAP = re.compile(rf" {{2,}}(?={_FIGURE}(?: {{2,}}|$))")
DIGIT_GROUPS = re.compile(r"(?<![\d.,/])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\d/])")
LONGEST_PRINTED_LINE = 200  # characters; an A4 line holds ~130 Latin or ~45 Chinese
LONGEST_PRINTED_CJK = 90  # ideographs: twice a printed Chinese line
# Where a paragraph starts inside a long line: after a sentence, a paragraph number, a heading,
# the front page's asterisk note or the annex. In Chinese also a paragraph number after a
# heading (`一、导言 1.大会`), and any sentence followed by a space, since Chinese puts no space
# between the sentences of one paragraph. Never inside a number: "1.250.000 dólares" is no
# paragraph 250.
PARAGRAPH_BREAK = re.compile(
    r"(?<=[。；.!?”）)])(?<!\b[A-Z]\.)(?:\s+|(?<!\d\.))(?=\d{1,3}\.\s*\S|[一二三四五六七八九十]+[、.．]\s*\S|[A-H]\.\s+\S|附件|Annex\b"
    r"|\*{1,3}\s*[A-Z]/\d)"
    r"|(?<=[\u4e00-\u9fff])\s+(?=\d{1,3}[.．](?!\d)\s*\S)"
    r"|(?<=[。！？])\s+(?=[\u4e00-\u9fff“《(（])")
KEPT_HYPHEN = "\u2011"  # a line-end hyphen that belongs to the word (non-proliferation), kept on joining
HYPHENATED = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”《》]")
# a line with more than LONGEST_PRINTED_CJK of those, found without a list of them
MANY_CJK = re.compile(r"(?:[^\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”《》]*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”《》]){%d}"
                      % (LONGEST_PRINTED_CJK + 1))

# Full-width forms whose half-width twin reads the same; CJK punctuation (，。；：) stays.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # digits
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # A-Z
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # a-z
_FOLD.update({0xFF08: ord("("), 0xFF09: ord(")"), 0xFF0F: ord("/"), 0xFF05: ord("%"),
              0xFF0B: ord("+"), 0xFF0D: ord("-"), 0x3000: ord(" "), 0x00A0: ord(" "),
              0x2002: ord(" "), 0x2003: ord(" "), 0x2009: ord(" "), 0x202F: ord(" "),
              0xFEFF: None, 0x200B: None, 0x00AD: None})
# Arabic-Indic and Eastern Arabic-Indic digits, the Arabic thousands and decimal separators
_FOLD.update({cp: ord("0") + cp - 0x0660 for cp in range(0x0660, 0x066A)})
_FOLD.update({cp: ord("0") + cp - 0x06F0 for cp in range(0x06F0, 0x06FA)})
_FOLD.update({0x066C: ord(","), 0x066B: ord(".")})
# Arabic short vowels and tatweel: optional in print, they would split words and names
_FOLD.update({cp: None for cp in (0x0640, *range(0x064B, 0x0653))})


# Kangxi radicals and compatibility ideographs, and the shaped Arabic letters some PDFs give
# (presentation forms), and the Latin ligatures (ﬁ, ﬂ) a typeset PDF gives, each made what it is by NFKC
COMPATIBILITY_FORMS = re.compile(r"[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]")
# runs of the characters `_FOLD` changes: most texts have few, and `str.translate` with a dict
# costs as much per character it leaves alone as per one it changes
FOLDABLE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD)) + "]+")


def fold_width(text: str) -> str:
    """Fold full-width letters, digits and brackets, and Arabic-Indic digits, to ASCII; keep CJK
    punctuation. Some PDF fonts map characters to Kangxi radicals (⽉ for 月), or give Arabic
    letters in their shaped presentation forms (ﻧﻴﺒﺎﻝ): those become the characters they are."""
    text = COMPATIBILITY_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return FOLDABLE.sub(lambda m: m.group(0).translate(_FOLD), unicodedata.normalize("NFC", text))


# what every match of DIGIT_GROUPS holds; found faster, since it does not open with a lookbehind
DIGIT_GROUP_HINT = re.compile(r"\d[ \u00a0\u202f]\d{3}")


def join_digit_groups(text: str) -> str:
    """`1 250 000` -> `1250000`: thousands grouped with spaces, as UN documents print them."""
    if not DIGIT_GROUP_HINT.search(text):
        return text
    return DIGIT_GROUPS.sub(lambda m: m.group(1) + re.sub(r"\s", "", m.group(2)), text)


# Digit groups a right-to-left PDF copy gave in reverse order: `000 150` for 150 000, `377 204 1`
# for 1 204 377. A run of short digit groups (a year or any longer number ends a run) has that
# shape when all its groups but the last have three digits; printed right, a number's first
# group never starts with 0 and only its first group is short, so a copy with such a run has
# reversed them all.
DIGIT_RUN = re.compile(r"(?<![\d.,/])\d{1,3}(?:[ \u00a0\u202f]\d{1,3})+(?![\d/])")


def _reversed_shape(groups: list[str]) -> bool:
    return all(len(g) == 3 for g in groups[:-1])


def _reversed_beyond_doubt(groups: list[str]) -> bool:
    return _reversed_shape(groups) and (groups[0].startswith("0") or len(groups[-1]) < 3)


def unreverse_digit_groups(text: str) -> str:
    """`000 150` -> `150 000` and `500 632` -> `632 500` in a copy where some number shows its
    groups reversed beyond doubt; any other text as it is."""
    if not any(_reversed_beyond_doubt(m.group(0).split()) for m in DIGIT_RUN.finditer(text)):
        return text
    return DIGIT_RUN.sub(lambda m: " ".join(reversed(m.group(0).split())) if _reversed_shape(m.group(0).split())
                         else m.group(0), text)


# An OCR'd scan reads the digit 0 as the letter O (Latin or Cyrillic) and 1 as l: `3O June`,
# `$1OO,OOO`, `2 5ОО`, `l996`. A number is a run of digits and those letters holding a digit,
# with groups of three after a comma, point or space, standing apart from any word.
OCR_NUMBER_HINT = re.compile(r"\d[OОl]|[OОl]\d|\d[,. \u00a0][OО]{3}")
OCR_NUMBER = re.compile(r"(?<![^\W\d_])(?=[\dOОl]*\d)[\dOОl]+(?:[,. \u00a0][\dOО]{3}(?![\dOОl]))*(?![^\W_])")
_OCR_DIGITS = str.maketrans({"O": "0", "О": "0", "l": "1"})


def mend_ocr_digits(text: str) -> str:
    """`3O June` -> `30 June`, `1ОО 000` -> `100 000`, `l996` -> `1996`: letters an OCR'd scan
    gave for digits inside a number; a text without such numbers as it is."""
    if not OCR_NUMBER_HINT.search(text):
        return text
    return OCR_NUMBER.sub(lambda m: m.group(0).translate(_OCR_DIGITS), text)


def is_artefact(line: str) -> bool:
    """Running heads, page numbers, job numbers, URL lines under footnotes; a table of
    contents' lines (a leader has five points), which no text run onto one long line is."""
    s = line.strip()
    return bool(WHOLE_LINE_ARTEFACT.match(s) or (s.count(".") >= 5 and len(s) <= LONGEST_PRINTED_LINE
                                                 and LEADER_LINE.search(s)))


def _unlead(line: str) -> str:
    """A statement row's dot leader becomes two spaces; a table of contents keeps its dots."""
    return AMOUNT_LEADER.sub("  ", line) if line.count(".") >= 5 else line


# a leader to a number of at most three digits: a page number in a table of contents, or a small
# amount among a statement's rows ("Recettes accessoires ...... 410")
SMALL_AMOUNT_LEADER = re.compile(r"\s*(?:\.\s?){5,}\s*(?=\(?[-–−]?\d{1,3}\)?$)")


def _unlead_rows(lines: list[str]) -> list[str]:
    """`_unlead` on every line; a small amount led by dots is a statement's row where the row
    before or after it is one (a table of contents has page numbers around its own)."""
    out = [_unlead(line) for line in lines]
    for i, line in enumerate(lines):
        if line.count(".") >= 5 and SMALL_AMOUNT_LEADER.search(line) and any(
                0 <= j < len(lines) and out[j] != lines[j] for j in (i - 1, i + 1)):
            out[i] = SMALL_AMOUNT_LEADER.sub("  ", line)
    return out


def is_rule(line: str) -> bool:
    s = line.strip()
    return s[:1] in "_-–—" and bool(RULE_LINE.match(s))  # most lines fail on their first character


def join_lines(left: str, right: str) -> str:
    """Join two pieces of one broken line: CJK without a space, Latin with one or de-hyphenated."""
    left, right = left.rstrip(), right.strip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith(KEPT_HYPHEN):
        return left[:-1] + "-" + right
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[:1].islower():
        return left[:-1] + right
    if left.endswith("-") and len(left) > 1 and left[-2].isalnum() and (right[:1].isupper() or right[:1].isdigit()):
        return left + right  # a hyphen before a capital or a digit belongs to the word: Asia-Pacific, COVID-19
    if CJK.search(left[-1]) or CJK.search(right[0]) or left[-1] in "([":  # "1540 (" + "2004)"
        return left + right
    return left + " " + right


def join_all(lines: Iterable[str]) -> str:
    """`join_lines` over many lines, in time linear in their length: `join_lines` looks only at
    the end of what is joined so far, so that end is kept apart and the rest set aside."""
    done: list[str] = []
    tail = ""
    for line in lines:
        tail = join_lines(tail, line)
        if len(tail) > 256:  # join_lines reads the last two characters; keep plenty
            done.append(tail[:-64])
            tail = tail[-64:]
    return "".join(done) + tail


@lru_cache(maxsize=None)
def _paragraph_breaks(inline_break: re.Pattern[str] | None) -> re.Pattern[str]:
    """PARAGRAPH_BREAK with a language's own breaks (Arabic `2 - `, `ثانيا - `) beside it."""
    if inline_break is None or inline_break.pattern == "(?!)":
        return PARAGRAPH_BREAK
    return re.compile(f"{PARAGRAPH_BREAK.pattern}|{inline_break.pattern}")


def split_long_lines(lines: list[str], inline_break: re.Pattern[str] | None = None) -> list[str]:
    """A web copy may put a whole report on a few lines: cut them where a paragraph, heading,
    note or annex starts (`inline_break`: where the language's own numbers and headings start).
    A cut-off piece gets a leading space, the hint that a paragraph starts."""
    out: list[str] = []
    breaks = _paragraph_breaks(inline_break)
    for line in lines:
        if len(line) > LONGEST_PRINTED_LINE or (len(line) > LONGEST_PRINTED_CJK and MANY_CJK.match(line)):
            pieces = [piece for piece in breaks.split(line) if piece.strip()]
            out += pieces[:1] + [" " + piece.lstrip() for piece in pieces[1:]]
        else:
            out.append(line)
    return out


def clean_lines(text: str, kept_hyphen: Callable[[str, str], bool] | None = None,
                inline_break: re.Pattern[str] | None = None) -> list[str]:
    """Raw report text -> logical lines (right-stripped, leading space kept as an indent hint).
    Every line break counts: CR alone (old Mac copies), form feeds between PDF pages, Word's
    manual break (vertical tab), U+2028/U+2029 and the record separators of web copies.
    Where a page ends (a form feed, a running head, a page number or job number) one
    PAGE_BREAK line stands: footnotes sit at a page's foot, so a page's end closes them."""
    lines: list[str] = []
    pages = fold_width(text).replace("\r\n", "\n").split("\f")
    for page in pages:
        if lines and lines[-1] != PAGE_BREAK:
            lines.append(PAGE_BREAK)
        page_lines = [line for line in page.splitlines() if line.strip()]
        numbers = _page_numbers(page_lines, form_feed=page is not pages[-1])
        for i, (line, unled) in enumerate(zip(page_lines, _unlead_rows(page_lines))):
            furniture = (bool(PAGE_NUMBER.match(line)) and not _note_mark(page_lines, i)) or i in numbers
            if not furniture:
                line = _tidy(unled)
                if not line.strip():
                    continue
                if not is_artefact(line):
                    lines.append(IMAGE_NAME.sub(r"\1", line, count=1))
                    continue
                furniture = bool(PAGE_FURNITURE.match(line.strip()))
            if furniture and lines and lines[-1] != PAGE_BREAK:
                lines.append(PAGE_BREAK)
    if lines and lines[-1] == PAGE_BREAK:
        lines.pop()
    lines = keep_compound_hyphens(mend_joined_compounds(join_split_initials(join_lone_numbers(join_address_breaks(lines)))),
                                  kept_hyphen)
    return split_long_lines(lines, inline_break)


BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


def _page_numbers(lines: list[str], *, form_feed: bool) -> set[int]:
    """The lines of a page that are its number alone: beside the job number of its footer
    ("98-25431 (C)" / "3"), or the page's last line where a form feed ends it."""
    out = {i for i, line in enumerate(lines) if BARE_NUMBER.match(line) and any(
        0 <= j < len(lines) and PAGE_FOOT.match(lines[j].strip()) and re.search(r"\d{2}-\d{5}", lines[j])
        for j in (i - 1, i + 1))}
    if form_feed and lines and BARE_NUMBER.match(lines[-1]):
        out.add(len(lines) - 1)
    return out


def _note_mark(lines: list[str], i: int) -> bool:
    """Is a number alone on a page's line, pushed far right, the mark of a note whose text
    follows (`pdftotext -layout` of a right-to-left page sets a note's raised number so, with no
    rule over the notes)? Yes where a line follows that is no footer and a line before carries
    the number as a mark, glued to its word ("من 14 بلدا1."); a page number has neither."""
    if i + 1 >= len(lines) or BARE_NUMBER.match(lines[i + 1]) or PAGE_FOOT.match(lines[i + 1].strip()):
        return False
    glued = re.compile(rf"[^\W\d_]\.?{lines[i].strip()}(?![\d/])")
    return any(glued.search(line) for line in lines[:i])


# a PDF's paragraph number set apart on its own line, the paragraph's text on the next ("1." /
# "Este informe se presenta …")
LONE_NUMBER = re.compile(r"^\s*(\d{1,3})\.\s*$")


def join_lone_numbers(lines: list[str]) -> list[str]:
    """Each paragraph number alone on its line joined to the text after it, where the text
    numbers its paragraphs so (1., then 2. …: two in order); any other text as it is."""
    lone = [int(found.group(1)) for found in map(LONE_NUMBER.match, lines) if found]
    if len(lone) < 2 or lone[:2] != [lone[0], lone[0] + 1]:
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and LONE_NUMBER.match(out[-1]) and line[:1].isalpha():
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


# a title set in small capitals loses the join between each word's initial and the rest when
# copied from the PDF ("M EDIDAS", "DEL C OMITÉ C ONSULTIVO", "EN EL Á FRICA CENTRAL"); a letter
# after a label word is the label's ("PART B", "ANNEX C", "SECCIÓN D")
SPLIT_INITIAL = re.compile(r"(?<![^\W\d_])(?<!PART )(?<!PARTE )(?<!PARTIE )(?<!ANNEX )(?<!ANNEXE )(?<!ANEXO )"
                           r"(?<!SECTION )(?<!SECCIÓN )(?<!CHAPTER )(?<!CHAPITRE )(?<!CAPÍTULO )(?<!SCHEDULE )"
                           r"(?<!APPENDIX )(?<!TABLE )(?<!TABLEAU )(?<!CUADRO )([A-ZÀ-ÖØ-Þ]) (?=[A-ZÀ-ÖØ-Þ]{2,})")
ONE_LETTER_WORDS = set("AEIOUYÀ")  # "A LA ASAMBLEA", "Y OTROS": words of their own
# a one-letter word that is also an initial is mended only before a long remainder (U NIDAS)
VOWEL_INITIAL = re.compile(r"(?<![^\W\d_])([EIOU]) (?=[A-ZÀ-ÖØ-Þ]{4,})")
SPLIT_FONT_GAPS = 3  # gaps after a letter that is no word of its own, in the whole text, that tell the font


def in_capitals(text: str) -> bool:
    """Letters of a cased script, all capitals (a typewritten heading, a title in small
    capitals); two comparisons, not a test of each character, as every line is asked."""
    return text != text.lower() and text == text.upper()


def join_split_initials(lines: list[str]) -> list[str]:
    """Latin lines in capitals whose words are split after their initial, the words whole again,
    when the text shows the font by several splits after letters that are no words (C OMITÉ);
    a vowel's split is mended then too (U NIDAS)."""
    capitals = [i for i, line in enumerate(lines) if " " in line and in_capitals(line)]
    gaps = sum(letter not in ONE_LETTER_WORDS for i in capitals for letter in SPLIT_INITIAL.findall(lines[i]))
    if gaps < SPLIT_FONT_GAPS:
        return lines
    out = list(lines)
    for i in capitals:
        line = SPLIT_INITIAL.sub(lambda found: found.group(0) if found.group(1) in ONE_LETTER_WORDS
                                 else found.group(1), lines[i])
        out[i] = VOWEL_INITIAL.sub(r"\1", line)
    return out


# a compound whose hyphen a PDF-to-text program dropped where the line broke at it
# ("АзиатскоТихоокеанском", "AsiaPacific"): a small letter, then a capital, inside a word
JOINED_COMPOUND = re.compile(r"\b([^\W\d_]*[a-zß-ÿа-яё])([A-ZÀ-ÞА-ЯЁ][^\W\d_]*)\b")


def mend_joined_compounds(lines: list[str]) -> list[str]:
    """Lines with a compound's hyphen put back ("Азиатско-Тихоокеанском") where poppler's
    pdftotext joined the compound broken at the line's end, when the text writes it with its
    hyphen elsewhere."""
    # the compounds the text hyphenates first: most texts have none to mend, and the search for
    # a joined one in every line cost more than the rest of the reader's line passes
    compounds = {word.lower() for word in HYPHENATED.findall("\n".join(l for l in lines if "-" in l))}
    if not compounds:
        return lines
    joined = [i for i, line in enumerate(lines) if JOINED_COMPOUND.search(line)]
    if not joined:
        return lines
    out = list(lines)
    for i in joined:
        out[i] = JOINED_COMPOUND.sub(lambda found: f"{found.group(1)}-{found.group(2)}"
                                     if f"{found.group(1)}-{found.group(2)}".lower() in compounds
                                     else found.group(0), lines[i])
    return out


LINE_END_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$")
LINE_START_WORD = re.compile(r"\s*([^\W\d_]+)")


def keep_compound_hyphens(lines: list[str], kept_hyphen: Callable[[str, str], bool] | None = None) -> list[str]:
    """A line that ends in `non-` before `proliferation` breaks a compound the text writes with
    its hyphen elsewhere, or one the language's `kept_hyphen` knows (Russian по- / прежнему):
    that hyphen is kept when the lines are joined, other ones are mended."""
    out = list(lines)
    compounds: set[str] | None = None  # gathered once, when a line ends in a hyphen
    for i, (line, nxt) in enumerate(zip(lines, lines[1:])):
        if not line.endswith("-"):
            continue
        if nxt == PAGE_BREAK:  # the word goes on on the next page
            nxt = lines[i + 2] if i + 2 < len(lines) else ""
        head = LINE_END_WORD.search(line)
        tail = LINE_START_WORD.match(nxt)
        if not (head and tail and tail.group(1)[:1].islower()):
            continue
        if compounds is None:  # one pass over the lines with a hyphen; no word spans a line end
            compounds = {word.lower() for word in HYPHENATED.findall("\n".join(l for l in lines if "-" in l))}
        if (f"{head.group(1)}-{tail.group(1)}".lower() in compounds
                or (kept_hyphen is not None and kept_hyphen(head.group(1), tail.group(1)))):
            out[i] = line[:-1] + KEPT_HYPHEN
    return out


def _tidy(line: str) -> str:
    """A line without table bars at its edges and with single spaces between its words; the
    leading indent is kept, since it tells where a paragraph starts."""
    line = line.rstrip()
    body = line.lstrip()
    indent = len(line) - len(body)
    if "|" not in line and "\t" not in line and "  " not in body and not line[:indent].strip(" "):
        return line  # most lines: an indent of spaces, single spaces between words
    if PIPE_RULE.match(body):  # a Markdown table's rule under its header row
        return ""
    if PIPE_ROW.match(body):  # "| 24 a 28 de septiembre | Curso … | Santo Domingo | 32 |": its cells between tabs
        return " " * indent + "\t".join(" ".join(cell.split()) for cell in body.strip().strip("|").split("|"))
    body = TABLE_BARS.sub("", body) if "|" in line else body
    if YEAR_COLUMN_GAPS.search(body):  # a statement's row with a column per year keeps its columns apart
        body = FIGURE_GAP.sub("\t", body)
    return " " * indent + INNER_SPACES.sub(" ", body)
