"""The work plan's catalogues shipped with the app: occupations (ISTAT CP2021, a subset),
skills (the programme's list) and the comuni of the province of Brescia with their
coordinates (resources/catalogs/, WORK-CATALOGS-LICENSE.md says the sources and
licences). Read once; nothing is downloaded at run time.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from genera_desktop.domain.text import fold
from genera_desktop.paths import resources_dir

OCCUPATIONS = "occupations"
SKILLS = "skills"
CATALOGS = (OCCUPATIONS, SKILLS)


@dataclass(frozen=True)
class Item:
    """One code of a catalogue and its Italian label."""

    code: str
    label: str


@dataclass(frozen=True)
class Comune:
    istat: str
    name: str
    lat: float
    lon: float


def _path(name: str) -> Path:
    return resources_dir() / "catalogs" / f"{name}.csv"


@lru_cache(maxsize=4)
def entries(catalog: str) -> tuple[Item, ...]:
    """Every entry of ``occupations`` or ``skills``, in the file's order."""
    if catalog not in CATALOGS:
        raise KeyError(catalog)
    with _path(catalog).open(encoding="utf-8", newline="") as handle:
        return tuple(Item(row["code"], row["label"]) for row in csv.DictReader(handle))


@lru_cache(maxsize=4)
def _labels(catalog: str) -> dict[str, str]:
    return {item.code: item.label for item in entries(catalog)}


def label(catalog: str, code: str) -> str | None:
    """The Italian label of a code, or None if the catalogue does not have it."""
    return _labels(catalog).get(code)


def unknown_codes(catalog: str, codes: list[str] | tuple[str, ...]) -> list[str]:
    """The codes that are not in the catalogue, in the order given."""
    known = _labels(catalog)
    return [c for c in codes if c not in known]


def search(catalog: str, text: str | None = None) -> list[Item]:
    """Entries whose code starts with ``text`` or whose label has every word typed at
    the start of one of its words (accents and case aside); all without ``text``."""
    items = entries(catalog)
    query = (text or "").strip()
    if not query:
        return list(items)
    words = fold(query).split()
    out = []
    for item in items:
        label_words = fold(item.label).replace("'", " ").replace("(", " ").split()
        if item.code.startswith(query) or all(
                any(w.startswith(q) for w in label_words) for q in words):
            out.append(item)
    return out


@lru_cache(maxsize=1)
def comuni() -> dict[str, Comune]:
    """The comuni with coordinates, by folded name."""
    with _path("comuni").open(encoding="utf-8", newline="") as handle:
        return {fold(row["name"]): Comune(row["istat"], row["name"], float(row["lat"]),
                                          float(row["lon"]))
                for row in csv.DictReader(handle)}


@lru_cache(maxsize=4096)
def comune(name: str | None) -> Comune | None:
    """A comune by name (accents and case aside), or None if it is not in the table."""
    if not name:
        return None
    return comuni().get(fold(name.strip()))


EARTH_RADIUS_KM = 6371.0


@lru_cache(maxsize=65536)
def distance_km(a: str | None, b: str | None) -> float | None:
    """The straight-line distance between two comuni (haversine), None if either is
    unknown."""
    first, second = comune(a), comune(b)
    if first is None or second is None:
        return None
    return haversine_km(first.lat, first.lon, second.lat, second.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
