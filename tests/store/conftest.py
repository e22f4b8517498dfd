"""Fixtures of the store tests: a synthetic corpus, and real SPARQL servers on loopback
(Oxigraph's own, and `kg serve`), each stopped at teardown."""
from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from store_helpers import KG, Lines, free_port, generate, oxigraph_binary, stop, wait_for_http


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """A folder of 12 synthetic reports (seed 3)."""
    folder = tmp_path_factory.mktemp("corpus")
    generate.write_corpus(folder, 12, seed=3)
    return folder


@pytest.fixture
def oxigraph_server(tmp_path: Path):
    """A real Oxigraph SPARQL server on 127.0.0.1 (the `oxigraph` package's binary); its query URL."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install -e '.[test]')")
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph-db"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", process)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        stop(process)


@pytest.fixture
def kg_server():
    """Start `kg serve` on a free port; a function taking the serve arguments, giving the base URL."""
    started: list[subprocess.Popen] = []

    def start(*args: str) -> str:
        process = subprocess.Popen([*KG, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
        started.append(process)
        line = Lines(process.stdout).next() or ""
        if "http://" not in line:
            pytest.fail(f"kg serve did not start: {line!r} {process.stderr.read() if process.poll() is not None else ''}")
        url = line.split(" at ", 1)[1].split()[0]
        wait_for_http(url, process)
        return url

    yield start
    for process in started:
        stop(process, signal.SIGINT)
