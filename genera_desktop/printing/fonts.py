"""The embedded TrueType font of the printed forms.

DejaVu Sans (shipped in ``resources/fonts`` with its licence) covers Italian accents and
the letters of the families the points meet: Ștefan, Përparim, Łukasz, Gülşen, François,
Jürgen. ReportLab's standard Helvetica would drop most of them, so every form uses it.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "GeneraSans"
FONT_BOLD = "GeneraSans-Bold"

_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """Return the ``resources/fonts`` folder, from a source checkout or a frozen build.

    PyInstaller unpacks data files under ``sys._MEIPASS``; from source the folder sits at
    the repository root, some levels above this module.
    """
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources" / "fonts")
    here = Path(__file__).resolve()
    candidates.extend(parent / "resources" / "fonts" for parent in here.parents)
    for candidate in candidates:
        if (candidate / _FILES[FONT]).is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"resources/fonts with {_FILES[FONT]} not found (searched: {searched})")


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces with ReportLab once; return their names.

    Also maps the family so that ``<b>`` inside a Paragraph picks the bold face.
    """
    global _registered
    with _lock:
        if not _registered:
            folder = fonts_dir()
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
            for italic in (0, 1):
                addMapping(FONT, 0, italic, FONT)
                addMapping(FONT, 1, italic, FONT_BOLD)
            _registered = True
    return FONT, FONT_BOLD
