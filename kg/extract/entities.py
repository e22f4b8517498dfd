"""Helpers every language's name finder shares: blanking names out of text, overlaps, and
entities for names the reference data lacks (organisations, resolutions cited by number)."""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, TypeVar

from anyascii import anyascii

from kg.extract.facts import Entity
from kg.reference import Gazetteer, NameMatch
from kg.reference.gazetteer import minted

# Stands in for a name's characters so patterns do not read inside names; it is neither a
# letter, a digit, a space nor CJK, so it breaks words without joining or splitting clauses.
BLANK = "\u2588"
T = TypeVar("T")


def blank_out(text: str, matches: list[NameMatch], offset: int = 0) -> str:
    """`text` with every match (offsets relative to `offset`) replaced by BLANKs of equal length."""
    if not matches:
        return text
    pieces, last, size = [], 0, len(text)  # slices of the text between the spans; spans may overlap
    for start, end in sorted([(m.start, m.end) for m in matches]):
        start, end = start - offset, end - offset
        if start < last:  # overlaps the span before, or starts before the text
            start = last
        if end > size:
            end = size
        if end > start:
            pieces += (text[last:start], BLANK * (end - start))
            last = end
    pieces.append(text[last:])
    return "".join(pieces)


def gazetteer_table(gazetteer: Gazetteer, build: Callable[[Gazetteer], T]) -> T:
    """A table a name finder derives from the whole gazetteer (`build(gazetteer)`), built once
    per gazetteer and kept beside its matchers, not once per report."""
    key = ("table", f"{build.__module__}.{build.__qualname__}")
    if key not in gazetteer.matchers:
        gazetteer.matchers[key] = build(gazetteer)
    return gazetteer.matchers[key]


def named_by_acronym(text: str, matches: list[NameMatch], name_before: re.Pattern[str]) -> list[NameMatch]:
    """A body's name the reference data lacks, followed by its known acronym in brackets ("la
    Agencia de Ejecución … de la CARICOM (CARICOM IMPACS)"): the whole name is that body's, and a
    known name inside it (CARICOM) is part of it. `name_before` finds a body's name ending where
    the bracket opens (the language's head nouns, capitalised words and linking words)."""
    out = list(matches)
    for acronym in matches:
        if (acronym.entity.kind != "Organization" or text[acronym.start - 1:acronym.start] != "("
                or text[acronym.end:acronym.end + 1] != ")"):
            continue
        found = name_before.search(text, max(0, acronym.start - 200), acronym.start - 1)
        if not found:
            continue
        start, end = found.start("name"), acronym.end + 1
        if any(o.entity.kind == "Organization" and o.start < start < o.end for o in out):
            continue  # the name begins inside another body's: no name of its own
        if any(o.entity == acronym.entity and o.end <= acronym.start and not text[o.end:acronym.start - 1].strip()
               for o in out):
            continue  # "Organisation des États américains (OEA)": the name before is known already
        out = [o for o in out if not (start <= o.start and o.end <= end)]
        out.append(NameMatch(start, end, acronym.entity, text[start:end]))
    return out


def overlaps(match: NameMatch, others: list[NameMatch]) -> bool:
    return overlaps_span((match.start, match.end), others)


def organ_of_another(match: NameMatch, matches: list[NameMatch], text: str, organ: re.Pattern[str],
                     of_body: re.Pattern[str]) -> bool:
    """An organ's bare name (`organ`: "Assemblée générale") followed by `of_body` ("de l'") and
    another body's name is that body's organ ("l'Assemblée générale de l'OEA"), not the UN's."""
    if match.entity.kind != "Organization" or not organ.fullmatch(match.text):
        return False
    of = of_body.match(text, match.end)
    return bool(of) and any(m.start == of.end() and m.entity.kind == "Organization" and m.entity.key != "UN"
                            for m in matches)


def overlaps_span(span: tuple[int, int], others: list[NameMatch]) -> bool:
    return any(span[0] < o.end and o.start < span[1] for o in others)


