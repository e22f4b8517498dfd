"""Where the shipped data lives: ontology, queries, reference data, the sample report."""
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
DATA = PACKAGE / "data"
ONTOLOGY = ROOT / "ontology"
QUERIES = ROOT / "queries"
SAMPLE_REPORT = DATA / "reports" / "A-76-97.zh.txt"
