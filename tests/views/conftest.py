"""Graphs for the view tests: a small hand-written one whose networks are known, and the sample.

The small graph follows docs/model.md. Report T/1 (English) is about the Centre (UNRCPD):

    para. 1  2020-12-01 webinar   organizers UNRCPD, OSCE; funder USA; beneficiaries NPL, MNG;
                                  serves resolution 1540
    para. 2  2021-03-02 training  organizers UNRCPD, JPN; participants NPL, MNG
    para. 3  2021-05 lecture      organizers UNRCPD, PRAJNYA
    para. 4  Nepal's funding (no recipient named) and its contribution of 1,000 USD in 2020;
             a refund of 500 USD to Japan

Its partners network: 7 parties, 13 links (NPL and MNG sat side by side but organised nothing,
so they are not linked); UNRCPD-NPL and UNRCPD-MNG weigh 2, the rest 1.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ID = "https://w3id.org/unkg/id/"

SMALL_GRAPH = """
@prefix unkg: <https://w3id.org/unkg/ontology#> .
@prefix role: <https://w3id.org/unkg/vocab/role/> .
@prefix acttype: <https://w3id.org/unkg/vocab/activity-type/> .
@prefix contrib: <https://w3id.org/unkg/vocab/contribution-kind/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/unkg/id/report/T-1/en> a unkg:Report ; dcterms:identifier "T/1" ; dcterms:language "en" ;
    unkg:about <https://w3id.org/unkg/id/org/UNRCPD> .

<https://w3id.org/unkg/id/org/UNRCPD> a unkg:UNEntity ; unkg:key "UNRCPD" ;
    skos:prefLabel "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"@en,
                   "联合国和平与裁军亚洲及太平洋区域中心"@zh .
<https://w3id.org/unkg/id/org/OSCE> a unkg:IntergovernmentalOrganization ; unkg:key "OSCE" ;
    skos:prefLabel "Organization for Security and Co-operation in Europe"@en, "欧洲安全与合作组织"@zh .
<https://w3id.org/unkg/id/org/PRAJNYA> a unkg:CivilSocietyOrganization ; unkg:key "PRAJNYA" ; skos:prefLabel "Prajnya Trust"@en .
<https://w3id.org/unkg/id/country/NPL> a unkg:Country ; unkg:key "NPL" ; skos:prefLabel "Nepal"@en, "尼泊尔"@zh .
<https://w3id.org/unkg/id/country/MNG> a unkg:Country ; unkg:key "MNG" ; skos:prefLabel "Mongolia"@en, "蒙古"@zh .
<https://w3id.org/unkg/id/country/USA> a unkg:Country ; unkg:key "USA" ; skos:prefLabel "United States"@en, "美国"@zh .
<https://w3id.org/unkg/id/country/JPN> a unkg:Country ; unkg:key "JPN" ; skos:prefLabel "Japan"@en, "日本"@zh .
<https://w3id.org/unkg/id/instrument/UNSCR-1540> a unkg:Resolution ; unkg:key "UNSCR-1540" ;
    skos:prefLabel "Security Council resolution 1540 (2004)"@en .
<https://w3id.org/unkg/id/activity/T-1/2020-12-01-webinar> unkg:servesInstrument <https://w3id.org/unkg/id/instrument/UNSCR-1540> .
"""


def _paragraph(number: int, sentence: str) -> str:
    return f"""
<https://w3id.org/unkg/id/report/T-1/en/p/{number}> a unkg:Paragraph ; dcterms:isPartOf <https://w3id.org/unkg/id/report/T-1/en> ;
    unkg:paragraphNumber {number} ; unkg:paragraphKey "{number}" ; prov:value "{sentence}" .
<https://w3id.org/unkg/id/report/T-1/en/p/{number}/s/1> a unkg:Sentence ;
    dcterms:isPartOf <https://w3id.org/unkg/id/report/T-1/en/p/{number}> ; prov:value "{sentence}" .
"""


def _activity(slug: str, kind: str, start: str, label: str, paragraph: int, links: list[tuple[str, str]]) -> str:
    datatype = "xsd:date" if len(start) == 10 else "xsd:gYearMonth"
    activity = f"{ID}activity/T-1/{slug}"
    source = f"{ID}report/T-1/en/p/{paragraph}"
    text = f"""
<{activity}> a unkg:Activity ; rdfs:label "{label}"@en ; unkg:activityType acttype:{kind} ;
    unkg:startDate "{start}"^^{datatype} ; unkg:describedIn <{source}> .
"""
    for role, target in links:  # each link mirrored by the direct relation, as the shapes want
        direct = "servesInstrument" if role == "instrument" else role
        text += f"""
<{activity}> unkg:{direct} <{ID}{target}> .
<{activity}/link/{role}/{target.replace("/", "-")}> a unkg:ActivityLink ;
    unkg:activity <{activity}> ; unkg:role role:{role} ; unkg:target <{ID}{target}> ;
    prov:wasDerivedFrom <{source}/s/1> ; unkg:inReport <{ID}report/T-1/en> .
