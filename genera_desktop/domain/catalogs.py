"""Catalogues shipped with the app: ISTAT's ATECO 2025 classification of economic activities.

The table is ``resources/catalogs/ateco.csv`` (code, Italian title, level; see
ATECO-LICENSE.md beside it for the source and licence), read once from the resources
folder of a checkout or of the frozen build: nothing is downloaded at run time.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from genera_desktop.domain.text import fold
from genera_desktop.paths import resources_dir

# The six levels of ATECO, from the section (a letter) to the subcategory (six digits).
ATECO_LEVELS = {
    1: "sezione",
    2: "divisione",
    3: "gruppo",
    4: "classe",
    5: "categoria",
    6: "sottocategoria",
}

_DIGITS_AND_DOTS = re.compile(r"[0-9][0-9. ]*")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Entry:
    """One code of a catalogue with its label (and, for ATECO, its level 1–6)."""

    code: str
    label: str
    level: int = 0


def ateco_path() -> Path:
    """The shipped ATECO table."""
    return resources_dir() / "catalogs" / "ateco.csv"


@lru_cache(maxsize=1)
def ateco_entries() -> tuple[Entry, ...]:
    """Every ATECO 2025 code in ISTAT's order (a section, then its divisions, ...).

    Read once and kept: a tuple, so no caller can change the cached catalogue.
    """
    with ateco_path().open(encoding="utf-8", newline="") as handle:
        return tuple(
            Entry(row["code"], row["title"], int(row["level"])) for row in csv.DictReader(handle)
        )


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Entry]:
    return {entry.code: entry for entry in ateco_entries()}


@lru_cache(maxsize=1)
def _index() -> tuple[tuple[Entry, str, tuple[str, ...]], ...]:
    """Per entry: its code without dots and the folded words of its label."""
    return tuple(
        (entry, entry.code.replace(".", ""), tuple(_WORD.findall(fold(entry.label))))
        for entry in ateco_entries()
    )


def normalize_ateco(code: str) -> str:
    """Write a code the way ISTAT does: '6210' and ' 62.10 ' become '62.10', 'c' 'C'.

    Digits are grouped 2, 1, 1, 1, 1 behind dots ('621000' is '62.10.00'); anything
    else is returned trimmed and upper-cased, to be looked up as it is.
    """
    text = code.strip().upper()
    digits = text.replace(".", "").replace(" ", "")
    if digits.isdigit() and 2 <= len(digits) <= 6:
        return ".".join(part for part in (digits[:2], digits[2:4], digits[4:6]) if part)
    return text


def ateco_entry(code: str | None) -> Entry | None:
    """The catalogue's entry for ``code`` (written with or without dots), or None."""
    if not code:
        return None
    return _by_code().get(normalize_ateco(code))


def ateco_label(code: str | None) -> str | None:
    """The Italian title of an ATECO code, or None if the catalogue does not have it."""
    entry = ateco_entry(code)
    return entry.label if entry else None


def search_ateco(text: str, limit: int = 20) -> list[Entry]:
    """Entries matching what a user typed, in catalogue order, at most ``limit``.

    Digits (with or without dots) match codes that start with them: '88.9' and '889'
    find 88.9, 88.91, 88.99.01, ... A single letter is a section ('Q'). Otherwise every
    word typed must begin a word of the title, accents and case aside: 'assist soc'
    finds "Altre attività di assistenza sociale non residenziale".
    """
    query = text.strip()
    if not query or limit <= 0:
        return []
    found: list[Entry] = []
    if _DIGITS_AND_DOTS.fullmatch(query):
        prefix = query.replace(".", "").replace(" ", "")
        for entry, bare, _ in _index():
            if bare.startswith(prefix):
                found.append(entry)
                if len(found) == limit:
                    break
        return found
    if len(query) == 1 and query.isalpha():
        section = _by_code().get(query.upper())
        return [section] if section else []
    words = _WORD.findall(fold(query))
    if not words:
        return []
    for entry, _, label_words in _index():
        if all(any(w.startswith(q) for w in label_words) for q in words):
            found.append(entry)
            if len(found) == limit:
                break
    return found