def slug(text: str) -> str:
    """An ASCII key for a name: pinyin for Chinese, accents dropped for Latin scripts, other
    scripts (Cyrillic, Arabic) transliterated."""
    if re.search(r"[\u4e00-\u9fff]", text):
        from kg.reference.pinyin import lazy_pinyin  # pypinyin with only the phrases a name needs
        text = "-".join(lazy_pinyin(text))
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():
        text = anyascii(text)
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").upper()


def org_from_text(name: str, language: str | None = None) -> Entity:
    """An organisation the reference data lacks, keyed by its name and labelled in the
    language it is written in (English or Chinese when `language` is not given)."""
    name = name.strip()
    if language in ("fr", "es", "ru", "ar"):
        return minted("Organization", slug(name), None, None, labels=((language, name),))
    latin = not re.search(r"[\u4e00-\u9fff]", name)
    return minted("Organization", slug(name), name if latin else None, None if latin else name)


def resolution(gazetteer: Gazetteer, text: str, organ: str) -> Entity:
    """A resolution cited by number: the gazetteer's entry if it has one, else a new entity."""
    if organ == "UNSC":
        number, year = text
        key, label_en = f"UNSCR-{number}", f"Security Council resolution {number} ({year})"
        label_zh = f"安全理事会第{number}({year})号决议"
        symbol = f"S/RES/{number} ({year})"
    else:
        session, number, letter = text
        letter = letter or ""
        key = f"A/RES/{session}/{number}{letter}"
        label_en = f"General Assembly resolution {session}/{number}{' ' + letter if letter else ''}"
        label_zh = f"大会第{session}/{number}{letter}号决议"
        symbol = key  # the key of a General Assembly resolution is its symbol
    found = gazetteer.get("Instrument", key)
    if found:
        return found
    return Entity("Instrument", key, label_en, label_zh, category="resolution", issuer=organ, symbol=symbol)


# the numbers of the further resolutions of a list: "40/151 G", "1673 (2006)"; not inside a symbol
GA_LISTED = re.compile(r"(?<![\w/])(\d{1,2})\s*/\s*(\d{1,3})(?:\s*([A-ZА-Я])(?!\w))?(?!\s*/|\d)")
SC_LISTED = re.compile(r"(?<![\w/])(\d{3,4})\s*\(\s*(\d{4})\s*\)")
# a General Assembly resolution cited by its symbol, in any language: A/RES/40/151, A/42/39D,
# "A/RES/40/151 ( G)" (a web page's stray bracket); A/60/153 without RES or a letter is a report
SYMBOL_CITED = re.compile(r"(?<![\w/])A/(?:(RES)/)?(\d{1,2})/(\d{1,3})(?:\s?(?:\(\s*)?([A-Z])(?![\w/]))?")


def cited_resolutions(gazetteer: Gazetteer, text: str, sc: re.Pattern[str], ga: re.Pattern[str],
                      gap: re.Pattern[str], letter: Callable[[str], str] = str,
                      ga_item: re.Pattern[str] = GA_LISTED) -> list[NameMatch]:
    """Resolutions cited by number, and the further ones a list goes on with ("ses résolutions
    40/151 G du 16 décembre 1985, 41/60 D du 3 décembre 1986 et 43/76 D"): `gap` is what the
    language writes between two of them (a date, a comma, "and"). `letter` spells a letter of
    the Latin alphabet (a Cyrillic look-alike, an Arabic letter's name); `ga_item` is a further
    resolution's number where the language writes its letter otherwise (41/60 ياء)."""
    out: list[NameMatch] = []
    for organ, first, item in (("UNSC", sc, SC_LISTED), ("UNGA", ga, ga_item)):
        for found in first.finditer(text):
            if overlaps_span(found.span(), out):
                continue
            match, end = found, found.end()
            while match is not None:
                parts = match.groups()
                if organ == "UNGA":
                    parts = (parts[0], parts[1], letter(parts[2]) if parts[2] else None)
                out.append(NameMatch(match.start(), match.end(), resolution(gazetteer, parts, organ), match.group(0)))
                between = gap.match(text, end)
                match = item.match(text, between.end()) if between else None
                end = match.end() if match else end
    return out + cited_symbols(gazetteer, text, out)


