"""Activities: a dated sentence with an activity noun anchors one; the sentences after it, up
to the next anchor, tell who organised, funded, took part and why. The words and patterns come
from the language's lexicon, as kg/extract/lexicon.py declares them."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import ModuleType
from typing import Callable

from kg.extract.dates import DateSpan
from kg.extract.entities import BLANK, blank_out
from kg.extract.facts import Activity, Entity, Finding, Link, Source
from kg.extract.lexicon import ActivityLexicon, activity_lexicon
from kg.extract.sentences import Sentence, split_sentences
from kg.extract.weekdays import dateline_day, weekday_spans
from kg.ingest.document import Document, Paragraph
from kg.reference import NameMatch

AGENT_KINDS = {"Organization", "Country"}
TITLE_HEAD_WORDS = 3  # the words of a quoted title that may hold the event's noun


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

    def __init__(self, lexicon: ActivityLexicon, paragraph: Paragraph, mentions: list[NameMatch],
                 document: Document, subject: Entity | None,
                 footnote_countries: dict[str, list[Entity]]) -> None:
        self.lx = lexicon
        self.p = paragraph
        self.footnote_countries = footnote_countries
        self.mentions = mentions
        # mentions by where they start, so a sentence finds its own by bisection: a long
        # paragraph would otherwise cost every mention per sentence, quadratic in its length
        self._by_start = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._starts = [mentions[i].start for i in self._by_start]
        self.doc = document
        self.subject = subject
        self.sentences = split_sentences(paragraph.text, lexicon.CODE)
        # per sentence (start, text), what several steps ask of it
        self._blanks: dict[tuple[int, str], str] = {}
        self._funding_phrases: dict[tuple[int, str], list[re.Match[str]]] = {}

    def drafts(self) -> list[Draft]:
        drafts = _told_again(self._anchor())
        for i, draft in enumerate(drafts):
            last = drafts[i + 1].core[0].index if i + 1 < len(drafts) else len(self.sentences)
            draft.scope = self.sentences[draft.core[0].index:max(last, draft.core[-1].index + 1)]
            turn = self.lx.SCOPE_BREAK  # "此外，区域中心还…": another action
            ends = [s.index for s in draft.scope[len(draft.core):] if turn and turn.match(s.text)]
            if ends:
                draft.scope = self.sentences[draft.core[0].index:ends[0]]
            self._roles(draft)
            self._counts(draft)
            self._footnotes(draft)
            draft.modality = (self._stated_modality(draft.core) or self._stated_modality(draft.scope)
                              or self._place_modality(draft.core)
                              or self._place_modality(draft.scope[len(draft.core):], after=True))
        self._table_rows(drafts)
        for draft in drafts:
            self._state_of_body(draft)
        self._funding(drafts)
        for draft in drafts:
            if not draft.external and not draft.has("beneficiary") and not any("\t" in s.text for s in draft.core):
                self._national(draft, [(s, 0, len(s.text)) for s in draft.core])
        if drafts:
            for sentence in self.sentences[:drafts[0].core[0].index]:
                for m in self._in(sentence):
                    if m.entity.kind == "Instrument":
                        for draft in drafts:
                            draft.link("instrument", m.entity, sentence)
        return drafts

    # -- finding activities -------------------------------------------------------------
    def _named_next(self, sentence: Sentence) -> tuple[tuple[str, str], list[Sentence]] | None:
        """The event a dated sentence without an event's noun tells of, when the next sentence,
        undated, names it with a demonstrative ("This intense one-day seminar …")."""
        if not self.lx.EVENT_REFERENCE or sentence.index + 1 >= len(self.sentences):
            return None
        following = self.sentences[sentence.index + 1]
        pointed = self.lx.EVENT_REFERENCE.match(following.text)
        if not (pointed and pointed.groupdict().get("this")) or self.lx.find_dates(following.text):
            return None
        found = self._noun(following)
        return (found, [sentence, following]) if found else None

    def _anchor(self) -> list[Draft]:
        """One draft per dated event: a sentence with two dates and two activity nouns
        (`3 月 5 日举办了讲习班，并于 4 月 10 日举办了培训班`) holds two."""
        period = (self.doc.metadata.period_start, self.doc.metadata.period_end)
        drafts: list[Draft] = []
        lx = self.lx
        year = None if period[0] else sole_year(self.doc, lx.find_dates)
        weekday_base = dateline_day(self.doc.metadata.dateline, lx.find_dates) if lx.WEEKDAYS else None
        for sentence in self.sentences:
            spans = lx.find_dates(sentence.text, year=year, period=period)
            if not spans and weekday_base and not period[0]:  # "kicked off Friday", under "Friday, March 9, 2001"
                spans = weekday_spans(sentence.text, lx.WEEKDAYS, weekday_base)
            year = int(spans[-1].start[:4]) if spans else year
            events = [s for s in spans if not (s.is_period or (s.precision == "year" and not _opens(sentence, s, lx))
                                               or (s.start, s.end) == period
                                               or lx.adoption_date(sentence.text, s) or _after(s, period))]
            for i, span in enumerate(events):
                stop = events[i + 1].offset if i + 1 < len(events) else len(sentence.text)
                start = 0 if i == 0 else span.offset
                region = Sentence(sentence.index, sentence.start + start, sentence.text[start:stop])
                found = self._noun(region)
                core = [sentence]
                if not found and i == 0 and sentence.index > 0 and lx.EVENT_VERB.search(sentence.text):
                    previous = self.sentences[sentence.index - 1]
                    found = self._noun(previous)
                    core = [previous, sentence]
                if not found and i == 0:  # "(Peru, 12 Dec. 2013) – … joined forces … This one-day seminar dealt with …"
                    found, core = self._named_next(sentence) or (found, core)
                if not found and i == 0 and "\t" in sentence.text:
                    lead = next((s for s in reversed(self.sentences[:sentence.index]) if "\t" not in s.text), None)
                    found = self._noun(lead) if lead else None
                    if found:  # a table's row of the kind its lead-in names, done by whom it says
                        core = [lead, sentence]
                if (not found and i > 0 and lx.NEXT_OF_SAME and drafts and drafts[-1].core[-1] is sentence
                        and lx.NEXT_OF_SAME.search(sentence.text, events[i - 1].stop, span.offset)):
                    found = (drafts[-1].type, drafts[-1].label)  # "…, and the second from 28 August"
                    core = drafts[-1].core
                if found and lx.NOT_HELD and any(lx.NOT_HELD.search(s.text) for s in core):
                    continue  # an event that did not take place is no activity
                if found:
                    kind, label = found
                    drafts.append(Draft(kind, label, span, self.p, core))
                elif i > 0 and drafts and drafts[-1].core[-1] is sentence and _table_row(sentence.text, events[i - 1].stop, span.offset):
                    # two dates of a row in two cells: another activity of the kind the table lists
                    drafts.append(Draft(drafts[-1].type, drafts[-1].label, span, self.p, core))
                elif i > 0 and drafts and sentence in (drafts[-1].core[0], drafts[-1].core[-1]):
                    # "…two workshops, in San José on 10-11 and in Panama on 17-18 September": a series
                    # in one sentence is one activity, from its first date to its last (the sentence
                    # may open the draft's core, when the next one names the event: _named_next)
                    drafts[-1].dates = _through(drafts[-1].dates, span)
        return drafts

    def _noun(self, sentence: Sentence) -> tuple[str, str] | None:
        """(activity type, label) of the event the sentence names, if it names one."""
        return (self.lx.activity_noun(self._masked(sentence), sentence.text) or self._titled(sentence)
                or self._named_event(sentence))

    def _named_event(self, sentence: Sentence) -> tuple[str, str] | None:
        """An event the Centre took part in, named only by a known name that is an event's
        ("выступил на Региональном форуме АСЕАН ..., проходившем 14 и 15 мая"): the name's noun."""
        if not self.lx.CENTRE_TOOK_PART.search(self._blanked(sentence)):
            return None
        for m in self._in(sentence):
            if m.entity.kind == "Organization" and m.entity != self.subject:
                found = self.lx.activity_noun(m.text, m.text)
                if found:
                    return found
        return None

    def _titled(self, sentence: Sentence) -> tuple[str, str] | None:
        """An event the sentence names only by its quoted title, which opens with the event's noun
        (انعقدت "ورشة العمل الإقليمية …", the "Regional Workshop on …" was held): with an event
        verb, the title's first words are the noun; deeper in a title a noun is no event."""
        if not self.lx.EVENT_VERB.search(sentence.text):
            return None
        blanked = self._blanked(sentence)
        for quoted in self.lx.QUOTED.finditer(blanked):
            head = quoted.group(0)[1:].split()[:TITLE_HEAD_WORDS]
            if not head:
                continue
            stop = blanked.find(head[-1], quoted.start() + 1) + len(head[-1])
            window = BLANK * (quoted.start() + 1) + blanked[quoted.start() + 1:stop]
            found = self.lx.activity_noun(window + BLANK * (len(blanked) - len(window)), sentence.text)
            if found:
                return found
        return None

    def _blanked(self, sentence: Sentence) -> str:
        """The sentence with names blanked (same length), so 组织 in 欧洲安全与合作组织 is no verb."""
        key = (sentence.start, sentence.text)  # asked again by every role a sentence is read for
        blanked = self._blanks.get(key)
        if blanked is None:
            blanked = self._blanks[key] = blank_out(sentence.text, self._in(sentence), sentence.start)
        return blanked

    def _masked(self, sentence: Sentence) -> str:
        """Names and quoted titles blanked, so 论坛 in a forum's name or a title is no event."""
        return self.lx.QUOTED.sub(lambda m: BLANK * len(m.group(0)), self._blanked(sentence))

    def _in(self, sentence: Sentence, start: int = 0, end: int | None = None) -> list[NameMatch]:
        lo = sentence.start + start
        hi = sentence.start + (len(sentence.text) if end is None else end)
        found = self._by_start[bisect_left(self._starts, lo):bisect_right(self._starts, hi)]
        return [self.mentions[i] for i in sorted(found) if self.mentions[i].end <= hi]

    # -- who did what -------------------------------------------------------------------
    def _agents(self, sentence: Sentence, start: int, end: int, places: bool = True,
                people: bool = False, qualifiers: bool = True) -> list[Entity]:
        """Organisations and countries named between two offsets of a sentence; a country that
        only qualifies an organisation (印度民间社会组织 X) is not an agent itself, though with
        `people` a country whose people are named (哥伦比亚的官员) stands for them."""
        own_people = self.lx.PEOPLE_AFTER if people else None
        # Arabic puts the nationality after the people (الموظفين الكوستاريكيين): they stand for it
        people_before = self.lx.PEOPLE_BEFORE if people else None
        out = []
        for m in self._in(sentence, start, end):
            if m.entity.kind not in AGENT_KINDS:
                continue
            after = sentence.text[m.end - sentence.start:m.end - sentence.start + 24]
            # wide enough for a noun the country's adjective follows (groupe de réflexion français), and
            # for people described at length before "في X" (أعضاء اللجان الوطنية المعنية ... في الكاميرون)
            before = sentence.text[max(0, m.start - sentence.start - 90):m.start - sentence.start]
            place = (places and self.lx.PLACE_BEFORE.search(before) and not self.lx.NOT_PLACE_AFTER.match(after)
                     and not (people_before and people_before.search(before))
                     # "au Gouvernement togolais": a Government named whole is no place
                     and not (self.lx.GOVERNMENT_OF and self.lx.GOVERNMENT_OF.search(m.text + " ")))
            qualified = (qualifiers and self.lx.COUNTRY_QUALIFIER.match(after)
                         and not (own_people and own_people.match(after)))
            if m.entity.kind == "Country" and (qualified or place):
                continue  # 印度民间社会组织 X, 在泰国曼谷: the country qualifies or places, it does not act
            out.append(m.entity)
        return out

    def _roles(self, draft: Draft) -> None:
        lx = self.lx
        funded = self._funding_spans(draft.scope)
        anchor = draft.core[-1] if len(draft.core) == 1 else draft.core[0]
        external = lx.EXTERNAL.search(self._blanked(anchor))
        orgs_start, orgs_end = external.span("orgs") if external else (0, 0)
        if external and lx.EVENT_OF and not self._agents(anchor, orgs_start, orgs_end):
            # "出席了…在雅温得举行的 X 会议": the host named after the verb of holding, before the event
            named = lx.EVENT_OF.search(self._blanked(anchor), orgs_end)
            if named and self._agents(anchor, *_named(named)):
                orgs_start, orgs_end = _named(named)
        if external and self._agents(anchor, orgs_start, orgs_end):
            draft.external = True
            cut = lx.EXTERNAL_CUT.search(self._blanked(anchor)[orgs_start:orgs_end])
            if cut:
                orgs_end = orgs_start + cut.start()
            hosts = self._agents(anchor, orgs_start, orgs_end)
            for entity in hosts:
                draft.link("organizer", entity, anchor)
            draft.external = self.subject not in hosts  # "…organized by the Centre and X": its own event
            if self.subject and draft.external:
                draft.link("participant", self.subject, anchor)
        else:
            first = draft.core[0]
            start, end = self._subject_span(first)
            # "Le Dialogue entre l'ONU et la République de Corée s'est tenu…": the subject is the
            # event, the names in its title are no agents
            event = (self.lx.activity_noun(self._masked(first)[start:end], first.text[start:end])
                     or (lx.EVENT_SUBJECT is not None and lx.EVENT_SUBJECT.match(self._masked(first))))
            # who the sentence says paid for it (ومولت ألمانيا بعثة ...) is its funder, not its host
            paid = [e for lo, hi in funded.get(first.index, []) for e in self._agents(first, lo, hi)]
            agents = [] if event else [e for e in self._agents(first, start, end) if e not in paid]
            # "the Centre participated in / spoke at …", no host named: a guest, not the host
            guest = self.subject in agents and self._guest(first)
            for entity in agents:
                draft.link("participant" if guest else "organizer", entity, first)
            if guest:
                draft.external = True
                self._host_of(draft, first)
        hosts = {key for key in draft.links if key[0] == "organizer"}
        for sentence in draft.scope:
            blanked = self._blanked(sentence)
            for pattern in (lx.CO_ORGANISER, lx.PASSIVE_ORGANISER, lx.ORGANISER_IS):
                for found in pattern.finditer(blanked):
                    if any(found.start() < e and s < found.end() for s, e in funded.get(sentence.index, [])):
                        continue
                    for entity in self._agents(sentence, found.start("orgs"), found.end("orgs")):
                        draft.link("organizer", entity, sentence)
                        if pattern is not lx.CO_ORGANISER:
                            hosts.add(("organizer", entity.kind, entity.key))
            if not draft.external:
                self._beneficiaries(draft, sentence, blanked)
            people_of = lx.PEOPLE_OF  # "focal points of A, B and C"
            for pattern in (lx.COME_FROM, lx.PERSONNEL, lx.PERSONNEL_OF, *([people_of] if people_of else [])):
                for found in pattern.finditer(blanked):
                    # "une réunion d'experts …, grâce à une contribution de l'Allemagne": who paid sent no one
                    if any(found.start("orgs") < e and s < found.end("orgs") for s, e in funded.get(sentence.index, [])):
                        continue
                    # 来自牙买加警察部队的官员: people of a country's bodies took part for it; the
                    # bracket of a listed "países (Bolivia, …)" opens a list, it places nothing
                    for entity in self._agents(sentence, found.start("orgs"), found.end("orgs"),
                                               places=pattern is not lx.PERSONNEL_OF,
                                               qualifiers=pattern not in (lx.COME_FROM, people_of)):
                        if entity.kind == "Country":
                            draft.link("participant", entity, sentence)
            joined = lx.PARTICIPATION  # "with the participation of X and Y"
            for found in joined.finditer(blanked) if joined else ():
                for entity in self._agents(sentence, *_named(found)):
                    if entity != self.subject:
                        draft.link("participant", entity, sentence)
            if (sentence is not draft.core[0] and self.subject and not draft.has_link("organizer", self.subject)
                    and self._subject_acts(sentence, lx.CENTRE_TOOK_PART)):
                draft.link("participant", self.subject, sentence)
            for m in self._in(sentence):
                if m.entity.kind == "Instrument":
                    draft.link("instrument", m.entity, sentence)
        if draft.external and not draft.has("organizer"):
            self._invited_by(draft)
        if draft.external and not draft.has("organizer") and draft.core[0].index > 0:
            self._host_before(draft)
        # no host named, or only partners ("organisée … en coopération avec X"): the Centre held it
        if not hosts and not draft.external and self.subject:
            draft.link("organizer", self.subject, draft.core[0])

    def _guest(self, sentence: Sentence) -> bool:
        """Is the sentence's main verb one of taking part (participated, spoke at, 出席)? A
        language that names no guest verbs: any verb of taking part with no verb of holding an
        event after it."""
        text = self._blanked(sentence)
        verb = self.lx.MAIN_VERB.search(text)
        if not verb:
            return False
        guest_verb = self.lx.GUEST_VERB
        if guest_verb is not None:
            return bool(guest_verb.match(text, verb.start()))
        return bool(self.lx.CENTRE_TOOK_PART.match(text, verb.start())
                    and not re.search(self.lx.HOLD_VERBS, text[verb.start():]))

    def _invited_by(self, draft: Draft) -> None:
        """A guest's host named only as who invited it: "invited by X", "应 X 邀请"."""
        inviter = self.lx.INVITER
        for sentence in draft.core if inviter else ():
            for found in inviter.finditer(self._blanked(sentence)):
                for entity in self._agents(sentence, found.start("orgs"), found.end("orgs"), places=False):
                    if entity != self.subject:
                        draft.link("organizer", entity, sentence)

    def _host_before(self, draft: Draft) -> None:
        """A guest's host named in the undated sentence before, which tells what the Centre took
        part in: "UNREC took part in X, organized by Y. …, UNREC attended the meeting from …"."""
        before = self.sentences[draft.core[0].index - 1]
        if self.lx.find_dates(before.text) or not self.subject:
            return
        found = self.lx.EXTERNAL.search(self._blanked(before))
        if found and self._subject_acts(before, self.lx.CENTRE_TOOK_PART):
            for entity in self._agents(before, found.start("orgs"), found.end("orgs")):
                if entity != self.subject:
                    draft.link("organizer", entity, before)

    def _host_of(self, draft: Draft, sentence: Sentence) -> None:
        """The body whose event the guest attended, named after the event: "a meeting of ECOWAS"."""
        pattern = self.lx.EVENT_OF
        found = pattern.search(self._blanked(sentence)) if pattern else None
        if found:
            for entity in self._agents(sentence, *_named(found)):
                if entity != self.subject:
                    draft.link("organizer", entity, sentence)

    def _subject_span(self, sentence: Sentence) -> tuple[int, int]:
        """The subject of the sentence's main verb: the clause before the verb when it names
        someone (…，非洲联盟委员会开展了), else the sentence's opening up to 于/在/为 or the verb."""
        lx = self.lx
        text = self._blanked(sentence)
        verb = lx.MAIN_VERB.search(text)
        if verb:
            # the nearest clause before the verb that names someone: "为…，区域中心与 X 合作，举办了"
            bounds = [0] + [b.end() for b in lx.CLAUSE_BREAK.finditer(text, 0, verb.start())]
            for i in range(len(bounds) - 1, 0, -1):
                lo = bounds[i]
                hi = self._cut(text, lo, verb.start())
                subjectless = lx.SUBJECTLESS_OPENING and lx.SUBJECTLESS_OPENING.match(text, lo)
                if self._agents(sentence, lo, hi) and not lx.ADVERBIAL.match(text[lo:hi]) and not subjectless:
                    # "the Centre, the Government of X and Y co-hosted": a list, not clauses; two names
                    # side by side are two clauses ("Для ... X, Y и Z Центр провел")
                    while i > 0 and lx.ONLY_NAMES.match(text[bounds[i - 1]:bounds[i]]) and text[bounds[i] - 2] != BLANK:
                        i -= 1
                    return bounds[i], hi
        lead = lx.find_dates(text[:60])
        start = lx.after_lead(text, lead[0]) if lead and lead[0].offset <= 5 else 0
        if lx.SUBJECTLESS_OPENING and lx.SUBJECTLESS_OPENING.match(text, start):
            return start, start
        opening = lx.ADVERBIAL.match(text[start:])
        comma = lx.CLAUSE_BREAK.search(text, start + opening.end()) if opening else None
        if comma and comma.end() < len(text):  # "At the request of X, a mission was …": X asked, it did not act
            start = comma.end()
        return start, self._cut(text, start, len(text))

    def _cut(self, text: str, start: int, end: int) -> int:
        found = self.lx.SUBJECT_STOP.search(text, start + 1, end)
        return found.start() if found else end

    def _subject_acts(self, sentence: Sentence, verbs: re.Pattern[str]) -> bool:
        """Is the subject (the Centre) the one doing `verbs` in this sentence?"""
        text = self._blanked(sentence)
        found = verbs.search(text)
        return bool(found) and any(m.entity == self.subject for m in self._in(sentence, 0, found.start()))

    def _beneficiaries(self, draft: Draft, sentence: Sentence, blanked: str) -> None:
        """为 X 举办 (X a country or body); 协助/应 X 的请求, 对象为 X (countries)."""
        lx = self.lx
        patterns = [(lx.BENEFICIARY, lx.BENEFICIARY_KINDS), (lx.ASSISTED, {"Country"}), (lx.TARGETED, {"Country"})]
        if lx.REQUESTER:  # "consultations with the Government of X, at its request"
            patterns.append((lx.REQUESTER, {"Country"}))
        for pattern, kinds in patterns:
            for found in pattern.finditer(blanked):
                for entity in self._agents(sentence, found.start("orgs"), found.end("orgs"), people=True):
                    if entity != self.subject and entity.kind in kinds:
                        draft.link("beneficiary", entity, sentence)

    def _funding_spans(self, sentences: list[Sentence]) -> dict[int, list[tuple[int, int]]]:
        return {s.index: [f.span() for f in self._fundings(s)] for s in sentences}

    def _fundings(self, sentence: Sentence) -> list[re.Match[str]]:
        """The funding phrases of a sentence, read once for the roles and once for the funders."""
        key = (sentence.start, sentence.text)
        found = self._funding_phrases.get(key)
        if found is None:
            found = self._funding_phrases[key] = list(self.lx.FUNDING.finditer(self._blanked(sentence)))
        return found

    def _funding(self, drafts: list[Draft]) -> None:
        """A funding sentence covers its activity, or every activity before it when plural."""
        lx = self.lx
        for sentence in self.sentences if drafts else ():  # no activity, nothing to fund
            for found in self._fundings(sentence):
                group = next(g for g, text in found.groupdict().items() if text)
                funders = self._agents(sentence, found.start(group), found.end(group), places=False)
                if lx.MONEY_WORDS and not lx.MONEY_WORDS.search(found.group(0)):
                    funders = [entity for entity in funders if entity != self.subject]  # the Centre's support
                before = [d for d in drafts if d.core[0].index <= sentence.index]
                if not funders or not drafts:
                    continue
                if not before:  # opens the paragraph: funds the project whose activities follow
                    targets = drafts
                elif lx.FUNDING_PLURAL.search(sentence.text):
                    targets = before
                elif (lx.PROJECT.search(sentence.text[max(0, found.start() - 12):found.end() + 12])
                      and not (lx.WITHIN_PROJECT and lx.WITHIN_PROJECT.search(sentence.text, 0, found.start()))):
                    continue  # funds a project, not this activity
                else:
                    targets = [before[-1]]
                for draft in targets:
                    for entity in funders:
                        draft.link("funder", entity, sentence)

    # -- numbers and places -------------------------------------------------------------
    def _state_of_body(self, draft: Draft) -> None:
        """An organiser that is a body of a State named without its State ("organisée par le
        Ministère des affaires étrangères"): the State is the one whose Government the sentences
        naming the event name, when they name one only ("sur l'invitation du Gouvernement mongol")."""
        lx = self.lx
        if lx.STATE_BODY is None or lx.GOVERNMENT_OF is None:
            return
        bodies = [link.target for key, link in draft.links.items() if key[0] == "organizer"
                  and link.target.kind == "Organization" and lx.STATE_BODY.match(link.target.label(lx.CODE) or "")]
        if not bodies:
            return
        states = {m.entity for s in draft.core for m in self._in(s)
                  if m.entity.kind == "Country" and (lx.GOVERNMENT_OF.search(self.p.text[:m.start])
                                                     or lx.GOVERNMENT_OF.search(m.text + " "))}
        if len(states) == 1:
            draft.link("organizer", states.pop(), draft.core[0])

    def _table_rows(self, drafts: list[Draft]) -> None:
        """Activities listed in a table, a row each ("14-18 septembre 2009<TAB>Stage …<TAB>Lima
        (Pérou)<TAB>35"): the reader keeps a table's rows apart, so each row is a sentence, its
        cells between tabs, under a header row that names the columns in the language's words.
        The head-count cell counts the row's people (it wins over a year read as a count across
        cells), a place cell says the activity was held in person, a country cell names whom it
        was for, a funder cell who paid for it."""
        columns = self._table_columns()
        if columns is None:
            return
        for draft in drafts:
            row = next((s for s in draft.core if "\t" in s.text), None)
            if row is None:
                continue
            cells = _cells(row.text)
            if not 3 <= len(cells) <= columns["width"]:  # a row's empty last cells are lost with its end
                continue
            people, countries, place, country, funder, partner = (
                columns[name] for name in ("people", "countries", "place", "country", "funder", "partner"))

            def cell(column: int | None) -> str | None:
                """The row's cell under the column; None where there is no such column or cell."""
                return row.text[slice(*cells[column])] if column is not None and column < len(cells) else None

            if (text := cell(people)) is not None:
                draft.participants = self._cell_count(text)
            if (text := cell(countries)) is not None:
                draft.countries = self._cell_count(text) or draft.countries
            if (text := cell(place)) and text.strip():
                self._place_cell(draft, row, text)
            if (text := cell(country)) is not None and text.strip().isdigit():
                draft.countries = int(text)  # a column of counts, not of names
            elif text is not None:
                named = [e for e in self._agents(row, *cells[country]) if e.kind == "Country"]
                for entity in named[-1:] if country == 0 else named:
                    draft.link("beneficiary", entity, row)
                if named:
                    draft.modality = draft.modality or "in-person"
            for column, role in ((funder, "funder"), (partner, "organizer")):
                if cell(column) is not None:
                    for entity in self._agents(row, *cells[column], places=False):
                        draft.link(role, entity, row)
            kept = cells[:funder] + cells[funder + 1:] if funder is not None else cells
            self._national(draft, [(row, lo, hi) for lo, hi in kept])

    def _place_cell(self, draft: Draft, row: Sentence, cell: str) -> None:
        """A venue cell: a place, in person, unless the row says otherwise; a place named beside the
        online word ("Lima and online"), hybrid."""
        lx = self.lx
        online = lx.ONLINE.search(cell)
        if online and any(ch.isupper() for ch in lx.ONLINE.sub("", cell)):  # a place's name beside it
            draft.modality = "hybrid"
        elif not self._stated_modality([row]):
            draft.modality = draft.modality or "in-person"

    def _national(self, draft: Draft, spans: list[tuple[Sentence, int, int]]) -> None:
        """A national event ("国家讲习班", "حلقة عمل وطنية") was for the one country the text
        naming it names, wherever: as the place ("多米尼加共和国圣多明各", "في إكوادور"), as whose
        people came ("秘鲁的二十二名官员"), as its host Government; not a country that paid for it.
        `spans`: (sentence, start, end) of what names it, a table row's cells or whole sentences."""
        national = self.lx.NATIONAL
        if national is None or not any(national.search(self._masked(s)) for s, _, _ in spans):
            return
        paid = {link.target for key, link in draft.links.items() if key[0] == "funder"}
        countries = set()
        for sentence, lo, hi in spans:
            paying = self._funding_spans([sentence]).get(sentence.index, [])
            countries |= {m.entity for m in self._in(sentence, lo, hi)
                          if m.entity.kind == "Country" and m.entity not in paid
                          and not any(s <= m.start - sentence.start < e for s, e in paying)}
        if len(countries) == 1:
            draft.link("beneficiary", countries.pop(), spans[0][0])

    def _cell_count(self, cell: str) -> int | None:
        """The head count a table's cell gives: the cell a number ("35", "veinticinco", "treinta y
        dos"), or its first word one ("28 officers from 11 countries", "twenty-eight officers …")."""
        if re.fullmatch(r"\s*\d+\s*", cell):  # a bare figure, in every language ("64", under "人数")
            return int(cell) or None
        if self.lx.TABLE_COUNT:
            found = self.lx.TABLE_COUNT.search(cell)
            return (self.lx.number(found.group(1)) or None) if found else None
        words = cell.split()
        for candidate in (" ".join(words), words[0] if words else ""):
            if re.fullmatch(r"\d+|[^\W\d]+(?:[ -][^\W\d]+)*", candidate):
                try:
                    return self.lx.number(candidate)
                except (KeyError, ValueError):  # words, but no number
                    continue
        return None

    def _table_columns(self) -> dict[str, int | None] | None:
        """The columns of a table of activities in the paragraph, from its header row (three
        cells at least, no figures, one of them named by the language's words): the column of
        head counts, places and countries, and how many cells a row has; None without one."""
        lx = self.lx
        words = {"countries": lx.TABLE_COUNTRIES, "people": lx.TABLE_PEOPLE, "place": lx.TABLE_PLACE,
                 "country": lx.TABLE_COUNTRY, "date": lx.TABLE_DATE, "funder": lx.TABLE_FUNDER,
                 "partner": lx.TABLE_PARTNER}
        if "\t" not in self.p.text or not any(words.values()):
            return None
        for index, sentence in enumerate(self.sentences):
            cells = self._header_cells(sentence)
            if cells is None or len(cells) < 3:
                continue
            cells = _spanned_header(cells, [s.text for s in self.sentences[index + 1:]], words)
            found: dict[str, int | None] = {}
            for name, pattern in words.items():
                taken = found.get("countries")  # a count of countries ("عدد البلدان المشاركة") is no head count
                found[name] = next((i for i, cell in enumerate(cells)
                                    if i != taken and pattern and pattern.search(cell)), None)
            if any(i is not None for i in found.values()):
                # a second header row of sub-columns the first did not name: placed by the rows' figures
                return self._under_merged({**found, "width": len(cells)}, self.sentences[index + 1:])
        return None

    @staticmethod
    def _header_cells(sentence: Sentence) -> list[str] | None:
        """A header row's cells: a row between tabs without figures; None for any other line."""
        if "\t" not in sentence.text or any(ch.isdigit() for ch in sentence.text):
            return None
        return [sentence.text[lo:hi].strip() for lo, hi in _cells(sentence.text)]

    def _under_merged(self, columns: dict[str, int | None], after: list[Sentence]) -> dict[str, int | None]:
        """A header cell merged over two or more columns ("Participants" over "Total | dont
        femmes", "Fecha" over "Inicio | Fin") has a second header row of its sub-columns, and the
        rows more cells than the first header row: the merged columns are those where every row has
        a run of as many counts or dates as the second row has cells; the header's cells before
        them keep their place, those after count from the row's end."""
        lower = after[0].text if after and "\t" in after[0].text else ""
        rows = [s.text for s in after[1:] if "\t" in s.text and any(ch.isdigit() for ch in s.text)]
        if not lower or any(ch.isdigit() for ch in lower) or not rows:
            return columns
        parts, width = len(_cells(lower)), len(_cells(rows[0]))
        header = columns["width"]
        if parts < 2 or width <= header or any(len(_cells(r)) != width for r in rows):
            return columns
        for kind, name in (("count", "people"), ("date", "date")):
            merged = columns[name]
            runs = {self._merged_run(r, parts, kind) for r in rows}
            if merged is None or len(runs) != 1 or None in runs:
                continue
            start = runs.pop()

            def moved(i: int | None) -> int | None:
                if i is None or i < merged:
                    return i
                return start if i == merged else width - header + i

            return {**{key: moved(i) for key, i in columns.items() if key != "width"}, "width": width}
        return columns

    def _merged_run(self, row: str, parts: int, kind: str) -> int | None:
        """Where a row's only run of `parts` cells that are all counts (or all dates) starts."""
        cells = [row[lo:hi].strip() for lo, hi in _cells(row)]
        shaped = [bool(re.fullmatch(r"\d[\d\s.,]*", c)) if kind == "count"
                  else bool(self.lx.find_dates(c)) and not re.fullmatch(r"\d+", c) for c in cells]
        starts = [i for i in range(len(cells) - parts + 1) if all(shaped[i:i + parts])
                  and not (i > 0 and shaped[i - 1]) and not (i + parts < len(cells) and shaped[i + parts])]
        return starts[0] if len(starts) == 1 else None

    def _counts(self, draft: Draft) -> None:
        lx = self.lx
        for sentence in draft.scope:
            if draft.countries and draft.participants:
                break  # both counted: no later sentence changes them, the patterns are slow
            both = lx.COUNT_BOTH.search(sentence.text)
            if both:
                draft.countries = draft.countries or lx.number(both.group("countries"))
                draft.participants = draft.participants or lx.number(both.group("people"))
                continue
            if draft.participants is None:
                people = (lx.COUNT_PEOPLE.search(sentence.text) or lx.COUNT_NAMED_PEOPLE.search(sentence.text)
                          or (lx.COUNT_AFTER_NOUN.search(sentence.text) if lx.COUNT_AFTER_NOUN else None))
                if people:
                    draft.participants = self._head_count(sentence.text, people.start(1), lx.number(people.group(1)))
            if draft.countries is None:
                countries = lx.COUNT_COUNTRIES.search(sentence.text)
                if countries:
                    draft.countries = lx.number(countries.group(1))

    def _head_count(self, text: str, start: int, first: int) -> int:
        """A count stated as groups joined by "and" is their sum: "22 diplomats and 8 academics",
        "18 名政府官员和 7 名民间社会代表"; a breakdown of a total ("30 participants, 12 women and
        18 men") is not added to it."""
        group, join = self.lx.COUNT_GROUP, self.lx.COUNT_JOIN
        if group is None or join is None:
            return first
        counts, position, closed = [], start, False
        for found in group.finditer(text, start):
            joint = join.fullmatch(text, position, found.start()) if counts else None
            if counts and not joint:
                break
            counts.append(self.lx.number(found.group(1)))
            closed = bool(joint and joint.group("and"))
            position = found.end()
        if len(counts) < 2 or not closed or counts[0] != first or sum(counts[1:]) == counts[0]:
            return first
        return sum(counts)

    def _footnotes(self, draft: Draft) -> None:
        lo, hi = draft.scope[0].start, draft.scope[-1].end
        for ref in self.p.footnote_refs:
            if not lo <= ref.offset <= hi:
                continue
            sentence = next(s for s in draft.scope if s.start <= ref.offset <= s.end + 1)
            lx = self.lx
            before = self.p.text[max(0, ref.offset - 30):ref.offset]
            relation = "beneficiary" if lx.FOOTNOTE_BENEFICIARY.search(before) else "participant"
            note = self.doc.footnote(ref.mark)
            if note is None:
                continue
            if lx.FUNDING.search(note.text[:1].lower() + note.text[1:]):  # "2 Funded by the Government of Germany."
                relation = "funder"
            listed = self.footnote_countries.get(ref.mark, [])
            cited = replace(sentence, text=f"{sentence.text} [{ref.mark}] {note.text}")
            for entity in listed:
                draft.link(relation, entity, cited)
            stated = lx.STATED_COUNTRIES.search(before)
            if stated and listed and lx.number(stated.group(1)) != len(listed):
                draft.findings.append(Finding(
                    "count-mismatch",
                    f"the text states {stated.group(1)} countries; footnote {ref.mark} lists {len(listed)}",
                    Source(self.p.key, cited.text)))

    def _stated_modality(self, sentences: list[Sentence]) -> str | None:
        """Online, hybrid or in person, as the text says it."""
        lx = self.lx
        text = " ".join(self._masked(s) for s in sentences)
        for modality, pattern in (("hybrid", lx.HYBRID), ("online", lx.ONLINE), ("in-person", lx.IN_PERSON)):
            if pattern.search(text):
                return modality
        return None

    def _place_modality(self, sentences: list[Sentence], after: bool = False) -> str | None:
        """Held in a named place, and nothing said of video: in person. In the sentences `after`
        the one naming the event, only a place said of the event itself counts."""
        pattern = self.lx.HELD_IN_AFTER if after else self.lx.HELD_IN
        for s in sentences if pattern else ():
            for found in pattern.finditer(s.text):
                lo, hi = _named(found)
                if any(m.entity.kind in ("Country", "Region") for m in self._in(s, lo, hi)) \
                        or not self.lx.NOT_A_PLACE.search(s.text[lo:hi]):
                    return "in-person"
        return None


