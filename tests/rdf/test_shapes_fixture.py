"""The ontology, vocabularies and SHACL shapes in ontology/ against a hand-built graph.

The fixture follows docs/model.md; each broken variant breaks one rule of it and must be reported,
both when validating with the shapes alone and with the ontology as ont_graph plus RDFS inference.
"""
from __future__ import annotations

import importlib.util
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_DIR = ROOT / "ontology"

UNKG = Namespace("https://w3id.org/unkg/ontology#")
ID = Namespace("https://w3id.org/unkg/id/")
ACTTYPE = Namespace("https://w3id.org/unkg/vocab/activity-type/")
MODALITY = Namespace("https://w3id.org/unkg/vocab/modality/")
ROLE = Namespace("https://w3id.org/unkg/vocab/role/")
FINLINE = Namespace("https://w3id.org/unkg/vocab/finance-line/")
CONTRIB = Namespace("https://w3id.org/unkg/vocab/contribution-kind/")
SCHEMA = Namespace("https://schema.org/")
# a plain Namespace: rdflib's closed XSD namespace warns when pytest probes module attributes
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

ONTOLOGY_IRI = URIRef("https://w3id.org/unkg/ontology")
DECLARED_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)

# The contract lists of docs/model.md and the brief (local names).
SCHEMES = {
    ACTTYPE: ["Webinar", "Meeting", "Training", "Workshop", "Lecture", "Conference", "Panel",
              "Forum", "Consultation", "Exercise", "Campaign", "Other"],
    MODALITY: ["online", "in-person", "hybrid"],
    ROLE: ["organizer", "funder", "participant", "beneficiary", "instrument"],
    FINLINE: ["opening-balance", "voluntary-contributions", "other-revenue", "investment-revenue",
              "total-revenue", "operating-expenses", "refunds", "total-expenses", "net-result",
              "closing-balance"],
    CONTRIB: ["voluntary-contribution", "refund", "in-kind"],
}


