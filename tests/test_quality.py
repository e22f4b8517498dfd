"""Extraction quality, measured with the evaluation contract's own scorer.

The sample report is scored against its gold in ../shared/eval; the fixture reports written for
these tests (tests/fixtures/reports) against theirs. Floors, not targets: a drop fails.
"""
from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import re
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
FIXTURES = ROOT / "tests" / "fixtures"


def score(report: Path, gold: Path) -> dict[str, float]:
    """The contract's scorer on `kg build` and its canonical `kg query` commands. The commands run
    in this process through the command line's own parser (a process each would cost the suite
    minutes); the scorer reads their CSV as it reads a run it made itself (--csv-dir)."""
    with tempfile.TemporaryDirectory(prefix="kg-score-") as work:
        graph = Path(work) / "graph.ttl"
        kg("build", str(report), "-o", str(graph))
        for name in scorer().QUERIES:
            (Path(work) / f"{name}.csv").write_text(kg("query", name, "--graph", str(graph), "--format", "csv"),
                                                    encoding="utf-8")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            scorer().main(["--quiet", "--gold", str(gold), "--csv-dir", work])
    parts = {}
    for line in printed.getvalue().splitlines():
        found = re.match(r"^(\w[\w ]*?)\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+([\d.]+)$", line)
        if found and any(int(n) for n in found.group(2, 3, 4)):  # a part with no facts either side has no score
            parts[found.group(1)] = float(found.group(5))
    parts["overall"] = float(re.search(r"overall F1 ([\d.]+)", printed.getvalue()).group(1))
    return parts


def kg(*args: str) -> str:
    """What `kg ARGS` prints on standard output; a failed command fails the test with its stderr."""
    from typer.testing import CliRunner

    from kg.cli import app

    done = CliRunner(mix_stderr=False).invoke(app, list(args))
    assert done.exit_code == 0, f"kg {' '.join(args)}: {done.stderr}"
    return done.stdout


@functools.cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unkg_contract_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SCORER.exists(), reason="the shared evaluation folder is not beside the repository")
def test_sample_report_scores_at_least_the_floor():
    parts = score(SHARED / "reports" / "A-76-97.zh.txt", SHARED / "eval" / "gold" / "A-76-97.yaml")
    assert parts["document"] == 1.0
    assert parts["overall"] >= 0.95, parts
    assert min(v for k, v in parts.items() if k != "all") >= 0.9, parts


@pytest.mark.skipif(not SCORER.exists(), reason="the shared evaluation folder is not beside the repository")
def test_spanish_sample_report_scores_at_least_the_floor():
    parts = score(SHARED / "reports" / "A-76-97.es.txt", SHARED / "eval" / "gold" / "A-76-97.yaml")
    assert parts["document"] == 1.0
    assert parts["overall"] >= 0.97, parts
    assert min(v for k, v in parts.items() if k != "all") >= 0.95, parts


@pytest.mark.skipif(not SCORER.exists(), reason="the shared evaluation folder is not beside the repository")
def test_the_russian_sample_scores_at_least_its_floor():
    parts = score(SHARED / "reports" / "A-76-97.ru.txt", SHARED / "eval" / "gold" / "A-76-97.yaml")
    assert parts["document"] == 1.0
    assert parts["overall"] >= 0.99, parts  # measured 0.997
    assert min(v for k, v in parts.items() if k != "all") >= 0.98, parts


