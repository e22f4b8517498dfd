"""Names in Arabic text: the gazetteer's (matched in the Arabic word form), "the Centre",
the host country, resolutions and goals cited by number, nationality adjectives after an actor
(مركز الفكر الفرنسي), and organisations the gazetteer lacks (a quoted name after تحالف, a
Latin-script name, a name opened by معهد, مؤسسة, اللجنة, شبكة, جامعة ...)."""
from __future__ import annotations

import re
from functools import lru_cache


from kg.extract.anaphora import bodies_of_named_instruments
from kg.extract.ar.words import normalise, word_form
from kg.extract.entities import (blank_out, cited_resolutions, gazetteer_table, goals, host_of, org_from_text,
                                 overlaps, overlaps_span, pattern_matches)
from kg.extract.facts import Entity
from kg.paths import DATA
from kg.reference.compiled import read_yaml
from kg.reference import Gazetteer, NameMatch, matcher_for

ARABIC = re.compile(r"[\u0600-\u06ff]")
# phrases holding a name that are not that name (places such as "مدينة الكويت": kg/data/places.yaml)
BLOCKERS = ("دولارات الولايات المتحدة", "دولار الولايات المتحدة", "بدولارات الولايات المتحدة",
            "البلدان النامية", "الدول الجزرية الصغيرة النامية")
# names that are also common words: مالي is Mali and "financial" (دعم مالي). Such a name stands
# for its country after في/بـ/لـ, after a word that governs a country (حكومة مالي), or in a list
# of countries; otherwise it is the word.
HOMOGRAPHS = {"مالي"}
COUNTRY_GOVERNORS = {"حكومه", "جمهوريه", "دوله", "شعب", "في", "رئيس", "وزير", "وزاره", "سفاره", "بعثه",
                     "شمال", "جنوب", "وسط", "غرب", "شرق", "حكومتي", "حكومات"}
LIST_JOIN = re.compile(r"\s*[،,]?\s*و?\s*")
_PREFIX = r"(?<![^\s(«\"“])[وف]?"
SUBJECT = re.compile(_PREFIX + r"(?:[بك]?ال|لل)مركز(?:\s+الإقليمي)?(?![^\s.,،؛:)»\"”])")
# the Centre's head named alone, the subject of taking part: "وشارك المدير في الدورة العادية ..."
DIRECTOR = re.compile(_PREFIX + r"ال(?:مدير|مديرة)(?=\s+(?:أيضا\s+)?في\s)")
HOST = re.compile(_PREFIX + r"(?:[بك]?ال|لل)(?:بلد|دولة)\s+(?:ال)?مضيف[ةه]?(?![^\s.,،؛:)»\"”])")
# head words of instrument names, with their prefixes: "أمانة المعاهدة" after the treaty's whole name
INSTRUMENT_HEADS = tuple(re.compile(rf"(?<!\S)[وفبلك]*(?:ال)?{word}(?![^\s.,،؛:)»\"”])")
                         for word in ("معاهد[ةه]", "اتفاقي[ةه]", "بروتوكول"))
# resolution letters are the names of the letters in abjad order: 41/60 ياء is 41/60 J
LETTERS = {"ألف": "A", "باء": "B", "جيم": "C", "دال": "D", "هاء": "E", "واو": "F", "زاي": "G", "حاء": "H",
           "طاء": "I", "ياء": "J", "كاف": "K", "لام": "L", "ميم": "M", "نون": "N", "سين": "O", "عين": "P",
           "فاء": "Q", "صاد": "R", "قاف": "S", "راء": "T"}
# the keyword may take the possessive suffix: "قراراتها 40/151 زاي" (its resolutions)
GA_RESOLUTION = re.compile(r"(?:قرار(?:ات|ي)?|القرار(?:ات|ين)?)(?:ها)?(?:\s+الجمعية\s+العامة)?\s+(\d{1,2})\s*/\s*(\d{1,3})"
                           rf"(?:\s+({'|'.join(LETTERS)})(?![^\W\d_]))?")
