"""Extraction quality of the French version of the sample (A/76/97), measured with the evaluation
contract's own scorer against the sample's gold. Floors, not targets: a drop fails. (The French
fixture reports are scored with the others, in test_quality.py.)"""
from __future__ import annotations

import pytest

from test_quality import SCORER, SHARED, score  # tests/ is on the path (no package)

needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="the shared evaluation folder is not beside the repository")


@needs_scorer
def test_french_sample_report_scores_at_least_the_floor():
    parts = score(SHARED / "reports" / "A-76-97.fr.txt", SHARED / "eval" / "gold" / "A-76-97.yaml")
    assert parts["document"] == 1.0
    assert parts["overall"] >= 0.97, parts
    assert min(v for k, v in parts.items() if k != "all") >= 0.9, parts