# measured, minus a little; a drop below fails. fixtures/blind were written by another author
# without sight of the extractor, then used to find general faults.
FIXTURE_FLOORS = {"unlirec-2022": 0.96, "unrcpd-2023": 0.96, "unrec-2019": 0.96, "unlirec-1998-short": 0.96,
                  "unrec-2021-words": 0.96, "unrcpd-2012": 0.92, "unrec-2016": 0.95, "unlirec-2017": 0.92,
                  "unrcpd-2024": 0.95, "A-76-97-en": 0.96, "unrec-2022-en": 0.95, "unlirec-2020-en": 0.97,
                  "unlirec-2018": 0.95, "unlirec-2023": 0.95, "unrec-2010": 0.95, "unrec-2016-es": 0.95,
                  "unlirec-2017-es": 0.94, "unlirec-1998-es": 0.95, "unrcpd-2024-es": 0.95, "unrcpd-2012-es": 0.95,
                  "unrec-2017-ar": 0.97, "unlirec-2019-ar": 0.97, "unrec-2022-ar": 0.97,
                  "unrec-2022-ru": 0.98, "unlirec-2019-ru": 0.98,
                  "unrcpd-2023-ru": 0.98,
                  # French, written with the French reader (1.000 each then), and held out (u-*): written
                  # before the extractor ran on them (first runs in fixtures/README-fr.md)
                  "unrec-2023-fr": 0.97, "unlirec-2021-fr": 0.97, "unrcpd-2013-fr": 0.97,
                  "u-unrec-2008-fr": 0.97, "u-unrcpd-2016-fr": 0.97, "u-unlirec-1999-fr": 0.97,
                  # held-out Spanish (u-*): written before the extractor ran on them (README-es.md)
                  "u-unlirec-2004-es": 0.97, "u-unrec-2019-es": 0.97, "u-unrcpd-1997-es": 0.97,
                  # second held-out round (w-*), French and Spanish: first runs 0.899, 0.851, 0.854, 0.918,
                  # 1.000 each after the fixes (fixtures/README-fr.md, README-es.md)
                  "w-unrec-1998-fr": 0.97, "w-unlirec-2024-fr": 0.97, "w-unrcpd-2022-es": 0.97,
                  "w-unrec-2001-es": 0.97,
                  # written after those fixes as a second check: first runs 0.984 (fr), 0.839 (es)
                  # (w-unrcpd-2019-fr: 1.000 once "le secrétariat du Traité" is the treaty's secretariat)
                  "w-unrcpd-2019-fr": 0.99, "w-unlirec-1996-es": 0.97,
                  # third held-out round (x-*), French and Spanish, written before the extractor ran on them:
                  # first runs 0.929, 0.860, 0.903 (fr); 0.949, 0.860, 0.903 (es); see fixtures/README-fr.md, -es.md
                  "x-unrec-2003-fr": 0.97, "x-unlirec-2014-fr": 0.97, "x-unrcpd-2025-fr": 0.97,
                  "x-unlirec-2008-es": 0.97, "x-unrcpd-2009-es": 0.97, "x-unrec-2025-es": 0.97,
                  # written after those fixes as a second check: first runs 0.946 (fr), 0.992 (es)
                  "x-unrec-1996-fr": 0.97, "x-unrcpd-2017-es": 0.97,
                  # fourth held-out round (y-*), French and Spanish, written before the extractor ran on them:
                  # first runs 0.980, 0.944, 0.903 (fr); 0.716, 0.922, 0.889 (es); see fixtures/README-fr.md, -es.md
                  "y-unrcpd-2002-fr": 0.98, "y-unlirec-2010-fr": 0.98, "y-unrec-2012-fr": 0.98,
                  "y-unrec-1995-es": 0.94, "y-unlirec-2002-es": 0.98, "y-unrcpd-2006-es": 0.97,
                  # written after those fixes as a second check: first runs 0.990 (fr), 0.946 (es)
                  "y-unlirec-1997-fr": 0.97, "y-unrec-2015-es": 0.98,
                  # fifth held-out round (z-*), French and Spanish, written before the extractor ran on them:
                  # first runs 0.925, 0.955, 0.909 (fr); 0.953, 0.973, 0.788 (es); 1.000 each after the fixes;
                  # see fixtures/README-fr.md, -es.md
                  "z-unrec-2020-fr": 0.98, "z-unlirec-2016-fr": 0.98, "z-unrcpd-1994-fr": 0.98,
                  "z-unlirec-2022-es": 0.98, "z-unrec-2001-es": 0.98, "z-unrcpd-2012-es": 0.98,
                  # written after those fixes as a second check: first runs 0.955 (fr, a letter; 0.978 after,
                  # 1.000 once the Centre's support was no funding), 1.000 (es, a Yearbook chapter)
                  "z-unrec-2008-fr": 0.98, "z-unlirec-1999-es": 0.98,
                  # sixth held-out round (t-*), French and Spanish, written before the extractor ran on them:
                  # first runs 0.854, 0.972 (fr); 0.860, 0.826 (es); 1.000 each after the fixes; see
                  # fixtures/README-fr.md, -es.md
                  "t-unrec-1997-fr": 0.98, "t-unrcpd-2018-fr": 0.98, "t-unlirec-2017-es": 0.98,
                  "t-unrec-2008-es": 0.98,
                  # written after those fixes as a second check: first runs 0.887 (fr; 1.000 after), 1.000 (es)
                  "t-unlirec-2009-fr": 0.98, "t-unrcpd-1999-es": 0.98,
                  # held out: written before the extractor met them (first runs 0.901, 0.944, 0.724,
                  # 0.829; the last two after the fixes: 0.915, 0.993), see fixtures/README-ru.md, -ar.md
                  "unlirec-2009-ru": 0.98, "unrcpd-2017-ru": 0.98, "unrec-2006-ru": 0.98,
                  "unrec-2012-ar": 0.97, "unlirec-2020-ar": 0.97, "unrcpd-2015-ar": 0.98,
                  # w-*: held-out Russian and Arabic in three rounds, each written before the extractor ran on
                  # it (first runs 0.847, 0.976, 0.892, 0.782; then 0.933, 0.895; then 0.821, 0.942), see
                  # fixtures/README-ru.md, -ar.md
                  "w-unrec-1997-ru": 0.98, "w-unrcpd-2024-ru": 0.98, "w-unlirec-2015-ru": 0.98,
                  "w-unrcpd-1999-ru": 0.98, "w-unlirec-2013-ar": 0.98, "w-unrec-1998-ar": 0.98,
                  "w-unrcpd-2022-ar": 0.98, "w-unrec-2023-ar": 0.97,
                  # x-*: held-out Russian and Arabic, all six written before the extractor ran on them (first
                  # runs 0.832, 0.927, 0.909 ru; 0.807, 0.928, 0.714 ar), see fixtures/README-ru.md, -ar.md
                  "x-unrec-2004-ru": 0.98, "x-unlirec-1996-ru": 0.98, "x-unrcpd-2012-ru": 0.98,
                  "x-unlirec-2011-ar": 0.98, "x-unrcpd-1996-ar": 0.98, "x-unrec-2025-ar": 0.98,
                  # (x-unlirec-2021-ru and x-unrcpd-2008-ar written after their fixes, first runs 0.973, 0.991)
                  "x-unlirec-2021-ru": 0.98, "x-unrcpd-2008-ar": 0.98,
                  # y-*: held-out Russian and Arabic, six written before the extractor ran on them (first runs
                  # 0.871, 0.985, 0.814 ru; 0.891, 0.918, 0.851 ar), see fixtures/README-ru.md, -ar.md
                  "y-unrec-1993-ru": 0.98, "y-unrcpd-2010-ru": 0.98, "y-unlirec-2017-ru": 0.98,
                  "y-unlirec-1994-ar": 0.98, "y-unrcpd-2019-ar": 0.97, "y-unrec-2014-ar": 0.97,
                  # (y-unrcpd-2002-ru and y-unlirec-2008-ar written after their fixes, first runs 0.958, 0.941)
                  "y-unrcpd-2002-ru": 0.98, "y-unlirec-2008-ar": 0.98,
                  # v-*: phrasings unseen reports use (the Centre as a guest, money in lists, counts in
                  # words or as sums, meetings and panels); the last two were written as a held-out check
                  "v-unrcpd-2011-en": 0.97, "v-unrec-2014": 0.97, "v-unlirec-2006-en": 0.97,
                  "v-unrcpd-2018": 0.97, "v-unlirec-2021": 0.97, "v-unrec-2001-en": 0.97,
                  "v-unlirec-2015-en": 0.97, "v-unrcpd-2022": 0.97,
                  # w-*: held-out Chinese and English, written before the extractor ran on them (first runs
                  # 0.821, 0.828, 0.750, 0.987 zh; 0.829, 0.920, 0.913, 0.887 en), see fixtures/README-zh.md, -en.md
                  # 0.980, 1.000, 0.979, 1.000; 0.976, 1.000, 0.971, 0.994 after the fixes
                  "w-unrec-1997": 0.98, "w-unlirec-2005": 0.98, "w-unrcpd-2010": 0.96, "w-unrec-2025": 0.98,
                  "w-centres-1995-en": 0.96, "w-unlirec-2012-en": 0.98, "w-unrec-2008-en": 0.95,
                  "w-unrcpd-2024-en": 0.97,
                  # y-*: held-out Chinese and English, written before the extractor ran on them (first runs
                  # 0.919, 0.708, 0.913 zh; 0.963, 0.829, 0.855 en; the second check, written after the first
                  # fixes: 0.930 zh, 0.873 en), see fixtures/README-zh.md, -en.md
                  # 1.000, 0.987, 1.000, 1.000; 0.973, 1.000, 0.992, 0.974 after the fixes
                  "y-unrcpd-1998": 0.98, "y-unlirec-2013": 0.97, "y-unrec-2004": 0.98, "y-unrec-2011": 0.98,
                  "y-unrcpd-2006-en": 0.96, "y-unrec-2014-en": 0.98, "y-unlirec-1997-en": 0.98,
                  "y-unlirec-2009-en": 0.96,
                  # z-*: held-out English and Russian, written before the extractor ran on them (first runs
                  # 0.893, 0.806, 0.993 en; 0.909, 0.968, 0.938 ru; the second check, written after the first
                  # fixes: 0.776 en, 0.945 ru), see fixtures/README-en.md, -ru.md
                  # 0.992, 0.991, 1.000, 0.992; 1.000, 1.000, 1.000, 1.000 after the fixes
                  "z-unrec-1999-en": 0.98, "z-unlirec-2016-en": 0.98, "z-unrcpd-2020-en": 0.98,
                  "z-unrec-2011-en": 0.98, "z-unrec-2018-ru": 0.98, "z-unlirec-1994-ru": 0.98,
                  "z-unrcpd-2008-ru": 0.98, "z-unrcpd-2015-ru": 0.98,
                  # z-*: held-out Chinese and Arabic, written before the extractor ran on them (first runs
                  # 0.893, 0.947, 1.000 zh; 1.000, 0.935, 0.975 ar; the second check, written after the first
                  # fixes: 0.993 zh, 0.983 ar), see fixtures/README-zh.md, -ar.md
                  # 0.984, 1.000, 1.000; 1.000, 1.000, 1.000; 1.000, 1.000 after the fixes
                  "z-unrec-2000": 0.97, "z-unlirec-2016": 0.98, "z-unrcpd-2020": 0.98,
                  "z-unlirec-1999-ar": 0.98, "z-unrcpd-2012-ar": 0.98, "z-unrec-2020-ar": 0.98,
                  "z-unrec-2009": 0.98, "z-unlirec-2023-ar": 0.98,
                  # t-*: held-out Chinese and Arabic, written before the extractor ran on them (first runs
                  # 0.792, 0.786 zh; 0.817, 0.940 ar; the second check, written after the first fixes:
                  # 0.958 zh, 0.780 ar), see fixtures/README-zh.md, -ar.md; 1.000, 0.994; 1.000, 1.000;
                  # 1.000, 1.000 after the fixes
                  "t-unrec-1992": 0.98, "t-unlirec-2021": 0.98, "t-unrcpd-1993-ar": 0.98, "t-unrec-2011-ar": 0.98,
                  "t-unrcpd-2003": 0.98, "t-unlirec-2002-ar": 0.98,
                  # t-*: held-out English and Russian, written before the extractor ran on them (first runs
                  # 0.844, 0.803 en; 0.946, 0.792 ru; the second check, written after the first fixes:
                  # 0.972 en, 0.925 ru), see fixtures/README-en.md, -ru.md; all 1.000 after the fixes
                  "t-unrec-1996-en": 0.98, "t-unlirec-2024-en": 0.98, "t-unrcpd-2015-en": 0.98,
                  "t-unrec-2005-ru": 0.98, "t-unrcpd-1994-ru": 0.98, "t-unlirec-2006-ru": 0.98}
