"""Every file the tool writes, written one way: whole or not at all, readable by others, and
`-` for standard output.

A file is written to a temporary file beside it, flushed to the disk (fsync), given mode 0644
and renamed over the target, so a reader never sees half a file and a failed write (a full
disk, a folder that went read-only) leaves the old file as it was. `check_writable` runs the
same steps on an empty probe before a command starts its work, so that a file that cannot be
written is refused before minutes of extraction, not after. Every OS error becomes one
`OutputError` naming the path. A device or a pipe (`/dev/null`, `/dev/stdout`, a named pipe)
is written in place: renaming over it would replace the device itself, which root may do. A
symbolic link is followed: the file it points to is replaced, the link stays.
"""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from kg.errors import OutputError

STREAM = "-"  # as a file name: standard input or output, as every Unix tool reads it
SHARED_MODE = 0o644  # mkstemp makes files private (0600); graph files and pages are meant to be shared


def is_stream(path: str | Path | None) -> bool:
    """Does `path` name standard input or output (`-`)?"""
    return path is not None and str(path) == STREAM


def check_writable(path: str | Path) -> None:
    """Refuse, before any work is done, a file that cannot be written: a missing folder, a
    folder given as the file name, a folder where no file can be made (read-only, no
    permission, a path under a file). Standard output always passes."""
    if is_stream(path):
        return
    path = Path(path)
    if is_special(path):
        if not os.access(path, os.W_OK):
            raise OutputError(f"{path}: cannot write here (Permission denied); nothing was written")
        return
    path = _followed(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name to write")
    folder = path.parent
    if not folder.exists() and not folder.is_symlink():
        raise OutputError(f"{path}: folder {folder} does not exist; create it first")
    try:
        handle, probe = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise OutputError(cannot_write(path, error)) from error
    os.close(handle)
    os.unlink(probe)


def write_atomically(path: str | Path, data: bytes) -> int:
    """Write `data` to `path` whole or not at all (or to standard output for `-`); returns its
    size in bytes. Raises `OutputError` naming the path when the system refuses."""
    if is_stream(path):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return len(data)
    path = Path(path)
    if is_special(path):
        return _write_in_place(path, data)
    path = _followed(path)
    check_writable(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())  # on the disk before the rename makes it the file
        os.chmod(temporary, SHARED_MODE)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(cannot_write(path, error)) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(data)


def is_special(path: Path) -> bool:
    """Is `path` (or what its link points to) a device, a pipe or a socket, not a file?"""
    try:
        mode = path.stat().st_mode
    except OSError:  # missing, or a dangling link: a file will be made
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _followed(path: Path) -> Path:
    """The file a symbolic link points to (the link itself is kept), else `path`."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _write_in_place(path: Path, data: bytes) -> int:
    """Write to a device or pipe as it is, since it cannot be replaced by a file."""
    try:
        with open(path, "wb") as out:
            out.write(data)
    except OSError as error:
        raise OutputError(cannot_write(path, error)) from error
    return len(data)


def cannot_write(path: str | Path, error: OSError) -> str:
    """One line for the user on an OS error met while writing `path`."""
    if isinstance(error, IsADirectoryError):
        return f"{path}: is a folder; give a file name to write"
    if isinstance(error, NotADirectoryError):
        return f"{path}: a part of this path is a file, not a folder; check the path"
    reason = error.strerror or str(error)
    return f"{path}: cannot write here ({reason}); nothing was written"


def read_input(path: str | Path) -> bytes:
    """The bytes of a file, or of standard input for `-`."""
    if is_stream(path):
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def spool_input(folder: Path, name: str | None = None) -> Path:
    """Standard input saved as a file in `folder`, for the readers that take a file: named
    `name`, else `stdin` with the extension its first bytes call for (.pdf, .docx, .html, .txt),
    so that its type and language are told as a file's are."""
    data = sys.stdin.buffer.read()
    path = folder / Path(name or f"stdin{report_suffix(data)}").name
    path.write_bytes(data)
    return path


def report_suffix(data: bytes) -> str:
    """The file extension of a report by its first bytes."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04"):
        return ".docx"
    lowered = head.lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:512]:
        return ".html"
    return ".txt"
