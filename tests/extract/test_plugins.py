"""Every language plug-in offers what the shared reader asks of it."""
import re
from importlib import import_module
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract.lexicon import ActivityLexicon, activity_lexicon
from kg.extract.pipeline import LANGUAGES, rules_for
from kg.extract.rules import LanguageRules

# the summary reader still takes the lexicon module as it is: every `lx.NAME` it uses
_SUMMARY = Path(import_module("kg.extract.summary").__file__).read_text()
USED = sorted(set(re.findall(r"\blx\.([A-Za-z_]\w*)", _SUMMARY)))
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


@pytest.mark.parametrize("code", WRITTEN)
def test_a_lexicon_declares_what_the_activity_reader_takes(code):
    lexicon = activity_lexicon(import_module(f"kg.extract.{code}.lexicon"))
    assert isinstance(lexicon, ActivityLexicon) and lexicon.CODE == code


def test_a_lexicon_without_a_required_word_is_refused_by_name():
    english = import_module("kg.extract.en.lexicon")
    partial = ModuleType("kg.extract.xx.lexicon")
    partial.__dict__.update({k: v for k, v in vars(english).items() if k != "HELD_IN"})
    with pytest.raises(TypeError, match="HELD_IN"):
        activity_lexicon(partial)


def test_an_optional_hook_left_out_is_off():
    english = import_module("kg.extract.en.lexicon")
    partial = ModuleType("kg.extract.yy.lexicon")
    partial.__dict__.update({k: v for k, v in vars(english).items() if k != "INVITER"})
    assert activity_lexicon(partial).INVITER is None
    assert activity_lexicon(english).INVITER is not None
