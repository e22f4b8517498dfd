"""Names in Russian text: the gazetteer's in any case form (matched through lemmas), "the
Centre", resolutions and goals cited by number, nationality adjectives before actors, and
organisations the gazetteer lacks (a Latin-script name after коалиция/организации, a quoted
name, a capitalised name headed by комитет/фонд/сеть...), minted in the nominative."""
from __future__ import annotations

import re
from functools import lru_cache


from kg.extract.anaphora import bodies_of_named_instruments
from kg.extract.entities import (blank_out, cited_resolutions, goals, host_of, org_from_text, overlaps,
                                 overlaps_span, pattern_matches)
from kg.extract.facts import Entity
from kg.extract.ru.morphology import lemma, nominative, part_of_speech, word_form
from kg.paths import DATA
from kg.reference.compiled import read_yaml
from kg.reference import Gazetteer, NameMatch, matcher_for

# Phrases holding a name that are not that name: the currency "долл. США" is no country (places
# such as "Эль-Кувейт": kg/data/places.yaml).
BLOCKERS = ("долл. США", "долларов США", "доллар США", "доллары США", "франкоязычные страны",
            "испаноязычные страны")

_CASE = r"(?:а|у|ом|е)?"  # центр, центра, центру, центром, центре
SUBJECT = re.compile(r"(?<![А-ЯЁа-яё])(?:Регионал\w+\s+[Цц]ентр" + _CASE + r"|Центр" + _CASE + r")(?![а-яё])"
                     r"(?!\s+(?:по\s+вопросам|Организации|для|имени|им\.)(?![а-яё]))")
# the Centre's head named alone, the subject of a verb in the past: "Директор выступил на совещании"
DIRECTOR = re.compile(r"(?<![А-ЯЁа-яё])Директор(?=\s+(?:также\s+|вновь\s+)?[а-яё]+л[аио]?(?:сь)?(?![а-яё]))")
HOST = re.compile(r"(?<![а-яё])принимающ\w+\s+(?:стран\w*|государств\w*)(?!\s*[—–-])", re.I)
# head words of instrument names, in any case: "секретариат Договора" after the treaty's whole name
INSTRUMENT_HEADS = tuple(re.compile(rf"\b{stem}\w*") for stem in ("Договор", "Конвенци", "Протокол"))
GOALS = re.compile(r"(?<![а-яё])цел(?:ь|и|ей|ью|ям|ями|ях)\s+(?P<numbers>\d{1,2}(?:\s*(?:,|и)\s*\d{1,2})*)"
                   r"(?=\s+(?:в\s+области\s+устойчивого\s+развития|ЦУР))", re.I)
SC_RESOLUTION = re.compile(r"(?<![а-яё])резолюци\w*\s+(\d{3,4})\s*\(\s*(\d{4})\s*\)", re.I)
GA_RESOLUTION = re.compile(r"(?<![а-яё])резолюци\w*\s+(\d{1,2})\s*/\s*(\d{1,3})(?:\s*([A-ZА-Я])(?![\w]))?", re.I)
LOOKALIKES = str.maketrans("АВСДЕ", "ABCDE")  # 42/39 D printed with a Cyrillic letter
# between two resolutions of a list: "40/151 G от 16 декабря 1985 года, 41/60 D … и 43/76 D"
RESOLUTION_GAP = re.compile(r"(?:\s*,?\s*от\s+\d{1,2}\s+[а-яё]+\s+\d{4}\s*(?:года|г\.)?)?"
                            r"\s*(?:,\s*(?:и\s+)?|\s+и\s+)(?:(?:свои\w*|резолюци\w*)\s+)*", re.I)
# an unknown organisation's head noun (lemmas)
ORG_HEADS = {"комитет", "фонд", "сеть", "форум", "ассоциация", "союз", "институт", "центр", "коалиция",
             "федерация", "организация", "совет", "комиссия", "университет", "академия", "альянс",
             "движение", "агентство", "служба", "секретариат", "бюро", "министерство", "управление",
             "департамент", "партнерство", "инициатива", "лига", "парламент", "ассамблея",
             "платформа", "консорциум", "колледж", "школа", "группа", "полиция", "трибунал", "кампания"}
ORG_NOUNS = (r"(?:коалици\w*|организаци\w*|аналитическ\w+\s+центр\w*|сет\w*|альянс\w*|фонд\w*|НПО|"
             r"групп\w*|инициатив\w*|платформ\w*|движени\w*|ассоциаци\w*|объединени\w*|университет\w*|"
             r"институт\w*|партнер\w*|гражданского\s+общества)")
