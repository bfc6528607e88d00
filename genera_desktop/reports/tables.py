"""The indicators as the tables of the XLSX and PDF reports, with Italian labels.

These files leave the coordinator (funders, partners), so they carry aggregates only
and every count under 5 is shown as "<5": a small count can point at one family; more
cells are shown as "n.d." where a "<5" one could otherwise be worked out from the others
and a total (reports/suppression.py). The JSON of ``genera report --json`` keeps raw
numbers, for the coordinator's own use.
Sites are named by their role and point code, never by the name staff gave them (a
custode's laptop may carry its custode's name).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from genera_desktop.domain import vocab
from genera_desktop.domain.days import day_text
from genera_desktop.printing.labels import HOUSEHOLD_STATUS, REFERRAL_STATUS, VISIT_ISSUES
from genera_desktop.reports.community_tables import community_tables
from genera_desktop.reports.housing_tables import housing_tables
from genera_desktop.reports.indicators import ACTIVE_STATUSES, NO_VALUE, local_day
from genera_desktop.reports.suppression import (
    SECONDARY,
    SMALL,
    SUPPRESSED,
    WITHHELD,
    Count,
    Relation,
    suppress,
)
from genera_desktop.reports.work import work_tables
from genera_desktop.reports.youth_tables import youth_tables

NOT_GIVEN = "non indicato"
TITLE = "Indicatori del programma"
PROGRAMME = "Punti di Comunità – Bassa Bresciana Orientale"
SUPPRESSION_NOTE = (
    f"Solo dati aggregati; i conteggi inferiori a 5 sono indicati come «{SUPPRESSED}»; "
    f"«{WITHHELD}» indica un dato non diffuso perché permetterebbe di ricavarne uno "
    "inferiore a 5."
)

Cell = str | int | float
CODE_WIDTHS = (0.15, 0.6, 0.25)
SITE_ROLE = {
    "coordinator": "Coordinamento",
    "point": "Punto di comunità",
    "laptop": "Portatile del custode sociale",
}


@dataclass(frozen=True)
class ReportTable:
    """One indicator: a title, a header row and rows of text or counts."""

    title: str
    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    sheet: str  # a short name for the XLSX sheet (at most 31 characters)
    widths: tuple[float, ...] = ()  # shares of the page width (PDF); even if empty


def shown(count: int) -> Cell:
    """A count as it may leave the coordinator: "<5" under five."""
    return SUPPRESSED if count < SMALL else count


def thousands(value: int) -> str:
    """4500 -> "4.500", as Italian readers expect."""
    return f"{value:,}".replace(",", ".")


# The app's one day formatter (domain/days.py), under the name the reports use.
fmt_day = day_text


def tables(ind: Mapping[str, Any]) -> list[ReportTable]:
    """Every table of the report, in reading order, small counts suppressed so that none
    can be worked out from the others (reports/suppression.py)."""
    c = _Counts(ind)
    share = (
        f"{100 * c.total.value / c.target:.1f} %".replace(".", ",")
        if c.target and c.total.hidden is None else "–"
    )
    summary = ReportTable(
        "Sintesi",
        ("Indicatore", "Valore"),
        [
            ("Nuclei familiari raggiunti", c.total.shown),
            ("Obiettivo del programma (nuclei)", c.target),
            ("Percentuale dell'obiettivo raggiunta", share),
            ("Nuovi nuclei negli ultimi 7 giorni", c.new_7.shown),
            ("Nuovi nuclei negli ultimi 30 giorni", c.new_30.shown),
            ("Persone registrate", c.persons.shown),
            ("Nuclei in carico (attivi o presi in carico)", c.active.shown),
            ("Visite del custode sociale", c.visits.shown),
        ],
        "Sintesi",
        (0.75, 0.25),
    )
    names = ind.get("points", {})
    by_point = ReportTable(
        "Nuclei per punto di comunità",
        ("Codice", "Punto di comunità", "Nuclei"),
        [(code or NOT_GIVEN, names.get(code, ""), n.shown) for code, n in c.by_point],
        "Per punto",
        CODE_WIDTHS,
    )
    by_municipality = ReportTable(
        "Nuclei per comune di residenza",
        ("Comune", "Nuclei"),
        [(_name(m), n.shown) for m, n in c.by_municipality],
        "Per comune",
    )
    by_status = ReportTable(
        "Nuclei per stato",
        ("Stato", "Nuclei"),
        [(HOUSEHOLD_STATUS.get(s, _name(s)), n.shown) for s, n in c.by_status],
        "Per stato",
    )
    visits = ReportTable(
        "Visite per contesto abitativo",
        ("Contesto abitativo", "Comune", "Visite"),
        [(ctx["name"] or "", ctx["municipality"] or "", n.shown) for ctx, n in c.by_context],
        "Visite",
        (0.5, 0.3, 0.2),
    )
    overdue = ReportTable(
        "Promemoria scaduti per punto di comunità",
        ("Codice", "Punto di comunità", "Promemoria scaduti"),
        [(code or NOT_GIVEN, names.get(code, ""), n.shown) for code, n in c.overdue],
        "Promemoria scaduti",
        CODE_WIDTHS,
    )
    referrals = ReportTable(
        "Invii e segnalazioni per stato",
        ("Stato", "Invii"),
        [(REFERRAL_STATUS.get(s, _name(s)), n.shown) for s, n in c.referral_status.items()],
        "Invii",
    )
    tail = [_weekly(c), _referrals_by_destination(c), _visits_by_issue(c)]
    return [summary, by_point, by_municipality, by_status, visits, overdue, referrals,
            *[t for t in tail if t is not None], *community_tables(ind), *housing_tables(ind),
            *work_tables(ind),
            *youth_tables(ind),
            *[t for t in (_sites(ind),) if t is not None]]


class _Counts:
    """Every count of the report as a suppression.Count, with the sums that tie them
    together, suppressed once for the whole file."""

    def __init__(self, ind: Mapping[str, Any]) -> None:
        self.target = int(ind["target"])
        self.total = Count(int(ind["households_total"]))
        self.new_7 = Count(int(ind["new_7_days"]))
        self.new_30 = Count(int(ind["new_30_days"]))
        self.persons = Count(int(ind["persons_total"]))
        self.active = Count(int(ind["active_cases"]))
        self.visits = Count(int(ind["visits_total"]))
        # A row of these exists only for a count above zero: a reader knows it is >= 1.
        self.by_point = _rows(ind["by_point"], floor=1)
        self.by_municipality = _rows(ind["by_municipality"], floor=1)
        self.by_status = _rows(ind["by_status"], floor=1)
        self.overdue = _rows(ind["follow_ups_overdue_by_point"], floor=1)
        self.referral_status = dict(_rows(ind["referrals_by_status"], floor=1))
        # These list zeros too (every context, every week, every outcome).
        self.by_context = [(ctx, Count(int(ctx["visits"]))) for ctx in ind["visits_by_context"]]
        weeks = ind.get("new_by_week")
        self.weeks = None if weeks is None else [(w, Count(int(w["new"]))) for w in weeks]
        destinations = ind.get("referrals_by_destination")
        self.statuses = _statuses(destinations or {})
        self.destinations = None if destinations is None else [
            (name, [Count(int(outcomes.get(s, 0))) for s in self.statuses])
            for name, outcomes in destinations.items()
        ]
        issues = ind.get("visits_by_issue")
        self.issues = None if issues is None else _rows(issues, floor=0)
        suppress(self._in_reading_order(), self._sums())
        self._hide_windows(ind)

    def _sums(self) -> list[Relation]:
        """Every sum of shown counts a reader can form (docs/dev/decisions.md)."""
        active = [n for s, n in self.by_status if s in ACTIVE_STATUSES]
        others = [n for s, n in self.by_status if s not in ACTIVE_STATUSES]
        sums = [
            (self.total, [n for _, n in self.by_point]),
            (self.total, [n for _, n in self.by_municipality]),
            # By status adds up to the total too, with "in carico" as the sum of two rows.
            (self.total, [*others, self.active]),
            (self.active, active),
            (self.visits, [n for _, n in self.by_context]),
        ]
        if self.weeks is not None:  # the last year's new households are some of the total
            sums.append((self.total, [n for _, n in self.weeks]))
        if self.destinations is not None:  # each outcome's outgoing referrals, of all
            for index, status in enumerate(self.statuses):
                total = self.referral_status.get(status)
                if total is not None:
                    sums.append((total, [row[index] for _, row in self.destinations]))
        # Figures that do not add up (indicators from elsewhere) tie nothing together.
        return [Relation(parts, total) for total, parts in sums
                if parts and sum(p.value for p in parts) <= total.value]

    def _in_reading_order(self) -> list[Count]:
        out = [self.total, self.new_7, self.new_30, self.persons, self.active, self.visits]
        for rows in (self.by_point, self.by_municipality, self.by_status):
            out += [n for _, n in rows]
        out += [n for _, n in self.by_context]
        out += [n for _, n in self.overdue]
        out += list(self.referral_status.values())
        out += [n for _, n in self.weeks or []]
        out += [n for _, row in self.destinations or [] for n in row]
        out += [n for _, n in self.issues or []]
        return out

    def _hide_windows(self, ind: Mapping[str, Any]) -> None:
        """The last 7 and 30 days overlap the weeks without being a sum of them: where a
        week they touch is hidden, they are hidden too, or a week could be narrowed by
        subtracting the others from them."""
        if self.weeks is None:
            return
        today = date.fromisoformat(ind["date"])
        for count, days in ((self.new_7, 7), (self.new_30, 30)):
            first = today - timedelta(days=days - 1)
            touched = [n for w, n in self.weeks
                       if date.fromisoformat(w["start"]) + timedelta(days=6) >= first]
            if count.hidden is None and any(n.hidden for n in touched):
                count.hidden = SECONDARY


def _rows(counts: Mapping[str, Any], *, floor: int) -> list[tuple[str, Count]]:
    """A breakdown's counts, in its order."""
    return [(key, Count(int(n), floor)) for key, n in counts.items()]


