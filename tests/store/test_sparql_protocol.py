"""`kg serve` speaks the SPARQL 1.1 Protocol: a real server on loopback, SPARQLWrapper as the
client; content negotiation, datasets, timeouts, and what a hostile web page could ask of it."""
from __future__ import annotations

import http.client
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, JSONLD, TURTLE, XML, SPARQLWrapper

from store_helpers import run_kg

SAMPLE = Path(__file__).resolve().parents[2] / "kg" / "data" / "reports" / "A-76-97.zh.txt"
REPORT_GRAPH = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?r a <https://w3id.org/unkg/ontology#Report> } }"
ENDLESS = ("SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?a{i} ?b{i} ?c{i} ." for i in range(12)) + " }")


@pytest.fixture(scope="module")
def two_reports(corpus: Path, tmp_path_factory) -> Path:
    """The sample and one synthetic report, each its own named graph."""
    folder = tmp_path_factory.mktemp("served") / "store"
    first = sorted(corpus.glob("*.txt"))[0]
    done = run_kg("build", str(SAMPLE), str(first), "--store", str(folder))
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture(scope="module")
def server(two_reports: Path):
    from store_helpers import KG, Lines, stop, wait_for_http
    import os
    import signal
    import subprocess

    process = subprocess.Popen([*KG, "serve", "--store", str(two_reports), "--port", "0", "--timeout", "3"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    line = Lines(process.stdout).next() or ""
    assert "http://" in line, line
    url = line.split(" at ", 1)[1].split()[0]
    wait_for_http(url, process)
    yield url
    stop(process, signal.SIGINT)


def wrapper(url: str, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(url + "query")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def test_select_ask_and_construct_in_every_format(server: str):
    rows = wrapper(server, "SELECT ?s WHERE { ?s a <https://w3id.org/unkg/ontology#Report> }", JSON).queryAndConvert()
    assert len(rows["results"]["bindings"]) == 2
    xml = wrapper(server, "SELECT ?s WHERE { ?s a <https://w3id.org/unkg/ontology#Report> }", XML).queryAndConvert()
    assert len(xml.getElementsByTagName("result")) == 2
    csv = wrapper(server, "SELECT ?s WHERE { ?s a <https://w3id.org/unkg/ontology#Report> }", CSV).queryAndConvert()
    assert csv.decode().splitlines()[0] == "s" and len(csv.decode().splitlines()) == 3
    assert wrapper(server, "ASK { ?s a <https://w3id.org/unkg/ontology#Report> }", JSON).queryAndConvert()["boolean"] is True
    construct = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c FILTER(?c = <https://w3id.org/unkg/ontology#Report>) }"
    turtle = wrapper(server, construct, TURTLE).query()
    assert turtle.response.headers["Content-Type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=turtle.convert(), format="turtle")) == 2
    jsonld = wrapper(server, construct, JSONLD).query()
    assert jsonld.response.headers["Content-Type"].startswith("application/ld+json")
    converted = jsonld.convert()
    graph = converted if isinstance(converted, rdflib.Graph) else rdflib.Graph().parse(data=converted, format="json-ld")
    assert len(graph) == 2


def test_unacceptable_types_get_406_and_q_values_count(server: str):
    query = urllib.parse.quote("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
    assert get(f"{server}query?query={query}", {"Accept": "image/png"})[0] == 406
    status, media, _ = get(f"{server}query?query={query}",
                           {"Accept": "application/sparql-results+json;q=0.2, text/csv;q=0.9"})
    assert status == 200 and media.startswith("text/csv")
    construct = urllib.parse.quote("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1")
    status, media, _ = get(f"{server}query?query={construct}", {"Accept": "application/rdf+xml"})
    assert status == 200 and media.startswith("application/rdf+xml")


def test_a_query_over_one_named_graph_answers_from_it_only(server: str):
    graphs = [b["g"]["value"] for b in wrapper(server, REPORT_GRAPH, JSON).queryAndConvert()["results"]["bindings"]]
    assert len(graphs) == 2
    count = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/unkg/ontology#Report> }"
    union = int(wrapper(server, count, JSON).queryAndConvert()["results"]["bindings"][0]["n"]["value"])
    client = wrapper(server, count, JSON)
    client.addDefaultGraph(graphs[0])
    alone = int(client.queryAndConvert()["results"]["bindings"][0]["n"]["value"])
    with_from = count.replace("WHERE", f"FROM <{graphs[1]}> WHERE")
    from_one = int(wrapper(server, with_from, JSON).queryAndConvert()["results"]["bindings"][0]["n"]["value"])
    assert (union, alone, from_one) == (2, 1, 1)


def test_an_endless_query_is_stopped_and_the_server_goes_on(server: str):
    status, _, body = get(f"{server}query?query={urllib.parse.quote(ENDLESS)}")
    assert status == 503 and b"stopped" in body
    again = wrapper(server, "ASK { ?s ?p ?o }", JSON).queryAndConvert()
    assert again["boolean"] is True


def test_what_a_hostile_page_could_ask_is_refused(server: str):
    service = urllib.parse.quote("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    status, _, body = get(f"{server}query?query={service}")
    assert status == 400 and b"SERVICE" in body
    status, _, _ = get(f"{server}query?query={urllib.parse.quote('ASK {}')}", {"Host": "evil.example:80"})
    assert status == 403
    parts = urllib.parse.urlsplit(server)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("POST", "/store?graph=urn:x", body=b"this is <<< not turtle",
                       headers={"Content-Type": "text/turtle"})
    assert connection.getresponse().status == 403  # refused before the body is parsed
    connection.close()
    for headers, body in (({"Content-Type": "application/sparql-query"}, b"ASK {} \xff\xfe"),
                          ({"Content-Type": "application/sparql-query", "Content-Length": "many"}, b"ASK {}")):
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        connection.putrequest("POST", "/query")
        for name, value in headers.items():
            connection.putheader(name, value)
        if "Content-Length" not in headers:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        assert connection.getresponse().status == 400
        connection.close()
    status, media, page = get(server + "?query=" + urllib.parse.quote('SELECT ("<script>alert(1)</script>" AS ?x) {}'))
    assert status == 200 and b"<script>alert" not in page and b"&lt;script&gt;" in page


def test_many_clients_at_once_are_all_answered(server: str):
    query = urllib.parse.quote("ASK { ?s ?p ?o }")
    statuses: list[int] = []

    def ask() -> None:
        statuses.append(get(f"{server}query?query={query}", {"Accept": "application/sparql-results+json"})[0])

    threads = [threading.Thread(target=ask) for _ in range(100)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert statuses.count(200) == 100


def test_the_service_description(server: str):
    status, media, body = get(server + "query", {"Accept": "application/ld+json"})
    assert status == 200 and media.startswith("application/ld+json")
    assert "sparql-service-description#Service" in json.dumps(json.loads(body))


def test_a_port_out_of_range_is_one_line(two_reports: Path):
    done = run_kg("serve", "--store", str(two_reports), "--port", "80000")
    assert done.returncode == 2 and "80000" in done.stderr and "Traceback" not in done.stderr