SC_RESOLUTION = re.compile(r"(?:قرار(?:ات|ي)?|القرار(?:ات|ين)?)(?:ها)?(?:\s+مجلس\s+الأمن)?\s+(\d{3,4})\s*\(\s*(\d{4})\s*\)")
# a list's further resolutions: "40/151 زاي المؤرخ 16 كانون الأول/ديسمبر 1985، و 41/60 ياء …"
# the conjunction may be glued to the number: "… 1987 و44 / 117 واو"
GA_LISTED_AR = re.compile(r"(?:(?<=\sو)|(?<![\w/]))(\d{1,2})\s*/\s*(\d{1,3})" rf"(?:\s+({'|'.join(LETTERS)})(?![^\W\d_]))?(?!\s*/|\d)")
RESOLUTION_GAP = re.compile(r"(?:\s*،?\s*(?:المؤرخ|المؤرخة|المؤرخين|المؤرخات)\s+\d{1,2}\s+[^\d،,.]{2,30}?\s+\d{4})?"
                            r"\s*(?:[،,]\s*(?:و\s*)?|\s+و\s*)(?:(?:قرار\w*|و?القرار\w*)\s+)?")
GOALS = re.compile(r"(?:ال)?(?:هدف|أهداف|هدفين|هدفان)\s+(?P<numbers>\d{1,2}(?:\s*(?:،|,|و)\s*\d{1,2})*)\s+من\s+أهداف\s+التنمية\s+المستدامة")
QUOTED_AFTER = re.compile(r"(?:تحالف|ائتلاف|منظمة|شبكة|مؤسسة|مركز الفكر|مجموعة|حركة|رابطة|جمعية|مبادرة)\s*"
                          r"[«\"“]([^»\"”]{2,50})[»\"”]")
LATIN_NAME = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z'’&.-]+(?:\s+(?:[A-Z0-9][A-Za-z0-9'’&.-]*|of|for|and|the|de|du|la|des|y|del|on|da|do))*)(?![A-Za-z])")
LATIN_STOP = {"COVID", "COVID-19", "P", "G", "D", "A", "RES", "S", "Add", "Corr", "Rev"}
# the front page's Latin furniture, where a copy runs it into the text: "Distr.: General 2 December
# 2004 Arabic Original: English 011204 301104 04-60229"; no name of a body
FRONT_FURNITURE = re.compile(r"\b(?:Distr|Original|Arabic|English|French|Spanish|Russian|Chinese)\b|\d{2}-\d{5}|\b\d{6}\b")
# a name the gazetteer lacks opens with one of these nouns (with or without the article); its
# words run on as `_name_span` says. A council or authority only when national.
ORG_HEADS = ("معهد", "مؤسسة", "لجنة", "شبكة", "جامعة", "رابطة", "جمعية", "أكاديمية", "وزارة", "منتدى",
             r"مجلس(?=\s+الوطني)", r"هيئة(?=\s+الوطنية)")
ORG_HEAD = re.compile(r"(?<![^\s(«\"“])[وف]?(?:[بك]?ال|لل|[بلك])?(" + "|".join(ORG_HEADS) + r")(?=\s)")
NAME_STOP = {"في", "من", "إلى", "على", "عن", "مع", "التي", "الذي", "الذين", "حول", "بشأن", "خلال", "بعد",
             "قبل", "عبر", "ضمن", "بين", "منذ", "أو", "أن", "قد", "كما", "هذا", "هذه", "ذلك", "تلك", "أيضا",
             "المعني", "المعنية", "المنشأة", "التابع", "التابعة", "بالتعاون", "بالاشتراك", "الأخرى", "الآخرين"}
