"""Posts by grade, their number and who pays for them, for every language: the language gives
the patterns of a post and of paying; the reading and the choice of the payer are here."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.extract.facts import Entity, Post, Source
from kg.extract.guards import guarded
from kg.extract.sentences import split_sentences
from kg.ingest.document import Paragraph
from kg.reference import NameMatch

NEVER = re.compile(r"(?!x)x")
CLAUSE_BREAK = re.compile(r"[,،;؛.]")
GRADE = r"(?:P|D|G|GS|FS|NO)-[A-Z0-9]{1,2}"  # a grade in its international form


def _grade_group(found: re.Match[str]) -> str:
    return found.group("grade")


@dataclass(frozen=True)
class PostPattern:
    """One way a language writes a post: `2 Political Affairs Officers (P-3)`, `一名 P-5`."""

    pattern: re.Pattern[str]
    grade: Callable[[re.Match[str]], str] = _grade_group  # the international grade
    title: Callable[[re.Match[str]], str] | None = None  # None: the `title` group, else the grade

    def title_of(self, found: re.Match[str]) -> str:
        if self.title:
            return self.title(found)
        return found.groupdict().get("title") or self.grade(found)


@dataclass(frozen=True)
class PostWords:
    code: str  # language, for sentence splitting
    patterns: tuple[PostPattern, ...]  # an earlier pattern wins where two overlap
    about: re.Pattern[str]  # the sentence speaks of posts, staff or their funding
    count: Callable[[re.Match[str]], int]  # a post's match -> how many
    regular_budget: re.Pattern[str]  # paid by the United Nations itself
    pays_for: re.Pattern[str]  # a paying verb in the active: "X funds ..."
    # a paying phrase after the posts whose group "who" names the payer: "funded by X"
    funded_by: re.Pattern[str] = NEVER
    # the payer named before the posts it pays for, up to the clause's end: "由经常预算供资的员额为
    # 主任一名(D-1)…；由信托基金供资的员额为…": group "who" the payer
    funded_first: re.Pattern[str] = NEVER
    # the payer follows the paying verb (verb-first languages), else precedes it
    payer_after_verb: bool = False
    # the regular budget named anywhere settles it before any paying verb
    budget_first: bool = False
    # "one each": as many payers named as posts, each paying one
    each: re.Pattern[str] = NEVER
    strip: str = " ,"  # trimmed off a title
    # a general service row's name in a posts table ("General Service  1  4"); its grade is GS
    general_service: re.Pattern[str] = NEVER
    # the report's own trust fund named short ("Trust Fund", "信托基金") as a payer of posts
    own_fund: re.Pattern[str] = NEVER
    # a grade as a posts table prints it in this language (no groups), and its international form
    table_grade: str = GRADE
    table_grade_of: Callable[[str], str] = str


def find_posts(words: PostWords, paragraph: Paragraph, mentions: list[NameMatch], excluded: set[str],
               un: Entity | None, own_fund: Entity | None = None) -> list[Post]:
    out = []
    offset = 0
    for sentence in split_sentences(paragraph.text, words.code, tables_whole=True):
        offset = paragraph.text.find(sentence.text, offset)
        text = sentence.text
        if not words.about.search(text):  # first: a cheap test that skips most sentences
            continue
        found = _posts_in(words, text)
        if not found or "\t" in text:  # a table's cells: its rows name posts as prose does ("主任(P-5)")
            payers = _payers(words, text, offset, mentions, excluded, un, own_fund)
            table = _table(words, text, payers) or _row_table(words, text, payers) or _rows(words, text, payers)
        else:
            table = []
        if table:
            out += [Post(grade, count, payer, title, Source(paragraph.key, text)) for grade, count, payer, title in table]
            continue
        if not found:
            continue
        payers = _payers(words, text, offset, mentions, excluded, un, own_fund)
        source = Source(paragraph.key, text)
        for i, (pattern, post) in enumerate(found):
            count = words.count(post)
            following = found[i + 1][1].start() if i + 1 < len(found) else len(text)
            funders = _funders(words, text, payers, (post.start(), post.end(), following), un)
            grade, title = pattern.grade(post), pattern.title_of(post).strip(words.strip)
            if count > 1 and len(funders) == count and words.each.search(text, post.end()):
                out += [Post(grade, 1, funder, title, source) for funder in funders]
            else:
                out.append(Post(grade, count, funders[0] if funders else None, title, source))
    return out


TABLE_CELL = r"(?:\d{1,2}|[—–-])"  # a count, or a dash for none
TABLE_ROW = r"\s+(?P<cells>{cell}(?:\s+{cell})*)(?!\d)".format(cell=TABLE_CELL)
HEADER_START = re.compile(r"[。：:.;；]")


def _table(words: PostWords, text: str, payers: list[tuple[int, int, Entity]]) -> list[tuple[str, int, Entity, str]]:
    """A posts table copied into the text: a header that names a payer per column ("Regular
    budget  Trust Fund", "经常预算  瑞典政府供资"), then a row per grade with a count or a dash in
    each column ("P-3  —  2"). Its posts as (grade, count, payer, title); none unless every row
    has a cell for each payer the header names."""
    if not any(ch in text for ch in "—–-"):
        return []
    rows = list(re.finditer(rf"(?:(?<![A-Za-z0-9-])(?P<grade>{words.table_grade})|(?P<gs>{words.general_service.pattern})){TABLE_ROW}", text))
    if len(rows) < 2:
        return []
    cells = [row.group("cells").split() for row in rows]
    start = max((m.end() for m in HEADER_START.finditer(text, 0, rows[0].start())), default=0)
    header = [entity for at, _, entity in payers if start <= at < rows[0].start()]
    header = [entity for i, entity in enumerate(header) if i == 0 or entity != header[i - 1]]
    if header and all(len(row) == len(header) + 1 and _sums(row) for row in cells):
        cells = [row[:-1] for row in cells]  # a last column of totals
    if not header or any(len(row) != len(header) for row in cells):
        return []
    out = []
    for row, counts in zip(rows, cells):
        grade = words.table_grade_of(row.group("grade")) if row.group("grade") else "GS"
        out += [(grade, int(count), payer, row.group("grade") or row.group("gs"))
                for count, payer in zip(counts, header) if count.isdigit() and int(count)]
    return out


def _sums(cells: list[str]) -> bool:
    """Is a row's last cell the sum of the counts before it (a column of totals)?"""
    return cells[-1].isdigit() and int(cells[-1]) == sum(int(c) for c in cells[:-1] if c.isdigit())


def _row_table(words: PostWords, text: str, payers: list[tuple[int, int, Entity]]) -> list[tuple[str, int, Entity, str]]:
    """A posts table with a row per grade and its payer in the last column ("Д-1  1  Регулярный
    бюджет", "ف-3  2  الصندوق الاستئماني"), the grade maybe in brackets after the title ("主任(P-5)  1
    经常预算", "一般事务人员(当地雇用)  3  经常预算"): each row's posts paid by the one payer named between
    its count and the next row; none unless every row names one."""
    rows = list(re.finditer(rf"(?:(?<![A-Za-z0-9-])(?P<grade>{words.table_grade})\)?|(?P<gs>{words.general_service.pattern})"
                            rf"(?:\s*\([^()\d]{{1,20}}\))?)\s+(?P<count>\d{{1,2}})(?!\d)\s+(?=\S)", text))
    if len(rows) < 2:
        return []
    out = []
    for i, row in enumerate(rows):
        end = rows[i + 1].start() if i + 1 < len(rows) else len(text)
        named = list(dict.fromkeys(entity for at, _, entity in payers if row.end() <= at < end))
        if len(named) != 1 or not int(row.group("count")):
            return []
        grade = words.table_grade_of(row.group("grade")) if row.group("grade") else "GS"
        out.append((grade, int(row.group("count")), named[0], row.group("grade") or row.group("gs")))
    return out


ROW_LEAD = 25  # at most this many characters between a row's grade or count and its payer's name
ROW_GAP = re.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,3}\s*|")  # words, never a figure
ROW = r"(?<![\w(-])(?P<grade>{grade})(?![\w-]|\s*\))[ \t]+(?:(?P<count>\d{{1,2}})[ \t]+)?"


