"""English phrasings that unseen reports use and the first fixtures did not: the Centre as a
guest, money in lists, posts on the regular budget, head counts in words or as sums, meetings
told from panels, names cut at sentence ends. Invented sentences, no real report's facts."""
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


def facts_of(body: str):
    return extract(read_text(HEAD + body))


def only(facts):
    [activity] = facts.activities
    return activity


# -- roles -----------------------------------------------------------------------------------
def test_a_presentation_at_a_meeting_of_another_body_makes_that_body_the_organiser():
    activity = only(facts_of("2. On 12 May 2025, the Regional Centre delivered a presentation at a seminar "
                             "of the Caribbean Community in Georgetown on small arms.\n"))
    assert links(activity) == {("organizer", "CARICOM"), ("participant", "UNLIREC")}


def test_a_host_named_in_the_next_sentence_organises_what_the_centre_took_part_in():
    activity = only(facts_of("2. The Regional Centre participated in a workshop held in Quito on 3 June 2025. "
                             "The workshop was hosted by the Government of Ecuador.\n"))
    assert ("organizer", "ECU") in links(activity)
    assert ("participant", "UNLIREC") in links(activity)
    assert ("organizer", "UNLIREC") not in links(activity)


def test_the_centre_represented_at_a_meeting_convened_by_another_body():
    activity = only(facts_of("2. On 8 May 2025, the Regional Centre was represented at an expert meeting on "
                             "firearms convened by the Organization of American States in Washington, D.C.\n"))
    assert links(activity) == {("organizer", "OAS"), ("participant", "UNLIREC")}


def test_the_centre_organising_stays_the_organiser():
    activity = only(facts_of("2. A workshop on gender and small arms was organized in Lima by the Regional "
                             "Centre in partnership with the Organization of American States on 19 June 2025.\n"))
    assert {("organizer", "UNLIREC"), ("organizer", "OAS")} <= links(activity)


def test_beneficiaries_listed_with_commas():
    activity = only(facts_of("2. On 16 January 2025, the Regional Centre held a meeting in Bogotá on border "
                             "controls for Colombia, Ecuador and Peru.\n"))
    assert {("beneficiary", "COL"), ("beneficiary", "ECU"), ("beneficiary", "PER")} <= links(activity)


# -- money -----------------------------------------------------------------------------------
def contributions(facts):
    return {(c.party.key, c.kind, c.amount, c.year) for c in facts.contributions}


def test_amounts_paired_respectively_and_a_year_stated_once():
    facts = facts_of("2. In 2024, contributions were received from Germany ($100,000) and Spain ($20,000). "
                     "Chile and Argentina contributed $5,000 and $3,000 respectively.\n")
    assert contributions(facts) == {("DEU", "voluntary-contribution", 100_000, 2024),
                                    ("ESP", "voluntary-contribution", 20_000, 2024),
                                    ("CHL", "voluntary-contribution", 5_000, 2024),
                                    ("ARG", "voluntary-contribution", 3_000, 2024)}


def test_in_kind_support_without_an_amount_is_no_contribution():
    facts = facts_of("2. In 2024, the Government of Peru provided office space and in-kind support to the "
                     "Regional Centre free of charge.\n")
    assert facts.contributions == ()


# -- posts -----------------------------------------------------------------------------------
def posts(facts):
    return {(p.grade, p.count, p.funded_by.key if p.funded_by else None) for p in facts.posts}


def test_posts_financed_under_the_regular_budget_belong_to_the_un():
    facts = facts_of("2. The Director (P-5) post and two General Service posts are financed under the "
                     "regular budget.\n")
    assert posts(facts) == {("P-5", 1, "UN"), ("GS", 2, "UN")}


def test_posts_shared_one_each_between_funders():
    facts = facts_of("2. Two Associate Experts (P-2) are provided by the Governments of Norway and Finland, "
                     "one each.\n")
    assert posts(facts) == {("P-2", 1, "NOR"), ("P-2", 1, "FIN")}


# -- head counts -----------------------------------------------------------------------------
def count(sentence: str) -> int | None:
    return only(facts_of("2. On 5 March 2025, the Regional Centre held a workshop in Lima. " + sentence + "\n")).participants


def test_counts_after_the_event_noun_and_in_words():
    assert count("The workshop, attended by forty-two participants, was funded by Canada.") == 42
    assert count("Twenty-one government officials attended.") == 21


def test_groups_joined_by_and_add_up_but_a_breakdown_does_not():
    assert count("25 government officials and 10 civil society representatives took part.") == 35
    assert count("It brought together 30 participants, 12 women and 18 men.") == 30
    assert count("It was attended by 45 journalists, 30 of whom were women.") == 45


# -- types -----------------------------------------------------------------------------------
def test_a_meeting_and_a_panel_the_day_after_keep_their_types():
    facts = facts_of("2. On 12 October 2024, the Regional Centre held a meeting in Lima with national focal "
                     "points. A panel discussion on women and small arms control followed on 13 October 2024. "
                     "On 20 October 2024, a round-table discussion on disarmament education was organized by "
                     "the Regional Centre.\n")
    assert [(a.start, a.type) for a in facts.activities] == [
        ("2024-10-12", "Meeting"), ("2024-10-13", "Panel"), ("2024-10-20", "Panel")]


# -- names -----------------------------------------------------------------------------------
def organisations(facts):
    return {m.entity.label_en for m in facts.mentions if m.entity.kind == "Organization"}


def test_no_name_runs_across_a_sentence_end_or_opens_with_a_count():
    facts = facts_of("2. On 5 March 2025, the Regional Centre held a workshop in cooperation with the Andean "
                     "Institute for Security Studies. During the workshop, two General Service staff assisted.\n")
    names = organisations(facts)
    assert "Andean Institute for Security Studies" in names
    assert not any("During" in name or name.startswith("two") for name in names)


def test_a_common_noun_in_lower_case_is_no_known_body():
    facts = facts_of("2. On 5 March 2025, the Regional Centre convened a joint conference on disarmament "
                     "and non-proliferation issues in Lima.\n")
    assert "CD" not in {m.entity.key for m in facts.mentions}
    assert only(facts).type == "Conference"


def test_the_host_of_a_guest_named_only_as_who_invited_it():
    activity = only(facts_of("2. On 5 March 2025, the Regional Centre was invited by the Government of Chile "
                             "to a national seminar on firearms in Santiago.\n"))
    assert links(activity) == {("organizer", "CHL"), ("participant", "UNLIREC")}


def test_a_heading_that_names_a_treaty_gives_it_to_the_activities_under_it():
    facts = facts_of("A. Arms Trade Treaty\n2. On 5 March 2025, the Regional Centre held a national workshop "
                     "on control lists in Kingston for 20 officials of Jamaica.\n")
    assert ("instrument", "ATT") in links(only(facts))


def test_in_addition_ends_the_scope_of_the_event_before_it():
    activity = only(facts_of("2. On 5 March 2025, the Regional Centre held a meeting in Lima. In addition, the "
                             "Regional Centre reviewed the national legislation of Panama at its request.\n"))
    assert ("beneficiary", "PAN") not in links(activity)
