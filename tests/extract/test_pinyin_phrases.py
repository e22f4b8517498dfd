"""kg.reference.pinyin loads only the phrases a text needs, and converts as pypinyin does with
all of them: every Chinese name of the reference data and the sample's sentences, compared
with pypinyin's own `lazy_pinyin` in a process of its own."""
import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
texts = json.load(sys.stdin)
if sys.argv[1] == "ours":
    from kg.reference.pinyin import lazy_pinyin
else:
    from pypinyin import lazy_pinyin
print(json.dumps([lazy_pinyin(text) for text in texts]))
"""


def texts() -> list[str]:
    names = []
    for file in ("organizations.yaml", "instruments.yaml", "countries.yaml"):
        for record in yaml.safe_load((ROOT / "kg" / "data" / file).read_text(encoding="utf-8")):
            names += [str(n) for n in (record.get("names") or {}).get("zh") or []]
    sample = (ROOT / "kg" / "data" / "reports" / "A-76-97.zh.txt").read_text(encoding="utf-8")
    return names + [line for line in sample.splitlines() if line.strip()][:200]


def convert(texts: list[str], how: str) -> list[list[str]]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, how], input=json.dumps(texts), text=True,
                          capture_output=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def test_pinyin_with_the_needed_phrases_is_pypinyin_with_all():
    given = texts()
    assert len(given) > 300
    ours, theirs = convert(given, "ours"), convert(given, "pypinyin")
    differ = [(text, a, b) for text, a, b in zip(given, ours, theirs) if a != b]
    assert not differ, differ[:5]
    # phrases matter: read one character at a time, 银行 would be yin-xing
    assert convert(["中国银行"], "ours") == [["zhong", "guo", "yin", "hang"]]


def test_pypinyin_holds_only_the_characters_converted():
    """The 42,000 characters of pypinyin's table are not read on every run: after one name,
    pypinyin holds that name's characters (and converts them as with all, tested above)."""
    script = ("from kg.reference.pinyin import lazy_pinyin\n"
              "print(lazy_pinyin('中国银行'))\n"
              "from pypinyin.constants import PINYIN_DICT\n"
              "print(sorted(PINYIN_DICT))")
    done = subprocess.run([sys.executable, "-c", script], text=True, capture_output=True, check=True, cwd=ROOT)
    converted, held = done.stdout.splitlines()
    assert converted == "['zhong', 'guo', 'yin', 'hang']"
    assert held == str(sorted(map(ord, "中国银行")))
