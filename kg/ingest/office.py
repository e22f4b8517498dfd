"""Older word-processor files (.doc, .rtf, .odt, .wpd) -> the text of their report, by way of .docx.

The UN's document system served Word 97-2003 (.doc) files for decades, and WordPerfect (.wpd)
in the 1990s; no well-kept Python library reads them. LibreOffice does: where it is installed,
such a file is converted headless to .docx in a temporary folder and read as one
(`kg.ingest.word`). Where it is not, the user is told how to get it or what to save the file as.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from kg.errors import InputError

CONVERT_TIMEOUT = 300  # seconds; a long report converts in a few


def office_text(path: Path, data: bytes) -> str:
    """The text of an older word-processor file, converted by LibreOffice."""
    from kg.ingest.word import docx_text

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise InputError(f"{path}: a {path.suffix.lower()} file is read through LibreOffice, which is not "
                         f"installed; install it (Debian: apt-get install libreoffice-writer) or save "
                         f"the file as .docx or .pdf")
    with tempfile.TemporaryDirectory(prefix="kg-office-") as folder:
        source = Path(folder) / f"report{path.suffix.lower()}"
        source.write_bytes(data)
        try:  # a profile of its own: a LibreOffice the user has open would take the job otherwise
            done = subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                                   "--convert-to", "docx", "--outdir", folder, str(source)],
                                  capture_output=True, timeout=CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired as error:
            raise InputError(f"{path}: LibreOffice did not convert the file in {CONVERT_TIMEOUT} s; "
                             f"save it as .docx or .pdf") from error
        converted = source.with_suffix(".docx")
        if done.returncode or not converted.exists():
            raise InputError(f"{path}: LibreOffice cannot read this file; check that it opens in a word "
                             f"processor, or save it as .docx or .pdf")
        return docx_text(path, converted.read_bytes())


RTF_BREAK = re.compile(r"\\(?:par|line|sect|page)\b ?")
RTF_CONTROL = re.compile(r"\\\*|\\[a-zA-Z]+-?\d* ?|\\'[0-9a-fA-F]{2}|[{}]")
XML_BREAK = re.compile(r"</text:(?:p|h)>")
XML_TAG = re.compile(r"<[^>]+>")


def glance_text(data: bytes, suffix: str) -> str:
    """Text found in an older word-processor file's bytes without converting it, for a glance
    at its symbol (a corpus groups language versions by it): the words of an .rtf between its
    control words, of an .odt's content.xml, and of a .doc's or .wpd's text pieces, stored in
    UTF-16 or in an 8-bit code page, with paragraph ends as line ends. Not the document's text."""
    if suffix == ".rtf":
        return RTF_CONTROL.sub("", RTF_BREAK.sub("\n", data.decode("latin-1")))
    if suffix == ".odt":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                xml = archive.read("content.xml").decode("utf-8", "replace")
        except (zipfile.BadZipFile, KeyError):
            return ""
        return XML_TAG.sub("", XML_BREAK.sub("\n", xml))
    pieces = (data.decode("utf-16-le", "ignore"), data.decode("latin-1"))
    return "\n".join(piece.replace("\r", "\n") for piece in pieces)
