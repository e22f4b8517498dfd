"""The reference data in compiled form: the YAML files are parsed once per change, not once per
run. The loaded gazetteer is pickled beside the data (or in the user's cache folder when the
package folder is read-only), under the hash of the files it was built from, so an edited data
file is seen at the next run."""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable

from kg.extract import facts
from kg.paths import DATA

FORMAT = 2  # bump when the pickled classes change shape


def gazetteer_module():
    from kg.reference import gazetteer  # imports this module: looked up late
    return gazetteer


def parse_yaml(text: str):
    import yaml  # only when a file is parsed, not when its compiled copy is read

    # libyaml's C parser where PyYAML was built with it: ten times faster than the pure-Python one
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_yaml(path: Path):
    """A data file's content, from its compiled copy (beside it, under the hash of its bytes)
    once it has been parsed: a language's tables are read on every run that needs them."""
    data = path.read_bytes()
    kind = f"yaml-{path.stem}"
    name = f"{kind}-{hashlib.sha1(data).hexdigest()[:16]}.pickle"
    found = _load(_cache_dirs(path.parent), name)
    if found is not _MISSING:
        return found
    parsed = parse_yaml(data.decode("utf-8"))
    _save(_cache_dirs(path.parent), name, kind, parsed)
    return parsed


def fingerprint(folder: Path) -> str:
    """A hash of every data file the gazetteer reads and of the code that builds it, so that
    neither an edited name nor a new field of `Entity` meets a stale copy."""
    digest = hashlib.sha1(str(FORMAT).encode())
    for module in (facts, gazetteer_module()):
        digest.update(Path(module.__file__).read_bytes())
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("names/*.yaml")):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_dirs(folder: Path) -> list[Path]:
    user = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "unkg"
    return [folder / "__compiled__", user]


def cached(folder: Path, build: Callable[[Path], object], *, kind: str = "gazetteer",
           key: str = "") -> object:
    """`build(folder)`, from the compiled copy when one matches the data files (and `key`, what
    else the built thing depends on); one copy of each `kind` is kept."""
    name = f"{kind}-{fingerprint(folder)}{key}.pickle"
    found = _load(_cache_dirs(folder), name)
    if found is not _MISSING:
        return found
    built = build(folder)
    _save(_cache_dirs(folder), name, kind, built)
    return built


def remembered(kind: str, key: str, build: Callable[[], object]) -> object:
    """`build()`, kept beside the data (or in the user's cache folder) for the next run under
    `key`, a hash of what it is made from (for what is worked out from code, not data files);
    one copy of each `kind` is kept."""
    name = f"{kind}-{key}.pickle"
    dirs = _cache_dirs(DATA)
    found = _load(dirs, name)
    if found is not _MISSING:
        return found
    built = build()
    _save(dirs, name, kind, built)
    return built


_MISSING = object()


def _load(dirs: list[Path], name: str) -> object:
    for where in dirs:
        try:
            return pickle.loads((where / name).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            continue
    return _MISSING


def _save(dirs: list[Path], name: str, kind: str, value: object) -> None:
    """Keep `value` as `name` in the first folder that takes it; older copies of `kind` go."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    for where in dirs:
        try:  # atomically, so a concurrent run never reads half a file
            where.mkdir(parents=True, exist_ok=True)
            for old in where.glob(f"{kind}-*.pickle"):
                old.unlink(missing_ok=True)
            handle, tmp = tempfile.mkstemp(dir=where, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(tmp, where / name)
            return
        except OSError:
            continue
