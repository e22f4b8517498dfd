"""A user's mistake, through the real `kg` command: one line on stderr, `kg: error: ...`, naming
the file and saying what to do; exit status 2; no output file and no temporary `.part` left."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

KG = Path(sys.executable).parent / "kg"
SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "reports" / "A-76-97.zh.txt"


def run_kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def assert_user_error(done: subprocess.CompletedProcess, *words: str) -> None:
    """Exit status 2 and exactly one line on stderr that starts `kg: error:` and holds `words`."""
    lines = done.stderr.splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("kg: error: "), lines[0]
    for word in words:
        assert word in lines[0], lines[0]


def textless_pdf(path: Path) -> Path:
    """A scan-like PDF: one A4 page with a drawn rectangle and no text at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    canvas.rect(72, 400, 300, 200, fill=1)
    canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    """A graph built from the sample report, to query."""
    done = run_kg("build", str(SAMPLE), "-o", "graph.ttl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return tmp_path / "graph.ttl"


def leftovers(folder: Path) -> list[str]:
    """Files the command may have left: its output and any temporary `.part` file."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(("out", ".out")) or p.suffix == ".part")


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


BAD_REPORTS = {
    # name: (file name, content or None for "do not create", words the message must hold)
    "missing file": ("nowhere.txt", None, ("nowhere.txt", "no such file", "check the path")),
    "empty file": ("empty.txt", "", ("empty.txt", "empty")),
    "binary junk": ("junk.txt", bytes(range(256)) * 8, ("junk.txt", "not a text file")),
    "damaged PDF": ("junk.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 8, ("junk.pdf", "cannot read this PDF")),
    "unsupported extension": ("report.odt", "PK\x03\x04 not really a document", ("report.odt", ".docx", ".pdf")),
    "damaged Word file": ("report.docx", b"PK\x03\x04 not really a document", ("report.docx", "cannot open this Word file")),
    "web page without text": ("page.html", "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>",
                              ("page.html", "no readable report text")),
    "not a document of the field": ("bread.txt", "Bread\n\nMix the flour with water and salt, knead the dough for ten "
                                    "minutes and leave it to rise overnight in a warm place before you bake it.\n",
                                    ("bread.txt", "names no UN body, country or treaty")),
}


@pytest.mark.parametrize("case", BAD_REPORTS, ids=list(BAD_REPORTS))
def test_a_bad_report_is_one_line_and_no_output(tmp_path: Path, case: str):
    name, content, words = BAD_REPORTS[case]
    if content is not None:
        write(tmp_path / name, content)
    done = run_kg("build", name, "-o", "out.ttl", cwd=tmp_path)
    assert_user_error(done, *words)
    assert leftovers(tmp_path) == []


def test_a_pdf_without_a_text_layer_asks_for_ocr(tmp_path: Path):
    textless_pdf(tmp_path / "scan.pdf")
    done = run_kg("build", "scan.pdf", "-o", "out.ttl", cwd=tmp_path)
    assert_user_error(done, "scan.pdf", "no text layer", "OCR")
    assert leftovers(tmp_path) == []


def pdf_with_unknown_filter(path: Path) -> Path:
    """A PDF whose page streams name a compression filter no reader implements: pypdf raises
    NotImplementedError on it, not one of its own errors."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Report of the Secretary-General on the United Nations Regional Centre")
    canvas.showPage()
    canvas.save()
    path.write_bytes(path.read_bytes().replace(b"/FlateDecode", b"/FooooDecode"))
    return path


def test_a_pdf_that_breaks_the_pdf_library_is_one_line(tmp_path: Path):
    pdf_with_unknown_filter(tmp_path / "broken.pdf")
    done = run_kg("build", "broken.pdf", "-o", "out.ttl", cwd=tmp_path)
    assert_user_error(done, "broken.pdf", "cannot read this PDF")
    assert "Traceback" not in done.stderr and leftovers(tmp_path) == []


def test_one_bad_file_in_a_folder_costs_only_that_file(tmp_path: Path):
    folder = tmp_path / "reports"
    folder.mkdir()
    pdf_with_unknown_filter(folder / "broken.pdf")
    (folder / "A-76-97.zh.txt").write_bytes(SAMPLE.read_bytes())
    done = run_kg("build", "reports", "--store", "store", cwd=tmp_path)
    assert_user_error(done, "broken.pdf", "1 of 2 reports")
    done = run_kg("query", "document", "--store", "store", "--format", "csv", cwd=tmp_path)
    assert done.returncode == 0 and "A/76/97" in done.stdout


def test_an_unknown_output_extension_is_refused_before_reading(tmp_path: Path):
    done = run_kg("build", str(SAMPLE), "-o", "out.xyz", cwd=tmp_path)
    assert_user_error(done, "out.xyz", "'.xyz'", ".ttl")
    assert leftovers(tmp_path) == []


def test_a_missing_output_folder_is_not_created(tmp_path: Path):
    done = run_kg("build", str(SAMPLE), "-o", "out/graph.ttl", cwd=tmp_path)
    assert_user_error(done, "out/graph.ttl", "does not exist", "create it")
    assert leftovers(tmp_path) == []


def test_an_unknown_query_name_lists_the_known_ones(graph: Path):
    done = run_kg("query", "no_such_query", "--graph", graph.name, cwd=graph.parent)
    assert_user_error(done, "no_such_query", "entities")
    assert done.stdout == ""


