"""Arabic rules: the word form names are matched in, dates, counts, grades and names in text."""
import pytest

from kg.extract.ar.dates import date_in_label, find_dates
from kg.extract.ar.lexicon import activity_noun, number
from kg.extract.ar.money import grade
from kg.extract.ar.names import ArabicNames
from kg.extract.ar.words import word_form
from kg.reference import default_gazetteer


@pytest.mark.parametrize("prefixed, plain", [
    ("وبالاتحاد", "الاتحاد"), ("للمركز", "المركز"), ("والمركز", "مركز"), ("بنيبال", "نيبال"),
    ("للهند", "الهند"), ("والهند", "الهند"), ("للجنة", "اللجنة"), ("للجنة", "لجنة"),
    ("وبنغلاديش", "بنغلاديش"), ("لبنان", "للبنان"), ("وسري", "سري"), ("ولكندا", "كندا"),
    ("الأُمَم", "الامم"), ("المتحدة", "المتحده"),
])
def test_prefixed_and_plain_words_share_one_form(prefixed, plain):
    assert word_form(prefixed) == word_form(plain)


def test_short_names_keep_apart():
    assert word_form("كندا") != word_form("بولندا")
    assert word_form("هند") != word_form("الهند")


@pytest.fixture(scope="module")
def names():
    return ArabicNames(default_gazetteer(), None)


def keys(names, text):
    return [m.entity.key for m in names.find(text)]


def test_names_are_found_with_their_prefixes_and_trimmed_of_them(names):
    found = names.find("وقدمت الولايات المتحدة الأمريكية والاتحاد الأوروبي الدعم المالي، وبنيبال ولتايلند")
    assert [(m.entity.key, m.text) for m in found] == [
        ("USA", "الولايات المتحدة الأمريكية"), ("EU", "الاتحاد الأوروبي"), ("NPL", "نيبال"), ("THA", "تايلند")]


def test_short_names_do_not_match_common_words(names):
    assert keys(names, "الدعم المالي والتقني") == []  # المالي: financial, not Mali
    assert keys(names, "ما قدمته من دعم مالي وعيني") == []
    assert keys(names, "في مجال الهندسة") == []  # not India inside a word
    assert keys(names, "بوركينا فاسو ومالي والنيجر") == ["BFA", "MLI", "NER"]
    assert keys(names, "وحكومة مالي") == ["MLI"]


def test_resolutions_nationalities_and_unknown_bodies(names):
    assert keys(names, "بموجب قرار الجمعية العامة 42/39 دال") == ["A/RES/42/39D"]
    assert keys(names, "مع مركز الفكر الفرنسي") == ["FRA"]
    found = names.find("ونظمت الأنشطة اللجنة التوجيهية للشباب في شمال شرق آسيا متابعة لمشروع")
    assert found[0].text == "اللجنة التوجيهية للشباب في شمال شرق آسيا"
    assert not found[0].entity.in_reference and found[0].entity.label("ar") == found[0].text
    assert keys(names, "نظم منتدى إقليميا بشأن المرأة") == []  # an event, not a body


@pytest.mark.parametrize("text, start, end", [
    ("في 1 و 8 و 15 كانون الأول/ديسمبر 2020، نظم", "2020-12-01", "2020-12-15"),
    ("في 18-20 أيار/مايو 2021", "2021-05-18", "2021-05-20"),
    ("وفي الفترة من 18 إلى 20 أيار/مايو 2021، اشترك", "2021-05-18", "2021-05-20"),
    ("وفي تشرين الأول/أكتوبر 2020 وشباط/فبراير 2021، أسهم", "2020-10", "2021-02"),
    ("في ٢ و ٩ و ١٦ تشرين الأول/أكتوبر ٢٠١٦".translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")),
     "2016-10-02", "2016-10-16"),
    ("من 28 كانون الأول/ديسمبر إلى 3 كانون الثاني/يناير 2021", "2020-12-28", "2021-01-03"),
])
def test_arabic_dates(text, start, end):
    span = find_dates(text)[0]
    assert (span.start, span.end) == (start, end)


def test_month_words_that_are_not_dates():
    assert find_dates("مارس حقه في التعبير") == []  # مارس: "practised"
    assert [s.start for s in find_dates("الممارسات الفضلى لعام 2019")] == ["2019"]
    assert date_in_label("الفائض المتراكم، 1 كانون الثاني/يناير 2020") == "2020-01-01"


def test_grades_counts_and_nouns():
    assert grade("ف", "5") == "P-5"
    assert grade("خ ع", "7") == "G-7"
    assert grade("مد", "1") == "D-1"
    assert number("اثنا عشر") == 12 and number("خمسة وعشرون") == 25 and number("1,250") == 1250
    assert activity_noun("نظم الحلقات الدراسية الشبكية", "نظم الحلقات الدراسية الشبكية")[0] == "Webinar"
    assert activity_noun("عقد دورة تدريبية", "عقد دورة تدريبية")[0] == "Training"
    assert activity_noun("في الدورة الخامسة والستين", "في الدورة الخامسة والستين") is None  # a session


def _paragraph(text, part="body"):
    from kg.ingest.document import Paragraph
    return Paragraph("1", 1, text, "", part)


def test_posts_take_their_payer_from_the_clause_that_names_it(names):
    from kg.extract.ar.money import posts
    gazetteer = default_gazetteer()
    un = gazetteer.get("Organization", "UN")
    for text, expected in (
        ("تمول الميزانية العادية للأمم المتحدة الوظائف التالية: 1 وظيفة لمدير المركز (ف-5)، و 1 وظيفة من فئة "
         "الخدمات العامة (خ ع-7، الرتبة المحلية).", [("P-5", 1, "UN"), ("G-7", 1, "UN")]),
        ("ويتألف الملاك من مدير (ف-5) وموظف للشؤون السياسية (ف-3) تمولهما الميزانية العادية، وموظفين اثنين "
         "من فئة الخدمات العامة تمولهما حكومة توغو.", [("P-5", 1, "UN"), ("P-3", 1, "UN"), ("GS", 2, "TGO")]),
        ("وتمول اليابان وظيفتين برتبة ف-2.", [("P-2", 2, "JPN")]),
    ):
        paragraph = _paragraph(text)
        found = [(p.grade, p.count, p.funded_by.key if p.funded_by else None)
                 for p in posts(paragraph, names.find(text), set(), un)]
        assert found == expected, text


def test_contributions_one_per_party(names):
    from kg.extract.ar.money import contributions
    text = "تلقى الصندوق تبرعات من حكومات ألمانيا (120,000 دولار) والمكسيك (25,000 دولار)، وقدمت توغو 1,2 مليون دولار."
    found = {(c.party.key, c.amount, c.currency, c.kind)
             for c in contributions(_paragraph(text), names.find(text), 2019, set())}
    assert found == {("DEU", 120000, "USD", "voluntary-contribution"), ("MEX", 25000, "USD", "voluntary-contribution"),
                     ("TGO", 1200000, "USD", "voluntary-contribution")}
    refund = "تشمل مبالغ مردودة إلى كازاخستان قدرها 34,826 دولارا وإلى ألمانيا قدرها 47,359 دولارا."
    found = {(c.party.key, c.amount, c.kind) for c in contributions(_paragraph(refund, "annex"), names.find(refund), 2020, set())}
    assert found == {("KAZ", 34826, "refund"), ("DEU", 47359, "refund")}
