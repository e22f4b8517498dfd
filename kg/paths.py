"""Where the shipped data lives: ontology, queries, reference data, the sample report.

In a checkout (and an editable install) `ontology/` and `queries/` sit beside the package; a
wheel installs them under `<prefix>/share/unkg/`.
"""
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
DATA = PACKAGE / "data"
SAMPLE_REPORT = DATA / "reports" / "A-76-97.zh.txt"


def _shipped(name: str) -> Path:
    beside = ROOT / name
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "unkg" / name


ONTOLOGY = _shipped("ontology")
QUERIES = _shipped("queries")
