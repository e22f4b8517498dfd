"""Reports deleted from a folder, or whose symbol changed, leave the store with `--prune` or
`kg remove`; without them a warning names what the store still holds."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph
import pytest

from store_helpers import run_kg

REPORT = "https://w3id.org/unkg/ontology#Report"


def graphs(folder: Path) -> set[str]:
    store = pyoxigraph.Store.read_only(str(folder))
    try:
        rows = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?r a <{REPORT}> }} }}")
        return {row["g"].value.rsplit("/graph/", 1)[1] for row in rows}
    finally:
        del store


@pytest.fixture
def three(corpus: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    """A folder with three of the corpus's reports; their graph names (SYMBOL-ID/zh)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    files = sorted(corpus.glob("*.txt"))[:3]
    for path in files:
        shutil.copy(path, folder / path.name)
    return folder, [path.name.removesuffix(".zh.txt") + "/zh" for path in files]


def test_a_deleted_report_stays_with_a_warning_and_goes_with_prune(three, tmp_path: Path):
    folder, names = three
    store = tmp_path / "store"
    assert run_kg("build", str(folder), "--store", str(store)).returncode == 0
    assert graphs(store) == set(names)
    (folder / (names[0].removesuffix("/zh") + ".zh.txt")).unlink()

    kept = run_kg("build", str(folder), "--store", str(store))
    assert kept.returncode == 0, kept.stderr
    warning = [line for line in kept.stderr.splitlines() if names[0] in line]
    assert len(warning) == 1 and warning[0].startswith("kg: warning:") and "--prune" in warning[0]
    assert graphs(store) == set(names)

    pruned = run_kg("build", str(folder), "--store", str(store), "--prune")
    assert pruned.returncode == 0, pruned.stderr
    told = [line for line in pruned.stderr.splitlines() if "pruned" in line]
    assert len(told) == 1 and "1 report" in told[0] and names[0] in told[0]
    assert graphs(store) == set(names[1:])
    again = run_kg("build", str(folder), "--store", str(store))
    assert "not among the inputs" not in again.stderr


def test_a_changed_symbol_leaves_the_old_graph_with_prune(three, tmp_path: Path):
    folder, names = three
    store = tmp_path / "store"
    assert run_kg("build", str(folder), "--store", str(store)).returncode == 0
    path = folder / (names[1].removesuffix("/zh") + ".zh.txt")
    old = names[1].removesuffix("/zh").replace("-", "/")
    new = old.rsplit("/", 1)[0] + "/999"
    assert old in path.read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    done = run_kg("build", str(folder), "--store", str(store), "--prune")
    assert done.returncode == 0, done.stderr
    assert graphs(store) == {names[0], names[2], new.replace("/", "-") + "/zh"}


def test_kg_remove_takes_a_report_out_by_its_symbol(three, tmp_path: Path):
    folder, names = three
    store = tmp_path / "store"
    assert run_kg("build", str(folder), "--store", str(store)).returncode == 0
    symbol = names[0].removesuffix("/zh").replace("-", "/")
    done = run_kg("remove", symbol, "--store", str(store))
    assert done.returncode == 0 and "removed 1 report graph" in done.stderr
    assert graphs(store) == set(names[1:])
    done = run_kg("remove", names[1], "--store", str(store))  # SYMBOL/LANG as the graph names it
    assert done.returncode == 0 and graphs(store) == {names[2]}
    missing = run_kg("remove", "A/1/1", "--store", str(store))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "A/1/1" in missing.stderr


def test_prune_with_a_graph_file_is_one_line(three, tmp_path: Path):
    folder, _ = three
    done = run_kg("build", str(folder), "-o", str(tmp_path / "g.ttl"), "--prune")
    assert done.returncode == 2 and done.stderr.startswith("kg: error:") and not (tmp_path / "g.ttl").exists()
