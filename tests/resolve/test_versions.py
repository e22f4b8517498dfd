"""Aligning the language versions of one report: one key per body, one value per shared fact."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.entities import org_from_text
from kg.extract.facts import Activity, Entity, Facts, FinanceLine, Link, Mention, Source
from kg.ingest.document import Document, Metadata, Paragraph
from kg.resolve import align_versions
from kg.resolve.versions import align_facts

UN = Entity("Organization", "UN", "United Nations", "联合国")
NEPAL = Entity("Country", "NPL", "Nepal", "尼泊尔")


def mention(entity: Entity, paragraph: str) -> Mention:
    return Mention(entity, entity.label_en or entity.label_zh or entity.key, Source(paragraph, "…"))


def activity(key: str, *links: Link, **values) -> Activity:
    paragraph = key.split("-")[0]
    return Activity(key=key, label="x", type=values.pop("type", "Meeting"), paragraph=paragraph,
                    links=links, sources=(Source(paragraph, "…"),), **values)


def organizer(entity: Entity, paragraph: str) -> Link:
    return Link("organizer", entity, Source(paragraph, "…"))


def keys(facts: Facts) -> set[str]:
    return {m.entity.key for m in facts.mentions}


def test_a_body_minted_in_two_languages_in_the_same_places_gets_one_key_from_its_latin_name():
    zh_body, en_body = org_from_text("青年和平网络", "zh"), org_from_text("Youth Peace Network", "en")
    zh = Facts(UN, mentions=(mention(UN, "4"), mention(zh_body, "4"), mention(zh_body, "9")),
               activities=(activity("4-1", organizer(UN, "4"), organizer(zh_body, "4")),))
    en = Facts(UN, mentions=(mention(UN, "4"), mention(en_body, "4"), mention(en_body, "9")),
               activities=(activity("4-1", organizer(UN, "4"), organizer(en_body, "4")),))
    aligned = align_facts({"zh": zh, "en": en})
    assert keys(aligned["zh"]) == keys(aligned["en"]) == {"UN", en_body.key}
    shared = next(m.entity for m in aligned["zh"].mentions if m.entity.key == en_body.key)
    assert (shared.label_en, shared.label_zh, shared.in_reference) == ("Youth Peace Network", "青年和平网络", False)
    assert aligned["zh"].activities[0].links[1].target == shared


def test_two_new_bodies_of_one_paragraph_are_told_apart_by_their_order():
    zh_a, zh_b = org_from_text("甲协会", "zh"), org_from_text("乙基金会", "zh")
    en_a, en_b = org_from_text("Alpha Society", "en"), org_from_text("Beta Foundation", "en")
    zh = Facts(None, mentions=(mention(zh_a, "7"), mention(zh_b, "7")))
    en = Facts(None, mentions=(mention(en_a, "7"), mention(en_b, "7")))
    aligned = align_facts({"zh": zh, "en": en})
    assert [m.entity.key for m in aligned["zh"].mentions] == [en_a.key, en_b.key]
    assert [m.entity.label_zh for m in aligned["en"].mentions] == ["甲协会", "乙基金会"]


def test_bodies_in_different_places_keep_their_own_keys():
    zh_body, en_body = org_from_text("青年和平网络", "zh"), org_from_text("Chamber of Commerce", "en")
    zh = Facts(None, mentions=(mention(zh_body, "3"),))
    en = Facts(None, mentions=(mention(en_body, "11"),))
    aligned = align_facts({"zh": zh, "en": en})
    assert keys(aligned["zh"]) == {zh_body.key} and keys(aligned["en"]) == {en_body.key}


def test_a_body_one_version_minted_takes_the_reference_key_another_version_found():
    osce = Entity("Organization", "OSCE", "Organization for Security and Co-operation in Europe", "欧安组织")
    minted = org_from_text("Organisation pour la sécurité", "fr")
    en = Facts(None, mentions=(mention(osce, "8"),), activities=(activity("8-1", organizer(osce, "8")),))
    fr = Facts(None, mentions=(mention(minted, "8"),), activities=(activity("8-1", organizer(minted, "8")),))
    aligned = align_facts({"en": en, "fr": fr})
    assert keys(aligned["fr"]) == {"OSCE"} and aligned["fr"].activities[0].links[0].target == osce


def test_a_shared_fact_read_differently_keeps_the_majority_value_and_records_the_other():
    versions = {lang: Facts(None, activities=(activity("5-1", type=kind, participants=count),))
                for lang, kind, count in (("zh", "Forum", 40), ("en", "Panel", None), ("fr", "Panel", 40))}
    aligned = align_facts(versions)
    assert {a.activities[0].type for a in aligned.values()} == {"Panel"}
    assert [a.activities[0].participants for a in aligned.values()] == [40, None, 40]  # unstated is no conflict
    assert [f.kind for f in aligned["zh"].findings] == ["versions-disagree"]
    assert "Forum" in aligned["zh"].findings[0].message and not aligned["en"].findings


def test_a_tie_goes_to_the_preferred_version_and_figures_agree():
    line = FinanceLine("net-result", "x", -100.0, "USD", "2020-12-31", Source("annex-1", "x"))
    zh = Facts(None, finance=(line,))
    en = Facts(None, finance=(replace(line, amount=100.0),))
    aligned = align_facts({"en": en, "zh": zh})
    assert aligned["en"].finance[0].amount == aligned["zh"].finance[0].amount == -100.0


def _document(symbol: str, language: str) -> Document:
    return Document(source=f"{language}.txt", sha256="0" * 64, metadata=Metadata(symbol=symbol, language=language),
                    paragraphs=(Paragraph("1", 1, "x", "", "body"),))


def test_only_versions_of_one_symbol_are_aligned():
    zh_body, en_body = org_from_text("青年和平网络", "zh"), org_from_text("Youth Peace Network", "en")
    items = [(_document("A/1/1", "zh"), Facts(None, mentions=(mention(zh_body, "4"),))),
             (_document("A/2/2", "en"), Facts(None, mentions=(mention(en_body, "4"),)))]
    assert align_versions(items) == items
    items[1] = (_document("A/1/1", "en"), items[1][1])
    assert keys(align_versions(items)[0][1]) == {en_body.key}


def test_an_activity_one_version_missed_does_not_shift_the_keys_of_the_next():
    zh = Facts(None, activities=(activity("5-1", start="2021-01-10"), activity("5-2", start="2021-02-03"),
                                 activity("5-3", start="2021-04-20")))
    fr = Facts(None, activities=(activity("5-1", start="2021-02-03"), activity("5-2", start="2021-04-20"),
                                 activity("5-3", start="2021-06-01")))
    aligned = align_facts({"fr": fr, "zh": zh})
    assert [a.key for a in aligned["zh"].activities] == ["5-1", "5-2", "5-3"]
    assert [(a.key, a.start) for a in aligned["fr"].activities] == [
        ("5-2", "2021-02-03"), ("5-3", "2021-04-20"), ("5-4", "2021-06-01")]
    assert not aligned["fr"].findings  # partners agree on their dates


def test_a_misread_date_between_partners_keeps_the_place_and_is_a_disagreement():
    zh = Facts(None, activities=(activity("5-1", start="2021-01-10"), activity("5-2", start="2021-02-03"),
                                 activity("5-3", start="2021-04-20")))
    en = Facts(None, activities=(activity("5-1", start="2021-01-10"), activity("5-2", start="2021-02-04"),
                                 activity("5-3", start="2021-04-20"), activity("5-4", start="2021-05-01")))
    aligned = align_facts({"en": en, "zh": zh})
    assert [a.key for a in aligned["en"].activities] == ["5-1", "5-2", "5-3", "5-4"]
    assert [f.kind for f in aligned["en"].findings] == ["versions-disagree"]


def test_bodies_named_apart_in_one_language_are_not_one_body():
    # each version found one of the two new names of a paragraph, written in Latin letters in both
    zh = Facts(None, mentions=(mention(org_from_text("Prajna Trust", "zh"), "12"),))
    en = Facts(None, mentions=(mention(org_from_text("Sansristi", "en"), "12"),))
    aligned = align_facts({"zh": zh, "en": en})
    assert keys(aligned["zh"]) == {"PRAJNA-TRUST"} and keys(aligned["en"]) == {"SANSRISTI"}


def test_a_body_minted_in_three_languages_is_one_body():
    names = {"zh": "东北亚青年委员会", "en": "North-East Asia Youth Committee", "fr": "Comité de la jeunesse"}
    versions = {lang: Facts(None, mentions=(mention(org_from_text(name, lang), "15"),)) for lang, name in names.items()}
    aligned = align_facts(versions)
    assert {lang: keys(facts) for lang, facts in aligned.items()} == {
        lang: {"NORTH-EAST-ASIA-YOUTH-COMMITTEE"} for lang in names}
    shared = aligned["fr"].mentions[0].entity
    assert (shared.label_zh, shared.label("fr")) == ("东北亚青年委员会", "Comité de la jeunesse")


def test_a_body_two_versions_minted_alike_joins_the_third_versions_name():
    # the French and Spanish texts both keep the body's own name; the English one translates it
    own = "Red Juvenil Asiática"
    versions = {"fr": Facts(None, mentions=(mention(org_from_text(own, "fr"), "15"),)),
                "es": Facts(None, mentions=(mention(org_from_text(own, "es"), "15"),)),
                "en": Facts(None, mentions=(mention(org_from_text("Asian Youth Network", "en"), "15"),))}
    aligned = align_facts(versions)
    assert {lang: keys(facts) for lang, facts in aligned.items()} == {
        lang: {"ASIAN-YOUTH-NETWORK"} for lang in versions}
    assert aligned["es"].mentions[0].entity.label("fr") == own
