"""The three views built from a small graph whose networks are known (see conftest.py)."""
from __future__ import annotations

import pytest

from kg.views import ViewError, ViewFilter, build_network


def weights(network) -> dict[frozenset, int]:
    return {frozenset((a, b)): w for a, b, w in network.edges(data="weight")}


def test_partners_link_who_organised_or_funded_with_everyone_in_the_activity(small_graph):
    network = build_network(small_graph, "partners")

    assert set(network) == {"UNRCPD", "OSCE", "USA", "NPL", "MNG", "JPN", "PRAJNYA"}
    assert network.number_of_edges() == 13
    assert weights(network)[frozenset(("UNRCPD", "NPL"))] == 2
    assert weights(network)[frozenset(("UNRCPD", "MNG"))] == 2
    assert weights(network)[frozenset(("USA", "OSCE"))] == 1
    # two beneficiaries of the same webinar did not work together
    assert not network.has_edge("NPL", "MNG")


def test_partners_carry_names_kinds_and_the_paragraph_behind_each_link(small_graph):
    network = build_network(small_graph, "partners")

    assert network.nodes["UNRCPD"]["kind"] == "un-entity"
    assert network.nodes["OSCE"]["kind"] == "intergovernmental"
    assert network.nodes["PRAJNYA"]["kind"] == "civil-society"
    assert network.nodes["NPL"]["kind"] == "government"
    assert network.nodes["NPL"]["label_zh"] == "尼泊尔"
    evidence = network.edges["UNRCPD", "NPL"]["evidence"]
    assert [(e.date, e.source) for e in evidence] == [("2020-12-01", "T/1 para. 1"), ("2021-03-02", "T/1 para. 2")]
    assert "Nepal beneficiary" in evidence[0].what
    assert evidence[1].sentence == "The Centre and Japan trained officials from Nepal and Mongolia."


def test_relation_filter_keeps_only_the_roles_asked_for(small_graph):
    organisers = build_network(small_graph, "partners", ViewFilter(relations=("organizer",)))
    assert set(organisers) == {"UNRCPD", "OSCE", "JPN", "PRAJNYA"}
    assert set(map(frozenset, organisers.edges)) == {
        frozenset(("UNRCPD", "OSCE")), frozenset(("UNRCPD", "JPN")), frozenset(("UNRCPD", "PRAJNYA"))}

    # with no organising role asked for, those present together are linked
    attendees = build_network(small_graph, "partners", ViewFilter(relations=("participant", "beneficiary")))
    assert weights(attendees) == {frozenset(("NPL", "MNG")): 2}


def test_years_min_weight_and_focus(small_graph):
    since_2021 = build_network(small_graph, "partners", ViewFilter(since=2021))
    assert set(since_2021) == {"UNRCPD", "JPN", "NPL", "MNG", "PRAJNYA"}
    assert since_2021.number_of_edges() == 6

    until_2020 = build_network(small_graph, "partners", ViewFilter(until=2020))
    assert set(until_2020) == {"UNRCPD", "OSCE", "USA", "NPL", "MNG"}

    strong = build_network(small_graph, "partners", ViewFilter(min_weight=2))
    assert weights(strong) == {frozenset(("UNRCPD", "NPL")): 2, frozenset(("UNRCPD", "MNG")): 2}

    around = build_network(small_graph, "partners", ViewFilter(focus="PRAJNYA"))
    assert set(around) == {"PRAJNYA", "UNRCPD"}
    assert around.nodes["PRAJNYA"]["focus"] is True


def test_bipartite_puts_activities_between_parties(small_graph):
    network = build_network(small_graph, "bipartite")

    activities = {n for n, kind in network.nodes(data="kind") if kind == "activity"}
    assert len(activities) == 3
    assert network.number_of_nodes() == 7 + 3
    assert network.number_of_edges() == 5 + 4 + 2
    webinar = "https://w3id.org/unkg/id/activity/T-1/2020-12-01-webinar"
    assert network.edges["USA", webinar]["roles"] == "funder"
    assert network.nodes[webinar]["label_en"] == "2020-12-01 Webinar"

    # --min-weight keeps the parties in that many activities
    regulars = build_network(small_graph, "bipartite", ViewFilter(min_weight=2))
    assert {n for n, kind in regulars.nodes(data="kind") if kind != "activity"} == {"UNRCPD", "NPL", "MNG"}


def test_funding_goes_from_funder_to_what_it_funds(small_graph):
    network = build_network(small_graph, "funding")

    webinar = "https://w3id.org/unkg/id/activity/T-1/2020-12-01-webinar"
    assert network.is_directed()
    assert set(network.edges) == {("NPL", "UNRCPD"), ("USA", webinar)}
    # the funding relation and the contribution name no recipient: they go to the report's subject
    nepal = network.edges["NPL", "UNRCPD"]
    assert nepal["weight"] == 2
    assert sorted(e.what for e in nepal["evidence"]) == ["funding, financial support",
                                                          "voluntary contribution, 1,000 USD"]
    # a refund is money back, not funding
    assert "JPN" not in network


def test_a_recipient_nobody_names_gets_a_node_of_its_own(small_graph):
    text = small_graph.read_text(encoding="utf-8").replace(
        "    unkg:about <https://w3id.org/unkg/id/org/UNRCPD> .", "    unkg:session 76 .")
    small_graph.write_text(text, encoding="utf-8")

    network = build_network(small_graph, "funding")

    assert ("NPL", "unnamed-recipient/T/1") in network.edges
    assert network.nodes["unnamed-recipient/T/1"]["kind"] == "unnamed"


@pytest.mark.parametrize("view, filters, message", [
    ("partners", ViewFilter(focus="NOPE"), "no organisation or country with key 'NOPE'"),
    ("network", ViewFilter(), "unknown view 'network'"),
    ("funding", ViewFilter(relations=("organizer",)), "--relation applies to the partners and bipartite"),
])
def test_what_a_user_can_get_wrong_is_told_plainly(small_graph, view, filters, message):
    with pytest.raises(ViewError, match=message):
        build_network(small_graph, view, filters)


def test_bad_filters_are_refused_before_reading_anything():
    with pytest.raises(ViewError, match="unknown relation 'organiser'"):
        ViewFilter(relations=("organiser",))
    with pytest.raises(ViewError, match="--since 2022 is after --until 2020"):
        ViewFilter(since=2022, until=2020)
    with pytest.raises(ViewError, match="--min-weight must be 1 or more"):
        ViewFilter(min_weight=0)
