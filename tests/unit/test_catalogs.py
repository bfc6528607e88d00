"""The ATECO 2025 catalogue shipped in resources/catalogs: complete, found, searched."""

from __future__ import annotations

import csv
import re
from collections import Counter

import pytest

from genera_desktop.domain.catalogs import (
    Entry,
    ateco_entries,
    ateco_entry,
    ateco_label,
    normalize_ateco,
    search_ateco,
)
from genera_desktop.paths import resources_dir


def test_the_catalogue_is_shipped_with_its_licence() -> None:
    folder = resources_dir() / "catalogs"
    assert (folder / "ateco.csv").is_file()
    licence = (folder / "ATECO-LICENSE.md").read_text("utf-8")
    for needed in ("ISTAT", "ATECO 2025", "CC BY 4.0", "Fonte: Istat"):
        assert needed in licence, needed


def test_every_level_of_ateco_2025_is_there() -> None:
    entries = ateco_entries()
    levels = Counter(e.level for e in entries)
    # ATECO 2025 = NACE Rev. 2.1 down to the class, plus the national digits.
    assert (levels[1], levels[2], levels[3], levels[4]) == (22, 87, 287, 651)
    assert levels[5] > 900 and levels[6] > 1100
    assert len({e.code for e in entries}) == len(entries), "one row per code"
    assert all(e.label.strip() == e.label and e.label for e in entries)


def test_codes_are_in_istat_order_and_shape() -> None:
    entries = ateco_entries()
    assert entries[0] == Entry("A", "AGRICOLTURA, SILVICOLTURA E PESCA", 1)
    shapes = {1: r"^[A-Z]$", 2: r"^\d\d$", 3: r"^\d\d\.\d$", 4: r"^\d\d\.\d\d$",
              5: r"^\d\d\.\d\d\.\d$", 6: r"^\d\d\.\d\d\.\d\d$"}
    for entry in entries:
        assert re.match(shapes[entry.level], entry.code), entry
    # each code follows its parent: a division after its section, a class after its group
    seen: set[str] = set()
    for entry in entries:
        if entry.level > 2:
            parent = entry.code[:-1].rstrip(".")
            assert parent in seen, entry.code
        seen.add(entry.code)


def test_the_file_is_utf8_with_the_accents_of_istat() -> None:
    with (resources_dir() / "catalogs" / "ateco.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0].keys() == {"code", "title", "level"}
    assert ateco_label("C") == "ATTIVITÀ MANIFATTURIERE"


def test_entries_are_read_once_and_cannot_be_changed() -> None:
    assert ateco_entries() is ateco_entries()
    with pytest.raises(AttributeError):
        ateco_entries()[0].code = "Z"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("62.10", "62.10"), ("6210", "62.10"), (" 62.10.00 ", "62.10.00"), ("621000", "62.10.00"),
     ("889", "88.9"), ("88", "88"), ("q", "Q"), ("88.99.01", "88.99.01")],
)
def test_codes_are_found_with_or_without_dots(typed: str, code: str) -> None:
    assert normalize_ateco(typed) == code
    entry = ateco_entry(typed)
    assert entry is not None and entry.code == code


def test_labels_of_codes_the_programme_meets() -> None:
    assert ateco_label("88.99") == "Altre attività di assistenza sociale non residenziale n.c.a."
    assert ateco_label("Q") == "ISTRUZIONE"
    assert ateco_label("56.11") is not None  # restaurants
    for unknown in ("99.99.99", "", None, "ZZ", "88.99.00"):  # 88.99.00 is ATECO 2007 only
        assert ateco_label(unknown) is None, unknown


def test_search_by_code_prefix_in_catalogue_order() -> None:
    found = search_ateco("88.9", limit=50)
    codes = [e.code for e in found]
    assert codes[0] == "88.9"
    assert all(c.replace(".", "").startswith("889") for c in codes)
    assert "88.99.01" in codes
    assert [e.code for e in search_ateco("889", limit=50)] == codes
    assert [e.code for e in search_ateco("88", limit=3)] == ["88", "88.1", "88.10"]


def test_search_by_words_ignores_accents_and_case() -> None:
    found = search_ateco("ASSISTENZA sociale", limit=100)
    assert found and all("assistenza sociale" in e.label.lower() for e in found)
    assert search_ateco("attivita manifatturiere")[0].code == "C"
    # words may be cut short, in any order
    short = search_ateco("soc assist", limit=100)
    assert {e.code for e in found} <= {e.code for e in short}
    assert search_ateco("Attività") and search_ateco("ATTIVITA") == search_ateco("attività")


def test_search_limits_and_empty_queries() -> None:
    assert len(search_ateco("coltivazione", limit=5)) == 5
    assert search_ateco("") == [] and search_ateco("   ") == []
    assert search_ateco("coltivazione", limit=0) == []
    assert search_ateco("zzzzqqq") == []
    assert search_ateco("?!") == []
    assert search_ateco("q") == [ateco_entry("Q")]