QUOTED_AFTER = re.compile(ORG_NOUNS + r"\s*,?\s*(?:под\s+названием\s+|именуем\w+\s+)?[«“\"]([^»”\"]{2,60})[»”\"]", re.I)
LATIN_RUN = r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|of|for|and|the|de|du|la|des|y|del|on))*"
LATIN_AFTER = re.compile(ORG_NOUNS + r"\s+(?P<names>" + LATIN_RUN + r"(?:\s*(?:,|и)\s*" + LATIN_RUN + r")*)", re.I)
CAPITALISED = re.compile(r"(?<![\w\u2588-])[А-ЯЁ][а-яё-]+(?=\s)")
# a name's next word; "в" only before a common noun (Комиссия по безопасности в полушарии), since
# before a capital it places the body (Центр в Лиме)
# (a name ends at a table's cell or row: no tab or line break inside it)
NAME_TAIL = re.compile(r"(?:[^\S\t\n]+в(?=\s+[а-яё]{4,}(?![а-яё]))(?!\s+(?:качестве|рамках|ходе|целях|течение|период|связи|последни\w*|прошл\w*|текущ\w*|предыдущ\w*)(?![а-яё]))|"
                       # nor at a preposition's phrase that dates or explains ("Целевом фонде по состоянию на …")
                       r"[^\S\t\n]+(?!по\s+(?:состоянию|сравнению|просьбе|приглашению|случаю|итогам)(?![а-яё]))"
                       r"(?!(?:в|во|на|для|при|за|от|к|о|об|со|а|но|что|как|из|у|до|после|"
                       r"который|которая|которые|также|был|была|были|было|в\s+качестве)(?![а-яё]))"
                       r"(?:[а-яё-]+|(?!(?:С|Д|ОО|ПС|НС|ЗС)(?:\s*-\s*[0-9А-Д]{1,2})?(?![\w-]))[А-ЯЁ][\w-]+))")  # a grade (ОО, С-3) ends it
LATIN_STOP = {"COVID", "COVID-19", "RES", "Add", "Corr", "Rev", "A", "S", "E", "P", "D", "G"}
GENERIC = {"региональный", "центр", "генеральный", "секретарь", "целевой", "фонд", "правительство",
           "государство", "член", "организация", "объединённый", "объединить", "объединенный", "нация",
           "национальный", "комитет", "совет", "комиссия", "группа", "эксперт", "управление", "ассамблея"}
NOT_NAMES = {"Генеральный секретарь", "Региональный центр", "Целевой фонд"}
ACTOR_NOUN = (r"(?:аналитическ\w+|организаци\w+|гражданск\w+|неправительственн\w+|НПО|правительств\w+|"
              r"власт\w+|должностн\w+|эксперт\w*|полици\w*|вооруженн\w+|дипломат\w*|университет\w*|"
              r"институт\w*|фонд\w*|министерств\w*|парламентари\w*|делегаци\w*|национальн\w+|"
              r"сотрудник\w*|служащ\w+|офицер\w*|представител\w*|специалист\w*|участник\w*|"
              r"журналист\w*|студент\w*|прокурор\w*|судь\w*|депутат\w*|военн\w+|таможенн\w+|"
              r"пограничн\w+|правоохранительн\w+|силовы\w+|государственн\w+)(?![а-яё])")
_ADJECTIVE_WORD = r"[А-Яа-яЁё-]+(?:ий|ый|ая|ое|ие|ые|ого|ой|ому|им|ым|ом|ую|их|ых|ими|ыми)"
# a nationality adjective before an actor noun, or before others joined to it: "для бутанских и
# непальских таможенных и пограничных служащих"
ADJECTIVE = re.compile(r"(?<![\w-])([А-Яа-яЁё-]+ск(?:ий|ая|ое|ие|ого|ой|ому|им|ом|ую|их|ими))"
                       r"(?=(?:(?:\s*,\s*|\s+и\s+|\s+)" + _ADJECTIVE_WORD + r")*\s+" + ACTOR_NOUN + ")")


SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;)]\s*|\n|\t|[а-яa-z]\)\s*)\s*$")  # before a sentence's, item's or cell's first word


def _second_clause(name: str, word: str) -> bool:
    """A participle after "и" opens a second clause on the event, not the name's next word:
    "организованной Нигерийским институтом международных отношений и состоявшейся в Лагосе"."""
    return name.rstrip().endswith(" и") and part_of_speech(word.strip()) == "PRTF"


