"""The system refusing a write (a full disk, a folder given as the file name, a path under a
file, an unwritable store) is one `kg: error:` line naming the path, exit status 2, nothing
half-written; and a file that cannot be written is refused before the extraction work.

Tests run as root in CI, where chmod stops nothing: unwritable places are made with a path
under a file (NotADirectoryError), a folder as the file name, or a write that raises ENOSPC."""
from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

KG = Path(sys.executable).parent / "kg"
SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "reports" / "A-76-97.zh.txt"


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def assert_one_line(stderr: str, returncode: int, *words: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert returncode == 2, stderr
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert "Traceback" not in stderr


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name not in keep)


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("graph")
    done = kg("build", str(SAMPLE), "-o", "graph.ttl", cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder / "graph.ttl"


@pytest.fixture
def blocker(tmp_path: Path) -> Path:
    """A plain file: a path under it cannot be made, by root or anyone."""
    path = tmp_path / "afile"
    path.write_text("not a folder\n")
    return path


# Each writing command, given a folder as its file name and a path under a file; the input named
# first does not exist, so an error about the input would mean the output was checked too late.
COMMANDS = {
    "build": lambda out: ["build", "nowhere.txt", "-o", out],
    "demo": lambda out: ["demo", "-o", out],
    "viz": lambda out: ["viz", "--graph", "nowhere.ttl", "-o", out],
    "network": lambda out: ["network", "--graph", "nowhere.ttl", "--export", out],
    "timeline": lambda out: ["timeline", "--graph", "nowhere.ttl", "--html", out],
    "compare": lambda out: ["compare", "2020", "2021", "--graph", "nowhere.ttl", "--html", out],
}
NAMES = {"build": "out.ttl", "demo": "out.ttl", "viz": "out.html", "network": "out.graphml",
         "timeline": "out.html", "compare": "out.html"}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_as_the_output_name_is_refused_before_the_work(tmp_path: Path, command: str):
    folder = tmp_path / NAMES[command]
    folder.mkdir()
    done = kg(*COMMANDS[command](NAMES[command]), cwd=tmp_path)
    assert_one_line(done.stderr, done.returncode, NAMES[command], "is a folder")
    assert leftovers(tmp_path, {NAMES[command]}) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_an_output_under_a_file_is_refused_before_the_work(tmp_path: Path, blocker: Path, command: str):
    target = f"afile/{NAMES[command]}"
    done = kg(*COMMANDS[command](target), cwd=tmp_path)
    assert_one_line(done.stderr, done.returncode, "afile")
    assert "nowhere" not in done.stderr
    assert blocker.read_text() == "not a folder\n"


def test_a_store_under_a_file_is_one_line(tmp_path: Path, blocker: Path):
    done = kg("build", str(SAMPLE), "--store", "afile/store", cwd=tmp_path)
    assert_one_line(done.stderr, done.returncode, "afile/store")


def test_a_full_disk_when_the_graph_file_is_written(tmp_path: Path, monkeypatch):
    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "fsync", full)
    done = CliRunner(mix_stderr=False).invoke(app, ["build", str(SAMPLE), "-o", "out.ttl"])
    assert_one_line(done.stderr, done.exit_code, "out.ttl", "No space left on device")
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary


def test_a_full_disk_when_a_page_is_written(graph: Path, tmp_path: Path, monkeypatch):
    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "fsync", full)
    done = CliRunner(mix_stderr=False).invoke(app, ["viz", "--graph", str(graph), "-o", "page.html"])
    assert_one_line(done.stderr, done.exit_code, "page.html", "No space left on device")
    assert list(tmp_path.iterdir()) == []


