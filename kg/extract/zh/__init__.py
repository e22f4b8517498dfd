"""The rules for reports in Chinese."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.facts import Activity, Entity, FinanceLine, Facts, Mention, Source
from kg.extract.merge import merge_activities
from kg.extract.sentences import split_sentences
from kg.extract.statement import check_statement, parse_amount
from kg.extract.zh import lexicon
from kg.extract.zh.activities import ParagraphReader, finish
from kg.extract.zh.money import CURRENCIES, contributions, fundings, posts, statement_line
from kg.extract.zh.names import ChineseNames
from kg.extract.zh.summary import merge_summary
from kg.ingest.document import Document, Paragraph
from kg.reference import Gazetteer, NameMatch

LANGUAGE = "zh"


def find_subject(document: Document, gazetteer: Gazetteer) -> Entity | None:
    """The body the report is about, from its title (the Centre that 区域中心 refers to)."""
    title = document.metadata.subject_name or ""
    found = gazetteer.lookup(title)
    if found:
        return found
    names = ChineseNames(gazetteer, None).find(title)
    orgs = [m.entity for m in names if m.entity.kind == "Organization"]
    return orgs[0] if orgs else None


def extract(document: Document, gazetteer: Gazetteer) -> Facts:
    subject = find_subject(document, gazetteer)
    names = ChineseNames(gazetteer, subject)
    found = {p.key: names.find(p.text) for p in document.paragraphs}
    notes = {f.mark: names.find(f.text) for f in document.footnotes}
    mentions = _mentions(document, found, notes, gazetteer)
    footnote_countries = {mark: _unique(m.entity for m in ms if m.entity.kind == "Country")
                          for mark, ms in notes.items()}
    default_modality = "online" if any(lexicon.REPORT_ONLINE.search(p.text)
                                       for p in document.paragraphs if p.part == "body") else None
    activities, findings = [], []
    for paragraph in document.paragraphs:
        if paragraph.part != "body":
            continue
        reader = ParagraphReader(paragraph, found[paragraph.key], document, subject, None,
                                 footnote_countries)
        for draft in reader.drafts():
            activities.append(finish(draft))
            findings += draft.findings
    excluded = {subject.key} if subject else set()
    excluded |= {e.key for ms in found.values() for e in (m.entity for m in ms)
                 if subject and e.key.startswith(subject.key + "-")} | {"UNSG"}
    year = _statement_year(document)
    money = [c for p in document.paragraphs
             for c in contributions(p, found[p.key], year if p.part == "annex" else _period_year(document), excluded)]
    lines, signs = _statement(document, year)
    lines, checks, statement_findings = check_statement(lines, money, signs)
    return Facts(
        subject=subject,
        mentions=tuple(mentions),
        activities=tuple(with_default_modality(
            merge_summary(merge_activities(activities),
                          [p for p in document.paragraphs if p.part == "summary"], found, subject),
            default_modality)),
        contributions=tuple(_unique(money)),
        fundings=tuple(f for p in document.paragraphs if p.part == "body"
                       for f in fundings(p, found[p.key], subject, excluded)),
        finance=tuple(lines),
        checks=tuple(checks),
        posts=tuple(post for p in document.paragraphs if p.part == "body"
                    for post in posts(p, found[p.key], excluded, gazetteer.get("Organization", "UN"))),
        findings=tuple(findings + statement_findings),
    )


def with_default_modality(activities: list[Activity], modality: str | None) -> list[Activity]:
    """A report that says all its activities moved online gives that modality to those silent on it."""
    return [a if a.modality or not modality else replace(a, modality=modality) for a in activities]


def _unique(items) -> list:
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _mentions(document: Document, found: dict[str, list[NameMatch]],
              notes: dict[str, list[NameMatch]], gazetteer: Gazetteer) -> list[Mention]:
    """Every name in the report with its sentence; an instrument also names the organ that adopted it."""
    out = []
    for paragraph in document.paragraphs:
        sentences = split_sentences(paragraph.text, LANGUAGE)
        for m in found[paragraph.key]:
            sentence = next((s for s in sentences if s.start <= m.start < s.end), None)
            out.append(Mention(m.entity, m.text, Source(paragraph.key, sentence.text if sentence else paragraph.text)))
            if m.entity.issuer:
                issuer = gazetteer.get("Organization", m.entity.issuer)
                if issuer:
                    out.append(Mention(issuer, m.text, out[-1].source))
    for footnote in document.footnotes:
        key = _citing_paragraph(document, footnote.mark)
        for m in notes.get(footnote.mark, []):
            out.append(Mention(m.entity, m.text, Source(key, footnote.text)))
    return out


def _citing_paragraph(document: Document, mark: str) -> str:
    for paragraph in document.paragraphs:
        if any(ref.mark == mark for ref in paragraph.footnote_refs):
            return paragraph.key
    return document.paragraphs[0].key


def _statement_year(document: Document) -> int | None:
    for table in document.tables:
        found = re.search(r"(\d{4})\s*年", table.title)
        if found:
            return int(found.group(1))
    return _period_year(document)


def _period_year(document: Document) -> int | None:
    end = document.metadata.period_end or document.metadata.period_start
    return int(end[:4]) if end else None


def _statement(document: Document, year: int | None) -> tuple[list[FinanceLine], dict[str, bool]]:
    lines, signs = [], {}
    for table in document.tables:
        currency = CURRENCIES.get(table.unit, "USD")
        for row in table.rows:
            line = statement_line(row.label)
            amount, signed = parse_amount(row.amount_text)
            if line is None or amount is None or line in signs:
                continue
            date = _line_date(row.label, line, year)
            signs[line] = signed
            lines.append(FinanceLine(line, row.label, amount, currency, date,
                                     Source("annex-1", f"{row.label} {row.amount_text}")))
    return lines, signs


def _line_date(label: str, line: str, year: int | None) -> str | None:
    found = re.search(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", label)
    if found:
        return f"{int(found.group(1)):04d}-{int(found.group(2)):02d}-{int(found.group(3)):02d}"
    return f"{year}-12-31" if year else None


__all__ = ["extract", "find_subject", "Activity", "Paragraph"]
