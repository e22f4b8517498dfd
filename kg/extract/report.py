"""Document -> Facts: the steps every language shares, with the language's rules plugged in."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from kg.extract.continued import extended, joined, points_at_this, points_back, rehomed
from kg.extract.glosses import GlossedNames
from kg.extract.facts import Activity, Entity, FinanceLine, Facts, Link, Mention, Source
from kg.extract.back_references import funders_by_description, funders_by_reference
from kg.extract.statement_prose import statement_in_prose
from kg.extract.merge import anchor_activities, merge_activities
from kg.extract.rules import LanguageRules
from kg.extract.sentences import Sentence, split_sentences
from kg.extract.statement import OBJECT_OF_EXPENDITURE, check_statement, expenses_by_object, parse_amount
from kg.ingest.document import Document, Paragraph
from kg.reference import Gazetteer, NameMatch


def find_subject(document: Document, gazetteer: Gazetteer, rules: LanguageRules) -> Entity | None:
    """The body the report is about, from its title (the Centre that "the Centre" refers to)."""
    meta = document.metadata
    title = meta.subject_name or ""
    found = gazetteer.lookup(title)
    if found:
        return found
    for text in (title, f"{meta.agenda_title or ''} {title}"):
        orgs = [m.entity for m in rules.names(gazetteer, None).find(text) if m.entity.kind == "Organization"]
        if orgs:
            return orgs[-1]
    return None


def named_subject(found: dict[str, list[NameMatch]]) -> Entity | None:
    """The body a text without a title is about (a centre's news page, a news item): the one
    body with a host country (a regional centre, as the reference data say) that it names."""
    hosted = {m.entity for matches in found.values() for m in matches
              if m.entity.kind == "Organization" and m.entity.host}
    return hosted.pop() if len(hosted) == 1 else None


def heading_subject(document: Document, names) -> Entity | None:
    """The body a text without a title is about when only its opening lines name it (a decision
    whose title is the centre's name, its paragraphs saying "the Regional Centre"): the one body
    with a host country those lines name."""
    lines = document.metadata.heading_lines
    return named_subject({"heading": names.find(lines)}) if lines else None


def chapter_subjects(document: Document, gazetteer: Gazetteer) -> dict[str, Entity]:
    """A report on several centres at once (as the 1990s ones were) gives each its chapter: in a
    chapter whose heading names a centre, "the Centre" is that one. Chapter label -> centre; none
    unless two centres have chapters."""
    found = {}
    for heading in document.headings:
        entity = gazetteer.lookup(heading.title) if heading.level == 1 else None
        if entity is not None and entity.kind == "Organization" and entity.host:
            found[heading.label] = entity
    return found if len(set(found.values())) > 1 else {}


def extract_report(document: Document, gazetteer: Gazetteer, rules: LanguageRules) -> Facts:
    def names_for(centre: Entity | None) -> GlossedNames:  # "the Centre" names `centre`
        return GlossedNames(rules.names(gazetteer, centre), gazetteer)

    subject = find_subject(document, gazetteer, rules)
    names = names_for(subject)
    found = {p.key: names.find(p.text) for p in document.paragraphs}
    if subject is None and not document.metadata.title:
        subject = named_subject(found) or heading_subject(document, names)
        if subject is not None:  # read again, so that "the Centre" names it
            names = names_for(subject)
            found = {p.key: names.find(p.text) for p in document.paragraphs}
    chapters = chapter_subjects(document, gazetteer)
    subject_of = {p.key: chapters.get((p.section or "").split(" > ")[0], subject) for p in document.paragraphs}
    if chapters:  # each chapter read again, so that "the Centre" names its centre
        readers = {centre: names_for(centre) for centre in set(chapters.values())}
        found.update({p.key: readers[subject_of[p.key]].find(p.text) for p in document.paragraphs
                      if subject_of[p.key] in readers})
    notes = {f.mark: names.find(f.text) for f in document.footnotes}
    mentions = _mentions(document, found, notes, gazetteer) + _title_mentions(document, subject, gazetteer)
    mentions += _subject_in_title(document, subject, mentions)
    mentions += _headline_mentions(document, names, mentions, gazetteer)
    footnote_countries = {mark: _unique(m.entity for m in ms if m.entity.kind == "Country")
                          for mark, ms in notes.items()}
    default_modality = "online" if any(rules.report_online.search(p.text)
                                       for p in document.paragraphs if p.part == "body") else None
    activities, findings = [], []
    served = _heading_instruments(document, names)
    carried: list[Paragraph] = []  # the blocks that describe the last event of a text without numbers
    for paragraph in document.paragraphs:
        if paragraph.part == "body":
            found_here, noted = rules.activities(paragraph, found[paragraph.key], document,
                                                 subject_of[paragraph.key], footnote_countries)
            pointed = [a for a in activities if carried and a.paragraph == carried[0].key]
            if not found_here and pointed and points_back(rules, paragraph):
                whole, names_here = joined(carried + [paragraph], found)
                again, _ = rules.activities(whole, names_here, document, subject_of[whole.key], footnote_countries)
                if again:  # "Cet atelier est organisé par …": read with the block it points back at
                    carried.append(paragraph)
                    again = [_serving(rehomed(a, carried), served.get(whole.section, ())) for a in again]
                    starts = {a.start for a in pointed}
                    activities = [extended(a, [b for b in again if b.start == a.start]) if a in pointed else a
                                  for a in activities] + [b for b in again if b.start not in starts]
                    continue
            if found_here and pointed and points_at_this(rules, paragraph):
                # "Cette formation, qui dure jusqu'au 27 avril, s'adresse à …": the event before, not another
                activities = [a for a in activities if a is not pointed[-1]]
                activities.append(extended(pointed[-1], found_here))
                findings += noted
                continue
            if found_here:
                carried = [paragraph] if paragraph.number is None else []
            activities += [_serving(a, served.get(paragraph.section, ())) for a in found_here]
            findings += noted
    excluded = {subject.key} if subject else set()
    excluded |= {centre.key for centre in chapters.values()}
    if subject:  # the subject's own parts (its director, its trust fund) are no third party
        part = subject.key + "-"
        excluded |= {m.entity.key for ms in found.values() for m in ms if m.entity.key.startswith(part)}
    excluded |= {"UNSG"}
    year = _statement_year(document, rules)
    body_year = _period_year(document) or _activities_year(activities)
    money = [c for p in document.paragraphs
             for c in rules.contributions(p, found[p.key], year if p.part == "annex" else body_year, excluded)]
    lines, signs = _statement(document, year, rules)
    if not lines and rules.money_words:  # no annex table: a statement told in a paragraph
        lines = statement_in_prose(list(document.paragraphs), rules.money_words, rules.statement_line,
                                   rules.date_in_label, rules.year_in_text, rules.currencies)
    # what later sentences and paragraphs say of an activity told before them
    activities = funders_by_reference(activities, list(document.paragraphs), found, rules.funded_by_reference,
                                      excluded, rules.code)
    activities = funders_by_description(activities, list(document.paragraphs), found, rules.funded_by_description,
                                        excluded, rules.code)
    lines, checks, statement_findings = check_statement(lines, money, signs)
    return Facts(
        subject=subject,
        mentions=tuple(mentions),
        activities=tuple(anchor_activities(with_default_modality(
            rules.merge_summary(merge_activities(activities),
                          [p for p in document.paragraphs if p.part == "summary"], found, subject),
            default_modality))),
        contributions=tuple(_unique(money)),
        fundings=tuple(_unique(f for p in document.paragraphs if p.part == "body"
                               for f in rules.fundings(p, found[p.key], subject, excluded))),
        finance=tuple(lines),
        checks=tuple(checks),
        posts=tuple(post for p in document.paragraphs if p.part == "body"
                    for post in rules.posts(p, found[p.key], excluded, gazetteer.get("Organization", "UN"),
                                            own_fund=subject and gazetteer.get("Organization", f"{subject.key}-TRUST-FUND"))),
        findings=tuple(findings + statement_findings),
    )


_NOT_A_LETTER = re.compile(r"[\W_]")
_NOT_A_NAME = re.compile(r"[\W_]|\b(?:the|and|of|on)\b|和|与|及", re.I)


def _heading_instruments(document: Document, names) -> dict[str, tuple[tuple[Entity, str], ...]]:
    """Section path -> instrument links of the innermost heading that names only instruments
    ("2. 《武器贸易条约》", "B. Arms Trade Treaty"): the activities under it serve them."""
    out: dict[str, tuple[tuple[Entity, str], ...]] = {}
    path: list[str] = []
    for heading in document.headings:
        path = path[:heading.level - 1] + [heading.label]
        matches = names.find(heading.title)
        named = "".join(heading.title[m.start:m.end] for m in matches)
        rest = _NOT_A_NAME.sub("", heading.title)
        if matches and all(m.entity.kind == "Instrument" for m in matches) \
                and len(rest) <= len(_NOT_A_LETTER.sub("", named)) + 2:
            out[" > ".join(path)] = tuple((m.entity, heading.title) for m in matches)
    return out


def _serving(activity: Activity, served: tuple[tuple[Entity, str], ...]) -> Activity:
    """An activity with nothing said of the instrument it served takes its heading's."""
    if not served or any(link.relation == "instrument" for link in activity.links):
        return activity
    links = tuple(Link("instrument", entity, Source(activity.paragraph, title)) for entity, title in served)
    return replace(activity, links=activity.links + links)


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
        sentences = split_sentences(paragraph.text, document.metadata.language)
        starts = [s.start for s in sentences]  # in order: the sentence of a mention by bisection
        for m in found[paragraph.key]:
            sentence = _sentence_at(sentences, starts, m.start)
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


def _title_mentions(document: Document, subject: Entity | None, gazetteer: Gazetteer) -> list[Mention]:
    """The title names a United Nations body by its full name ("United Nations Regional Centre
    ...", "Региональный центр Организации Объединенных Наций ...", "مركز الأمم المتحدة الإقليمي ..."),
    which names the United Nations even where the text never names it on its own."""
    un = gazetteer.get("Organization", "UN")
    title = document.metadata.subject_name
    if not (un and subject and title and subject.category == "un-entity" and subject.key != un.key
            and document.paragraphs):
        return []
    return [Mention(un, title, Source(document.paragraphs[0].key, title))]


def _headline_mentions(document: Document, names: GlossedNames, mentions: list[Mention],
                       gazetteer: Gazetteer) -> list[Mention]:
    """The bodies a news item's headline names and its text does not ("… Conference Kicks Off in
    Nepal" over "… kicked off Friday in Kathmandu"): named by the text all the same, traced to
    its first paragraph, which the headline is over. Only bodies the reference data knows: a
    headline capitalises every word, so its capitalised runs ("Asia and Pacific Regional Centre")
    are no names of unknown bodies."""
    headline = document.metadata.headline
    if not (headline and document.paragraphs):
        return []
    named = {m.entity.key for m in mentions}
    out = []
    for m in names.find(headline):
        if m.entity.key not in named and gazetteer.get(m.entity.kind, m.entity.key) is not None:
            named.add(m.entity.key)
            out.append(Mention(m.entity, m.text, Source(document.paragraphs[0].key, headline)))
    return out


def _subject_in_title(document: Document, subject: Entity | None, mentions: list[Mention]) -> list[Mention]:
    """The body a title names and the text does not name again (a resolution's part title "…
    ACTIVIDADES DEL COMITÉ CONSULTIVO PERMANENTE …" over a preamble that does not): named all the same."""
    title = document.metadata.subject_name
    if not (subject and title and document.paragraphs) or any(m.entity.key == subject.key for m in mentions):
        return []
    return [Mention(subject, title, Source(document.paragraphs[0].key, title))]


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    """The sentence holding `offset` (None between sentences): the last one starting at or
    before it, when it reaches that far."""
    at = bisect_right(starts, offset) - 1
    return sentences[at] if at >= 0 and offset < sentences[at].end else None


def _citing_paragraph(document: Document, mark: str) -> str:
    for paragraph in document.paragraphs:
        if any(ref.mark == mark for ref in paragraph.footnote_refs):
            return paragraph.key
    return document.paragraphs[0].key


def _statement_year(document: Document, rules: LanguageRules) -> int | None:
    for table in document.tables:
        found = rules.year_in_text(table.title)
        if found:
            return found
    return _period_year(document)


def _period_year(document: Document) -> int | None:
    end = document.metadata.period_end or document.metadata.period_start
    return int(end[:4]) if end else None


def _activities_year(activities: list[Activity]) -> int | None:
    """A text without a reporting period (a Yearbook chapter, a letter) whose activities all fall
    in one year: that year dates the gifts it tells without one ("Au cours de l'année, …")."""
    years = {a.start[:4] for a in activities if a.start}
    return int(years.pop()) if len(years) == 1 else None


def _wrapped_line(rules: LanguageRules, heading: str, label: str) -> str | None:
    """The line a label wrapped over two rows names ("Excess of income over expenditure" /
    "(expenditure over income)  (26 518)"): the second row opens with a bracket or a small
    letter, and the two together name what the first names alone."""
    if not (label[:1] == "(" or label[:1].islower()):
        return None
    line = rules.statement_line(heading)
    return line if line and rules.statement_line(f"{heading} {label}") == line else None


def _statement(document: Document, year: int | None,
               rules: LanguageRules) -> tuple[list[FinanceLine], dict[str, bool]]:
    lines, signs = [], {}
    objects: list[FinanceLine] = []  # rows of expenses by object of expenditure (staff, travel ...)
    for table in document.tables:
        currency = rules.currencies.get(table.unit, "USD")
        heading = ""  # the last row without an amount ("Revenue:"), which a bare "Total" under it sums
        for row in table.rows:
            if not row.amount_text:
                heading = row.label
            line = _wrapped_line(rules, heading, row.label) if heading and row.amount_text else None
            line = line or rules.statement_line(row.label) or (rules.statement_line(f"{row.label} {heading}")
                                                               if heading and row.amount_text else None)
            amount, signed = parse_amount(row.amount_text)
            if line is None or amount is None or line in signs:
                continue
            amount *= table.scale
            date = rules.date_in_label(row.label) or (f"{year}-12-31" if year else None)
            found = FinanceLine(line, row.label, amount, currency, date, Source("annex-1", f"{row.label} {row.amount_text}"))
            if line == OBJECT_OF_EXPENDITURE:
                objects.append(found)
                continue
            signs[line] = signed
            lines.append(found)
    if objects and any(line.line == "total-expenses" for line in lines):
        return _operating_from_total(lines), signs
    return expenses_by_object(lines, objects), signs


def _operating_from_total(lines: list[FinanceLine]) -> list[FinanceLine]:
    """Expenses given by object and then totalled: the operating expenses are the total less any
    refunds (a row among the objects, "一般业务费用" / "General operating expenses", is one object)."""
    total = next((line for line in lines if line.line == "total-expenses"), None)
    if total is None:
        return lines
    refunds = sum(line.amount for line in lines if line.line == "refunds")
    return [line for line in lines if line.line != "operating-expenses"] + [
        replace(total, line="operating-expenses", amount=total.amount - refunds)]