# every part of the v-* and French fixtures (entities, activity links, contributions, staffing ...) on
# its own
PART_FLOOR = 0.9
# a part below it where a known miss stands (none now: "avec l'appui du Centre régional", once read
# as the Centre funding z-unrec-2008-fr's meeting, is support; fixtures/README-fr.md)
PART_MISSES: dict[str, str] = {}
GOLDS = sorted((FIXTURES / "gold").glob("*.yaml")) + sorted((FIXTURES / "blind" / "gold").glob("*.yaml"))


LANGUAGES = ("zh", "en", "fr", "es", "ru", "ar")


def report_of(gold: Path) -> Path:
    """The report a fixture's gold scores: gold NAME-<language>.yaml reports/NAME.<language>.* (or
    NAME-<language>.<language>.*); gold NAME.yaml reports/NAME.zh.*, else the one NAME.* (one name
    may have reports in several languages, each with its gold)."""
    reports = gold.parent.parent / "reports"
    name, _, language = gold.stem.rpartition("-")
    if language in LANGUAGES:
        found = sorted(reports.glob(f"{gold.stem}.{language}.*")) + sorted(reports.glob(f"{name}.{language}.*"))
    else:
        found = sorted(reports.glob(f"{gold.stem}.zh.*")) + sorted(reports.glob(f"{gold.stem}.*"))
    return found[0]


