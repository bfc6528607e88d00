"""The housing plan's figures as tables of the XLSX and PDF reports (reports/tables.py
shows them after community life's).

Counts go through reports/suppression.py like every other: under 5 they are "<5", and
more cells are withheld where a hidden one could be worked out from a total. The sums a
reader can form: each column of the table by point adds up to its figure in the
summary; applications by status add up to the applications, arrears by status to the
arrears cases, agreed rents by band to the agreed contracts. Euro amounts are not
counts of people and are shown as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from genera_desktop.domain import vocab_housing as vh
from genera_desktop.domain.money import euro_text as _euro
from genera_desktop.domain.vocab import Enumeration
from genera_desktop.reports.housing_indicator_tables import indicator_tables
from genera_desktop.reports.suppression import Count, Relation, suppress

NOT_GIVEN = "non indicato"
SUMMED = ("agreed_rent_contracts", "guarantee_applications", "arrears_cases",
          "cohousing_pacts_active")


def _label(enumeration: Enumeration, code: str) -> str:
    return str(enumeration.labels.get(code, code or NOT_GIVEN))




class HousingCounts:
    """The housing counts of one report, suppressed together."""

    def __init__(self, ind: Mapping[str, Any]) -> None:
        self.total = {name: Count(int(ind.get(name, 0))) for name in (
            *SUMMED, "evictions", "evictions_avoided", "arrears_resolved")}
        self.points = [(code, {name: Count(int(v)) for name, v in figures.items()})
                       for code, figures in ind.get("housing_by_point", {}).items()]
        # A row of these is there only when it counts one at least.
        self.statuses = [(s, Count(int(n), 1)) for s, n in
                         ind.get("guarantee_applications_by_status", {}).items()]
        self.arrears = [(s, Count(int(n), 1)) for s, n in
                        ind.get("arrears_by_status", {}).items()]
        self.bands = [(b, Count(int(n), 1)) for b, n in
                      ind.get("agreed_rents_by_band", {}).items()]
        counts = list(self.total.values())
        for _, figures in self.points:
            counts += list(figures.values())
        for rows in (self.statuses, self.arrears, self.bands):
            counts += [n for _, n in rows]
        suppress(counts, self._sums())

    def _sums(self) -> list[Relation]:
        sums: list[tuple[Count, list[Count]]] = [
            (self.total[name], [f[name] for _, f in self.points if name in f])
            for name in SUMMED]
        sums.append((self.total["guarantee_applications"], [n for _, n in self.statuses]))
        sums.append((self.total["arrears_cases"], [n for _, n in self.arrears]))
        sums.append((self.total["agreed_rent_contracts"], [n for _, n in self.bands]))
        return [Relation(parts, total) for total, parts in sums
                if parts and sum(p.value for p in parts) <= total.value]


def housing_tables(ind: Mapping[str, Any]) -> list[Any]:
    """The tables of the housing plan, in reading order (ReportTable of reports/tables.py)."""
    from genera_desktop.reports.tables import CODE_WIDTHS, ReportTable

    if "agreed_rent_contracts" not in ind:
        return []
    c = HousingCounts(ind)
    t = c.total
    summary = ReportTable(
        "Piano integrato casa",
        ("Indicatore", "Valore"),
        [
            ("Contratti a canone concordato", t["agreed_rent_contracts"].shown),
            ("Dotazione dei fondi di garanzia", _euro(ind.get("guarantee_budget", 0))),
            ("Impegnato dai fondi di garanzia", _euro(ind.get("guarantee_committed", 0))),
            ("Erogato dai fondi di garanzia", _euro(ind.get("guarantee_disbursed", 0))),
            ("Domande ai fondi di garanzia", t["guarantee_applications"].shown),
            ("Morosità seguite", t["arrears_cases"].shown),
            ("di cui risolte", t["arrears_resolved"].shown),
            ("Sfratti avviati", t["evictions"].shown),
            ("Sfratti evitati (morosità risolte o chiuse senza sfratto)",
             t["evictions_avoided"].shown),
            ("Coabitazioni solidali in corso", t["cohousing_pacts_active"].shown),
        ],
        "Casa",
        (0.75, 0.25),
    )
    names = ind.get("points", {})
    by_point = ReportTable(
        "Piano casa per punto di comunità",
        ("Codice", "Punto di comunità", "Canone concordato", "Domande al fondo",
         "Morosità", "Coabitazioni"),
        [(code or NOT_GIVEN, names.get(code, ""),
          *(f["agreed_rent_contracts"].shown, f["guarantee_applications"].shown,
            f["arrears_cases"].shown, f["cohousing_pacts_active"].shown))
         for code, f in c.points],
        "Casa per punto",
        (CODE_WIDTHS[0], 0.36, *([0.13] * 4)),
    )
    funds = ReportTable(
        "Fondi di garanzia",
        ("Fondo", "Dotazione", "Impegnato", "Erogato", "Disponibile"),
        [(f.get("name") or "", _euro(f["budget"]), _euro(f["committed"]),
          _euro(f["disbursed"]), _euro(f["available"]))
         for f in ind.get("guarantee_funds", [])],
        "Fondi di garanzia",
        (0.36, 0.16, 0.16, 0.16, 0.16),
    )
    statuses = ReportTable(
        "Domande ai fondi di garanzia per stato",
        ("Stato", "Domande"),
        [(_label(vh.APPLICATION_STATUS, s), n.shown) for s, n in c.statuses],
        "Domande per stato",
    )
    arrears = ReportTable(
        "Morosità per stato",
        ("Stato", "Morosità"),
        [(_label(vh.ARREARS_STATUS, s), n.shown) for s, n in c.arrears],
        "Morosità per stato",
    )
    bands = ReportTable(
        "Canoni concordati rispetto alla fascia della zona",
        ("Esito", "Contratti"),
        [(_label(vh.BAND_CHECK, b), n.shown) for b, n in c.bands],
        "Canoni e fasce",
    )
    return [summary, by_point, funds, statuses, arrears, bands, *indicator_tables(ind)]
