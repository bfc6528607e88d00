"""How the screens say whether an image of a person may be taken and published (their
photo consent, services/youth/photos.py): «Foto: sì» or «Foto: no», before anything
that could publish one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def photo_word(allowed: bool) -> str:
    """The roster's cell: «sì» / «no»."""
    return translate("Photos", "sì") if allowed else translate("Photos", "no")


def photo_line(allowed: bool) -> str:
    """A young person's line: «Foto: sì» or «Foto: no» with what it means."""
    if allowed:
        return translate("Photos", "Foto: sì (consenso alle immagini valido)")
    return translate("Photos", "Foto: no. Nessun consenso alle immagini valido: non "
                               "fotografarla/o e non pubblicarne immagini.")
