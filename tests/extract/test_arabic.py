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


# -- round x-: classes of misses the held-out x-* fixtures showed (tests/fixtures/README-ar.md) --------

from kg.extract.pipeline import extract  # noqa: E402
from kg.ingest import read_text  # noqa: E402

AR_HEAD = """الدورة الثمانون
البند ١٠٣ (ج) من القائمة الأولية*
مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح في أفريقيا
تقرير الأمين العام
موجز
يغطي هذا التقرير أنشطة المركز الإقليمي في الفترة من ١ تموز/يوليه ٢٠٢٤ إلى ٣٠ حزيران/يونيه ٢٠٢٥.
أولا - مقدمة
١ - يوجد مقر المركز الإقليمي في لومي.
ثانيا - الأنشطة
"""


def ar_facts(body: str):
    return extract(read_text(AR_HEAD + body, source="invented.ar.txt"))


def ar_links(activity):
    return {(link.relation, link.target.key) for link in activity.links}


def test_a_note_by_the_secretary_general_transmits_the_report():
    note = AR_HEAD.replace("تقرير الأمين العام\nموجز\nيغطي هذا التقرير",
                           "مذكرة من الأمين العام\nيتشرف الأمين العام بأن يحيل إلى الجمعية العامة تقرير المركز عن")
    document = read_text(note + "٢ - نظم المركز دورة تدريبية في لومي يوم ٥ أيار/مايو ٢٠٢٥.\n", source="note.ar.txt")
    assert (document.metadata.period_start, document.metadata.period_end) == ("2024-07-01", "2025-06-30")
    [activity] = extract(document).activities
    assert ("organizer", "UNREC") in ar_links(activity)


def test_people_named_at_length_before_their_countries_and_funding_within_a_project():
    facts = ar_facts("٢ - وفي إطار مشروع يموله الاتحاد الأوروبي، نظم المركز في الفترة من ١٠ إلى ٢٤ نيسان/أبريل ٢٠٢٥ "
                     "دورة تدريبية لصالح أعضاء اللجان الوطنية المعنية بالأسلحة الصغيرة والأسلحة الخفيفة في الكاميرون "
                     "وتشاد، حضرها ٦٤ مشاركا.\n"
                     "٣ - وعقدت في أبوجا يومي ١٨ و١٩ شباط/فبراير ٢٠٢٥ حلقة عمل إقليمية، نظمها المركز، وبدعم مالي مقدم "
                     "من حكومة ألمانيا، بمشاركة ممثلين عن بوركينا فاسو والسنغال.\n")
    course, workshop = sorted(facts.activities, key=lambda a: a.paragraph)
    assert {("funder", "EU"), ("beneficiary", "CMR"), ("beneficiary", "TCD")} <= ar_links(course)
    assert {("funder", "DEU"), ("participant", "BFA"), ("participant", "SEN")} <= ar_links(workshop)


def test_the_director_a_guest_at_a_meeting_held_by_the_body_named_after_it():
    facts = ar_facts("٢ - وشاركت مديرة المركز في الاجتماع الوزاري لمجلس السلم والأمن التابع للاتحاد الأفريقي، "
                     "الذي عقد في أديس أبابا في ١٢ أيار/مايو ٢٠٢٥.\n")
    [activity] = facts.activities
    assert ar_links(activity) == {("organizer", "AU-PSC"), ("participant", "UNREC")}


def test_a_meeting_with_a_possessive_and_two_donors_sharing_an_amount():
    facts = ar_facts("٢ - عقد المركز اجتماعه الإقليمي الثامن في كاتماندو في الفترة من ٢٩ كانون الثاني/يناير "
                     "إلى ١ شباط/فبراير ٢٠٢٥.\n"
                     "٣ - تلقى الصندوق الاستئماني في عام ٢٠٢٤ تبرعا قدره ٢٥ ٠٠٠ دولار من جمهورية كوريا، في حين تبرعت "
                     "كل من الصين وتايلند بمبلغ ١٠ ٠٠٠ دولار.\n")
    [meeting] = facts.activities
    assert (meeting.start, meeting.end, meeting.type) == ("2025-01-29", "2025-02-01", "Meeting")
    assert {(c.party.key, c.amount) for c in facts.contributions} == {("KOR", 25_000), ("CHN", 10_000),
                                                                       ("THA", 10_000)}