PUNCTUATION = "،,.؛;:()«»\"“”"
BLANK = "\u2588"
IDAFA_HEADS = ("معهد", "مؤسسة", "جامعة", "شبكة", "رابطة", "جمعية", "أكاديمية", "وزارة", "مركز", "مجلس", "منتدى", "لجنة")
# the nouns an adjective takes in a compound adjective ("long-term", "high-level", "wide-scale")
ADJECTIVE_NOUNS = {"اجل", "مدا", "مستوا", "نطاق"}
GENERIC_NAMES = {"اللجنة", "لجنة", "مجلس", "منتدى", "مركز", "الجامعة", "جامعة", "الوزارة", "وزارة"}
# nouns after which a nationality adjective places an actor: مركز الفكر الفرنسي
ACTOR_WORDS = ("منظم", "مجتمع", "مدني", "فكر", "مؤسس", "معهد", "جامع", "حكوم", "شرط", "سلطات", "وزار",
               "موظف", "ضباط", "ضابط", "درك", "جمارك", "مدعين", "قضاه", "دبلوماسي", "ممثل", "مشارك", "طلاب",
               "صحفي", "برلماني",
               "جيش", "قوات", "خبراء", "مسؤول", "برلمان", "شبك", "رابط", "جمعي", "وكال", "لجن", "هيئ")
NATIONALITY_ENDINGS = ("", "ه", "ان", "تان", "ين", "تين", "ون")


@lru_cache(maxsize=1)
def nationalities() -> dict[str, str]:
    """Every inflected form of the nationality adjectives (normalised) -> ISO alpha-3."""
    table = read_yaml(DATA / "demonyms.ar.yaml")
    return {normalise(adjective) + ending: iso for adjective, iso in table.items() for ending in NATIONALITY_ENDINGS}


def _bare(word: str) -> str:
    """A word without its conjunction, preposition and article, normalised."""
    stem = normalise(word)
    stem = re.sub(r"^[وف]?(?:[بك]?ال|لل|[بلك])?", "", stem) if len(stem) > 4 else stem
    return stem


