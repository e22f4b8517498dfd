"""Every language plug-in offers what the shared reader asks of it."""
import re
from importlib import import_module
from pathlib import Path

import pytest

from kg.extract.pipeline import LANGUAGES, rules_for
from kg.extract.rules import LanguageRules

SHARED = [Path(import_module(m).__file__) for m in ("kg.extract.activities", "kg.extract.summary")]
# every lexicon attribute the shared reader uses: `lx.NAME`, `self.lx.NAME`; hooks it looks up
# with `getattr(lx, "NAME", None)` are optional
_TEXT = "".join(path.read_text() for path in SHARED)
OPTIONAL = set(re.findall(r"getattr\((?:self\.)?lx, \"([A-Za-z_]\w*)\"", _TEXT))
USED = sorted(set(re.findall(r"\blx\.([A-Za-z_]\w*)", _TEXT)) - OPTIONAL)
WRITTEN = [code for code in LANGUAGES if rules_for(code) is not None]


def test_the_languages_read_include_spanish():
    assert {"zh", "en", "es"} <= set(WRITTEN)


@pytest.mark.parametrize("code", WRITTEN)
def test_a_plugin_declares_its_rules(code):
    rules = rules_for(code)
    assert isinstance(rules, LanguageRules) and rules.code == code


@pytest.mark.parametrize("code", WRITTEN)
def test_a_lexicon_offers_what_the_reader_uses(code):
    lexicon = import_module(f"kg.extract.{code}.lexicon")
    missing = [name for name in USED if not hasattr(lexicon, name)]
    assert not missing, f"kg/extract/{code}/lexicon.py lacks {missing}"