def _table_row(text: str, start: int, stop: int) -> bool:
    """Do two dates of a sentence stand in two cells of a table (a tab, or bars a copy left,
    between them)?"""
    return "\t" in text[start:stop] or text.count("|", start, stop) >= 2


def _spanned_header(cells: list[str], rows: list[str], words: dict[str, re.Pattern | None]) -> list[str]:
    """A header row whose last cell spans the columns a second header row names ("Participants"
    over "Total | Women | States", "与会情况" over "人数 | 国家数"; a copy loses the empty cells
    before them): the first row's other cells, then those below, each named with the one above it
    ("Participants Total") unless one of them names a column in its own words. The second row is
    one when it has no figures and a few short cells, and one of them names a column, or the next
    row with figures has as many cells as the two make. `rows`: the sentences after the header."""
    below = rows[0] if rows else ""
    if "\t" not in below or any(ch.isdigit() for ch in below):
        return cells
    under = [cell.strip() for cell in below.split("\t") if cell.strip()]
    if not 2 <= len(under) <= 6 or len(under) >= len(cells) + 3 or any(len(cell.split()) > 3 for cell in under):
        return cells
    data = next((row for row in rows[1:] if "\t" in row and any(ch.isdigit() for ch in row)), "")
    if any(pattern and pattern.search(cell) for cell in under for pattern in words.values()):
        return cells[:-1] + under  # sub-columns named in their own words ("人数 | 国家数")
    if len(_cells(data)) != len(cells) - 1 + len(under):
        return cells
    return cells[:-1] + [f"{cells[-1]} {cell}" for cell in under]  # "Participants Total"


