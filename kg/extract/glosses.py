"""A name glossed by its acronym in brackets: "le Centre régional des Nations Unies pour la paix
et le désarmement (UNREC)" is UNREC's name even where the text shortens it so that the gazetteer
does not know it ("… en Afrique" left out). The parent body named inside such a name (the
United Nations, UNODA) is part of it, not a body the sentence names: its match is dropped, so it
is not read as an organiser or a participant. Shared by every language."""
from __future__ import annotations

import re

from kg.reference import Gazetteer, NameMatch

# between the parent's name and the bracket: the rest of one name, no clause break
REST_OF_NAME = re.compile(r"[^,;.!?()\[\]\n،؛。，；]{0,100}?\(\s*")
CLOSE = re.compile(r"\s*\)")


def ancestors(gazetteer: Gazetteer, key: str) -> set[str]:
    """The keys of the bodies `key` is part of, up the chain of parents."""
    out: set[str] = set()
    entity = gazetteer.get("Organization", key)
    while entity is not None and entity.parent and entity.parent not in out:
        out.add(entity.parent)
        entity = gazetteer.get("Organization", entity.parent)
    return out


def without_glossed_parents(text: str, matches: list[NameMatch], gazetteer: Gazetteer) -> list[NameMatch]:
    """`matches` without those of a body named inside a longer name that an acronym in brackets
    right after it glosses as one of that body's parts."""
    glosses = [a for a in matches if a.entity.kind == "Organization" and a.start > 0
               and text[:a.start].rstrip().endswith("(") and CLOSE.match(text, a.end)]
    dropped = set()
    for m in matches:
        if m.entity.kind != "Organization":
            continue
        for gloss in glosses:
            if (gloss.start > m.end and gloss.entity.key != m.entity.key
                    and REST_OF_NAME.fullmatch(text, m.end, gloss.start)
                    and m.entity.key in ancestors(gazetteer, gloss.entity.key)):
                dropped.add(id(m))
                break
    return [m for m in matches if id(m) not in dropped]


class GlossedNames:
    """A language's name finder whose matches leave out parents named inside glossed names."""

    def __init__(self, finder, gazetteer: Gazetteer) -> None:
        self.finder = finder
        self.gazetteer = gazetteer

    def find(self, text: str) -> list[NameMatch]:
        return without_glossed_parents(text, self.finder.find(text), self.gazetteer)
