"""notebooks/explore.ipynb runs top to bottom, so it never rots."""
from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore.ipynb"


def test_the_exploration_notebook_runs_and_shows_tables_the_network_and_plots():
    nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[notebook]'")
    nbclient = pytest.importorskip("nbclient", reason="pip install -e '.[notebook]'")
    notebook = nbformat.read(NOTEBOOK, as_version=4)

    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert sum("<table" in h for h in html) >= 5
    assert any("<iframe" in h and "srcdoc=" in h and "new vis.Network(" in h for h in html)
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 3  # timeline, donors, two years by partner
    assert any("UNSCR-1540" in h and "appeared" in h for h in html)  # the comparison of two years


def test_the_notebook_is_kept_without_outputs():
    nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[notebook]'")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
