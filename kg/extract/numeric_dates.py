"""Dates written in figures, as the cells of a table of activities print them ("15.08.2022",
"15/08/2022", "09/11/2015 - 13/11/2015"). The UN and the countries of its regional centres write
the day first; a first number above 12 can only be a day, a second above 12 only a day written
after its month (an American copy), and then the order is read from the figures.

A language's date plug-in adds these atoms to its own (kept apart from kg/extract/dates.py, whose
joining of atoms into spans they go through like any other)."""
from __future__ import annotations

import re

from kg.extract.dates import DateAtom

# day, month and a four-digit year with one separator used twice; no figure or decimal around it
# ("1.5.2020.3" is no date), and never a symbol ("A/75/136") or a version number
NUMERIC_DATE = re.compile(r"(?<![\d./A-Za-z])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)"
                          r"(?P<y>(?:19|20)\d{2})(?![\d/]|\.\d)")


def numeric_atoms(text: str) -> list[DateAtom]:
    """Each date written in figures in `text`, as an atom of day, month and year."""
    out = []
    for found in NUMERIC_DATE.finditer(text):
        first, second = int(found.group("a")), int(found.group("b"))
        day, month = (second, first) if second > 12 >= first else (first, second)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        out.append(DateAtom(day, month, int(found.group("y")), found.start(), found.end()))
    return out


def with_numeric(atoms: list[DateAtom], text: str) -> list[DateAtom]:
    """A language's atoms with the dates in figures added, in the order of the text (an atom of
    the language inside a numeric date, its year, is dropped)."""
    numeric = numeric_atoms(text)
    if not numeric:
        return atoms
    inside = [a for a in atoms if any(n.start <= a.start < n.end for n in numeric)]
    return sorted([a for a in atoms if a not in inside] + numeric, key=lambda atom: atom.start)
