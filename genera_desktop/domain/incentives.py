"""The hiring incentives shipped with the app: the national measures a welfare
programme's hirings meet (resources/catalogs/incentives.csv; sources in
WORK-CATALOGS-LICENSE.md), each with its legal basis and validity. Read once; nothing
is downloaded at run time.

The coordinator's ``incentive`` records come first: one with the same code, in any
case, overrides the shipped measure (services/work/hirings.py). Codes are compared
case-insensitively, as they are typed by hand.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from genera_desktop.paths import resources_dir


@dataclass(frozen=True)
class Measure:
    """One shipped measure; ``valid_to`` empty when the law sets no end."""

    code: str
    name: str
    legal_basis: str
    for_whom: str
    valid_from: str
    valid_to: str
    description: str
    source_url: str
    notes: str

    def valid_on(self, day: str) -> bool:
        """Whether the measure holds on ``day`` (ISO)."""
        return (not self.valid_from or self.valid_from <= day) and (
            not self.valid_to or day <= self.valid_to)


def code_key(code: str) -> str:
    """How a code is looked up: ``adi`` and ``ADI`` are the same code."""
    return code.strip().casefold()


@lru_cache(maxsize=1)
def measures() -> tuple[Measure, ...]:
    """Every shipped measure, in the file's order."""
    path = resources_dir() / "catalogs" / "incentives.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(Measure(**{k: (v or "").strip() for k, v in row.items()})
                     for row in csv.DictReader(handle))


def by_code() -> dict[str, Measure]:
    """The shipped measures by ``code_key``."""
    return {code_key(m.code): m for m in measures()}
