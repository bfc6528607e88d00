"""The record kinds' declarations (store/kinds.py), for the faces.

The GUI and the command line read a kind's names, words, area and list columns from
here, so they import nothing from store/ (DESIGN.md, "Layers").
"""

from __future__ import annotations

from genera_desktop.store.kind import FieldText, KindSpec, Names
from genera_desktop.store.kinds import KINDS, kinds_in_area

__all__ = ["KINDS", "FieldText", "KindSpec", "Names", "kinds_in_area"]