class ArabicNames:
    """Finds every entity named in a piece of Arabic text."""

    def __init__(self, gazetteer: Gazetteer, subject: Entity | None) -> None:
        self.gazetteer = gazetteer
        self.matcher = matcher_for(gazetteer, BLOCKERS + gazetteer.place_names("ar"), word_form=word_form)
        self.subject = subject
        self.host = host_of(gazetteer, subject)
        self.first_words = gazetteer_table(gazetteer, _first_words)

    def find(self, text: str) -> list[NameMatch]:
        cited = goals(self.gazetteer, text, GOALS)
        matches = [m for m in (self._trimmed(text, m) for m in self.matcher.find(text)) if m is not None]
        matches = [m for m in matches if not self._common_word(text, m, matches)]
        umbrella = [f.span() for f in GOALS.finditer(text)]  # الهدفين 5 و 16 من أهداف التنمية المستدامة: the goals
        matches = [m for m in matches if not any(lo <= m.start and m.end <= hi for lo, hi in umbrella)] + cited
        # `قرار الجمعية العامة 42/39 دال` is the resolution, not the Assembly; a name that holds
        # one (اللجنة المنشأة عملا بقرار مجلس الأمن 1540 (2004)) keeps it
        for cited_resolution in self._resolutions(text):
            if not any(m.start <= cited_resolution.start and cited_resolution.end <= m.end for m in matches):
                matches = [m for m in matches if not overlaps(m, [cited_resolution])] + [cited_resolution]
        matches += pattern_matches(SUBJECT, text, self.subject, matches)
        matches += pattern_matches(DIRECTOR, text, self.subject, matches)
        matches += [m for m in pattern_matches(HOST, text, self.host, matches) if not self._named_after(m, matches, text)]
        matches += bodies_of_named_instruments(text, matches, self.matcher, INSTRUMENT_HEADS)
        nationalities = [m for m in self._nationalities(text) if not overlaps(m, matches)]
        matches += nationalities
        # a nationality adjective inside a name the gazetteer lacks is part of it: اللجنة الوطنية
        # التوغولية لمكافحة ...
        unknown = self._unknown(text, [m for m in matches if m not in nationalities])
        inside = [m for m in matches if any(u.start <= m.start and m.end <= u.end for u in unknown)]
        matches = [m for m in matches if m not in inside]
        matches += [m for m in unknown if not overlaps(m, matches)]
        # a place closing a name the gazetteer lacks (… في باراغواي) is named too
        matches += [m for m in inside if m.entity.kind in ("Country", "Region")]
        return sorted(matches, key=lambda m: m.start)

    def _trimmed(self, text: str, match: NameMatch) -> NameMatch | None:
        """The match without the prefixes glued to its first word (`والاتحاد` -> `الاتحاد`), or
        None when the word is not a name's first word with prefixes: `المالي` (financial) is no
        `مالي` (Mali), since a name without the article does not take one."""
        if not ARABIC.match(match.text):
            return match
        firsts = self.first_words.get((match.entity.kind, match.entity.key), set())
        word = match.text.split()[0]
        bare = normalise(word)
        for cut in range(0, 3):
            prefix, rest = bare[:cut], bare[cut:]
            if not re.fullmatch(r"[وف]?[بكل]?", prefix):
                break
            if rest in firsts or (prefix.endswith("ل") and rest.startswith("ل") and "ا" + rest in firsts):
                start = match.start + cut
                return NameMatch(start, match.end, match.entity, text[start:match.end])
        return None

    def _common_word(self, text: str, match: NameMatch, matches: list[NameMatch]) -> bool:
        """A homograph (مالي) read as the word it also is, not as the country."""
        bare = normalise(match.text)
        if bare not in HOMOGRAPHS:
            return False
        glued = re.search(r"(\S*)$", text[:match.start]).group(1)  # the prefixes trimmed off it
        if "ب" in glued or "ل" in glued:
            return False  # بمالي، لمالي
        before = text[:match.start - len(glued)].split()
        if before and (normalise(before[-1]) in COUNTRY_GOVERNORS or _bare(before[-1]) in COUNTRY_GOVERNORS):
            return False
        # in a list of countries a neighbour is joined by a comma or و, not by a word (دعم مالي من ألمانيا)
        neighbours = [m for m in matches if m is not match and m.entity.kind == "Country"
                      and (0 <= match.start - m.end <= 4 and LIST_JOIN.fullmatch(text[m.end:match.start])
                           or 0 <= m.start - match.end <= 4 and LIST_JOIN.fullmatch(text[match.end:m.start]))]
        return not neighbours

    def _named_after(self, host: NameMatch, matches: list[NameMatch], text: str) -> bool:
        """`البلد المضيف نيبال`: the country's own name follows, and is the mention."""
        return any(m.entity.kind == "Country" and 0 <= m.start - host.end <= 2 for m in matches)

    def _resolutions(self, text: str) -> list[NameMatch]:
        return cited_resolutions(self.gazetteer, text, SC_RESOLUTION, GA_RESOLUTION, RESOLUTION_GAP,
                                 letter=lambda name: LETTERS.get(name) or None, ga_item=GA_LISTED_AR)

    def _nationalities(self, text: str) -> list[NameMatch]:
        table = nationalities()
        words = list(re.finditer(r"[^\W\d_]+", text))
        out = []
        for i, found in enumerate(words):
            iso = table.get(_bare(found.group(0)))
            if iso is None or not any(_bare(w.group(0)).startswith(ACTOR_WORDS) for w in words[max(0, i - 3):i]):
                continue
            country = self.gazetteer.get("Country", iso)
            if country:  # the adjective without its article: a country after a glued ال only qualifies
                start = found.end() - len(_bare(found.group(0)))
                out.append(NameMatch(start, found.end(), country, text[start:found.end()]))
        return out

    def _unknown(self, text: str, known: list[NameMatch]) -> list[NameMatch]:
        out: list[NameMatch] = []
        for found in QUOTED_AFTER.finditer(text):
            name = found.group(1).strip(" ،,")
            if self.gazetteer.lookup(name) is None and not overlaps_span(found.span(1), known):
                language = None if name.isascii() else "ar"
                out.append(NameMatch(found.start(1), found.start(1) + len(name), org_from_text(name, language), name))
        masked = blank_out(text, known + out)
        for found in LATIN_NAME.finditer(masked):
            name = found.group(1).strip(" .-")
            if (len(name) >= 3 and name not in LATIN_STOP and not name.isupper() and not FRONT_FURNITURE.search(name)
                    and self.gazetteer.lookup(name) is None and not overlaps_span(found.span(1), out)):
                out.append(NameMatch(found.start(1), found.start(1) + len(name), org_from_text(name), name))
        masked = blank_out(text, known + out)
        for found in ORG_HEAD.finditer(masked):
            span = self._name_span(text, masked, found, known)
            if span is None or overlaps_span(span, out):
                continue
            name = text[span[0]:span[1]]
            glued = text[found.start():found.start(1)]
            # للمعهد، للجنة الاستشارية: لـ + the article, whose alef is unwritten; a head that starts
            # with ل (لجنة) shows it only by the definite word after it
            if re.fullmatch(r"[وف]?لل", glued) or (re.fullmatch(r"[وف]?ل", glued) and found.group(1).startswith("ل")
                                                   and re.match(r"\S+\s+ال", name)):
                name = "ال" + name
            if self.gazetteer.lookup(name) is None:
                out.append(NameMatch(span[0], span[1], org_from_text(name, "ar"), name))
        return out

    def _name_span(self, text: str, masked: str, head: re.Match, known: list[NameMatch]) -> tuple[int, int] | None:
        """Where a name opened by `head` ends. Its words run on (definite ones, `لـ` + a noun, a
        noun governing the next) up to a stop word, a clause break or `في` + a place the text
        names, which closes it; it ends on a definite word or that place: `اللجنة الوطنية
        لمكافحة انتشار الأسلحة الصغيرة في توغو`, `معهد الدراسات الأمنية`."""
        offset = head.end(1)
        ends: list[tuple[int, bool]] = []  # (end offset, may the name stop here)
        words = list(re.finditer(r"\S+", masked[offset:offset + 240]))
        for i, found in enumerate(words):
            word = found.group(0)
            bare = word.rstrip(PUNCTUATION)
            # "اللجنة الوطنية المعنية بالأسلحة الصغيرة": "concerned with" + a definite noun goes on with the name
            concerned = bare in ("المعني", "المعنية") and i + 1 < len(words) and words[i + 1].group(0).startswith("بال")
            if not bare or BLANK in bare or bare[0].isdigit() or bare in NAME_STOP and bare != "في" and not concerned:
                break
            if bare == "في":
                after = words[i + 1] if i + 1 < len(words) else None
                place = after and next((m for m in known if m.entity.kind in ("Country", "Region")
                                        and offset + after.start() <= m.start < offset + after.end()), None)
                if place:
                    ends.append((place.end, True))
                break
            if bare == "غير":
                continue  # المنظمات غير الحكومية: "non-" joins the next word to the name
            if ends and _bare(bare) in ADJECTIVE_NOUNS:
                ends.pop()  # an adjective with its noun (شبكة طويلة الأجل, منتدى رفيع المستوى) names nothing
                break
            governs = (not ends and head.group(1) in IDAFA_HEADS and i + 1 < len(words)
                       and _definite(words[i + 1].group(0)))  # معهد بحوث السلام, not منتدى إقليميا بشأن
            ends.append((offset + found.start() + len(bare), _definite(bare) or governs))
            if bare != word or len(ends) == 8:
                break
        while ends and not ends[-1][1]:
            ends.pop()
        if not ends:
            return None
        glued = text[head.start():head.start(1)]  # والمعهد: the name keeps its article, not its و
        start, end = head.start(1) - (2 if glued.endswith("ال") else 0), ends[-1][0]
        if normalise(text[start:end]) in GENERIC_NAMES:
            return None
        return start, end


def _definite(word: str) -> bool:
    """A word that carries the article or hangs on the one before: الـ، والـ، لل، بالـ; or a
    noun joined by و whose pronoun suffix makes it definite: `وجمعها` (and their collection)."""
    return bool(re.match(r"^[وف]?(?:[بك]?ال|لل)\S{2,}", word) or re.fullmatch(r"و\S{2,}(?:ها|هما|هم)", word))


def _first_words(gazetteer: Gazetteer) -> dict[tuple[str, str], set[str]]:
    """The normalised first word of every Arabic name, per entity."""
    out: dict[tuple[str, str], set[str]] = {}
    for name, entity in gazetteer.written:
        if ARABIC.match(name):
            out.setdefault((entity.kind, entity.key), set()).add(normalise(name.split()[0]))
    return out
