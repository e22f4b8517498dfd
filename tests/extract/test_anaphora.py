"""A body named through a treaty named before it in the paragraph ("le secrétariat du Traité"
after the Arms Trade Treaty's whole name) is that treaty's body, in every language."""
import pytest

from kg.extract.pipeline import rules_for
from kg.reference import default_gazetteer

SECRETARIAT = {
    "en": "The workshop on the Arms Trade Treaty was organized with the secretariat of the Treaty in Manila.",
    "fr": "Un atelier sur le Traité sur le commerce des armes, coorganisé par le Centre régional et le "
          "secrétariat du Traité, s'est tenu à Manille.",
    "es": "El taller sobre el Tratado sobre el Comercio de Armas se organizó con la Secretaría del Tratado.",
    "ru": "Практикум по Договору о торговле оружием был организован совместно с секретариатом Договора.",
    "ar": "نُظمت حلقة العمل بشأن معاهدة تجارة الأسلحة بالتعاون مع أمانة المعاهدة في مانيلا.",
    "zh": "关于《武器贸易条约》的讲习班是与《条约》秘书处合作举办的。",
}
# the treaty's short name alone, or a body the text does not name through the treaty
NO_BODY = {
    "en": ["The Centre helped States to join the Arms Trade Treaty. States parties to the Treaty met.",
           "The secretariat of the Treaty met in Geneva."],
    "fr": ["Le Centre a aidé les États à adhérer au Traité sur le commerce des armes. Les États parties "
           "au Traité se sont réunis.", "Le secrétariat du Traité s'est réuni à Genève."],
}


# another treaty and another body: the convention's implementation support unit
SUPPORT_UNIT = {
    "en": "States parties to the Biological Weapons Convention worked with the Implementation Support Unit "
          "of the Convention.",
    "fr": "Les États parties à la Convention sur les armes biologiques ont travaillé avec l’Unité d’appui à "
          "l’application de la Convention.",
    "es": "Los Estados partes en la Convención sobre las Armas Biológicas colaboraron con la Dependencia de "
          "Apoyo a la Aplicación de la Convención.",
}


def found(lang: str, text: str) -> list[tuple[str, str]]:
    finder = rules_for(lang).names(default_gazetteer(), None)
    return [(m.entity.key, m.text) for m in finder.find(text) if m.entity.kind == "Organization"]


@pytest.mark.parametrize("lang", SECRETARIAT)
def test_the_secretariat_of_the_treaty_named_before_is_that_treatys_secretariat(lang):
    text = SECRETARIAT[lang]
    bodies = [(key, name) for key, name in found(lang, text) if key == "ATT-SECRETARIAT"]
    assert len(bodies) == 1, found(lang, text)
    assert bodies[0][1] in text and bodies[0][1] != text


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, texts in NO_BODY.items() for text in texts])
def test_no_body_without_a_treaty_named_before_or_a_body_word(lang, text):
    assert found(lang, text) == []


@pytest.mark.parametrize("lang", SUPPORT_UNIT)
def test_a_body_named_through_another_treaty_is_that_treatys_body(lang):
    bodies = [name for key, name in found(lang, SUPPORT_UNIT[lang]) if key == "BWC-ISU"]
    assert len(bodies) == 1 and bodies[0].endswith(("Convention", "Convención"))
