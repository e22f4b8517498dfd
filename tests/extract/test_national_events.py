"""A national event is for the one country its sentence names (the place it was held in), in
every language that names such events; a country that paid for it is no beneficiary. Chinese
and Arabic are tested with their round's fixtures (test_zh_ar_heldout_z.py)."""
import pytest

from kg.api import build, rows

NATIONAL = {
    "en": "1. In March 2031, the Regional Centre organized a national workshop on small arms control in Lima, "
          "Peru, for 25 officials, with the financial support of Germany.",
    "fr": "1. En mars 2031, le Centre régional a organisé un atelier national sur les armes légères à Lomé "
          "(Togo), grâce à une contribution financière de l'Allemagne.",
    "es": "1. En marzo de 2031, el Centro Regional organizó un taller nacional sobre armas pequeñas en Lima "
          "(Perú), financiado por Alemania.",
    "ru": "1. В марте 2031 года Региональный центр провел в Лиме (Перу) национальный практикум по стрелковому "
          "оружию, профинансированный Германией.",
}
REGIONAL = {
    "en": NATIONAL["en"].replace("a national workshop", "a regional workshop"),
    "ru": NATIONAL["ru"].replace("национальный практикум", "региональный практикум"),
}


def links(text: str) -> set[tuple[str, str]]:
    return {(row["relation"], row["target_key"]) for row in rows(build(text=text), "activity_links")}


@pytest.mark.parametrize("language", sorted(NATIONAL))
def test_a_national_event_is_for_the_country_it_was_held_in_not_its_funder(language: str):
    found = links(NATIONAL[language])
    host = "TGO" if language == "fr" else "PER"
    assert ("beneficiary", host) in found, found
    assert ("funder", "DEU") in found and ("beneficiary", "DEU") not in found, found


@pytest.mark.parametrize("language", sorted(REGIONAL))
def test_a_regional_event_held_in_a_country_is_not_for_it_alone(language: str):
    assert not {key for relation, key in links(REGIONAL[language]) if relation == "beneficiary"}