def cited_symbols(gazetteer: Gazetteer, text: str, taken: list[NameMatch]) -> list[NameMatch]:
    """General Assembly resolutions cited by their symbols, where no name was found already."""
    out = []
    for found in SYMBOL_CITED.finditer(text):
        marked, session, number, letter = found.groups()
        if (marked or letter) and not overlaps_span(found.span(), taken):
            entity = resolution(gazetteer, (session, number, letter), "UNGA")
            out.append(NameMatch(found.start(), found.end(), entity, found.group(0)))
    return out


# "the Centre" of a text whose subject is not known (a resolution, a web page): no organisation
# of its own, and no unknown name starts with it ("du Centre régional et du rôle qu’il peut jouer")
UNRESOLVED_SUBJECT = Entity("Organization", "", in_reference=False)


def unresolved_subject(pattern: re.Pattern[str], text: str, subject: Entity | None,
                       taken: list[NameMatch]) -> list[NameMatch]:
    """Where the subject is unknown, its references (`pattern`) as spans to keep unknown names
    out of; they are not mentions and are never emitted."""
    if subject is not None:
        return []
    return [NameMatch(f.start(), f.end(), UNRESOLVED_SUBJECT, f.group(0)) for f in pattern.finditer(text)
            if not overlaps_span(f.span(), taken)]


def host_of(gazetteer: Gazetteer, subject: Entity | None) -> Entity | None:
    """The country hosting the report's subject: what 东道国 / "the host country" refers to."""
    return gazetteer.get("Country", subject.host) if subject and subject.host else None


def pattern_matches(pattern: re.Pattern[str], text: str, entity: Entity | None,
                    taken: list[NameMatch]) -> list[NameMatch]:
    """Matches of `pattern` in `text` standing for `entity`, where no name was found already."""
    if entity is None:
        return []
    return [NameMatch(f.start(), f.end(), entity, f.group(0)) for f in pattern.finditer(text)
            if not overlaps_span(f.span(), taken)]


def goals(gazetteer: Gazetteer, text: str, pattern: re.Pattern[str]) -> list[NameMatch]:
    """Sustainable Development Goals cited by number ("Goals 5 and 16", "目标 5 和 16"): one
    entity per goal, the gazetteer's where it has one."""
    out = []
    for found in pattern.finditer(text):
        for number in re.finditer(r"\d{1,2}", found.group("numbers")):
            key = f"SDG-{number.group(0)}"
            entity = gazetteer.get("Instrument", key) or Entity(
                "Instrument", key, f"Sustainable Development Goal {number.group(0)}",
                f"可持续发展目标{number.group(0)}", category="agenda", issuer="UNGA", sdg=number.group(0))
            start = found.start("numbers") + number.start()
            out.append(NameMatch(start, start + len(number.group(0)), entity, number.group(0)))
    return out


def coordinated(text: str, end: int, forms: dict[str, str], joiner: str) -> list[tuple[int, int, str]]:
    """The adjectives of nationality coordinated after one an actor noun governs ("officiers
    libériens et sierra-léonais", "oficiales togoleses, benineses y burkineses"): (start, end,
    form) of each, while the list goes on after a comma or `joiner` ("et", "y|e")."""
    out: list[tuple[int, int, str]] = []
    lookup = {form.lower(): form for form in forms}
    step = re.compile(rf"(?:\s*,\s*(?:(?:{joiner})\s+)?|\s+(?:{joiner})\s+)(?P<word>[^\W\d_][\w'’-]*)")
    while (found := step.match(text, end)) and found.group("word").lower() in lookup:
        out.append((found.start("word"), found.end("word"), lookup[found.group("word").lower()]))
        end = found.end("word")
    return out