def test_a_malformed_query_file_names_the_file(graph: Path):
    write(graph.parent / "broken.rq", "SELECT ?s WHERE { ?s ?p \n")
    done = run_kg("query", "broken.rq", "--graph", graph.name, cwd=graph.parent)
    assert_user_error(done, "broken.rq", "does not parse", "fix the query")
    assert done.stdout == ""


def test_a_missing_graph_file_says_how_to_build_one(tmp_path: Path):
    done = run_kg("query", "entities", "--graph", "nowhere.ttl", cwd=tmp_path)
    assert_user_error(done, "nowhere.ttl", "kg build")
    assert done.stdout == ""


def test_a_report_given_as_the_graph_says_to_build_it_first(tmp_path: Path):
    done = run_kg("query", "activities", "--graph", str(SAMPLE), cwd=tmp_path)
    assert_user_error(done, SAMPLE.name, "not a graph", f"kg build {SAMPLE} -o graph.ttl")
    assert done.stdout == ""


def test_an_unknown_result_format_blames_the_flag_not_the_query(graph: Path):
    done = run_kg("query", "activities", "--graph", graph.name, "--format", "xlsx", cwd=graph.parent)
    assert_user_error(done, "'xlsx'", "csv")
    assert "fix the query" not in done.stderr and done.stdout == ""


def test_an_output_name_without_extension_asks_for_one(tmp_path: Path):
    done = run_kg("build", str(SAMPLE), "-o", "out", cwd=tmp_path)
    assert_user_error(done, "out: no extension", ".ttl", "--format")
    done = run_kg("build", str(SAMPLE), "-o", ".", cwd=tmp_path)
    assert_user_error(done, "is a folder")
    assert leftovers(tmp_path) == []


def test_a_query_without_its_required_parameter_says_which(graph: Path):
    done = run_kg("query", "find_name", "--graph", graph.name, cwd=graph.parent)
    assert_user_error(done, "find_name", "--param text=")
    assert done.stdout == ""
    listed = run_kg("query", "--list", cwd=graph.parent)
    assert "--param text=… (required)" in listed.stdout
    found = run_kg("query", "find_name", "--graph", graph.name, "--param", "text=尼泊尔", "--format", "csv", cwd=graph.parent)
    assert found.returncode == 0 and ",NPL," in found.stdout  # a Turtle file holds the names too


@pytest.mark.parametrize("args, words", [
    (["build", "nowhere.txt", "-o", "out.ttl", "--bogus"], ("--bogus", "kg build --help")),
    (["query", "activities", "--limit", "-1"], ("--limit", "kg query --help")),
    (["no-such-command"], ("no-such-command", "kg --help")),
    (["compare", "2021"], ("Missing argument", "kg compare --help")),
])
def test_a_usage_mistake_is_one_line_too(tmp_path: Path, args: list[str], words: tuple[str, ...]):
    done = run_kg(*args, cwd=tmp_path)
    assert_user_error(done, *words)
    assert done.stdout == "" and leftovers(tmp_path) == []


def test_help_and_a_bare_kg_still_show_the_help(tmp_path: Path):
    for args in (["--help"], [], ["build", "--help"]):
        done = run_kg(*args, cwd=tmp_path)
        assert done.returncode == 0 and "Usage: kg" in done.stdout, (args, done.stderr)


def test_a_reader_that_stops_early_is_no_error(graph: Path):
    """`kg query ... | head -1`: the pipe closes before kg writes; kg stops quietly, as Unix tools do."""
    process = subprocess.Popen([str(KG), "query", "activities", "--graph", graph.name, "--format", "csv"],
                               cwd=graph.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # before kg has started: its first write meets a closed pipe
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141, stderr
    assert stderr == ""


def test_an_unreachable_server_is_named_as_given(tmp_path: Path):
    done = run_kg("query", "activities", "--endpoint", "http://127.0.0.1:1/query", cwd=tmp_path)
    assert_user_error(done, "http://127.0.0.1:1/query: cannot reach the SPARQL server")
    assert "union-default-graph" not in done.stderr


def test_remove_given_a_store_and_a_server_asks_for_one(tmp_path: Path):
    done = run_kg("remove", "A/76/97", "--store", "store", "--endpoint", "http://127.0.0.1:1/query", cwd=tmp_path)
    assert_user_error(done, "give only one")


def test_one_bad_report_alone_is_not_counted_as_one_of_one(tmp_path: Path):
    done = run_kg("build", "nowhere.txt", "-o", "out.ttl", cwd=tmp_path)
    assert_user_error(done, "nowhere.txt", "(nothing written)")
    assert "1 of 1" not in done.stderr
    done = run_kg("build", "nowhere.txt", "--store", "store", cwd=tmp_path)
    assert_user_error(done, "(nothing loaded)")
    assert "other reports" not in done.stderr and not (tmp_path / "store").exists()


def test_an_empty_graph_is_an_error_not_an_empty_answer(tmp_path: Path):
    write(tmp_path / "empty.ttl", "")
    done = run_kg("query", "activities", "--graph", "empty.ttl", cwd=tmp_path)
    assert_user_error(done, "empty.ttl", "empty", "kg build REPORT -o empty.ttl")
    assert done.stdout == ""
    piped = subprocess.run(f"'{KG}' build nowhere.txt -o - | '{KG}' query document --graph -", shell=True,
                           cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert piped.returncode == 2 and "standard input holds no graph" in piped.stderr