"""
    return text


def small_graph_text() -> str:
    text = SMALL_GRAPH
    text += _paragraph(1, "The Centre and OSCE held a webinar for Nepal and Mongolia, funded by the United States.")
    text += _paragraph(2, "The Centre and Japan trained officials from Nepal and Mongolia.")
    text += _paragraph(3, "The Centre and Prajnya Trust organised a lecture.")
    text += _paragraph(4, "Nepal supported the Centre and gave 1,000 dollars; Japan was refunded 500 dollars.")
    text += _activity("2020-12-01-webinar", "Webinar", "2020-12-01", "Webinar on resolution 1540", 1, [
        ("organizer", "org/UNRCPD"), ("organizer", "org/OSCE"), ("funder", "country/USA"),
        ("beneficiary", "country/NPL"), ("beneficiary", "country/MNG")])
    text += _activity("2021-03-02-training", "Training", "2021-03-02", "Training for diplomats", 2, [
        ("organizer", "org/UNRCPD"), ("organizer", "country/JPN"),
        ("participant", "country/NPL"), ("participant", "country/MNG")])
    text += _activity("2021-05-lecture", "Lecture", "2021-05", "Lecture on gender and disarmament", 3, [
        ("organizer", "org/UNRCPD"), ("organizer", "org/PRAJNYA")])
    text += """
<https://w3id.org/unkg/id/funding/T-1/1> a unkg:FundingRelation ; unkg:funder <https://w3id.org/unkg/id/country/NPL> ; unkg:purpose "financial support"@en ;
    prov:wasDerivedFrom <https://w3id.org/unkg/id/report/T-1/en/p/4/s/1> ; unkg:inReport <https://w3id.org/unkg/id/report/T-1/en> .
<https://w3id.org/unkg/id/contribution/T-1/NPL-voluntary-contribution-2020> a unkg:MonetaryContribution , unkg:Donation ;
    unkg:contributor <https://w3id.org/unkg/id/country/NPL> ; unkg:contributionKind contrib:voluntary-contribution ;
    schema:amount 1000.00 ; schema:currency "USD" ; unkg:year "2020"^^xsd:gYear ;
    prov:wasDerivedFrom <https://w3id.org/unkg/id/report/T-1/en/p/4/s/1> ; unkg:inReport <https://w3id.org/unkg/id/report/T-1/en> .
<https://w3id.org/unkg/id/contribution/T-1/JPN-refund-2020> a unkg:MonetaryContribution , unkg:Refund ;
    unkg:refundedTo <https://w3id.org/unkg/id/country/JPN> ; unkg:contributionKind contrib:refund ;
    schema:amount 500.00 ; schema:currency "USD" ; unkg:year "2020"^^xsd:gYear ;
    prov:wasDerivedFrom <https://w3id.org/unkg/id/report/T-1/en/p/4/s/1> ; unkg:inReport <https://w3id.org/unkg/id/report/T-1/en> .
"""
    return text


@pytest.fixture
def small_graph(tmp_path) -> Path:
    """The small graph above as a Turtle file."""
    path = tmp_path / "small.ttl"
    path.write_text(small_graph_text(), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def sample_graph(tmp_path_factory) -> Path:
    """The graph of the bundled sample report, built once per test session."""
    from kg.api import build
    from kg.store.files import write_dataset

    path = tmp_path_factory.mktemp("sample") / "sample.ttl"
    write_dataset(build(), path)
    return path


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright; skipped when Chromium is not installed."""
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("the browser tests need Debian's Chromium at /usr/bin/chromium "
                    "(apt-get install chromium fonts-noto-cjk; scripts/test.sh does it)")
    playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
    with playwright_api.sync_playwright() as playwright:
        executable = str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


COMPARE_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compare"


@pytest.fixture(scope="session")
def two_years_graph(tmp_path_factory) -> Path:
    """The two editions of tests/fixtures/compare (UNRCPD 2021 and 2022) as one graph file."""
    from kg.api import build
    from kg.store.files import write_dataset

    path = tmp_path_factory.mktemp("two-years") / "two-years.nq"
    write_dataset(build(sorted(COMPARE_FIXTURES.glob("*.txt"))), path)
    return path


@pytest.fixture(scope="session")
def two_years_store(two_years_graph, tmp_path_factory) -> Path:
    """The same reports built by `kg build --store` into an Oxigraph folder."""
    folder = tmp_path_factory.mktemp("two-years-store") / "store"
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(COMPARE_FIXTURES), "--store", str(folder)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture
def two_years_endpoint(tmp_path):
    """A real Oxigraph SPARQL server on 127.0.0.1 (the `oxigraph` package's binary) holding the
    same reports, loaded by `kg build --endpoint`; its query URL."""
    beside = Path(sys.executable).parent / "oxigraph"
    binary = str(beside) if beside.exists() else shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install -e '.[test]')")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(f"http://127.0.0.1:{port}/", process)
        url = f"http://127.0.0.1:{port}/query"
        done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(COMPARE_FIXTURES), "--endpoint", url],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _wait_for(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server stopped before answering (exit {process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"{url} did not answer within {seconds} s")
