"""English activity rules on small invented reports."""
from kg.extract.pipeline import extract
from kg.ingest import read_text
from facts_of import links

HEAD = """Eightieth session
Item 99 (b) of the provisional agenda*
Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly
United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean
Report of the Secretary-General
Summary
The present report covers the activities of the Regional Centre from 1 July 2024 to 30 June 2025.
I. Introduction
1. The present report is submitted pursuant to the request of the General Assembly.
II. Activities of the Regional Centre
"""


def facts_of(body: str, notes: str = ""):
    return extract(read_text(HEAD + body + notes))


def test_dates_across_months_and_a_cooperation_partner():
    facts = facts_of("2. From 28 October to 1 November 2024, the Regional Centre, in cooperation with the "
                     "Organization of American States, held a training course in Lima for 31 officials "
                     "from six countries. The course was funded by Canada.\n")
    [activity] = facts.activities
    assert (activity.start, activity.end, activity.type) == ("2024-10-28", "2024-11-01", "Training")
    assert (activity.participants, activity.participant_countries) == (31, 6)
    assert {("organizer", "UNLIREC"), ("organizer", "OAS"), ("funder", "CAN")} <= links(activity)
    assert activity.modality == "in-person"


def test_the_centre_at_an_event_organized_by_others():
    facts = facts_of("2. On 4 March 2025, the Regional Centre participated in a webinar organized by the "
                     "United Nations Office on Drugs and Crime.\n")
    [activity] = facts.activities
    assert links(activity) == {("organizer", "UNODC"), ("participant", "UNLIREC")}
    assert activity.modality == "online"


def test_unsigned_deficit_and_posts():
    facts = facts_of(
        "2. One Director (P-5) post is funded from the regular budget of the United Nations.\n",
        "Annex\nStatus of the Trust Fund for 2024\n(United States dollars)\n"
        "Accumulated surplus, 1 January 2024 500 000\nVoluntary contributions 100 000\n"
        "Total revenue 100 000\nOperating expenses 130 000\nTotal expenses 130 000\n"
        "Surplus/(deficit) for 2024 30 000\nAccumulated surplus, 31 December 2024 470 000\n")
    result = next(line for line in facts.finance if line.line == "net-result")
    assert result.amount == -30_000 and result.sign_inferred
    assert all(check.consistent for check in facts.checks)
    [post] = facts.posts
    assert (post.grade, post.count, post.funded_by.key) == ("P-5", 1, "UN")


def test_goals_cited_by_number_are_each_their_own_instrument():
    facts = facts_of("2. On 4 March 2025, the Regional Centre held a webinar on Sustainable Development "
                     "Goals 5 and 16.\n")
    [activity] = facts.activities
    assert {("instrument", "SDG-5"), ("instrument", "SDG-16")} <= links(activity)


def test_posts_shared_one_each_and_the_nearest_payer():
    facts = facts_of(
        "2. Two Political Affairs Officers (P-2) are funded by Germany and Sweden, one each.\n"
        "3. Japan funds one Associate Expert (P-2), and the regular budget pays for the Director (P-5).\n")
    posts = {(p.grade, p.title, p.count, p.funded_by.key if p.funded_by else None) for p in facts.posts}
    assert ("P-2", "Political Affairs Officers", 1, "DEU") in posts
    assert ("P-2", "Political Affairs Officers", 1, "SWE") in posts
    paid = {(p.grade, p.funded_by.key) for p in facts.posts if p.source.paragraph == "3"}
    assert paid == {("P-2", "JPN"), ("P-5", "UN")}  # each post paid by the payer of its own verb
