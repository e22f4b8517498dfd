"""pypinyin's `lazy_pinyin`, without loading its 47,000 phrases and 42,000 characters on every run.

pypinyin reads its whole phrase dictionary when imported (a quarter of a second, more than the
rest of a cold `kg build` of a Chinese report), and its table of single characters (0.8 MB of
JSON, a tenth of the build), though a name needs only the phrases and characters that occur in
it. Both are compiled once per install into an SQLite file, the phrases keyed by their first
character (beside the reference data, kg.reference.compiled). pypinyin is imported without its
phrases (its documented `PYPINYIN_NO_PHRASES`) and with an empty character table (the module
`pypinyin.pinyin_dict`, which only `pypinyin.constants` reads, is given as one whose table is
empty), and before a text is converted its characters and the phrases starting with one of them
are loaded into pypinyin (`load_single_dict`, `load_phrases_dict`). Its segmenter and converter
only ever look up the text's characters and phrases that occur in the text, and every such
phrase starts with one of the text's characters, so the result is pypinyin's own.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import tempfile
import types
from functools import lru_cache
from importlib import util
from pathlib import Path

from kg.paths import DATA
from kg.reference.compiled import _cache_dirs


class _Phrases:
    """The phrase table, and the first characters whose phrases pypinyin holds already."""

    def __init__(self, path: Path | None) -> None:
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True) if path else None
        self.loaded: set[str] = set()


@lru_cache(maxsize=1)
def _pypinyin():
    """pypinyin, imported without its phrases unless something imported it with them already;
    and the phrase table (None when pypinyin holds every phrase)."""
    if "pypinyin" in sys.modules:
        import pypinyin

        return pypinyin, _Phrases(None)
    table = _table()
    saved = {name: os.environ.get(name) for name in ("PYPINYIN_NO_PHRASES", "PYPINYIN_NO_DICT_COPY")}
    os.environ.update({name: "1" for name in saved})  # only while it is imported: not for children
    if table is not None:  # the character table starts empty (NO_DICT_COPY: pypinyin uses it as is)
        empty = types.ModuleType("pypinyin.pinyin_dict")
        empty.pinyin_dict = {}
        sys.modules["pypinyin.pinyin_dict"] = empty
    try:
        import pypinyin
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    if table is None:  # nowhere to keep the table: the phrases the usual way
        from pypinyin import phrases_dict

        pypinyin.load_phrases_dict(phrases_dict.phrases_dict)
    return pypinyin, _Phrases(table)


def _table() -> Path | None:
    """The compiled phrase and character tables of the installed pypinyin, made on first use;
    named by the size and time of the files they are made from (importlib.metadata, for the
    version, would import the email package: a twentieth of a cold build)."""
    source = Path(util.find_spec("pypinyin").origin).parent
    files = [source / "phrases_dict.json", source / "pinyin_dict.json"]
    stamp = " ".join(f"{file.stat().st_size}:{file.stat().st_mtime_ns}" for file in files)
    name = f"pinyin-tables-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.sqlite"
    for where in _cache_dirs(DATA):
        if (where / name).is_file():
            return where / name
    phrases = json.loads((source / "phrases_dict.json").read_text(encoding="utf-8"))
    characters = json.loads((source / "pinyin_dict.json").read_text(encoding="utf-8"))  # code point -> pinyin
    for where in _cache_dirs(DATA):
        try:  # built aside, then renamed: a concurrent run never opens half a table
            where.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=where, suffix=".tmp")
            os.close(handle)
            with sqlite3.connect(temporary) as connection:
                connection.execute("CREATE TABLE phrases (first TEXT, phrase TEXT, pinyin TEXT)")
                connection.executemany("INSERT INTO phrases VALUES (?, ?, ?)",
                                       ((p[0], p, json.dumps(v, ensure_ascii=False)) for p, v in phrases.items()))
                connection.execute("CREATE INDEX by_first ON phrases (first)")
                connection.execute("CREATE TABLE characters (code INTEGER PRIMARY KEY, pinyin TEXT)")
                connection.executemany("INSERT INTO characters VALUES (?, ?)",
                                       ((int(code), pinyin) for code, pinyin in characters.items()))
            connection.close()
            for old in [*where.glob("pinyin-phrases-*.sqlite"), *where.glob("pinyin-tables-*.sqlite")]:
                old.unlink(missing_ok=True)
            os.replace(temporary, where / name)
            return where / name
        except (OSError, sqlite3.Error):
            Path(temporary).unlink(missing_ok=True)
            continue
    return None


def lazy_pinyin(text: str) -> list[str]:
    """`pypinyin.lazy_pinyin(text)`: the pinyin of each character, without tones."""
    pypinyin, phrases = _pypinyin()
    if phrases.connection is not None:
        new = sorted(set(text) - phrases.loaded)
        if new:
            marks = ",".join("?" * len(new))
            rows = phrases.connection.execute(f"SELECT code, pinyin FROM characters WHERE code IN ({marks})",
                                              [ord(character) for character in new])
            characters = dict(rows)
            if characters:
                pypinyin.load_single_dict(characters)
            rows = phrases.connection.execute(f"SELECT phrase, pinyin FROM phrases WHERE first IN ({marks})", new)
            found = {phrase: json.loads(pinyin) for phrase, pinyin in rows}
            if found:
                pypinyin.load_phrases_dict(found)
            phrases.loaded.update(new)
    return pypinyin.lazy_pinyin(text)
