"""The language versions of one report built together are one report: six named graphs that
share the IRIs of what they have alike, pass the shapes, and name each body once.

Takes every version of A/76/97 unkg reads: Chinese (the shipped sample) and English (a fixture)
always, French, Spanish, Russian and Arabic from ../shared/reports when their plug-ins exist."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.pipeline import rules_for
from kg.ingest.markers import markers_for

ROOT = Path(__file__).resolve().parents[2]
KG = [sys.executable, "-m", "kg.cli"]
ZH = ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt"
EN = ROOT / "tests" / "fixtures" / "reports" / "A-76-97.en.txt"
SHARED = ROOT.parent / "shared" / "reports"


def readable_versions() -> list[Path]:
    others = [SHARED / f"A-76-97.{code}.txt" for code in ("fr", "es", "ru", "ar")]
    return [ZH, EN] + [path for path in others if path.is_file()
                       and rules_for(path.suffixes[0][1:]) and markers_for(path.suffixes[0][1:])]


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, timeout=300)


def query(name: str, graph: Path) -> list[dict[str, str]]:
    done = kg("query", name, "--graph", str(graph), "--format", "csv")
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


@pytest.fixture(scope="module")
def graphs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("versions")
    built = {"zh": [ZH], "zh-en": [ZH, EN], "all": readable_versions()}
    for name, paths in built.items():
        done = kg("build", *map(str, paths), "-o", str(folder / f"{name}.trig"))
        assert done.returncode == 0, done.stderr
    return {name: folder / f"{name}.trig" for name in built}


@pytest.mark.parametrize("name", ["zh-en", "all"])
def test_versions_built_together_pass_validation(graphs, name):
    done = kg("validate", str(graphs[name]))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "shapes: conforms" in done.stdout


@pytest.mark.parametrize("name", ["zh-en", "all"])
def test_document_gives_one_row_per_language_version(graphs, name):
    rows = query("document", graphs[name])
    languages = [row["language"] for row in rows]
    assert sorted(languages) == sorted(set(languages)) and len(languages) == len(readable_versions() if name == "all" else [ZH, EN])
    assert {row["symbol"] for row in rows} == {"A/76/97"}


def test_an_activity_has_the_iri_of_the_chinese_version_alone(graphs):
    alone = {row["activity"] for row in query("activities", graphs["zh"])}
    assert {row["activity"] for row in query("activities", graphs["zh-en"])} == alone
    assert alone <= {row["activity"] for row in query("activities", graphs["all"])}


@pytest.mark.parametrize("name", ["zh-en", "all"])
def test_every_body_has_one_key(graphs, name):
    rows = query("entities", graphs[name])
    for column in ("label_en", "label_zh", "label_fr", "label_es", "label_ru", "label_ar"):
        keys: dict[str, set[str]] = {}
        for row in rows:
            if row.get(column):
                keys.setdefault(row[column], set()).add(row["key"])
        assert not {label: k for label, k in keys.items() if len(k) > 1}, column
    minted = {row["key"]: row for row in rows if row["key"] in ("WE-THE-PEOPLES-2020", "WO-MEN-REN-MIN-2020-NIAN")}
    assert list(minted) == ["WE-THE-PEOPLES-2020"]  # the Latin-script name gives the key
    assert minted["WE-THE-PEOPLES-2020"]["label_zh"].startswith("我们人民")


@pytest.mark.parametrize("name", ["finance", "staffing", "contributions"])
def test_shared_lines_posts_and_contributions_are_not_doubled(graphs, name):
    assert len(query(name, graphs["zh-en"])) == len(query(name, graphs["zh"]))


def test_an_activity_keeps_its_iri_when_its_date_is_read_differently(tmp_path):
    text = EN.read_text(encoding="utf-8")
    changed = tmp_path / "A-76-97.en.txt"
    changed.write_text(text.replace("6. On 18 December 2020,", "6. On 19 December 2020,"), encoding="utf-8")
    for path, out in ((EN, "before.ttl"), (changed, "after.ttl")):
        assert kg("build", str(path), "-o", str(tmp_path / out)).returncode == 0
    before = {row["activity"]: row["start"] for row in query("activities", tmp_path / "before.ttl")}
    after = {row["activity"]: row["start"] for row in query("activities", tmp_path / "after.ttl")}
    assert set(before) == set(after)
    assert [a for a in before if before[a] != after[a]] == ["https://w3id.org/unkg/id/activity/A-76-97/6-1"]
