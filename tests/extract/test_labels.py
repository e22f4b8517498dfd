"""An activity's label is a few words of the sentence that names it, and never stops inside a
quoted title: the title is kept whole when it ends soon after, else left out. Invented texts."""
import pytest

from kg.extract.pipeline import extract
from kg.ingest import read_text

FR = ("Communiqué de presse\n\n3/9/2014\nDépartement de l’information • New York\n\n"
      "Le 8 septembre, le Centre régional a organisé à Lomé une série de conférences sur le thème "
      "« {title} » à l’intention de 40 étudiants.\n")
EN = ("Press release\n\n3/9/2014\nDepartment of Public Information • New York\n\n"
      "On 8 September, the Regional Centre held in Lomé the “{title}” training course for 40 students.\n")


def labels(text: str) -> list[str]:
    return [a.label for a in extract(read_text(text)).activities]


@pytest.mark.parametrize("text", [FR, EN])
def test_a_quoted_title_ending_soon_after_the_cut_is_kept_whole(text: str):
    title = "Paix et égalité des genres" if text is FR else "Youth for peace and the voices of Africa"
    [label] = labels(text.format(title=title))
    assert title in label
    assert label.count("«") == label.count("»") and label.count("“") == label.count("”")


@pytest.mark.parametrize("text", [FR, EN])
def test_a_long_quoted_title_is_left_out_of_the_label_not_cut(text: str):
    title = " ".join(["paix"] * 30) if text is FR else " ".join(["peace"] * 30)
    [label] = labels(text.format(title=title))
    assert "«" not in label and "»" not in label and "“" not in label and "”" not in label
    assert label
