"""The reader's markers per language: one module per ISO 639-1 code, each defining `MARKERS`, beside
what a language's markers need of its own (ru_hyphens: the Russian words a line-end hyphen breaks)."""
from __future__ import annotations

import re

# thousands grouped with apostrophes, as a Swiss or an Andean typist writes them ("1'200'000")
APOSTROPHE_GROUPS = re.compile(r"(?<![\d'’])(\d{1,3})((?:['’]\d{3})+)(?![\d'’])")


def apostrophe_thousands(text: str) -> str:
    """`1'200'000` -> `1 200 000`: the groups as UN documents print them, read as one number later."""
    return APOSTROPHE_GROUPS.sub(lambda m: m.group(1) + re.sub("['’]", " ", m.group(2)), text)