def test_posts_tables_by_payer_row_and_by_payer_column():
    rows = ar_facts("٢ - ويرد في الجدول أدناه بيان بوظائف المركز. الرتبة العدد مصدر التمويل مد-1 1 الميزانية العادية "
                    "ف-3 2 الصندوق الاستئماني خ ع (ر م) 4 الصندوق الاستئماني\n")
    assert {(p.grade, p.count, p.funded_by.key) for p in rows.posts} == {
        ("D-1", 1, "UN"), ("P-3", 2, "UNREC-TRUST-FUND"), ("GS", 4, "UNREC-TRUST-FUND")}
    columns = ar_facts("٢ - ويبين الجدول أدناه وظائف المركز حسب مصدر التمويل.\n"
                       "الميزانية العادية    الموارد الخارجة عن الميزانية\n"
                       "مد-١      ١      -\nف-٤      -      ١\nالخدمات العامة (الرتبة المحلية)      ٣      ٢\n")
    assert {(p.grade, p.count, p.funded_by.key) for p in columns.posts} == {
        ("D-1", 1, "UN"), ("P-4", 1, "UNREC-TRUST-FUND"), ("GS", 3, "UN"), ("GS", 2, "UNREC-TRUST-FUND")}


def test_a_statement_with_a_column_per_year_reads_this_years():
    facts = ar_facts("٢ - واصل المركز عمله.\n"
                     "المرفق\nحالة الصندوق الاستئماني للسنة المنتهية في ٣١ كانون الأول/ديسمبر ٢٠٢٤\n"
                     "(بدولارات الولايات المتحدة)\n"
                     "                                ٢٠٢٤           ٢٠٢٣\n"
                     "التبرعات                  ١ ٣٦٢ ٤٠٠          ٩٨٠ ٢٥٠\n"
                     "مجموع الإيرادات           ١ ٣٦٢ ٤٠٠          ٩٨٠ ٢٥٠\n"
                     "المبالغ المردودة إلى المانحين      ١٢ ٥٠٠          -\n"
                     "الفائض/(العجز)               ١٩٢ ٧٨٠         (٣٢ ٥٤٧)\n")
    lines = {line.line: line.amount for line in facts.finance}
    assert lines["voluntary-contributions"] == 1_362_400 and lines["total-revenue"] == 1_362_400
    assert lines["refunds"] == 12_500 and lines["net-result"] == 192_780


def test_representatives_of_countries_named_in_the_construct():
    facts = ar_facts("٢ - وعقد المركز حلقة عمل في لومي يومي ٥ و٦ أيار/مايو ٢٠٢٥، وحضرها ممثلو بنن وتوغو وغانا.\n")
    [activity] = facts.activities
    assert {("participant", "BEN"), ("participant", "TGO"), ("participant", "GHA")} <= ar_links(activity)


def test_a_local_level_post_named_by_its_title_is_general_service():
    facts = ar_facts("٢ - ويمول الصندوق الاستئماني وظيفة مدير المركز (ف-5) ووظيفتين من فئة الخدمات العامة، بينما "
                     "تمول حكومة توغو وظيفة مساعد إداري من الرتبة المحلية.\n")
    assert {(p.grade, p.count, p.funded_by.key) for p in facts.posts} == {
        ("P-5", 1, "UNREC-TRUST-FUND"), ("GS", 2, "UNREC-TRUST-FUND"), ("GS", 1, "TGO")}