def _predicate(word: str) -> bool:
    """A verb, participle or adverb ends a name: "Национальная комиссия провела…"."""
    return part_of_speech(word.strip()) in ("VERB", "INFN", "PRTS", "GRND", "ADVB", "PRED", "PRCL", "COMP")


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Adjective lemma -> country key, from kg/data/demonyms.ru.yaml."""
    return read_yaml(DATA / "demonyms.ru.yaml")


class RussianNames:
    """Finds every entity named in a piece of Russian text."""

    def __init__(self, gazetteer: Gazetteer, subject: Entity | None) -> None:
        self.gazetteer = gazetteer
        self.matcher = matcher_for(gazetteer, BLOCKERS + gazetteer.place_names("ru"), word_form=word_form)
        self.subject = subject
        self.host = host_of(gazetteer, subject)

    def find(self, text: str) -> list[NameMatch]:
        cited = goals(self.gazetteer, text, GOALS)
        matches = [m for m in self.matcher.find(text) if not any(c.start - 3 <= m.end and m.start < c.end
                                                                   for c in cited)] + cited
        matches += [m for m in self._resolutions(text) if not overlaps(m, matches)]
        matches += pattern_matches(SUBJECT, text, self.subject, matches)
        matches += pattern_matches(DIRECTOR, text, self.subject, matches)
        matches += pattern_matches(HOST, text, self.host, matches)
        matches += bodies_of_named_instruments(text, matches, self.matcher, INSTRUMENT_HEADS)
        for found in ADJECTIVE.finditer(text):
            if found.group(1)[:1].isupper() and not SENTENCE_OPENS.search(text, 0, found.start(1)):
                continue  # a capital inside a sentence opens a name: "Нигерийским институтом международных отношений"
            key = demonyms().get(lemma(found.group(1)))
            country = self.gazetteer.get("Country", key) if key else None
            if country and not overlaps_span(found.span(1), matches):
                matches.append(NameMatch(found.start(1), found.end(1), country, found.group(1)))
        unknown = self._unknown(text, matches)
        matches = [m for m in matches if not any(u.start <= m.start and m.end <= u.end for u in unknown)]
        matches += [m for m in unknown if not overlaps(m, matches)]
        return sorted(matches, key=lambda m: m.start)

    def _resolutions(self, text: str) -> list[NameMatch]:
        return cited_resolutions(self.gazetteer, text, SC_RESOLUTION, GA_RESOLUTION, RESOLUTION_GAP,
                                 letter=lambda letter: letter.translate(LOOKALIKES))

    def _unknown(self, text: str, known: list[NameMatch]) -> list[NameMatch]:
        out: list[NameMatch] = []
        for found in QUOTED_AFTER.finditer(text):
            self._add(out, known, found.start(1), found.group(1).strip(" ,"))
        for found in LATIN_AFTER.finditer(text):
            for part in re.finditer(LATIN_RUN, found.group("names")):
                self._add(out, known, found.start("names") + part.start(), part.group(0))
        masked = blank_out(text, known + out)
        for found in CAPITALISED.finditer(masked):
            self._capitalised(out, known, text, masked, found)
        return out

    def _capitalised(self, out: list[NameMatch], known: list[NameMatch], text: str, masked: str,
                     found: re.Match) -> None:
        """`Руководящим комитетом молодежи Северо-Восточной Азии`: a capitalised phrase whose
        first or second word is an organisation's head noun, with its complement (a known
        place right after it completes the name)."""
        end = found.end()
        while True:  # the complement, and a known place inside or closing it (… Гвинеи-Бисау)
            tail = NAME_TAIL.match(masked, end)
            place = next((m for m in known if m.entity.kind in ("Region", "Country") and 0 <= m.start - end <= 1
                          or m.entity.kind == "Region" and re.fullmatch(r"\s+во?\s+", masked[end:m.start])), None)
            if (tail and len(masked[found.start():tail.end()].split()) <= 14 and not _predicate(tail.group(0))
                    and not _second_clause(masked[found.start():end], tail.group(0))):
                end = tail.end()
            elif place:
                end = place.end
            else:
                break
        end = found.start() + len(masked[found.start():end].rstrip())
        while masked[found.start():end].split()[-1].lower() in ("и", "с", "по"):
            end = found.start() + masked[found.start():end].rstrip().rfind(" ")
        words = masked[found.start():end].split()
        opens = bool(re.search(r"(?:^|[.!?:]\s*|\n)$", masked[:found.start()]))
        if len(words) < (3 if opens else 2) or not any(lemma(w) in ORG_HEADS for w in words[:2]):
            return  # a sentence's first word is capitalised anyway: there a name needs three words
        self._add(out, known, found.start(), text[found.start():end], minted_only=True, inflected=True)

    def _add(self, out: list[NameMatch], known: list[NameMatch], start: int, name: str,
             minted_only: bool = False, inflected: bool = False) -> None:
        """Keep a name found by a pattern: the gazetteer's entity if it knows the name, else a
        new organisation labelled in the nominative (a quoted or Latin name stays as written)."""
        name = name.strip(" .,")
        if (len(name) < 3 or name in LATIN_STOP or name in NOT_NAMES
                or any(start < m.end and m.start < start + len(name) for m in out)):
            return
        base = nominative(name) if inflected else name
        if all(lemma(w) in GENERIC for w in re.findall(r"[А-Яа-яЁё]+", base)) and re.search(r"[а-яё]", base):
            return
        entity = self.gazetteer.lookup(base) or self.gazetteer.lookup(name)
        if entity is not None:
            if not minted_only and not overlaps_span((start, start + len(name)), known):
                out.append(NameMatch(start, start + len(name), entity, name))
            return
        if overlaps_span((start, start + len(name)), [m for m in known if m.entity.kind == "Organization"]):
            return
        out.append(NameMatch(start, start + len(name), org_from_text(base, "ru"), name))
