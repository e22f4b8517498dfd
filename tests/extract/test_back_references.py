"""Funders named in a later paragraph that points back to an activity by its paragraph ("上文第
5段所述培训班由挪威政府资助", "the seminar referred to in paragraph 3 above was funded by …") fund
that activity, and only it. Invented texts, in four languages."""
import pytest

from kg.extract.pipeline import extract
from kg.ingest import read_text

TEXTS = {
    "zh": ("A/99/100\n大会\n第九十九届会议\n联合国和平与裁军非洲区域中心\n秘书长的报告\n一、导言\n"
           "1. 区域中心于2019年3月5日在洛美为西非国家举办了一期讨论会。\n"
           "2. 2019年4月10日，区域中心在阿克拉为加纳警察举办了一期培训班。\n"
           "3. 上文第1段所述讨论会的费用由联合国开发计划署承担；第2段所述培训班由挪威政府资助。\n"),
    "en": ("A/99/100\nGeneral Assembly\nNinety-ninth session\nUnited Nations Regional Centre for Peace and "
           "Disarmament in Africa\nReport of the Secretary-General\nI. Introduction\n"
           "1. On 5 March 2019, the Regional Centre held a seminar in Lomé for West African States.\n"
           "2. On 10 April 2019, the Regional Centre held a training course in Accra for police officers of Ghana.\n"
           "3. The seminar referred to in paragraph 1 above was funded by the United Nations Development "
           "Programme; the training course described in paragraph 2 was financed by the Government of Norway.\n"),
    "fr": ("A/99/100\nAssemblée générale\nQuatre-vingt-dix-neuvième session\nCentre régional des Nations Unies "
           "pour la paix et le désarmement en Afrique\nRapport du Secrétaire général\nI. Introduction\n"
           "1. Le 5 mars 2019, le Centre régional a organisé un séminaire à Lomé à l’intention des États "
           "d’Afrique de l’Ouest.\n"
           "2. Le 10 avril 2019, le Centre régional a organisé un stage de formation à Accra pour des policiers "
           "du Ghana.\n"
           "3. Le séminaire mentionné au paragraphe 1 ci-dessus a été financé par le Programme des Nations "
           "Unies pour le développement; le stage visé au paragraphe 2 a été financé par la Norvège.\n"),
    "es": ("A/99/100\nAsamblea General\nNonagésimo noveno período de sesiones\nCentro Regional de las Naciones "
           "Unidas para la Paz y el Desarme en África\nInforme del Secretario General\nI. Introducción\n"
           "1. El 5 de marzo de 2019, el Centro Regional organizó un seminario en Lomé para los Estados de "
           "África Occidental.\n"
           "2. El 10 de abril de 2019, el Centro Regional organizó un curso de capacitación en Accra para "
           "policías de Ghana.\n"
           "3. El seminario mencionado en el párrafo 1 supra fue financiado por el Programa de las Naciones "
           "Unidas para el Desarrollo; el curso mencionado en el párrafo 2 fue financiado por Noruega.\n"),
}


@pytest.mark.parametrize("language", TEXTS)
def test_a_funder_named_by_pointing_back_funds_that_paragraphs_activity(language: str):
    facts = extract(read_text(TEXTS[language]))
    funders = {a.paragraph: {l.target.key for l in a.links if l.relation == "funder"} for a in facts.activities}
    assert funders == {"1": {"UNDP"}, "2": {"NOR"}}
