"""Names in English text: the gazetteer's, "the Centre", resolutions cited by number, and
organisations the gazetteer lacks (a quoted name after "coalition", a capitalised name holding
Institute/Foundation/Committee..., names listed after "organizations")."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.anaphora import bodies_of_named_instruments
from kg.extract.facts import Entity
from kg.extract.entities import (blank_out, cited_resolutions, goals, host_of, org_from_text, overlaps,
                                 overlaps_span, pattern_matches, resolution)
from kg.paths import DATA
from kg.reference import Gazetteer, NameMatch, matcher_for
from kg.reference.compiled import read_yaml

SUBJECT = re.compile(r"\b(?:[Tt]he\s+)?(?:Regional\s+)?Cent(?:re|er)\b(?!\s+(?:for|of|on)\b)(?!['’]s\s+Director)")
GOALS = re.compile(r"\bSustainable Development Goals?\s+(?P<numbers>\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*)")
HOST = re.compile(r"\b(?:the\s+)?host\s+(?:country|Government|State)\b(?!,?\s+(?:the\s+)?[A-Z])")
# head words of instrument names: "the secretariat of the Treaty" after the treaty's whole name
INSTRUMENT_HEADS = tuple(re.compile(rf"\b{word}\b") for word in ("Treaty", "Convention", "Protocol"))
# "General Assembly Resolution 65/69": a web page may capitalise the word
GA_RESOLUTION = re.compile(r"\b[Rr]esolutions?\s+(\d{1,2})\s*/\s*(\d{1,3})(?:\s*([A-Z])\b)?")
# between two resolutions of a list: "40/151 G of 16 December 1985, 41/60 D …", "… and resolution 43/76 D"
RESOLUTION_GAP = re.compile(r"(?:\s*,?\s*of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
                            r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:its|the)\s+)?(?:resolutions?\s+)?")
SC_RESOLUTION = re.compile(r"\b[Rr]esolutions?\s+(\d{3,4})\s*\(\s*(\d{4})\s*\)")
QUOTED_AFTER = re.compile(r"\b(?:coalition|organi[sz]ation|think tank|network|alliance|foundation|NGO|group|"
                          r"initiative|platform)\s*,?\s*(?:called\s+|named\s+|known as\s+)?[“\"]([^”\"]{2,50})[”\"]")
ORG_WORDS = (r"Institute|Foundation|Centre|Center|Network|Forum|Committee|Commission|Council|Association|"
             r"Society|University|Trust|Agency|Office|Police|Ministry|Academy|Alliance|Coalition|Federation|"
             r"Secretariat|Service|Bureau|Authority|Institution|Directorate|College|School|Instituto|"
             r"Fundación|Fundação|Universidad|Comisión|Commission|Organization|Organisation|Union")
_WORD = r"(?!(?:P|D|G|GS|FS|NO)-\d)[A-Z][\w'’&.-]*"  # a post's grade (P-5) is no word of a name
_LINK = r"(?:of|for|and|on|the|de|del|des|du|la|le|y|da|do|e|d['’])"
# a name runs over spaces, never over a table's cell or row (a tab, a line kept: "Trust Fund" ends a
# posts table's row, "Administrative Assistant" opens the next)
_SPACE = r"[^\S\t\n]+"
CAPITALISED = re.compile(rf"\b({_WORD}(?:{_SPACE}(?:{_WORD}|{_LINK}))*{_SPACE}{_WORD}|{_WORD})")
APPOSITIVE = re.compile(r"\b(?:by|with|and|from)\s+(?P<name>[A-Z][^.;\u2588]{1,50}?),\s+an?\s+(?:[a-z-]+\s+){0,3}?"
                        r"(?:coalition|network|alliance|organi[sz]ation|think tank|group|foundation|platform|NGO)\b")
LISTED_AFTER = re.compile(r"\b(?:organi[sz]ations?|NGOs?|think tanks?|partners?|institutions?|groups?)\s+"
                          rf"((?:{_WORD}(?:\s+{_WORD})*)(?:\s*(?:,|and)\s*(?:{_WORD}(?:\s+{_WORD})*))*)")
# what opens a capitalised run without being part of a name: an article, a preposition, a count
LEADING = re.compile(r"^(?:(?:The|A|An|In|On|At|By|For|From|With|Through|Under|During|Among|Amongst|"
                     r"Between|After|Before|Following|Within|Across|Against|Despite|Since|Upon|As|To|"
                     r"Given|Considering|Regarding|Concerning|Including|Like|Unlike|Via|"
                     r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+(?:the\s+(?=[A-Z]))?"  # "Through the German …"
                     r"|(?:Member\s+)?(?:States|Members|Parties)\s+of\s+(?:the\s+)?"  # "States of the Committee"
                     # a resolution's or a decision's operative verb in capitals ("COMMENDS the
                     # Regional Centre", "ALSO REQUESTS the UN General Assembly"); a body's seat
                     r"|(?:[A-Z]{4,}\s+)+the\s+(?=[A-Z])|(?:Headquarters|Seat|Premises)\s+of\s+(?:the\s+)?)+")
# two bodies named in one run ("the Special Trust Fund and the International Community"): a
# name with "and the" inside is in the gazetteer ("Saint Vincent and the Grenadines"), masked before
AND_THE = re.compile(r"\s+and\s+the\s+")
POSSESSIVE = re.compile(r"['’]s$")  # "the Institute’s network": the name is the Institute
# "… Light Weapons CNLPAL)": an acronym whose opening bracket a copy lost is no part of the name
STRAY_ACRONYM = re.compile(r"\s+[A-Z]{2,10}(?=\)$)")
SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")
GENERIC_WORDS = {"trust", "fund", "voluntary", "national", "regional", "commission", "committee", "centre",
                 "center", "office", "secretariat", "government", "ministry", "programme", "service", "council",
                 "agency", "institute", "forum", "network", "group", "the", "of", "for", "and", "on", "united",
                 "nations", "organization", "organisation", "union", "authority", "police", "university"}
# what makes a generic body's name an organ of some body ("General Secretariat", "Executive
# Committee"): with the generic words, no name of its own without its body's
ORGAN_WORDS = {"general", "executive", "permanent", "standing", "technical", "joint", "central", "special"}
# phrases holding a name that are not that name (places such as "Panama City": kg/data/places.yaml)
# phrases holding a name that are not that name: the currency "United States dollars" (a statement's
# unit told in a sentence) is no country
BLOCKERS = ("United States dollars", "United States dollar", "Conference on Disarmament Issues", "Joint Conference on Disarmament", "Conference on Disarmament and Non-proliferation", "French-speaking", "Spanish-speaking", "Portuguese-speaking", "Arabic-speaking")
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
        self.matcher = matcher_for(gazetteer, BLOCKERS + gazetteer.place_names("en"))
        self.subject = subject
        self.host = host_of(gazetteer, subject)

    def find(self, text: str) -> list[NameMatch]:
        cited = goals(self.gazetteer, text, GOALS)
        matches = [m for m in self.matcher.find(text)
                   if not _before_numbers(m, cited, text) and not _common_noun(m) and not _name_goes_on(m, text)] + cited
        matches += [m for m in self._resolutions(text) if not overlaps(m, matches)]
        matches += pattern_matches(SUBJECT, text, self.subject, matches)
        matches += pattern_matches(HOST, text, self.host, matches)
        matches += bodies_of_named_instruments(text, matches, self.matcher, INSTRUMENT_HEADS)
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
        return cited_resolutions(self.gazetteer, text, SC_RESOLUTION, GA_RESOLUTION, RESOLUTION_GAP)

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
            whole = SENTENCE_END.split(found.group(1))[0]  # "Research. During": a name ends with its sentence
            runs = [(found.start(1), whole)]
            if AND_THE.search(whole):
                cuts = [0, *(m for hit in AND_THE.finditer(whole) for m in hit.span()), len(whole)]
                runs = [(found.start(1) + a, whole[a:b]) for a, b in zip(cuts[::2], cuts[1::2])]
            for at, whole in runs:
                self._unknown_run(out, known, text, at, whole)
        return out

    def _unknown_run(self, out: list[NameMatch], known: list[NameMatch], text: str, at: int, whole: str) -> None:
        """A capitalised run that may name a body the gazetteer does not know."""
        name = LEADING.sub("", whole)
        if re.search(rf"\b(?:{ORG_WORDS})\b", name) and len(name.split()) >= 2:
            start = at + len(whole) - len(name)
            place = next((m for m in known if m.entity.kind in ("Country", "Region")
                          and text[m.end:start] == " "), None)
            if place:  # "North-East Asia" + "Youth Steering Committee": the place is part of the name
                start, name = place.start, text[place.start:start + len(name)]
            country = next((m for m in known if m.entity.kind == "Country"
                            and text[start + len(name):m.start] == " of "), None)
            if country:  # "Diplomatic Academy" + " of Peru": a national body named with its country
                name = text[start:country.end]
            body = next((m for m in known if m.entity.kind == "Organization" and text[m.end:start] == " "), None)
            if body and _organ(name):
                # "OAU" + "General Secretariat": an organ named with its body's name or acronym is
                # named whole, not by its generic words
                start, name = body.start, text[body.start:start + len(name)]
            self._add(out, start, name, text)

    def _add(self, out: list[NameMatch], start: int, name: str, text: str = "") -> None:
        name = POSSESSIVE.sub("", name.strip(" .,"))
        if text and STRAY_ACRONYM.search(text[start:start + len(name) + 1]) and "(" not in name:
            name = STRAY_ACRONYM.sub("", text[start:start + len(name) + 1]).rstrip(")")
        generic = all(word.casefold() in GENERIC_WORDS for word in name.split()) or _organ(name)
        # "the Centre's Director": a generic body's officer or part, no name of its own
        owner = re.match(r"(\w+)['’]s\s", name)
        generic = generic or bool(owner and owner.group(1).casefold() in GENERIC_WORDS)
        if (name in NOT_NAMES or generic or len(name) < 3 or self.gazetteer.lookup(name) is not None
                or any(start < m.end and m.start < start + len(name) for m in out)):
            return
        out.append(NameMatch(start, start + len(name), org_from_text(name), name))


def _organ(name: str) -> bool:
    """A name made of generic words and an organ's adjective ("General Secretariat", "Executive
    Committee"): some body's organ, which the name does not say."""
    words = [word.casefold() for word in name.split()]
    return (any(word in ORGAN_WORDS for word in words)
            and all(word in GENERIC_WORDS or word in ORGAN_WORDS for word in words))


def _common_noun(match: NameMatch) -> bool:
    """An organisation's name written in lower case is a common noun: "a joint conference on
    disarmament" is no Conference on Disarmament (instruments keep their lower-case forms)."""
    return match.entity.kind == "Organization" and " " in match.text and match.text[:1].islower()


# a body's head word, then "for" and a capital: the name goes on ("Africa Centre for Strategic Studies")
GOES_ON = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
HEAD_WORD = re.compile(rf"\b(?:{ORG_WORDS})$")


def _name_goes_on(match: NameMatch, text: str) -> bool:
    """A known short name ("Africa Centre", "Asia-Pacific Centre") that opens a longer name the
    gazetteer lacks ("the Asia-Pacific Centre for Security Studies") is no name of its own: the
    longer one is read as an unknown body."""
    return (match.entity.kind == "Organization" and HEAD_WORD.search(match.text) is not None
            and GOES_ON.match(text, match.end) is not None)


def _before_numbers(match: NameMatch, cited: list[NameMatch], text: str) -> bool:
    """The umbrella name right before goal numbers ("Goals 5 and 16") gives way to the goals."""
    return any(c.start - 3 <= match.end and match.start < c.end for c in cited)
