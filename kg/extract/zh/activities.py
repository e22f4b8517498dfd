"""Activities in Chinese reports: a dated sentence with an activity noun anchors one; the
sentences after it, up to the next anchor, tell who organised, funded, took part and why."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.extract.facts import Activity, Entity, Finding, Link, Source
from kg.extract.sentences import Sentence, split_sentences
from kg.extract.zh import lexicon as lx
from kg.extract.zh.dates import DateSpan, find_dates
from kg.ingest.document import Document, Paragraph
from kg.reference import NameMatch

AGENT_KINDS = {"Organization", "Country"}


@dataclass
class Draft:
    """An activity while its paragraph is read; becomes an `Activity` at the end."""

    type: str
    label: str
    dates: DateSpan
    paragraph: Paragraph
    core: list[Sentence]  # the sentences that name it
    scope: list[Sentence] = field(default_factory=list)  # the core and what follows it
    links: dict[tuple[str, str, str], Link] = field(default_factory=dict)
    modality: str | None = None
    participants: int | None = None
    countries: int | None = None
    external: bool = False
    findings: list[Finding] = field(default_factory=list)

    def link(self, relation: str, entity: Entity, sentence: Sentence) -> None:
        key = (relation, entity.kind, entity.key)
        if key not in self.links:
            self.links[key] = Link(relation, entity, Source(self.paragraph.key, sentence.text))

    def has(self, relation: str) -> bool:
        return any(k[0] == relation for k in self.links)

    def has_link(self, relation: str, entity: Entity) -> bool:
        return (relation, entity.kind, entity.key) in self.links


class ParagraphReader:
    """Reads the activities of one body paragraph."""

    def __init__(self, paragraph: Paragraph, mentions: list[NameMatch], document: Document,
                 subject: Entity | None, year: int | None,
                 footnote_countries: dict[str, list[Entity]]) -> None:
        self.p = paragraph
        self.footnote_countries = footnote_countries
        self.mentions = mentions
        self.doc = document
        self.subject = subject
        self.year = year
        self.sentences = split_sentences(paragraph.text, "zh")

    def drafts(self) -> list[Draft]:
        drafts = self._anchor()
        for i, draft in enumerate(drafts):
            last = drafts[i + 1].core[0].index if i + 1 < len(drafts) else len(self.sentences)
            draft.scope = self.sentences[draft.core[0].index:last]
            self._roles(draft)
            self._counts(draft)
            self._footnotes(draft)
            draft.modality = self._modality(draft.core) or self._modality(draft.scope)
        self._funding(drafts)
        return drafts

    # -- finding activities -------------------------------------------------------------
    def _anchor(self) -> list[Draft]:
        period = (self.doc.metadata.period_start, self.doc.metadata.period_end)
        drafts: list[Draft] = []
        year = self.year
        for sentence in self.sentences:
            spans = find_dates(sentence.text, year=year, period=period)
            for span in spans:
                year = int(span.start[:4])
            for span in spans:
                if span.is_period or span.precision == "year" or _adoption_date(sentence.text, span):
                    continue
                found = self._noun(sentence)
                core = [sentence]
                if not found and sentence.index > 0 and lx.EVENT_VERB.search(sentence.text):
                    previous = self.sentences[sentence.index - 1]
                    found = self._noun(previous)
                    core = [previous, sentence]
                if found and not any(d.core[0].index == core[0].index and d.dates == span for d in drafts):
                    noun, label = found
                    drafts.append(Draft(lx.ACTIVITY_NOUNS[noun], label, span, self.p, core))
                    break  # one activity per sentence unless another clause has its own noun
        return drafts

    def _noun(self, sentence: Sentence) -> tuple[str, str] | None:
        text = self._masked(sentence)
        found = lx.NOUN.search(text)
        if not found:
            return None
        # "…会议举办的论坛": the first noun sits in a clause that modifies the real event
        held = re.compile(r"[^，。；]{0,4}?" + lx.HOLD_VERBS + r"的").match(text, found.end())
        later = lx.NOUN.search(text, held.end()) if held else None
        found = later or found
        head = re.split(r"[，。；了]|" + lx.HOLD_VERBS + "的|" + lx.TAKE_PART, sentence.text[:found.start()])[-1]
        label = (head + sentence.text[found.start():found.end()]).strip(" ，、")
        return found.group(0), label if len(label) <= 60 else "…" + label[-59:]

    def _blanked(self, sentence: Sentence) -> str:
        """The sentence with names blanked (same length), so 组织 in 欧洲安全与合作组织 is no verb."""
        chars = list(sentence.text)
        for m in self._in(sentence):
            for i in range(max(m.start - sentence.start, 0), min(m.end - sentence.start, len(chars))):
                chars[i] = "　"
        return "".join(chars)

    def _masked(self, sentence: Sentence) -> str:
        """Names and quoted titles blanked, so 论坛 in a forum's name or a title is no event."""
        return re.sub(r"[“\"「][^”\"」]*[”\"」]", lambda m: "　" * len(m.group(0)), self._blanked(sentence))

    def _in(self, sentence: Sentence, start: int = 0, end: int | None = None) -> list[NameMatch]:
        lo = sentence.start + start
        hi = sentence.start + (len(sentence.text) if end is None else end)
        return [m for m in self.mentions if lo <= m.start and m.end <= hi]

    # -- who did what -------------------------------------------------------------------
    def _agents(self, sentence: Sentence, start: int, end: int) -> list[Entity]:
        """Organisations and countries named between two offsets of a sentence; a country that
        only qualifies an organisation (印度民间社会组织 X) is not an agent itself."""
        out = []
        for m in self._in(sentence, start, end):
            if m.entity.kind not in AGENT_KINDS:
                continue
            after = sentence.text[m.end - sentence.start:m.end - sentence.start + 8]
            before = sentence.text[max(0, m.start - sentence.start - 1):m.start - sentence.start]
            if m.entity.kind == "Country" and (lx.COUNTRY_QUALIFIER.match(after) or before in ("在", "于")):
                continue  # 印度民间社会组织 X, 在泰国曼谷: the country qualifies or places, it does not act
            out.append(m.entity)
        return out

    def _roles(self, draft: Draft) -> None:
        funded = self._funding_spans(draft.scope)
        anchor = draft.core[-1] if len(draft.core) == 1 else draft.core[0]
        external = lx.EXTERNAL.search(self._blanked(anchor))
        if external and self._agents(anchor, external.start("orgs"), external.end("orgs")):
            draft.external = True
            orgs_end = external.end("orgs")
            cut = re.search(r"为|向", self._blanked(anchor)[external.start("orgs"):orgs_end])
            if cut:
                orgs_end = external.start("orgs") + cut.start()
            for entity in self._agents(anchor, external.start("orgs"), orgs_end):
                draft.link("organizer", entity, anchor)
            if self.subject:
                draft.link("participant", self.subject, anchor)
        else:
            first = draft.core[0]
            start, end = self._subject_span(first)
            for entity in self._agents(first, start, end):
                draft.link("organizer", entity, first)
        for sentence in draft.scope:
            blanked = self._blanked(sentence)
            for pattern in (lx.CO_ORGANISER, lx.PASSIVE_ORGANISER, lx.ORGANISER_IS):
                for found in pattern.finditer(blanked):
                    if any(found.start() < e and s < found.end() for s, e in funded.get(sentence.index, [])):
                        continue
                    for entity in self._agents(sentence, found.start("orgs"), found.end("orgs")):
                        draft.link("organizer", entity, sentence)
            if not draft.external:
                self._beneficiaries(draft, sentence, blanked)
            for pattern in (lx.COME_FROM, lx.PERSONNEL):
                for found in pattern.finditer(blanked):
                    for entity in self._agents(sentence, found.start("orgs"), found.end("orgs")):
                        if entity.kind == "Country":
                            draft.link("participant", entity, sentence)
            if (sentence is not draft.core[0] and self.subject and not draft.has_link("organizer", self.subject)
                    and self._subject_acts(sentence, lx.CENTRE_TOOK_PART)):
                draft.link("participant", self.subject, sentence)
            for m in self._in(sentence):
                if m.entity.kind == "Instrument":
                    draft.link("instrument", m.entity, sentence)
        if not draft.has("organizer") and not draft.external and self.subject:
            draft.link("organizer", self.subject, draft.core[0])

    def _subject_span(self, sentence: Sentence) -> tuple[int, int]:
        """The subject of the sentence's main verb: the clause before the verb when it names
        someone (…，非洲联盟委员会开展了), else the sentence's opening up to 于/在/为 or the verb."""
        text = self._blanked(sentence)
        verb = re.search(lx.HOLD_VERBS + "|" + lx.TAKE_PART, text)
        if verb:
            clause = max(text.rfind("，", 0, verb.start()), text.rfind("；", 0, verb.start())) + 1
            if clause > 0:
                lo = clause
                hi = self._cut(text, lo, verb.start())
                if any(m.entity.kind in AGENT_KINDS for m in self._in(sentence, lo, hi)):
                    return lo, hi
        lead = find_dates(text[:40])
        start = lead[0].stop if lead and lead[0].offset <= 2 else 0
        return start, self._cut(text, start, len(text))

    @staticmethod
    def _cut(text: str, start: int, end: int) -> int:
        stop = re.compile(r"，|于|在|为|通过|以|继续|应|" + lx.HOLD_VERBS + "|" + lx.TAKE_PART)
        found = stop.search(text, start + 1, end)
        return found.start() if found else end

    def _subject_acts(self, sentence: Sentence, verbs: re.Pattern[str]) -> bool:
        """Is the subject (the Centre) the one doing `verbs` in this sentence?"""
        text = self._blanked(sentence)
        found = verbs.search(text)
        return bool(found) and any(m.entity == self.subject for m in self._in(sentence, 0, found.start()))

    def _beneficiaries(self, draft: Draft, sentence: Sentence, blanked: str) -> None:
        """为 X 举办 (X a country or body); 协助/应 X 的请求, 对象为 X (countries)."""
        for pattern, kinds in ((lx.BENEFICIARY, AGENT_KINDS), (lx.ASSISTED, {"Country"}),
                               (lx.TARGETED, {"Country"})):
            for found in pattern.finditer(blanked):
                for entity in self._agents(sentence, found.start("orgs"), found.end("orgs")):
                    if entity != self.subject and entity.kind in kinds:
                        draft.link("beneficiary", entity, sentence)

    def _funding_spans(self, sentences: list[Sentence]) -> dict[int, list[tuple[int, int]]]:
        return {s.index: [f.span() for f in lx.FUNDING.finditer(self._blanked(s))] for s in sentences}

    def _funding(self, drafts: list[Draft]) -> None:
        """A funding sentence covers its activity, or every activity before it when plural."""
        for sentence in self.sentences:
            for found in lx.FUNDING.finditer(self._blanked(sentence)):
                group = next(g for g in ("a", "b", "c") if found.group(g))
                funders = self._agents(sentence, found.start(group), found.end(group))
                before = [d for d in drafts if d.core[0].index <= sentence.index]
                if not funders or not before:
                    continue
                if "项目" in sentence.text[max(0, found.start() - 6):found.end() + 6] and not lx.FUNDING_PLURAL.search(sentence.text):
                    continue  # funds a project, not these activities
                targets = before if lx.FUNDING_PLURAL.search(sentence.text) else [before[-1]]
                for draft in targets:
                    for entity in funders:
                        draft.link("funder", entity, sentence)

    # -- numbers and places -------------------------------------------------------------
    def _counts(self, draft: Draft) -> None:
        for sentence in draft.scope:
            both = lx.COUNT_BOTH.search(sentence.text)
            if both:
                draft.countries = draft.countries or int(both.group(1))
                draft.participants = draft.participants or int(both.group(2))
                continue
            people = lx.COUNT_PEOPLE.search(sentence.text) or lx.COUNT_NAMED_PEOPLE.search(sentence.text)
            if people and draft.participants is None:
                draft.participants = int(people.group(1))
            countries = lx.COUNT_COUNTRIES.search(sentence.text)
            if countries and draft.countries is None:
                draft.countries = int(countries.group(1))

    def _footnotes(self, draft: Draft) -> None:
        lo, hi = draft.scope[0].start, draft.scope[-1].end
        for ref in self.p.footnote_refs:
            if not lo <= ref.offset <= hi:
                continue
            sentence = next(s for s in draft.scope if s.start <= ref.offset <= s.end + 1)
            before = self.p.text[max(0, ref.offset - 12):ref.offset]
            relation = "beneficiary" if lx.FOOTNOTE_BENEFICIARY.search(before) else "participant"
            note = self.doc.footnote(ref.mark)
            if note is None:
                continue
            listed = self.footnote_countries.get(ref.mark, [])
            cited = replace(sentence, text=f"{sentence.text} [{ref.mark}] {note.text}")
            for entity in listed:
                draft.link(relation, entity, cited)
            stated = lx.STATED_COUNTRIES.search(before + "") or lx.STATED_COUNTRIES.search(
                self.p.text[max(0, ref.offset - 14):ref.offset])
            if stated and listed and int(stated.group(1)) != len(listed):
                draft.findings.append(Finding(
                    "count-mismatch",
                    f"the text states {stated.group(1)} countries; footnote {ref.mark} lists {len(listed)}",
                    Source(self.p.key, cited.text)))

    def _modality(self, sentences: list[Sentence]) -> str | None:
        text = "".join(self._masked(s) for s in sentences)
        if lx.HYBRID.search(text):
            return "hybrid"
        if lx.ONLINE.search(text):
            return "online"
        if lx.IN_PERSON.search(text):
            return "in-person"
        for s in sentences:
            for found in lx.HELD_IN.finditer(s.text):
                lo = found.start("place")
                if any(m.entity.kind in ("Country", "Region") for m in self._in(s, lo, found.end("place"))) \
                        or not re.search(r"框架|期间|会议|方面|基础|过程", found.group("place")):
                    return "in-person"
        return None


def _adoption_date(text: str, span: DateSpan) -> bool:
    """`2018 年 12 月 5 日第 73/77 号决议`: the date a resolution was adopted, not an event's."""
    return bool(re.match(r"\s*(?:的)?\s*第\s*\d+\s*/\s*\d+|\s*(?:的)?\s*第\s*\d{3,4}\s*\(", text[span.stop:span.stop + 12]))


def finish(draft: Draft) -> Activity:
    start, end = draft.dates.start, draft.dates.end
    key = f"{start}-{draft.type.lower()}"
    sources = tuple(Source(draft.paragraph.key, s.text) for s in draft.core)
    return Activity(key=key, label=draft.label, type=draft.type, paragraph=draft.paragraph.key,
                    start=start, end=end, modality=draft.modality,
                    participants=draft.participants, participant_countries=draft.countries,
                    links=tuple(draft.links.values()), sources=sources)
