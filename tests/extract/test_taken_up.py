"""An activity taken up in a later sentence or block that gives only its end ("Cette formation,
qui dure jusqu'au 27 avril, s'adresse à …") is the same activity, not a second one: its date
ends the activity, its counts are the activity's. And a press release that tells its event in
the present ("le Bureau … organise") names the organiser. Invented texts, in three languages."""
import pytest

from kg.extract.pipeline import extract
from kg.ingest import read_text

TEXTS = {
    "fr": ("Communiqué de presse\n\n3/9/2014\nDépartement de l’information • New York\n\n"
           "Le 8 septembre, le Bureau des affaires de désarmement organise, par le biais du Centre régional des "
           "Nations Unies pour la paix et le désarmement en Afrique, un stage de formation à Lomé.\n\n"
           "Cette formation, qui dure jusqu’au 19 septembre, s’adresse à 40 fonctionnaires de 7 États de la "
           "région.\n"),
    "en": ("Press release\n\n3/9/2014\nDepartment of Public Information • New York\n\n"
           "On 8 September, the Office for Disarmament Affairs opened, through the United Nations Regional "
           "Centre for Peace and Disarmament in Africa, a training course in Lomé.\n\n"
           "This course, which runs until 19 September, is attended by 40 officials from 7 States of the "
           "region.\n"),
    "es": ("Comunicado de prensa\n\n3/9/2014\nDepartamento de Información Pública • Nueva York\n\n"
           "El 8 de septiembre, la Oficina de Asuntos de Desarme inauguró, por medio del Centro Regional de las "
           "Naciones Unidas para la Paz y el Desarme en África, un curso de capacitación en Lomé.\n\n"
           "Este curso, que se extiende hasta el 19 de septiembre, está dirigido a 40 funcionarios de 7 Estados "
           "de la región.\n"),
}


@pytest.mark.parametrize("language", TEXTS)
def test_a_block_that_takes_up_the_activity_and_gives_its_end_is_that_activity(language: str):
    facts = extract(read_text(TEXTS[language]))
    assert [(a.start, a.end, a.participants, a.participant_countries) for a in facts.activities] == [
        ("2014-09-08", "2014-09-19", 40, 7)]


def test_a_press_release_in_the_present_names_the_organiser():
    facts = extract(read_text(TEXTS["fr"]))
    organisers = {link.target.key for a in facts.activities for link in a.links if link.relation == "organizer"}
    assert "UNODA" in organisers


def test_a_later_activity_of_its_own_stays_apart():
    text = TEXTS["fr"].replace("Cette formation, qui dure jusqu’au 19 septembre,",
                               "Le 19 septembre, un atelier,")
    assert len(extract(read_text(text)).activities) == 2
