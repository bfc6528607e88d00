"""Reading PDFs back in tests: their text, and each text run's font and size."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    """All the text, whitespace folded: a label may wrap at a line end."""
    return " ".join(" ".join(pages_text(pdf)).split())


def runs(pdf: bytes) -> list[tuple[str, str, float]]:
    """Every text run as (text, font name, size in points)."""
    found: list[tuple[str, str, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            found.append((text.strip(), name, size * (tm[0] or 1)))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return found


def bold_runs(pdf: bytes) -> set[str]:
    return {text for text, font, _ in runs(pdf) if font.endswith("-Bold")}