class FullDiskStore:
    """A pyoxigraph store whose bulk loads fail as on a full disk."""

    def __init__(self, real) -> None:
        self.real = real

    def bulk_load(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __len__(self) -> int:
        return len(self.real)

    def __getattr__(self, name: str):
        return getattr(self.real, name)


def test_a_full_disk_during_a_store_build(tmp_path: Path, monkeypatch):
    import pyoxigraph

    real = pyoxigraph.Store

    class Store:
        def __new__(cls, *args, **kwargs):
            return FullDiskStore(real(*args, **kwargs))

        read_only = staticmethod(real.read_only)

    monkeypatch.setattr(pyoxigraph, "Store", Store)
    monkeypatch.chdir(tmp_path)
    done = CliRunner(mix_stderr=False).invoke(app, ["build", str(SAMPLE), "--store", "store"])
    assert_one_line(done.stderr, done.exit_code, "store", "No space left on device")
    assert not (tmp_path / "store").exists()  # made by this build, which stored nothing


def test_a_failed_build_leaves_no_new_store_folder(tmp_path: Path):
    (tmp_path / "bread.txt").write_text("Bread\n\nMix the flour with water and salt, knead the dough "
                                        "and leave it to rise overnight before you bake it.\n")
    done = kg("build", "bread.txt", "--store", "store", cwd=tmp_path)
    assert done.returncode == 2
    assert not (tmp_path / "store").exists()


def test_a_resumed_build_removes_orphan_bulk_files(tmp_path: Path):
    done = kg("build", str(SAMPLE), "--store", "store", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    orphan = tmp_path / "store" / "bulk-123456789012345678901234567890.sst"
    orphan.write_bytes(b"what a kill -9 during a bulk load leaves")
    done = kg("build", str(SAMPLE), "--store", "store", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not orphan.exists()
    done = kg("query", "document", "--store", "store", "--format", "csv", cwd=tmp_path)
    assert "A/76/97" in done.stdout


def test_an_unreachable_dask_scheduler_fails_within_seconds(tmp_path: Path):
    pytest.importorskip("distributed")
    started = time.monotonic()
    done = kg("build", str(SAMPLE), "--store", "store", "--dask", "tcp://127.0.0.1:9", cwd=tmp_path)
    assert time.monotonic() - started < 20  # Dask's default wait is 30 s
    assert_one_line(done.stderr, done.returncode, "tcp://127.0.0.1:9", "Dask scheduler")
    assert not (tmp_path / "store").exists()


def test_two_destinations_are_named_as_given(tmp_path: Path):
    done = kg("build", str(SAMPLE), "-o", "out.ttl", "--store", "store", cwd=tmp_path)
    assert_one_line(done.stderr, done.returncode, "-o and --store", "only one of")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_folder_lists_every_accepted_extension(tmp_path: Path):
    from kg.ingest.reader import SUPPORTED

    (tmp_path / "reports").mkdir()
    done = kg("build", "reports", "-o", "out.ttl", cwd=tmp_path)
    assert_one_line(done.stderr, done.returncode, "no reports", *SUPPORTED)


def test_a_report_shaped_text_without_a_symbol_warns(tmp_path: Path):
    text = ("Activities of the regional centre\n\n"
            "1. The United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific "
            "organized a workshop for Nepal and Bhutan on the Arms Trade Treaty in March 2021.\n\n"
            "2. The Centre also held a meeting with Mongolia on small arms and light weapons.\n")
    (tmp_path / "notes.txt").write_text(text, encoding="utf-8")
    done = kg("build", "notes.txt", "-o", "out.ttl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("kg: warning:")]
    assert any("notes.txt" in line and "no UN document symbol" in line for line in warnings), done.stderr


def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path):
    """A device or a pipe (/dev/null, /dev/stdout, a FIFO) cannot be renamed over: as root that
    would replace /dev/null itself with a graph file."""
    import stat
    import threading

    pipe = tmp_path / "pipe.nt"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    done = kg("build", str(SAMPLE), "-o", str(pipe), cwd=tmp_path)
    reader.join(timeout=60)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert received and received[0].count(b" .\n") > 1000
    assert leftovers(tmp_path, {"pipe.nt"}) == []


def test_a_symbolic_link_is_followed_and_kept(tmp_path: Path):
    (tmp_path / "real").mkdir()
    link = tmp_path / "graph.ttl"
    link.symlink_to(tmp_path / "real" / "graph.ttl")
    done = kg("build", str(SAMPLE), "-o", "graph.ttl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    assert "unkg" in (tmp_path / "real" / "graph.ttl").read_text(encoding="utf-8")
