"""The graph links out: countries carry their ISO and M49 codes and match their Wikidata item,
resolutions and reports point to their UN document, SDGs to the UN's SDG concept scheme, the
language of a report is an IRI, and every literal of natural text has a language tag."""
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.extract.facts import Entity
from kg.pipeline import build_dataset
from kg.rdf.links import document_iri
from kg.rdf.mapping import entity_iri
from kg.rdf.namespaces import ID, UNKG
from kg.paths import DATA
from kg.reference.gazetteer import default_gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ZH = ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "reports"
EN_2011 = FIXTURES / "v-unrcpd-2011.en.txt"  # A/66/113: China, resolutions 65/79 and 1540 (2004)
FRENCH = FIXTURES / "unrcpd-2013.fr.txt"
WD = "http://www.wikidata.org/entity/"
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")

# Literals that are codes or identifiers, not text in a language: they carry no language tag.
CODES = {UNKG.key, UNKG.part, UNKG.paragraphKey, UNKG.m49, UNKG.iso2, UNKG.iso3,
         UNKG.checkName, UNKG.grade, UNKG.jobNumber, UNKG.agendaItem, UNKG.session, UNKG.findingKind,
         UNKG.sha256, UNKG.fileName, UNKG.documentSymbol, UNKG.otherSymbol, DCTERMS.identifier,
         URIRef("https://schema.org/currency")}


def union(*reports: Path) -> Graph:
    graph = Graph()
    for s, p, o, _ in build_dataset(list(reports)).quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.fixture(scope="module")
def english() -> Graph:
    return union(EN_2011)


@pytest.fixture(scope="module")
def sample() -> Graph:
    return union(SAMPLE_ZH)


# --------------------------------------------------------------------------- reference data

WELL_KNOWN = {"CHN": ("CN", "156", "Q148"), "FRA": ("FR", "250", "Q142"), "JPN": ("JP", "392", "Q17"),
              "USA": ("US", "840", "Q30"), "BRA": ("BR", "076", "Q155"), "NGA": ("NG", "566", "Q1033")}


@pytest.mark.parametrize("iso3", sorted(WELL_KNOWN))
def test_well_known_countries_have_their_codes_and_wikidata_item(iso3):
    country = default_gazetteer().get("Country", iso3)
    assert (country.iso2, country.m49, country.wikidata) == WELL_KNOWN[iso3]


def test_every_member_and_observer_state_has_alpha2_and_one_wikidata_item_of_its_own():
    states = [e for e in load_gazetteer(DATA).entities.values()
              if e.kind == "Country" and e.category in ("member", "observer")]
    assert len(states) == 195
    assert all(e.iso2 and len(e.iso2) == 2 and e.iso2.isupper() for e in states)
    items = [e.wikidata for e in states]
    assert all(item and item.startswith("Q") and item[1:].isdigit() for item in items)
    assert len(set(items)) == len(items)


# --------------------------------------------------------------------------- built graphs

def test_a_country_node_carries_its_codes_and_matches_wikidata(english):
    china = ID["country/CHN"]
    assert (china, UNKG.iso2, Literal("CN")) in english
    assert (china, UNKG.iso3, Literal("CHN")) in english
    assert (china, UNKG.m49, Literal("156")) in english
    assert set(english.objects(china, SKOS.exactMatch)) == {URIRef(WD + "Q148")}


def test_resolutions_link_to_their_un_document(english):
    assembly = URIRef(entity_iri(Entity("Instrument", "A/RES/65/79")))  # the mapping makes plain IRIs (str)
    assert (assembly, UNKG.documentSymbol, Literal("A/RES/65/79")) in english
    assert (assembly, UNKG.unDocument, URIRef("https://undocs.org/A/RES/65/79")) in english
    council = ID["instrument/UNSCR-1540"]
    assert (council, UNKG.documentSymbol, Literal("S/RES/1540 (2004)")) in english
    assert (council, UNKG.unDocument, URIRef("https://undocs.org/S/RES/1540(2004)")) in english


def test_document_iris_follow_the_undocs_pattern():
    assert document_iri("A/RES/75/50") == URIRef("https://undocs.org/A/RES/75/50")
    assert document_iri("S/RES/1540 (2004)") == URIRef("https://undocs.org/S/RES/1540(2004)")
    assert document_iri("A/76/97", "zh") == URIRef("https://undocs.org/zh/A/76/97")


def test_the_report_names_its_un_document_and_its_language_by_iri(english):
    report = ID["report/A-66-113/en"]
    assert set(english.objects(report, DCTERMS.source)) == {URIRef("https://undocs.org/en/A/66/113")}
    assert set(english.objects(report, DCTERMS.language)) == {
        URIRef("http://id.loc.gov/vocabulary/iso639-1/en")}
    assert (ID["report/A-66-113"], UNKG.unDocument, URIRef("https://undocs.org/A/66/113")) in english
    assert (report, UNKG.fileName, Literal(EN_2011.name)) in english


def test_the_document_query_still_gives_the_language_code(sample):
    rows = list(sample.query((ROOT / "queries" / "document.rq").read_text(encoding="utf-8")))
    assert [(str(r.symbol), str(r.language)) for r in rows] == [("A/76/97", "zh")]


def test_sdgs_match_the_un_sdg_concept_scheme(sample):
    assert (ID["instrument/SDG-16"], SKOS.exactMatch, URIRef("http://metadata.un.org/sdg/16")) in sample
    target = default_gazetteer().get("Instrument", "SDG-TARGET-16.4")
    assert target.sdg == "16.4"


def test_japan_in_the_sample_matches_its_wikidata_item(sample):
    assert (ID["country/JPN"], SKOS.exactMatch, URIRef(WD + "Q17")) in sample
    assert (ID["country/JPN"], UNKG.iso2, Literal("JP")) in sample


@pytest.mark.parametrize("report", [SAMPLE_ZH, FRENCH], ids=lambda p: p.stem)
def test_every_literal_of_natural_text_has_a_language_tag(report):
    graph = union(report)
    untagged = [(s, p, o) for s, p, o in graph if isinstance(o, Literal) and not o.language
                and o.datatype in (None, XSD_STRING) and p not in CODES
                and not (p.endswith("#label") and (s, UNKG.key, o) in graph)  # a bare key as label
                and not (p == UNKG.section and (s, UNKG.part, o) in graph)]  # "summary": the part's code
    assert untagged == []
    language = report.name.split(".")[-2]
    assert next(graph.objects(None, DCTERMS.title)).language == language
    titles = {o for o in graph.objects(None, UNKG.sectionTitle)}
    assert titles and all(title.language == language for title in titles)
