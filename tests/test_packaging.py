"""A wheel (`pip install .`, not `-e`) ships every query and ontology file the commands read:
`kg compare` reads queries/compare/, the views queries/views/."""
from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_shipped_query_and_ontology_file_is_in_the_wheel():
    data_files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    patterns = [pattern for patterns in data_files.values() for pattern in patterns]
    for folder in ("queries", "ontology"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in {".rq", ".ttl", ".jsonld"}:
                relative = path.relative_to(ROOT).as_posix()
                # setuptools globs do not cross folders: queries/*.rq misses queries/compare/x.rq
                assert any(fnmatch.fnmatch(relative, p) and relative.count("/") == p.count("/")
                           for p in patterns), f"{relative} is not in [tool.setuptools.data-files]"