def _cells(text: str) -> list[tuple[int, int]]:
    """The spans of a table row's cells (between tabs) in its text."""
    bounds = [-1] + [m.start() for m in re.finditer("\t", text)] + [len(text)]
    return [(lo + 1, hi) for lo, hi in zip(bounds, bounds[1:])]


def finish(draft: Draft) -> Activity:
    start, end = draft.dates.start, draft.dates.end
    key = f"{start}-{draft.type.lower()}"
    sources = tuple(Source(draft.paragraph.key, s.text) for s in draft.core)
    return Activity(key=key, label=draft.label, type=draft.type, paragraph=draft.paragraph.key,
                    start=start, end=end, modality=draft.modality,
                    participants=draft.participants, participant_countries=draft.countries,
                    links=tuple(draft.links.values()), sources=sources)


def _named(found: re.Match[str]) -> tuple[int, int]:
    """The span of the first named group that took part in a match (a pattern of alternatives
    names its group in each: `place`, `at`)."""
    group = next(name for name, text in found.groupdict().items() if text is not None)
    return found.span(group)


def _through(first: DateSpan, last: DateSpan) -> DateSpan:
    """`first` stretched to the end of `last`, when `last` is later in the same year at the same precision."""
    end = last.end or last.start
    if (last.precision != first.precision or last.start[:4] != first.start[:4]
            or end <= (first.end or first.start)):
        return first
    return replace(first, end=end)