def _rows(words: PostWords, text: str, payers: list[tuple[int, int, Entity]]) -> list[tuple[str, int, Entity, str]]:
    """A posts table with a row per post or group of posts: its title, grade, number and source
    of funding in cells ("Director  P-5  Presupuesto ordinario", "P-2  2  Gouvernement suédois",
    "المدير  مد-1  الميزانية العادية", the general service's name in the grade's cell: "مساعد إداري
    الخدمات العامة  حكومة نيبال"). None unless every grade of the text opens such a row, and two rows
    at least."""
    grade = rf"{words.table_grade}|{words.general_service.pattern}"
    grades = list(re.finditer(rf"(?<![\w-])(?:{grade})(?![\w-])", text))
    rows = []
    for row in re.finditer(ROW.format(grade=grade), text):
        # the payer's cell: its name, maybe after "Gobierno de" ("Gobierno de Suecia")
        payer = next(((at, to, entity) for at, to, entity in payers
                      if row.end() <= at <= row.end() + ROW_LEAD and ROW_GAP.fullmatch(text, row.end(), at)), None)
        if payer:
            rows.append((row, payer))
    if len(rows) < 2 or len(rows) != len(grades):
        return []
    out, previous = [], 0
    for row, (_, to, entity) in rows:
        title = text[previous:row.start()].strip(" \t,;:")
        title = title if 0 < len(title) <= 60 else row.group("grade")
        printed = row.group("grade")
        grade = "GS" if words.general_service.fullmatch(printed) else words.table_grade_of(printed)
        out.append((grade, int(row.group("count") or 1), entity, title))
        previous = to
    return out


