"""Files a view writes (pages, GraphML, GEXF): whole or not at all, like graph files."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.views.errors import ViewError


def write_atomically(path: str | Path, data: bytes) -> int:
    """Write `data` to a temporary file beside `path`, then rename it; returns the size in bytes."""
    path = Path(path)
    if not path.parent.exists():
        raise ViewError(f"{path}: folder {path.parent} does not exist; create it first")
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; these files are meant to be shared
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(data)
