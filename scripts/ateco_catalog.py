"""Build resources/catalogs/ateco.csv from ISTAT's table of the ATECO 2025 structure.

    python scripts/ateco_catalog.py STRUTTURA.csv [resources/catalogs/ateco.csv]

The input is ISTAT's "Struttura ATECO 2025 con note esplicative" as CSV: semicolons,
Windows-1252, columns ORDINE_CODICE;CODICE;IT_TITOLO;EN_TITOLO;GERARCHIA;... and one row
per explanatory note, so a code repeats. The output keeps one row per code in ISTAT's
order, with its Italian title as ISTAT writes it and its level (1 sezione, 2 divisione,
3 gruppo, 4 classe, 5 categoria, 6 sottocategoria), in UTF-8. Run it again when ISTAT
publishes an update, and change ATECO-LICENSE.md's edition line with it.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEVELS = range(1, 7)


def convert(source: Path, target: Path) -> int:
    """Write the catalogue; return the number of codes."""
    with source.open(encoding="cp1252", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    codes: dict[str, tuple[int, str, int]] = {}
    for row in rows:
        code = row["CODICE"].strip()
        title = " ".join(row["IT_TITOLO"].split())
        level = int(row["GERARCHIA"])
        if not code or level not in LEVELS:
            raise SystemExit(f"unexpected row: {row}")
        known = codes.get(code)
        if known and known[1] != title:
            raise SystemExit(f"code {code} has two titles: {known[1]!r} and {title!r}")
        codes.setdefault(code, (int(row["ORDINE_CODICE"]), title, level))
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "title", "level"])
        for code, (_, title, level) in sorted(codes.items(), key=lambda kv: kv[1][0]):
            writer.writerow([code, title, level])
    return len(codes)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    target = Path(argv[1]) if len(argv) > 1 else ROOT / "resources" / "catalogs" / "ateco.csv"
    print(f"{convert(Path(argv[0]), target)} codes written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