def _statuses(destinations: Mapping[str, Mapping[str, int]]) -> list[str]:
    """The outcome columns: the vocabulary's, then any other met, in order."""
    statuses = list(vocab.REFERRAL_STATUS)
    statuses += sorted({s for o in destinations.values() for s in o} - set(statuses))
    return statuses


def _weekly(c: _Counts) -> ReportTable | None:
    if c.weeks is None:
        return None
    return ReportTable(
        "Nuovi nuclei per settimana (ultime 52 settimane)",
        ("Settimana", "Dal lunedì", "Nuovi nuclei"),
        [(w["week"], fmt_day(w["start"]), n.shown) for w, n in c.weeks],
        "Per settimana",
        (0.3, 0.45, 0.25),
    )


def _referrals_by_destination(c: _Counts) -> ReportTable | None:
    """Destinations down, outcomes (the referral's status) across.

    No total per row: with the outcomes' totals of "Invii e segnalazioni per stato" it
    would tie the cells into a grid, where hiding cells cannot be checked as simply.
    """
    if c.destinations is None:
        return None
    rows: list[tuple[Cell, ...]] = [
        (_name(name), *(n.shown for n in counts)) for name, counts in c.destinations
    ]
    share = min(0.12, 0.66 / len(c.statuses))  # "Rifiutato" fits on one line
    return ReportTable(
        "Invii per destinazione ed esito",
        ("Destinazione", *(REFERRAL_STATUS.get(s, _name(s)) for s in c.statuses)),
        rows,
        "Invii per destinazione",
        (1 - share * len(c.statuses), *([share] * len(c.statuses))),
    )


def _visits_by_issue(c: _Counts) -> ReportTable | None:
    if c.issues is None:
        return None
    return ReportTable(
        "Visite per problematica rilevata",
        ("Problematica rilevata", "Visite"),
        [(VISIT_ISSUES.get(i, _name(i)), n.shown) for i, n in c.issues],
        "Visite per problematica",
    )


def _sites(ind: Mapping[str, Any]) -> ReportTable | None:
    sites = ind.get("sites")
    if sites is None:
        return None
    rows: list[tuple[Cell, ...]] = []
    for site in sites:
        where = SITE_ROLE.get(site["role"], site["role"] or "")
        if site.get("point"):
            where += f" {site['point']}"
        if site.get("revoked"):
            where += " (revocata)"
        days = site.get("days_since_last_in")
        day = local_day(site.get("last_in"))
        rows.append((where, day_text(day) if day else "mai",
                     "–" if days is None else days))
    return ReportTable(
        "Postazioni e ultimo pacchetto ricevuto",
        ("Postazione", "Ultimo pacchetto", "Giorni fa"),
        rows,
        "Postazioni",
        (0.5, 0.3, 0.2),
    )


def _name(value: str) -> str:
    return NOT_GIVEN if value == NO_VALUE else value
