"""The housing indicators per point and per month (reports/housing_indicators.py) as
tables of the XLSX and PDF reports, after the plan's other tables.

Aggregate only, through reports/suppression.py: a count under 5 is "<5", and each
column that adds up to the «Totale» row under it is protected against that total (one
relation per column: no cell in two sums, so the relations are a forest). The active
pairs per month do not add up over the months: that column has no total.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from genera_desktop.reports.housing_indicators import STATUS_FIGURES, SUMMED_BY_MONTH
from genera_desktop.reports.suppression import Count, Relation, suppress

NOT_GIVEN = "non indicato"
TOTAL = "Totale"
POINT_COLUMNS = (("contracts_signed", "Contratti firmati"),
                 ("arrears_opened", "Morosità aperte"),
                 ("arrears_resolved", "Morosità risolte"),
                 ("evictions_avoided", "Sfratti evitati"),
                 ("pairs_active", "Coabitazioni in corso"))
STATUS_COLUMNS = tuple(zip(STATUS_FIGURES, ("Presentate", "Istruite", "Approvate",
                                            "Respinte", "Erogate", "Chiuse"), strict=True))
MONTH_COLUMNS = (("contracts_signed", "Contratti firmati"),
                 ("applications", "Domande al fondo"),
                 ("arrears_opened", "Morosità aperte"),
                 ("arrears_resolved", "Morosità risolte"),
                 ("evictions_avoided", "Sfratti evitati"),
                 ("pairs_active", "Coabitazioni in corso"))


def _grid(rows: Mapping[str, Mapping[str, int]], columns: Sequence[str],
          summed: Sequence[str]) -> tuple[list[tuple[str, list[Count]]], list[Count | None]]:
    """Counts per row and column, and a total per summed column (None for the others),
    suppressed together."""
    grid = [(key, [Count(int(figures.get(c, 0))) for c in columns])
            for key, figures in rows.items()]
    totals: list[Count | None] = [
        Count(sum(cells[i].value for _, cells in grid)) if c in summed else None
        for i, c in enumerate(columns)]
    counts = [cell for _, cells in grid for cell in cells]
    counts += [t for t in totals if t is not None]
    relations = [Relation([cells[i] for _, cells in grid], total)
                 for i, total in enumerate(totals) if total is not None and grid]
    suppress(counts, relations)
    return grid, totals


def _rows(grid: list[tuple[str, list[Count]]], totals: list[Count | None],
          label: Any) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = [(*label(key), *(c.shown for c in cells))
                                   for key, cells in grid]
    if grid:
        rows.append((*label(None), *("" if t is None else t.shown for t in totals)))
    return rows


def indicator_tables(ind: Mapping[str, Any]) -> list[Any]:
    """Per point: contracts, arrears, evictions avoided, pairs; applications by state;
    per month: the same figures, applications summed."""
    from genera_desktop.reports.tables import CODE_WIDTHS, ReportTable

    if "housing_points" not in ind:
        return []
    names = ind.get("points", {})

    def point(code: str | None) -> tuple[str, str]:
        if code is None:
            return (TOTAL, "")
        return (code or NOT_GIVEN, names.get(code, ""))

    def month(key: str | None) -> tuple[str]:
        return (TOTAL if key is None else f"{key[5:7]}/{key[:4]}",)

    points = ind["housing_points"]
    columns = [c for c, _ in POINT_COLUMNS]
    grid, totals = _grid(points, columns, columns)
    by_point = ReportTable(
        "Piano casa: indicatori per punto",
        ("Codice", "Punto di comunità", *(h for _, h in POINT_COLUMNS)),
        _rows(grid, totals, point), "Casa indicatori per punto",
        (CODE_WIDTHS[0], 0.3, *([0.11] * len(POINT_COLUMNS))))
    columns = [c for c, _ in STATUS_COLUMNS]
    grid, totals = _grid(points, columns, columns)
    by_status = ReportTable(
        "Domande ai fondi di garanzia per punto e stato",
        ("Codice", "Punto di comunità", *(h for _, h in STATUS_COLUMNS)),
        _rows(grid, totals, point), "Casa domande per punto",
        (CODE_WIDTHS[0], 0.25, *([0.1] * len(STATUS_COLUMNS))))
    months = {m: {**f, "applications": sum(int(f.get(s, 0)) for s in STATUS_FIGURES)}
              for m, f in ind.get("housing_months", {}).items()}
    columns = [c for c, _ in MONTH_COLUMNS]
    summed = [c for c in columns if c in SUMMED_BY_MONTH or c == "applications"]
    grid, totals = _grid(months, columns, summed)
    by_month = ReportTable(
        "Piano casa per mese", ("Mese", *(h for _, h in MONTH_COLUMNS)),
        _rows(grid, totals, month), "Casa per mese",
        (0.16, *([0.14] * len(MONTH_COLUMNS))))
    return [by_point, by_status, by_month]
