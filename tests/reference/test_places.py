"""Places that hold a country's name (kg/data/places.yaml) are not read as that country, in
every language, by one mechanism: each language's name finder blocks its language's names."""
import pytest

from kg.extract.ar.words import word_form as arabic_form
from kg.extract.pipeline import rules_for
from kg.extract.ru.morphology import word_form as russian_form
from kg.paths import DATA
from kg.reference import default_gazetteer, matcher_for
from kg.reference.compiled import read_yaml

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
WORD_FORMS = {"ru": russian_form, "ar": arabic_form}
SEPARATOR = {"zh": "、", "ar": "، "}  # between the place and its country in a list


def places() -> list[tuple[str, str, str]]:
    """(country key, language, name) for every name of every place."""
    return [(key, lang, str(name)) for key, entries in read_yaml(DATA / "places.yaml").items()
            for place in entries for lang in LANGUAGES for name in place.get(lang) or []]


def test_the_data_covers_capitals_holding_their_country_in_every_language():
    listed = {(key, lang) for key, lang, _ in places()}
    for key in ("PAN", "GTM", "KWT", "DJI", "BLZ", "LUX", "SMR", "AND"):
        assert {(key, lang) for lang in LANGUAGES} <= listed, key
    assert ("MEX", "en") in listed and ("MEX", "es") in listed and ("TUN", "ar") in listed


@pytest.mark.parametrize(("key", "lang", "name"), places())
def test_a_listed_place_is_one_the_bare_matcher_reads_as_its_country(key, lang, name):
    """The rule that puts a place in the data: without the list, its name names the country."""
    bare = matcher_for(default_gazetteer(), (), WORD_FORMS.get(lang))
    assert key in {m.entity.key for m in bare.find(name) if m.entity.kind == "Country"}


@pytest.mark.parametrize(("key", "lang", "name"), places())
def test_a_place_is_not_its_country_but_the_country_beside_it_is(key, lang, name):
    # a place also written as a country's name in another language (French "Mexico", the city)
    # cannot be blocked by the matcher: the language's finder drops it after matching
    gazetteer = default_gazetteer()
    finder = rules_for(lang).names(gazetteer, None)
    assert key not in {m.entity.key for m in finder.find(name) if m.entity.kind == "Country"}
    country = gazetteer.get("Country", key)
    label = {"en": country.label_en, "zh": country.label_zh}.get(lang) or country.label(lang)
    text = f"{name}{SEPARATOR.get(lang, ', ')}{label}"
    found = [m for m in finder.find(text) if m.entity.kind == "Country"]
    assert [(m.entity.key, m.text) for m in found] == [(key, label)], text
