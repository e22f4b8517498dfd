"""`kg serve` under load and abuse, on loopback: a writable server stops a query that runs too
long as a read-only one does and goes on writing; a client that sends half a body is cut off
after the client timeout and holds no thread; a non-UTF-8 body or a bad Content-Length is a 400."""
from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from store_helpers import run_kg

SAMPLE = Path(__file__).resolve().parents[2] / "kg" / "data" / "reports" / "A-76-97.zh.txt"
ENDLESS = ("SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?a{i} ?b{i} ?c{i} ." for i in range(12)) + " }")


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("limits") / "store"
    done = run_kg("build", str(SAMPLE), "--store", str(folder))
    assert done.returncode == 0, done.stderr
    return folder


def call(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_a_writable_server_stops_a_query_that_runs_too_long(kg_server, sample_store: Path, tmp_path: Path):
    import shutil

    store = tmp_path / "store"
    shutil.copytree(sample_store, store)
    url = kg_server("--store", str(store), "--writable", "--timeout", "2")
    status, body = call(f"{url}query?query={urllib.parse.quote(ENDLESS)}")
    assert status == 503 and b"stopped" in body
    status, _ = call(url + "update", b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
                     {"Content-Type": "application/sparql-update"})
    assert status == 204
    ask = urllib.parse.quote("ASK { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    status, body = call(f"{url}query?query={ask}", headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and b"true" in body
    status, _ = call(url + "store?graph=urn:h", b"<urn:a> <urn:b> <urn:d> .", {"Content-Type": "application/n-triples"})
    assert status == 204  # POST adds
    put = urllib.request.Request(url + "store?graph=urn:h", data=b"<urn:a> <urn:b> <urn:e> .", method="PUT",
                                 headers={"Content-Type": "application/n-triples"})
    with urllib.request.urlopen(put, timeout=60) as response:
        assert response.status == 201
    status, body = call(url + "store?graph=urn:h", b"not <<< turtle", {"Content-Type": "text/turtle"})
    assert status == 400 and b"parse" in body


def test_half_a_body_is_cut_off_and_holds_no_thread(sample_store: Path):
    from kg.store.embedded import OxigraphStore
    from kg.store.server import ServeOptions, serve

    with OxigraphStore(sample_store, read_only=True) as store:
        server = serve(store, ServeOptions(port=0, max_queries=1, client_timeout=1.0))
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            host, port = server.server_address[:2]
            slow = socket.create_connection((host, port), timeout=30)
            slow.sendall(b"POST /query HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
                         b"Content-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK {" % port)
            started = time.monotonic()
            assert slow.recv(1024) == b""  # the server closed the connection
            assert time.monotonic() - started < 20
            slow.close()
            before = threading.active_count()
            status, body = call(f"http://127.0.0.1:{port}/query?query={urllib.parse.quote('ASK {}')}")
            assert status == 200 and b"true" in body
            for _ in range(50):  # the slow client's thread has ended
                if not [t for t in threading.enumerate() if t.name.startswith("Thread-") and t is not thread
                        and t.is_alive() and t.ident != threading.get_ident()] or threading.active_count() <= before:
                    break
                time.sleep(0.1)
            assert threading.active_count() <= before
        finally:
            server.shutdown()
            server.server_close()


def test_bad_bodies_get_a_400_not_a_closed_connection(kg_server, sample_store: Path):
    import http.client

    url = kg_server("--store", str(sample_store))
    parts = urllib.parse.urlsplit(url)
    for headers, body in (({"Content-Type": "application/sparql-query", "Content-Length": "6"}, b"ASK {\xff"),
                          ({"Content-Type": "application/sparql-query", "Content-Length": "-3"}, b""),
                          ({"Content-Type": "application/x-www-form-urlencoded", "Content-Length": "9"}, b"query=\xff\xfe\xfd")):
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        connection.putrequest("POST", "/query")
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders(body)
        response = connection.getresponse()
        assert response.status == 400, (headers, body, response.read())
        connection.close()