def _parse(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.parse(ONTOLOGY_DIR / name, format="turtle")
    return graph


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _parse("unkg.ttl")


@pytest.fixture(scope="module")
def vocabularies() -> Graph:
    return _parse("vocabularies.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _parse("shapes.ttl")


@pytest.fixture(scope="module")
def ont_graph(ontology: Graph, vocabularies: Graph) -> Graph:
    return ontology + vocabularies


# --------------------------------------------------------------------------- the fixture graph

REPORT = ID["report/A-76-97/zh"]
WORK = ID["report/A-76-97"]
PARAGRAPH = ID["report/A-76-97/zh/p/5"]
SENTENCE = ID["report/A-76-97/zh/p/5/s/2"]
ANNEX = ID["report/A-76-97/zh/p/annex-1"]
ANNEX_SENTENCE = ID["report/A-76-97/zh/p/annex-1/s/1"]
NEPAL = ID["country/NPL"]
UNRCPD = ID["org/UNRCPD"]
UNODA = ID["org/UNODA"]
UNSC = ID["org/UNSC"]
TRUST_FUND = ID["org/UNRCPD-TF"]
EU = ID["org/EU"]
UNSCR_1540 = ID["instrument/UNSCR-1540"]
SOUTH_ASIA = ID["region/SOUTH-ASIA"]
PROJECT = ID["project/gender-and-small-arms"]
ACTIVITY = ID["activity/A-76-97/5-1"]
LINK_ORGANIZER = ID["activity/A-76-97/5-1/link/organizer/Organization-UNRCPD"]
LINK_FUNDER = ID["activity/A-76-97/2020-12-01-webinar/link/funder/EU"]
LINK_INSTRUMENT = ID["activity/A-76-97/2020-12-01-webinar/link/instrument/UNSCR-1540"]
LINK_PARTICIPANT = ID["activity/A-76-97/2020-12-01-webinar/link/participant/NPL"]
CONTRIBUTION = ID["contribution/A-76-97/NPL-voluntary-contribution-2020"]
FUNDING = ID["funding/A-76-97/NPL-UNRCPD"]
LINE = ID["statement/A-76-97/opening-balance"]
CHECK = ID["check/A-76-97/total-revenue"]
POST = ID["post/A-76-97/P-5"]
FINDING = ID["finding/A-76-97/zh/1"]


def _entity(g: Graph, node: URIRef, cls: URIRef, key: str, en: str, zh: str) -> None:
    g.add((node, RDF.type, cls))
    g.add((node, UNKG.key, Literal(key)))
    for label in (Literal(en, lang="en"), Literal(zh, lang="zh")):
        g.add((node, RDFS.label, label))
        g.add((node, SKOS.prefLabel, label))


def _fact(g: Graph, node: URIRef, cls: URIRef, source: URIRef = SENTENCE) -> None:
    g.add((node, RDF.type, cls))
    g.add((node, PROV.wasDerivedFrom, source))
    g.add((node, UNKG.inReport, REPORT))


def build_valid_graph() -> Graph:
    g = Graph()

    # entities; organisations typed only with a subclass, to exercise subclass targeting
    _entity(g, NEPAL, UNKG.Country, "NPL", "Nepal", "尼泊尔")
    g.add((NEPAL, UNKG.iso3, Literal("NPL")))
    g.add((NEPAL, UNKG.m49, Literal("524")))
    g.add((NEPAL, UNKG.iso2, Literal("NP")))
    g.add((NEPAL, SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q837")))
    _entity(g, UNRCPD, UNKG.UNEntity, "UNRCPD",
            "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific",
            "联合国亚洲及太平洋和平与裁军区域中心")
    _entity(g, UNODA, UNKG.UNEntity, "UNODA", "Office for Disarmament Affairs", "裁军事务厅")
    g.add((UNRCPD, ORG.subOrganizationOf, UNODA))
    _entity(g, UNSC, UNKG.UNEntity, "UNSC", "Security Council", "安全理事会")
    _entity(g, TRUST_FUND, UNKG.Fund, "UNRCPD-TF", "Trust fund of the Regional Centre",
            "区域中心信托基金")
    _entity(g, EU, UNKG.IntergovernmentalOrganization, "EU", "European Union", "欧洲联盟")
    g.add((EU, UNKG.mintedFromText, Literal(False)))
    _entity(g, UNSCR_1540, UNKG.Resolution, "UNSCR-1540", "Security Council resolution 1540 (2004)",
            "安全理事会第 1540(2004) 号决议")
    g.add((UNSCR_1540, UNKG.adoptedBy, UNSC))
    g.add((UNSCR_1540, UNKG.documentSymbol, Literal("S/RES/1540 (2004)")))
    g.add((UNSCR_1540, UNKG.unDocument, URIRef("https://undocs.org/S/RES/1540(2004)")))
    _entity(g, SOUTH_ASIA, UNKG.Region, "SOUTH-ASIA", "South Asia", "南亚")
    g.add((PROJECT, RDF.type, UNKG.Project))
    g.add((PROJECT, RDFS.label, Literal("Gender and small arms", lang="en")))

    # report, paragraphs, sentences
    g.add((REPORT, RDF.type, UNKG.Report))
    g.add((REPORT, DCTERMS.identifier, Literal("A/76/97")))
    g.add((REPORT, DCTERMS.language, URIRef("http://id.loc.gov/vocabulary/iso639-1/zh")))
    g.add((REPORT, DCTERMS.title, Literal("联合国亚洲及太平洋和平与裁军区域中心", lang="zh")))
    g.add((REPORT, DCTERMS.source, URIRef("https://undocs.org/zh/A/76/97")))
    g.add((REPORT, UNKG.fileName, Literal("A-76-97.zh.txt")))
    g.add((REPORT, UNKG.session, Literal(76)))
    g.add((REPORT, UNKG.periodStart, Literal("2020-07-01", datatype=XSD.date)))
    g.add((REPORT, UNKG.periodEnd, Literal("2021-06-30", datatype=XSD.date)))
    g.add((REPORT, UNKG.sha256, Literal("0" * 64)))
    g.add((REPORT, UNKG.about, UNRCPD))
    g.add((WORK, RDF.type, UNKG.ReportWork))
    g.add((WORK, DCTERMS.identifier, Literal("A/76/97")))
    g.add((WORK, DCTERMS.hasVersion, REPORT))
    g.add((REPORT, DCTERMS.isVersionOf, WORK))
    for entity in (NEPAL, UNRCPD, EU, UNSCR_1540, SOUTH_ASIA):
        g.add((REPORT, UNKG.mentions, entity))

    g.add((PARAGRAPH, RDF.type, UNKG.Paragraph))
    g.add((PARAGRAPH, DCTERMS.isPartOf, REPORT))
    g.add((PARAGRAPH, UNKG.paragraphNumber, Literal(5)))
    g.add((PARAGRAPH, UNKG.paragraphKey, Literal("5")))
    g.add((PARAGRAPH, UNKG.part, Literal("body")))
    g.add((PARAGRAPH, PROV.value, Literal("2020 年 12 月 1 日，区域中心召开网络研讨会。", lang="zh")))
    g.add((SENTENCE, RDF.type, UNKG.Sentence))
    g.add((SENTENCE, DCTERMS.isPartOf, PARAGRAPH))
    g.add((SENTENCE, PROV.value, Literal("2020 年 12 月 1 日，区域中心召开网络研讨会。", lang="zh")))

    g.add((ANNEX, RDF.type, UNKG.Paragraph))
    g.add((ANNEX, DCTERMS.isPartOf, REPORT))
    g.add((ANNEX, UNKG.paragraphKey, Literal("annex-1")))
    g.add((ANNEX, UNKG.part, Literal("annex")))
    g.add((ANNEX_SENTENCE, RDF.type, UNKG.Sentence))
    g.add((ANNEX_SENTENCE, DCTERMS.isPartOf, ANNEX))
    g.add((ANNEX_SENTENCE, PROV.value, Literal("累计盈余，2020 年 1 月 1 日 1 258 595")))

    # activity and its qualified links
    _fact(g, ACTIVITY, UNKG.Activity)
    g.add((ACTIVITY, RDFS.label, Literal("网络研讨会", lang="zh")))
    g.add((ACTIVITY, UNKG.activityType, ACTTYPE.Webinar))
    g.add((ACTIVITY, UNKG.modality, MODALITY.online))
    g.add((ACTIVITY, UNKG.startDate, Literal("2020-12-01", datatype=XSD.date)))
    g.add((ACTIVITY, UNKG.endDate, Literal("2020-12", datatype=XSD.gYearMonth)))
    g.add((ACTIVITY, UNKG.earliestStart, Literal("2020-12-01T00:00:00", datatype=XSD.dateTime)))
    g.add((ACTIVITY, UNKG.latestEnd, Literal("2020-12-31T23:59:59", datatype=XSD.dateTime)))
    g.add((ACTIVITY, UNKG.participantCount, Literal(40)))
    g.add((ACTIVITY, UNKG.participantCountryCount, Literal(8)))
    g.add((ACTIVITY, UNKG.partOfProject, PROJECT))
    g.add((ACTIVITY, UNKG.describedIn, PARAGRAPH))
    for link, prop, role, target in (
        (LINK_ORGANIZER, UNKG.organizer, ROLE.organizer, UNRCPD),
        (LINK_FUNDER, UNKG.funder, ROLE.funder, EU),
        (LINK_PARTICIPANT, UNKG.participant, ROLE.participant, NEPAL),
        (LINK_INSTRUMENT, UNKG.servesInstrument, ROLE.instrument, UNSCR_1540),
    ):
        g.add((ACTIVITY, prop, target))
        _fact(g, link, UNKG.ActivityLink)
        g.add((link, UNKG.activity, ACTIVITY))
        g.add((link, UNKG.role, role))
        g.add((link, UNKG.target, target))

    # money
    _fact(g, CONTRIBUTION, UNKG.MonetaryContribution, ANNEX_SENTENCE)
    g.add((CONTRIBUTION, RDF.type, UNKG.Donation))
    g.add((CONTRIBUTION, UNKG.contributor, NEPAL))
    g.add((CONTRIBUTION, UNKG.contributionKind, CONTRIB["voluntary-contribution"]))
    g.add((CONTRIBUTION, SCHEMA.amount, Literal(Decimal("195299"))))
    g.add((CONTRIBUTION, SCHEMA.currency, Literal("USD")))
    g.add((CONTRIBUTION, UNKG.year, Literal("2020", datatype=XSD.gYear)))
    g.add((CONTRIBUTION, UNKG.recipient, TRUST_FUND))

    _fact(g, FUNDING, UNKG.FundingRelation)
    g.add((FUNDING, UNKG.funder, EU))
    g.add((FUNDING, UNKG.recipient, UNRCPD))
    g.add((FUNDING, UNKG.purpose, Literal("网络研讨会", lang="zh")))

    _fact(g, LINE, UNKG.StatementLine, ANNEX_SENTENCE)
    g.add((LINE, UNKG.lineType, FINLINE["opening-balance"]))
    g.add((LINE, RDFS.label, Literal("累计盈余，2020 年 1 月 1 日", lang="zh")))
    g.add((LINE, SCHEMA.amount, Literal(Decimal("1258595"))))
    g.add((LINE, SCHEMA.currency, Literal("USD")))
    g.add((LINE, UNKG.asOf, Literal("2019-12-31", datatype=XSD.date)))
    g.add((LINE, UNKG.signInferredIn, REPORT))

    g.add((CHECK, RDF.type, UNKG.ArithmeticCheck))
    g.add((CHECK, UNKG.inReport, REPORT))
    g.add((CHECK, UNKG.checkName, Literal("total-revenue")))
    g.add((CHECK, UNKG.expected, Literal(Decimal("221594"))))
    g.add((CHECK, UNKG.actual, Literal(Decimal("221594"))))
    g.add((CHECK, UNKG.consistent, Literal(True)))
    g.add((CHECK, RDFS.comment, Literal("198 299 + 1 692 + 21 603 = 221 594", lang="en")))

    # posts, findings
    _fact(g, POST, UNKG.Post)
    g.add((POST, UNKG.grade, Literal("P-5")))
    g.add((POST, UNKG.postCount, Literal(1)))
    g.add((POST, UNKG.postOf, UNRCPD))
    g.add((POST, UNKG.fundedBy, UNODA))
    g.add((POST, RDFS.label, Literal("高级政治事务干事/中心主任", lang="zh")))

    _fact(g, FINDING, UNKG.Finding)
    g.add((FINDING, UNKG.findingKind, Literal("count-mismatch")))
    g.add((FINDING, RDFS.comment, Literal("stated count differs from the list", lang="en")))
    return g


# --------------------------------------------------------------------------- validation helpers

MODES = ["shapes-only", "ont-graph-rdfs"]


def _validate(data: Graph, shapes: Graph, ont_graph: Graph, mode: str) -> tuple[bool, Graph, str]:
    if mode == "shapes-only":
        conforms, results, text = validate(data, shacl_graph=shapes, advanced=True)
    else:
        conforms, results, text = validate(data, shacl_graph=shapes, ont_graph=ont_graph,
                                           inference="rdfs", advanced=True)
    return conforms, results, text


def _violations(results: Graph) -> set[tuple[URIRef, URIRef | None]]:
    """(focus node, result path) of every validation result."""
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        found.add((focus, path))
    return found


@pytest.mark.parametrize("mode", MODES)
def test_valid_fixture_conforms(shapes: Graph, ont_graph: Graph, mode: str) -> None:
    conforms, _, text = _validate(build_valid_graph(), shapes, ont_graph, mode)
    assert conforms, text


def _two_types(g: Graph) -> None:
    g.add((ACTIVITY, UNKG.activityType, ACTTYPE.Training))


def _link_without_source(g: Graph) -> None:
    g.remove((LINK_ORGANIZER, PROV.wasDerivedFrom, None))


def _amount_as_string(g: Graph) -> None:
    g.set((CONTRIBUTION, SCHEMA.amount, Literal("195299")))


def _country_key_two_letters(g: Graph) -> None:
    g.set((NEPAL, UNKG.key, Literal("NP")))


def _currency_dollars(g: Graph) -> None:
    g.set((CONTRIBUTION, SCHEMA.currency, Literal("dollars")))


def _activity_type_outside_scheme(g: Graph) -> None:
    g.set((ACTIVITY, UNKG.activityType, ACTTYPE.Party))


def _org_subclass_without_key(g: Graph) -> None:
    g.remove((EU, UNKG.key, None))


def _sentence_without_paragraph(g: Graph) -> None:
    g.remove((SENTENCE, DCTERMS.isPartOf, None))


def _report_language_three_letters(g: Graph) -> None:
    g.set((REPORT, DCTERMS.language, URIRef("http://id.loc.gov/vocabulary/iso639-2/zho")))


def _report_language_as_string(g: Graph) -> None:
    g.set((REPORT, DCTERMS.language, Literal("zh")))


def _source_a_file_name(g: Graph) -> None:
    g.set((REPORT, DCTERMS.source, Literal("A-76-97.zh.txt")))


def _title_without_language(g: Graph) -> None:
    g.set((REPORT, DCTERMS.title, Literal("联合国亚洲及太平洋和平与裁军区域中心")))


def _country_alpha2_lowercase(g: Graph) -> None:
    g.set((NEPAL, UNKG.iso2, Literal("np")))


def _wikidata_as_string(g: Graph) -> None:
    g.set((NEPAL, SKOS.exactMatch, Literal("Q837")))


def _resolution_document_not_undocs(g: Graph) -> None:
    g.set((UNSCR_1540, UNKG.unDocument, URIRef("file:///tmp/S-RES-1540.pdf")))


def _post_count_zero(g: Graph) -> None:
    g.set((POST, UNKG.postCount, Literal(0)))


def _line_type_outside_scheme(g: Graph) -> None:
    g.set((LINE, UNKG.lineType, FINLINE["surplus"]))


def _date_as_string(g: Graph) -> None:
    g.set((ACTIVITY, UNKG.startDate, Literal("2020-12-01")))


def _bounds_missing(g: Graph) -> None:
    g.remove((ACTIVITY, UNKG.latestEnd, None))


def _bounds_reversed(g: Graph) -> None:
    g.set((ACTIVITY, UNKG.latestEnd, Literal("2020-11-30T23:59:59", datatype=XSD.dateTime)))


def _refund_as_a_grant_from_the_party(g: Graph) -> None:
    g.set((CONTRIBUTION, UNKG.contributionKind, CONTRIB.refund))  # a donation's contributor, kind refund


def _refund_with_a_contributor(g: Graph) -> None:
    g.remove((CONTRIBUTION, RDF.type, UNKG.Donation))
    g.add((CONTRIBUTION, RDF.type, UNKG.Refund))
    g.set((CONTRIBUTION, UNKG.contributionKind, CONTRIB.refund))
    g.add((CONTRIBUTION, UNKG.refundedTo, NEPAL))  # right, but the contributor is still there


def _relation_without_link(g: Graph) -> None:
    g.add((ACTIVITY, UNKG.beneficiary, NEPAL))


def _link_not_mirrored(g: Graph) -> None:
    g.remove((ACTIVITY, UNKG.organizer, UNRCPD))


def _two_versions_in_one_language(g: Graph) -> None:
    other = ID["report/A-76-97/zh-copy"]
    g.add((other, RDF.type, UNKG.Report))
    g.add((other, DCTERMS.identifier, Literal("A/76/97")))
    g.add((other, DCTERMS.language, URIRef("http://id.loc.gov/vocabulary/iso639-1/zh")))
    g.add((WORK, DCTERMS.hasVersion, other))


def _sign_inferred_as_a_boolean(g: Graph) -> None:
    g.add((LINE, UNKG.signInferredIn, Literal(True)))  # the version, not a flag


def _version_of_a_paragraph(g: Graph) -> None:
    g.add((REPORT, DCTERMS.isVersionOf, PARAGRAPH))


BROKEN = {
    # the five the brief asks for
    "activity-with-two-types": (_two_types, ACTIVITY, UNKG.activityType),
    "link-without-source-sentence": (_link_without_source, LINK_ORGANIZER, PROV.wasDerivedFrom),
    "amount-as-string": (_amount_as_string, CONTRIBUTION, SCHEMA.amount),
    "country-key-two-letters": (_country_key_two_letters, NEPAL, UNKG.key),
    "currency-dollars": (_currency_dollars, CONTRIBUTION, SCHEMA.currency),
    # a few more rules of docs/model.md
    "activity-type-outside-scheme": (_activity_type_outside_scheme, ACTIVITY, UNKG.activityType),
    "org-subclass-without-key": (_org_subclass_without_key, EU, UNKG.key),
    "sentence-without-paragraph": (_sentence_without_paragraph, SENTENCE, DCTERMS.isPartOf),
    "report-language-three-letters": (_report_language_three_letters, REPORT, DCTERMS.language),
    "post-count-zero": (_post_count_zero, POST, UNKG.postCount),
    # linked data
    "report-language-as-string": (_report_language_as_string, REPORT, DCTERMS.language),
    "source-a-file-name": (_source_a_file_name, REPORT, DCTERMS.source),
    "title-without-language": (_title_without_language, REPORT, DCTERMS.title),
    "country-alpha2-lowercase": (_country_alpha2_lowercase, NEPAL, UNKG.iso2),
    "wikidata-as-string": (_wikidata_as_string, NEPAL, SKOS.exactMatch),
    "resolution-document-not-undocs": (_resolution_document_not_undocs, UNSCR_1540, UNKG.unDocument),
    "line-type-outside-scheme": (_line_type_outside_scheme, LINE, UNKG.lineType),
    "start-date-as-string": (_date_as_string, ACTIVITY, UNKG.startDate),
    "dated-activity-without-latest-end": (_bounds_missing, ACTIVITY, None),
    "activity-ending-before-it-starts": (_bounds_reversed, ACTIVITY, None),
    "refund-as-a-grant-from-the-party": (_refund_as_a_grant_from_the_party, CONTRIBUTION, None),
    "refund-with-a-contributor": (_refund_with_a_contributor, CONTRIBUTION, None),
    "relation-without-link": (_relation_without_link, ACTIVITY, UNKG.beneficiary),
    "link-not-mirrored": (_link_not_mirrored, LINK_ORGANIZER, None),
    # language versions of one report
    "two-versions-in-one-language": (_two_versions_in_one_language, WORK, None),
    "sign-inferred-as-a-boolean": (_sign_inferred_as_a_boolean, LINE, UNKG.signInferredIn),
    "version-of-a-paragraph": (_version_of_a_paragraph, REPORT, DCTERMS.isVersionOf),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_variant_fails(shapes: Graph, ont_graph: Graph, mode: str, name: str) -> None:
    breaker, focus, path = BROKEN[name]
    data = build_valid_graph()
    breaker(data)
    conforms, results, text = _validate(data, shapes, ont_graph, mode)
    assert not conforms, f"{name} was not reported"
    violations = _violations(results)
    if path is None:
        assert focus in {f for f, _ in violations}, text
    else:
        assert (focus, path) in violations, text
    # every result carries an English message
    for result in results.subjects(RDF.type, SH.ValidationResult):
        messages = list(results.objects(result, SH.resultMessage))
        assert messages, f"result without message in {name}"


# --------------------------------------------------------------------------- ontology checks

def _declared(ontology: Graph) -> set[URIRef]:
    return {s for t in DECLARED_TYPES for s in ontology.subjects(RDF.type, t)
            if isinstance(s, URIRef) and str(s).startswith(str(UNKG))}


def _unkg_terms(graph: Graph) -> set[URIRef]:
    terms = set()
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef) and str(node).startswith(str(UNKG)):
                terms.add(node)
    return terms


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    for prop in (DCTERMS.title, DCTERMS.description):
        langs = {o.language for o in ontology.objects(ONTOLOGY_IRI, prop)}
        assert {"en", "zh"} <= langs, prop
    assert not list(ontology.objects(ONTOLOGY_IRI, OWL.imports))


def test_every_unkg_term_used_in_shapes_is_declared(ontology: Graph, shapes: Graph) -> None:
    missing = _unkg_terms(shapes) - _declared(ontology)
    assert not missing, sorted(missing)


def test_every_unkg_term_of_the_model_is_declared(ontology: Graph) -> None:
    model = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    named = {UNKG[name] for name in re.findall(r"unkg:([A-Za-z][A-Za-z0-9]*)", model)}
    missing = named - _declared(ontology)
    assert not missing, sorted(missing)


def test_every_unkg_term_in_the_ontology_is_declared(ontology: Graph) -> None:
    undeclared = _unkg_terms(ontology) - _declared(ontology)
    assert not undeclared, sorted(undeclared)


def test_classes_and_properties_have_bilingual_labels_and_comments(ontology: Graph) -> None:
    for term in _declared(ontology):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            assert {"en", "zh"} <= langs, f"{term} lacks {prop} @en/@zh"
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology, term
        kinds = {t for t in DECLARED_TYPES if (term, RDF.type, t) in ontology}
        assert len(kinds) == 1, f"{term} declared as {kinds}"


def test_required_classes_and_superclasses(ontology: Graph) -> None:
    organisations = ["UNEntity", "IntergovernmentalOrganization", "GovernmentBody",
                     "CivilSocietyOrganization", "ThinkTank", "ParliamentaryBody",
                     "AcademicInstitution", "Fund"]
    instruments = ["Treaty", "Resolution", "Programme", "CodeOfConduct", "Agenda", "Declaration"]
    for name in organisations:
        assert (UNKG[name], RDFS.subClassOf, UNKG.Organization) in ontology, name
    for name in instruments:
        assert (UNKG[name], RDFS.subClassOf, UNKG.Instrument) in ontology, name
    expected = {
        UNKG.Country: {SCHEMA.Country},
        UNKG.Organization: {ORG.Organization, PROV.Agent},
        UNKG.Region: {SCHEMA.Place},
        UNKG.Report: {SCHEMA.Report, PROV.Entity},
        UNKG.Activity: {PROV.Activity, SCHEMA.Event},
        UNKG.Donation: {UNKG.MonetaryContribution, SCHEMA.MonetaryGrant},
        UNKG.Refund: {UNKG.MonetaryContribution},
        UNKG.Project: {PROV.Activity},
    }
    for cls, supers in expected.items():
        assert supers <= set(ontology.objects(cls, RDFS.subClassOf)), cls
    # a refund is money paid back to the party, not a grant to it nor a contribution by it
    assert (UNKG.Refund, RDFS.subClassOf, SCHEMA.MonetaryGrant) not in ontology
    assert (UNKG.Donation, OWL.disjointWith, UNKG.Refund) in ontology
    assert (UNKG.refundedTo, RDFS.subPropertyOf, UNKG.recipient) in ontology
    assert (UNKG.contributor, RDFS.subPropertyOf, UNKG.payer) in ontology
    assert (UNKG.startDate, RDFS.subPropertyOf, SCHEMA.startDate) in ontology
    assert (UNKG.endDate, RDFS.subPropertyOf, SCHEMA.endDate) in ontology


def _sh_in_lists(shapes: Graph) -> list[set]:
    return [set(Collection(shapes, head)) for head in shapes.objects(None, SH["in"])]


@pytest.mark.parametrize("namespace", list(SCHEMES), ids=lambda ns: str(ns).rstrip("/").rsplit("/", 1)[-1])
def test_vocabulary_scheme(vocabularies: Graph, shapes: Graph, namespace: Namespace) -> None:
    scheme = namespace["scheme"]
    assert (scheme, RDF.type, SKOS.ConceptScheme) in vocabularies
    expected = {namespace[name] for name in SCHEMES[namespace]}
    in_scheme = set(vocabularies.subjects(SKOS.inScheme, scheme))
    assert in_scheme == expected
    for concept in expected:
        assert (concept, RDF.type, SKOS.Concept) in vocabularies
        local = str(concept)[len(str(namespace)):]
        assert vocabularies.value(concept, SKOS.notation) == Literal(local), concept
        langs = {o.language for o in vocabularies.objects(concept, SKOS.prefLabel)}
        assert {"en", "zh"} <= langs, concept
        for lang in ("en", "zh"):
            assert len([o for o in vocabularies.objects(concept, SKOS.prefLabel)
                        if o.language == lang]) == 1, concept
        assert any(o.language == "en" for o in vocabularies.objects(concept, SKOS.definition))
    # the shapes close the value list with exactly this scheme
    assert expected in _sh_in_lists(shapes)


def test_shapes_have_messages(shapes: Graph) -> None:
    property_shapes = set(shapes.subjects(SH.path, None))
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    sparql = set(shapes.objects(None, SH.sparql))
    for shape in property_shapes | node_shapes | sparql:
        assert any(isinstance(m, Literal) and m.language == "en"
                   for m in shapes.objects(shape, SH.message)), shape


def test_namespaces_match_the_code() -> None:
    path = ROOT / "kg" / "rdf" / "namespaces.py"
    spec = importlib.util.spec_from_file_location("_unkg_namespaces", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert str(module.UNKG) == str(UNKG)
    assert str(module.ID) == str(ID)
    assert str(module.ACTIVITY_TYPE) == str(ACTTYPE)
    assert str(module.MODALITY) == str(MODALITY)
    assert str(module.ROLE) == str(ROLE)
    assert str(module.FINANCE_LINE) == str(FINLINE)
    assert str(module.CONTRIBUTION_KIND) == str(CONTRIB)
    assert str(module.SCHEMA) == str(SCHEMA)
