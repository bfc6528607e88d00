"""The community figures as tables of the XLSX and PDF reports (reports/tables.py shows
them after the households' tables).

Every count goes through reports/suppression.py like the others: under 5 it is "<5",
and more cells are withheld where a hidden one could be worked out from a total. The
sums a reader can form: each column of the tables by point and by month adds up to its
figure in the summary (workshops, sessions, attendances, guests); initiatives by status
and organisations by type add up to theirs. Distinct participants do not add up (one
person comes in several months): they tie nothing together. Euro amounts are not
counts of people and are shown as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from genera_desktop.domain import vocab
from genera_desktop.domain.days import month_text
from genera_desktop.domain.money import euro_text as _euro
from genera_desktop.reports.suppression import Count, Relation, suppress

NOT_GIVEN = "non indicato"
SUMMED = ("workshops", "workshop_sessions", "attendances", "guests")


def _label(enumeration: vocab.Enumeration, code: str) -> str:
    return str(enumeration.labels.get(code, code or NOT_GIVEN))


def _month(key: str) -> str:
    """'2026-03' -> 'marzo 2026'."""
    return month_text(key) if key else NOT_GIVEN




class CommunityCounts:
    """The community counts of one report, suppressed together."""

    def __init__(self, ind: Mapping[str, Any]) -> None:
        self.total = {name: Count(int(ind.get(name, 0))) for name in (
            *SUMMED, "workshop_participants", "workshop_households", "workshop_contacts",
            "initiatives", "organisations", "partners")}
        by_point = ind.get("community_by_point", {})
        by_month = ind.get("community_by_month", {})
        self.points = [(code, {name: Count(int(v)) for name, v in figures.items()})
                       for code, figures in by_point.items()]
        self.months = [(key, {name: Count(int(v)) for name, v in figures.items()})
                       for key, figures in by_month.items()]
        # A status or type row is there only when it counts one at least.
        self.statuses = [(s, Count(int(n), 1)) for s, n in
                         ind.get("initiatives_by_status", {}).items()]
        self.types = [(t, Count(int(n), 1)) for t, n in
                      ind.get("organisations_by_type", {}).items()]
        counts = list(self.total.values())
        for _, figures in (*self.points, *self.months):
            counts += list(figures.values())
        counts += [n for _, n in self.statuses] + [n for _, n in self.types]
        suppress(counts, self._sums())

    def _sums(self) -> list[Relation]:
        sums: list[tuple[Count, list[Count]]] = []
        for name in SUMMED:
            for rows in (self.points, self.months):
                parts = [figures[name] for _, figures in rows if name in figures]
                sums.append((self.total[name], parts))
        sums.append((self.total["initiatives"], [n for _, n in self.statuses]))
        sums.append((self.total["organisations"], [n for _, n in self.types]))
        return [Relation(parts, total) for total, parts in sums
                if parts and sum(p.value for p in parts) <= total.value]


def community_tables(ind: Mapping[str, Any]) -> list[Any]:
    """The tables of community life, in reading order (ReportTable of reports/tables.py)."""
    from genera_desktop.reports.tables import CODE_WIDTHS, ReportTable

    if "workshops" not in ind:
        return []
    c = CommunityCounts(ind)
    t = c.total
    summary = ReportTable(
        "Vita di comunità",
        ("Indicatore", "Valore"),
        [
            ("Laboratori di prossimità", t["workshops"].shown),
            ("Incontri dei laboratori", t["workshop_sessions"].shown),
            ("Partecipanti (persone registrate presenti almeno una volta)",
             t["workshop_participants"].shown),
            ("Nuclei raggiunti dai laboratori (già compresi nei nuclei raggiunti)",
             t["workshop_households"].shown),
            ("Nuclei registrati come contatto a un laboratorio", t["workshop_contacts"].shown),
            ("Presenze registrate", t["attendances"].shown),
            ("Ospiti senza nome", t["guests"].shown),
            ("Iniziative dei cittadini", t["initiatives"].shown),
            ("Sostegno richiesto dalle iniziative",
             _euro(float(ind.get("initiatives_support_requested", 0)))),
            ("Sostegno concesso alle iniziative",
             _euro(float(ind.get("initiatives_support_granted", 0)))),
            ("Organizzazioni della rete", t["organisations"].shown),
            ("di cui partner del programma", t["partners"].shown),
        ],
        "Comunità",
        (0.75, 0.25),
    )
    names = ind.get("points", {})
    by_point = ReportTable(
        "Laboratori e iniziative per punto di comunità",
        ("Codice", "Punto di comunità", "Laboratori", "Incontri", "Partecipanti", "Presenze",
         "Ospiti", "Iniziative"),
        [(code or NOT_GIVEN, names.get(code, ""),
          *(f["workshops"].shown, f["workshop_sessions"].shown,
            f["workshop_participants"].shown, f["attendances"].shown, f["guests"].shown,
            f["initiatives"].shown)) for code, f in c.points],
        "Comunità per punto",
        (CODE_WIDTHS[0], 0.31, *([0.09] * 6)),
    )
    by_month = ReportTable(
        "Incontri dei laboratori per mese",
        ("Mese", "Incontri", "Partecipanti", "Presenze", "Ospiti"),
        [(_month(key), f["workshop_sessions"].shown, f["workshop_participants"].shown,
          f["attendances"].shown, f["guests"].shown) for key, f in c.months],
        "Laboratori per mese",
        (0.32, 0.17, 0.17, 0.17, 0.17),
    )
    statuses = ReportTable(
        "Iniziative dei cittadini per stato",
        ("Stato", "Iniziative"),
        [(_label(vocab.INITIATIVE_STATUS, s), n.shown) for s, n in c.statuses],
        "Iniziative",
    )
    types = ReportTable(
        "Organizzazioni della rete per tipo",
        ("Tipo", "Organizzazioni"),
        [(_label(vocab.ORG_TYPE, k), n.shown) for k, n in c.types],
        "Organizzazioni",
    )
    return [summary, by_point, by_month, statuses, types]