def test_each_fixture_gold_scores_a_report_of_its_own():
    reports = [report_of(gold) for gold in GOLDS]
    assert len(set(reports)) == len(reports)
    assert all(report_of(gold).name.split(".")[1] == gold.stem.rpartition("-")[2]
               for gold in GOLDS if gold.stem.rpartition("-")[2] in LANGUAGES)


@pytest.mark.skipif(not SCORER.exists(), reason="the shared evaluation folder is not beside the repository")
@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.stem)
def test_fixture_reports_score_at_least_their_floor(gold: Path):
    report = report_of(gold)
    parts = score(report, gold)
    assert parts["document"] == 1.0, parts
    assert parts["overall"] >= FIXTURE_FLOORS.get(gold.stem, 0.8), parts
    if gold.stem.startswith("v-") or gold.stem.endswith("-fr"):
        assert min(v for k, v in parts.items() if k != PART_MISSES.get(gold.stem)) >= PART_FLOOR, parts


@pytest.mark.skipif(not SCORER.exists(), reason="the shared evaluation folder is not beside the repository")
def test_arabic_sample_scores_at_least_the_floor():
    parts = score(SHARED / "reports" / "A-76-97.ar.txt", SHARED / "eval" / "gold" / "A-76-97.yaml")
    assert parts["document"] == 1.0
    assert parts["overall"] >= 0.97, parts
    assert min(v for k, v in parts.items() if k != "all") >= 0.9, parts
