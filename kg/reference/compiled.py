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

import yaml

from kg.extract import facts

# libyaml's C parser where PyYAML was built with it: ten times faster than the pure-Python one
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FORMAT = 2  # bump when the pickled classes change shape


def gazetteer_module():
    from kg.reference import gazetteer  # imports this module: looked up late
    return gazetteer


def read_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)


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
    for where in _cache_dirs(folder):
        try:
            return pickle.loads((where / name).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            continue
    built = build(folder)
    data = pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL)
    for where in _cache_dirs(folder):
        try:  # atomically, so a concurrent run never reads half a file
            where.mkdir(parents=True, exist_ok=True)
            for old in where.glob(f"{kind}-*.pickle"):
                old.unlink(missing_ok=True)
            handle, tmp = tempfile.mkstemp(dir=where, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(tmp, where / name)
            break
        except OSError:
            continue
    return built
