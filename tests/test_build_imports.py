"""`kg build REPORT -o FILE` starts fast (issue 12): the modules it needs only, not rdflib (0.2 s to
import), typer's rich or the query engine. A module that brings one of them back in is caught here."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "kg/data/reports/A-76-97.zh.txt"

# Run the build as the command does, then list what was imported.
PROBE = """
import json, sys
sys.argv = ["kg", "build", sys.argv[1], "-o", sys.argv[2]]
from kg.cli import main
try:
    main()
except SystemExit as end:
    assert not end.code, end.code
print(json.dumps(sorted(name for name, module in sys.modules.items() if module is not None)))
"""

HEAVY = ("rdflib", "rich", "networkx", "pyvis", "SPARQLWrapper")


def test_building_a_report_to_a_file_imports_no_heavy_module(tmp_path: Path):
    done = subprocess.run([sys.executable, "-c", PROBE, str(SAMPLE), str(tmp_path / "graph.ttl")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert (tmp_path / "graph.ttl").stat().st_size > 0
    assert not [name for name in HEAVY if name in modules]
    # pypinyin's compiled tables are found without asking for its version: importlib.metadata
    # imports the email package (a twentieth of this build)
    assert "importlib.metadata" not in modules and "email" not in modules