def _posts_in(words: PostWords, text: str) -> list[tuple[PostPattern, re.Match[str]]]:
    found: list[tuple[PostPattern, re.Match[str]]] = []
    for pattern in words.patterns:
        found += [(pattern, m) for m in guarded(pattern.pattern).finditer(text)
                  if not any(f.start() < m.end() and m.start() < f.end() for _, f in found)]
    return sorted(found, key=lambda f: f[1].start())


def _payers(words: PostWords, text: str, offset: int, mentions: list[NameMatch], excluded: set[str],
            un: Entity | None, own_fund: Entity | None = None) -> list[tuple[int, int, Entity]]:
    """Who could pay, by position in the sentence; the regular budget stands for the UN, the
    trust fund named short for the report's own."""
    named = [(m.start - offset, m.end - offset, m.entity) for m in mentions
             if offset <= m.start and m.end <= offset + len(text)
             and m.entity.kind in ("Country", "Organization") and m.entity.key not in excluded]
    budget = [(b.start(), b.end(), un) for b in words.regular_budget.finditer(text)] if un else []
    fund = [(f.start(), f.end(), own_fund) for f in words.own_fund.finditer(text)
            if not any(at < f.end() and f.start() < to for at, to, _ in named)] if own_fund else []
    return sorted(named + budget + fund, key=lambda p: p[0])


def _funders(words: PostWords, text: str, payers: list[tuple[int, int, Entity]],
             post: tuple[int, int, int], un: Entity | None) -> list[Entity]:
    """Who pays for one post (start, end, where the next post starts): the payers of the first
    paying phrase after it; else the regular budget where it settles everything; else the payer
    beside the paying verb; else the regular budget named anywhere."""
    start, end, following = post
    if words.payer_after_verb:  # "ويمول الاتحاد الأوروبي وظيفة ... (ف-2)": the verb's clause holds the post
        verb = ([v for v in words.pays_for.finditer(text, 0, start)] or [None])[-1]
        clause = text[verb.end():start] if verb else ""
        named = [entity for at, _, entity in payers if verb and verb.end() <= at < start]
        if named and not CLAUSE_BREAK.search(clause):
            return named[:1]
        # "وتمول وظيفة المدير (مد-1) ووظيفة ... ف-3 من الميزانية العادية، فيما تمول ...": the verb
        # before the posts is passive, their payer the first named after them in its clause
        after = next((v.start() for v in words.pays_for.finditer(text, end)), len(text))
        named = [entity for at, _, entity in payers if end <= at < after]
        if verb and named and not CLAUSE_BREAK.search(clause):
            return named[:1]
    for first in reversed(list(words.funded_first.finditer(text, 0, end))):  # a title's match may hold it
        named = list(dict.fromkeys(entity for at, to, entity in payers
                                   if at < first.end("who") and to > first.start("who")))
        if named and not re.search(r"[；;。.]", text[first.end():end]):
            return named
        break
    for funded in words.funded_by.finditer(text, end):
        lo, hi = funded.start("who"), funded.end("who")
        named = list(dict.fromkeys(entity for at, to, entity in payers if at < hi and to > lo))
        if named:
            return named
    if words.budget_first and un and words.regular_budget.search(text):
        return [un]
    # the paying verb nearest before the post, else the first after it
    verbs = list(words.pays_for.finditer(text))
    pays = ([v for v in verbs if v.start() < start][-1:] or verbs[:1] or [None])[0]
    if pays:
        before = [entity for at, _, entity in payers if at < pays.start()]
        after = [entity for at, _, entity in payers if at >= pays.end()]
        near = after[:1] if words.payer_after_verb else before[-1:]
        far = before[-1:] if words.payer_after_verb else after[:1]
        if near or far:
            return near or far
    return [un] if un and words.regular_budget.search(text) else []
