"""A guarded pattern skips texts lacking the words its matches need, and finds exactly what the
pattern finds: the words are read from the pattern, so a wrong reading would lose matches."""
import importlib
import re
from pathlib import Path

import pytest

from kg.extract.guards import GuardedPattern, guarded
from kg.extract.sentences import split_sentences
from kg.ingest import read_report

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"
SAMPLES = Path("/work/shared/reports")


def words(pattern: str, flags: int = 0) -> set[str] | None:
    found = guarded(re.compile(pattern, flags))
    return set(found.guard.pattern.replace("\\", "").split("|")) if isinstance(found, GuardedPattern) else None


def test_the_words_every_match_needs():
    assert words(r"(?:与|同|和)?(?P<orgs>[^，。；]{2,80}?)(?:共同|合作|联合)") == {"共同", "合作", "联合"}
    assert words(r"[^，。；]{2,40}?的代表(?:作|致辞)") == {"的代表"}  # the longest word wins
    # a branch needs a word in every alternative, and gives all of them
    assert words(r"(?P<a>[^，]{2,9}?)(?:由|经费由)主办|(?P<b>[^，]{2,9}?)的资助") == {"主办", "的资助"}
    # a word optional or looked for not to be there is not needed; one looked at is
    assert words(r"(?:\s*共)?(?<!的)\d+(?:约)?人") == {"人"}
    assert words(r"(?P<orgs>█[█\s,]*?)(?=\s*(?:был\s+)?(?:организован|проведен))") == {"организован", "проведен"}


def test_no_guard_where_no_word_is_needed_or_the_pattern_opens_with_one():
    assert words(r"[^，]{2,9}?(?:的|)") is None  # an empty alternative needs nothing
    assert words(r"[在于]名$") is None  # a character of a few, then a word: cheap to try
    assert words(r"由于[^，]{2,9}?主办") is None  # opens with a word: `re` skips to it already
    assert words(r"由[^，]{2,9}?主办") == {"主办"}  # one character: every 由 starts a long try


def test_case_is_compared_as_the_pattern_compares_it():
    pattern = guarded(re.compile(r"(?:\w+\s+){0,3}?funded by (?P<who>\w+)", re.I))
    assert [m.group("who") for m in pattern.finditer("It was FUNDED BY Japan.")] == ["Japan"]
    assert pattern.search("It was paid by Japan.") is None


def _texts(path: Path) -> list[str]:
    document = read_report(path)
    language = document.metadata.language
    return [p.text for p in document.paragraphs] + [
        s.text for p in document.paragraphs for s in split_sentences(p.text, language)]


REPORTS = sorted(FIXTURES.glob("*.txt")) + sorted(SAMPLES.glob("A-76-97.*.txt"))


@pytest.mark.parametrize("code", ["zh", "en", "fr", "es", "ar", "ru"])
def test_guarded_patterns_find_what_the_patterns_find(code):
    """Every pattern of a language's plug-in that gets a guard, on every paragraph and sentence
    of the fixtures and samples: the same matches from every offset tried."""
    patterns = [value for name in ("lexicon", "money", "names")
                for value in vars(importlib.import_module(f"kg.extract.{code}.{name}")).values()
                if isinstance(value, (re.Pattern, GuardedPattern))]
    plain = [p.pattern if isinstance(p, GuardedPattern) else p for p in patterns]
    pairs = [(p, guarded(p)) for p in plain if isinstance(guarded(p), GuardedPattern)]
    assert pairs, f"no pattern of {code} is guarded"
    texts = [t for path in REPORTS if path.name.endswith(f".{code}.txt") for t in _texts(path)]
    assert texts
    for pattern, guard in pairs:
        for text in texts:
            assert [m.span() for m in guard.finditer(text)] == [m.span() for m in pattern.finditer(text)]
            for start in (0, len(text) // 3):
                for method in ("search", "match"):
                    got, expected = getattr(guard, method)(text, start), getattr(pattern, method)(text, start)
                    assert (got and got.span()) == (expected and expected.span()), (pattern.pattern, text)


def test_a_python_without_the_parser_of_re_runs_every_pattern_unguarded(monkeypatch):
    import kg.extract.guards as module

    monkeypatch.setattr(module, "_parser", None)
    pattern = re.compile(r"(?P<orgs>[^，。；]{2,80}?)的代表(?:作|致辞)")

    assert module.guarded.__wrapped__(pattern) is pattern


def test_a_lexicons_guards_are_read_once_and_kept_for_the_next_run(monkeypatch, tmp_path):
    """The words of a lexicon's guards are worked out once and read back from disk after; what
    is read back guards as what was worked out."""
    import kg.extract.guards as module
    import kg.reference.compiled as compiled

    monkeypatch.setattr(compiled, "_cache_dirs", lambda folder: [tmp_path])
    patterns = [re.compile(r"(?:与|同|和)?(?P<orgs>[^，。；]{2,80}?)(?:共同|合作|联合)"), re.compile(r"由于[^，]{2,9}?主办")]
    first = module.guarded_all(patterns, "test-lexicon")
    assert [type(p) for p in first] == [GuardedPattern, re.Pattern]
    assert len(list(tmp_path.glob("guards-test-lexicon-*.pickle"))) == 1

    def parse_again(pattern):
        raise AssertionError("a kept guard was worked out again")

    monkeypatch.setattr(module, "guard_words", parse_again)
    again = module.guarded_all(patterns, "test-lexicon")
    assert again[0].guard.pattern == first[0].guard.pattern and again[1] is patterns[1]
    # an edited pattern is another key: its guards are worked out anew, not read stale
    with pytest.raises(AssertionError, match="worked out again"):
        module.guarded_all([re.compile(r"(?:与|同)?(?P<orgs>[^，。；]{2,80}?)共同")], "test-lexicon")


@pytest.mark.parametrize("code", ["zh", "en", "fr", "es", "ar", "ru"])
def test_a_lexicon_is_the_same_in_every_process(code):
    """Patterns built from sets must not depend on the process's string hashing: their guards
    are kept under a hash of their text, and a report must read alike in every run."""
    import subprocess
    import sys

    script = (f"import hashlib, re, kg.extract.{code}.lexicon as lexicon; "
              "print(hashlib.sha1(repr(sorted((k, v.pattern) for k, v in vars(lexicon).items() "
              "if isinstance(v, re.Pattern))).encode()).hexdigest())")
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(seen) == 1
