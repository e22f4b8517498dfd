"""Names in English text: the gazetteer's, "the Centre", resolutions cited by number, and
organisations the gazetteer lacks (a quoted name after "coalition", a capitalised name holding
Institute/Foundation/Committee..., names listed after "organizations")."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.facts import Entity
from kg.extract.entities import (blank_out, host_of, org_from_text, overlaps, overlaps_span,
                                 goals, pattern_matches, resolution)
from kg.paths import DATA
from kg.reference import Gazetteer, NameMatch, matcher_for
from kg.reference.compiled import read_yaml

SUBJECT = re.compile(r"\b(?:[Tt]he\s+)?(?:Regional\s+)?Centre\b(?!\s+(?:for|of|on)\b)(?!['’]s\s+Director)")
GOALS = re.compile(r"\bSustainable Development Goals?\s+(?P<numbers>\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*)")
HOST = re.compile(r"\b(?:the\s+)?host\s+(?:country|Government|State)\b(?!,?\s+(?:the\s+)?[A-Z])")
GA_RESOLUTION = re.compile(r"\bresolutions?\s+(\d{1,2})\s*/\s*(\d{1,3})(?:\s*([A-Z])\b)?")
SC_RESOLUTION = re.compile(r"\bresolutions?\s+(\d{3,4})\s*\(\s*(\d{4})\s*\)")
QUOTED_AFTER = re.compile(r"\b(?:coalition|organi[sz]ation|think tank|network|alliance|foundation|NGO|group|"
                          r"initiative|platform)\s*,?\s*(?:called\s+|named\s+|known as\s+)?[“\"]([^”\"]{2,50})[”\"]")
ORG_WORDS = (r"Institute|Foundation|Centre|Center|Network|Forum|Committee|Commission|Council|Association|"
             r"Society|University|Trust|Agency|Office|Police|Ministry|Academy|Alliance|Coalition|Federation|"
             r"Secretariat|Service|Bureau|Authority|Institution|Directorate|College|School|Instituto|"
             r"Fundación|Fundação|Universidad|Comisión|Commission|Organization|Organisation|Union")
_WORD = r"[A-Z][\w'’&.-]*"
_LINK = r"(?:of|for|and|on|the|de|del|des|du|la|le|y|da|do|e|d['’])"
CAPITALISED = re.compile(rf"\b({_WORD}(?:\s+(?:{_WORD}|{_LINK}))*\s+{_WORD}|{_WORD})")
APPOSITIVE = re.compile(r"\b(?:by|with|and|from)\s+(?P<name>[A-Z][^.;\u2588]{1,50}?),\s+an?\s+(?:[a-z-]+\s+){0,3}?"
                        r"(?:coalition|network|alliance|organi[sz]ation|think tank|group|foundation|platform|NGO)\b")
LISTED_AFTER = re.compile(r"\b(?:organi[sz]ations?|NGOs?|think tanks?|partners?|institutions?|groups?)\s+"
                          rf"((?:{_WORD}(?:\s+{_WORD})*)(?:\s*(?:,|and)\s*(?:{_WORD}(?:\s+{_WORD})*))*)")
GENERIC_WORDS = {"trust", "fund", "voluntary", "national", "regional", "commission", "committee", "centre",
                 "center", "office", "secretariat", "government", "ministry", "programme", "service", "council",
                 "agency", "institute", "forum", "network", "group", "the", "of", "for", "and", "on", "united",
                 "nations", "organization", "organisation", "union", "authority", "police", "university"}
BLOCKERS = ("Port of Spain", "Mexico City", "Guatemala City", "Panama City", "Kuwait City", "Djibouti City",
            "Gulf of Guinea", "Bay of Bengal", "Korean Peninsula", "Indian Ocean", "Sea of Japan",
            "South China Sea", "French-speaking", "Spanish-speaking", "Portuguese-speaking", "Arabic-speaking")
NOT_NAMES = {"Secretary-General", "General Service", "Local level", "Member States", "States", "Government", "Governments", "Summary",
             "Annex", "Introduction", "Conclusions", "Regional Centre", "Centre", "COVID-19", "United Nations"}


ACTOR_NOUN = (r"(?:think[- ]tanks?|civil society|non-governmental|organi[sz]ations?|NGOs?|Government|"
              r"authorities|officials|experts|police|armed forces|diplomats|universit(?:y|ies)|institutes?|"
              r"foundations?|national|Ministry|parliamentarians|delegation)\b")


@lru_cache(maxsize=1)
def demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    """"French think tank" names France; the adjectives live in kg/data/demonyms.yaml."""
    table = read_yaml(DATA / "demonyms.yaml")
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.compile(rf"\b({words})\s+(?={ACTOR_NOUN})"), table


class EnglishNames:
    """Finds every entity named in a piece of English text."""

    def __init__(self, gazetteer: Gazetteer, subject: Entity | None) -> None:
        self.gazetteer = gazetteer
        self.matcher = matcher_for(gazetteer, BLOCKERS)
        self.subject = subject
        self.host = host_of(gazetteer, subject)

    def find(self, text: str) -> list[NameMatch]:
        cited = goals(self.gazetteer, text, GOALS)
        matches = [m for m in self.matcher.find(text) if not _before_numbers(m, cited, text)] + cited
        matches += [m for m in self._resolutions(text) if not overlaps(m, matches)]
        matches += pattern_matches(SUBJECT, text, self.subject, matches)
        matches += pattern_matches(HOST, text, self.host, matches)
        pattern, table = demonyms()
        for found in pattern.finditer(text):
            country = self.gazetteer.get("Country", table[found.group(1)])
            if country and not overlaps_span(found.span(1), matches):
                matches.append(NameMatch(found.start(1), found.end(1), country, found.group(1)))
        unknown = self._unknown(text, matches)  # a place opening an unknown name is part of it
        matches = [m for m in matches if not any(u.start <= m.start and m.end <= u.end for u in unknown)]
        matches += [m for m in unknown if not overlaps(m, matches)]
        return sorted(matches, key=lambda m: m.start)

    def _resolutions(self, text: str) -> list[NameMatch]:
        out = [NameMatch(f.start(), f.end(), resolution(self.gazetteer, f.groups(), "UNSC"), f.group(0))
               for f in SC_RESOLUTION.finditer(text)]
        out += [NameMatch(f.start(), f.end(), resolution(self.gazetteer, f.groups(), "UNGA"), f.group(0))
                for f in GA_RESOLUTION.finditer(text) if not overlaps_span(f.span(), out)]
        return out

    def _unknown(self, text: str, known: list[NameMatch]) -> list[NameMatch]:
        out: list[NameMatch] = []
        for found in QUOTED_AFTER.finditer(text):
            name = found.group(1).strip(" ,")
            if self.gazetteer.lookup(name) is None and not overlaps_span(found.span(1), known):
                out.append(NameMatch(found.start(1), found.start(1) + len(name), org_from_text(name), name))
        for found in APPOSITIVE.finditer(blank_out(text, known + out)):  # "by X, a coalition of …"
            self._add(out, found.start("name"), found.group("name"))
        masked = blank_out(text, known + out)
        for found in LISTED_AFTER.finditer(masked):
            for part in re.finditer(rf"{_WORD}(?:\s+{_WORD})*", found.group(1)):
                self._add(out, found.start(1) + part.start(), part.group(0))
        for found in CAPITALISED.finditer(masked):
            name = re.sub(r"^(?:The|A|An|In|On|At|By|For|From|With|Through|Under)\s+", "", found.group(1))
            if re.search(rf"\b(?:{ORG_WORDS})\b", name) and len(name.split()) >= 2:
                start = found.end(1) - len(name)
                place = next((m for m in known if m.entity.kind in ("Country", "Region")
                              and text[m.end:start] == " "), None)
                if place:  # "North-East Asia" + "Youth Steering Committee": the place is part of the name
                    start, name = place.start, text[place.start:found.end(1)]
                self._add(out, start, name)
        return out

    def _add(self, out: list[NameMatch], start: int, name: str) -> None:
        name = name.strip(" .,")
        generic = all(word.casefold() in GENERIC_WORDS for word in name.split())
        if (name in NOT_NAMES or generic or len(name) < 3 or self.gazetteer.lookup(name) is not None
                or any(start < m.end and m.start < start + len(name) for m in out)):
            return
        out.append(NameMatch(start, start + len(name), org_from_text(name), name))


def _before_numbers(match: NameMatch, cited: list[NameMatch], text: str) -> bool:
    """The umbrella name right before goal numbers ("Goals 5 and 16") gives way to the goals."""
    return any(c.start - 3 <= match.end and match.start < c.end for c in cited)
