"""Bodies named through a treaty the paragraph has named before: "le secrétariat du Traité"
after "Traité sur le commerce des armes" is the secretariat of that treaty, "the Implementation
Support Unit of the Convention" after "the Biological Weapons Convention" that convention's unit. The short name (the
treaty's head word, given by the language) is read as the whole name of the last instrument
before it whose name holds that word; the phrase is a body only where the reference data knows
the body that the phrase names with the whole name ("secrétariat du Traité sur le commerce des
armes"). Shared by every language: a language gives its head words."""
from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.entities import overlaps, overlaps_span
from kg.reference import NameMatch, NameMatcher

WINDOW = 160  # characters read on each side of the short name: a body's name is shorter


def bodies_of_named_instruments(text: str, matches: list[NameMatch], matcher: NameMatcher,
                                heads: Sequence[re.Pattern[str]]) -> list[NameMatch]:
    """Bodies named in `text` with a short name of an instrument `matches` holds before them;
    `heads`: the language's head words of instrument names (`Traité`, `Договор\\w*`, 条约)."""
    out: list[NameMatch] = []
    instruments = [m for m in matches if m.entity.kind == "Instrument"]
    if not instruments:
        return out
    for head in heads:
        for found in head.finditer(text):
            if overlaps_span(found.span(), matches + out):
                continue  # the head word of a name the text writes in full
            named = [m for m in instruments if m.end <= found.start() and head.search(m.text)]
            body = _body(text, found, named[-1], matcher) if named else None
            if body and not overlaps(body, matches + out):
                out.append(body)
    return out


def _body(text: str, found: re.Match[str], instrument: NameMatch, matcher: NameMatcher) -> NameMatch | None:
    """The body the text names where the short name `found` stands for `instrument`'s name: the
    text around it is read again with the instrument's name, as written, in its place."""
    head = re.search(found.re, instrument.text)
    whole = instrument.text[:head.start()] + found.group(0) + instrument.text[head.end():]
    start = max(0, found.start() - WINDOW)
    before, after = text[start:found.start()], text[found.end():found.end() + WINDOW]
    lo, hi = len(before), len(before) + len(whole)  # the whole name's place in the text read
    for match in matcher.find(before + whole + after):
        if match.start <= lo and hi <= match.end and (match.start < lo or hi < match.end):
            begin = start + match.start if match.start < lo else found.start()
            end = found.end() + match.end - hi if match.end > hi else found.end()
            return NameMatch(begin, end, match.entity, text[begin:end])
    return None
