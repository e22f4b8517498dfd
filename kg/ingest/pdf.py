"""PDF -> text with pypdf, page by page, so the layout stage sees what a PDF reader gives."""
from __future__ import annotations

import io
from pathlib import Path

from kg.errors import InputError


def pdf_text(path: Path, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as error:
        raise InputError(f"{path}: cannot read this PDF ({error}); is it damaged?") from error
    text = "\n".join(pages)
    if sum(1 for c in text if not c.isspace()) < 40:
        raise InputError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first "
                         f"or give the text version")
    return text