def _told_again(drafts: list[Draft]) -> list[Draft]:
    """"En 1994, le Centre a poursuivi sa série de réunions régionales. Du 24 au 26 février, … la
    sixième réunion régionale": an event of a kind dated by the year alone, where the paragraph
    dates one of that kind to the day in that year, is what the dated sentences tell."""
    return [d for d in drafts if not (d.dates.precision == "year" and any(
        o.dates.precision != "year" and o.dates.start.startswith(d.dates.start) and o.type == d.type
        for o in drafts))]


def _opens(sentence: Sentence, span: DateSpan, lexicon: ActivityLexicon | None = None) -> bool:
    """A year alone dates an event only when it opens the sentence: "2019 年，中心举办了…"; a
    language without that comma says how it opens one (`year_opens`: "В 2019 году Центр…")."""
    if lexicon is not None and lexicon.year_opens:
        return lexicon.year_opens(sentence.text, span)
    return span.offset <= 3 and sentence.text[span.stop:span.stop + 2].lstrip()[:1] in ("，", ",")


@lru_cache(maxsize=4)  # asked by every paragraph of one document
def sole_year(document: Document, find_dates: Callable[..., list[DateSpan]]) -> int | None:
    """The year of a text without a reporting period, when every day it dates falls in one
    year: a page of news items ("On 22 March, …", "from March 14th to 17th, 2023") dates its
    items by that year; else None."""
    years = {date[:4] for paragraph in document.paragraphs for span in find_dates(paragraph.text)
             if span.precision == "day" for date in (span.start, span.end) if date}
    if not years:  # every day without its year: the page's date line tells it ("17/4/2012")
        return document.metadata.dateline_year
    return int(years.pop()) if len(years) == 1 else None


def _after(span: DateSpan, period: tuple[str | None, str | None]) -> bool:
    """A date after the reporting period is a plan (定于…举行, will be held), not an activity."""
    return bool(period[1]) and span.start[:len(period[1])] > period[1][:len(span.start)]


def read_activities(lexicon: ModuleType, paragraph: Paragraph, mentions: list[NameMatch],
                    document: Document, subject: Entity | None,
                    footnote_countries: dict[str, list[Entity]]) -> tuple[list[Activity], list[Finding]]:
    """The activities of one body paragraph, and the data-quality findings made on the way."""
    drafts = ParagraphReader(activity_lexicon(lexicon), paragraph, mentions, document, subject, footnote_countries).drafts()
    return [finish(d) for d in drafts], [f for d in drafts for f in d.findings]
