"""The indicators as the tables of the XLSX and PDF reports, with Italian labels.

These files leave the coordinator (funders, partners), so they carry aggregates only
and every count under 5 is shown as "<5": a small count can point at one family. The
JSON of ``genera report --json`` keeps raw numbers, for the coordinator's own use.
No complementary suppression yet: when a breakdown has a single "<5" cell, it can be
worked out from the headline total minus the other cells.
Sites are named by their role and point code, never by the name staff gave them (a
custode's laptop may carry its custode's name).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from genera_desktop.domain import vocab
from genera_desktop.printing.labels import HOUSEHOLD_STATUS, REFERRAL_STATUS, VISIT_ISSUES
from genera_desktop.reports.indicators import NO_VALUE, local_day

SMALL = 5
SUPPRESSED = "<5"
NOT_GIVEN = "non indicato"
TITLE = "Indicatori del programma"
PROGRAMME = "Punti di Comunità – Bassa Bresciana Orientale"

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


def fmt_day(iso: str) -> str:
    """An ISO date the Italian way."""
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def tables(ind: Mapping[str, Any]) -> list[ReportTable]:
    """Every table of the report, in reading order, counts already suppressed."""
    total = int(ind["households_total"])
    target = int(ind["target"])
    share = (
        f"{100 * total / target:.1f} %".replace(".", ",")
        if target and total >= SMALL else "–"
    )
    summary = ReportTable(
        "Sintesi",
        ("Indicatore", "Valore"),
        [
            ("Nuclei familiari raggiunti", shown(total)),
            ("Obiettivo del programma (nuclei)", target),
            ("Percentuale dell'obiettivo raggiunta", share),
            ("Nuovi nuclei negli ultimi 7 giorni", shown(int(ind["new_7_days"]))),
            ("Nuovi nuclei negli ultimi 30 giorni", shown(int(ind["new_30_days"]))),
            ("Persone registrate", shown(int(ind["persons_total"]))),
            ("Nuclei in carico (attivi o presi in carico)", shown(int(ind["active_cases"]))),
            ("Visite del custode sociale", shown(int(ind["visits_total"]))),
        ],
        "Sintesi",
        (0.75, 0.25),
    )
    names = ind.get("points", {})
    by_point = ReportTable(
        "Nuclei per punto di comunità",
        ("Codice", "Punto di comunità", "Nuclei"),
        [(code or NOT_GIVEN, names.get(code, ""), shown(n)) for code, n in ind["by_point"].items()],
        "Per punto",
        CODE_WIDTHS,
    )
    by_municipality = ReportTable(
        "Nuclei per comune di residenza",
        ("Comune", "Nuclei"),
        [(_name(m), shown(n)) for m, n in ind["by_municipality"].items()],
        "Per comune",
    )
    by_status = ReportTable(
        "Nuclei per stato",
        ("Stato", "Nuclei"),
        [(HOUSEHOLD_STATUS.get(s, _name(s)), shown(n)) for s, n in ind["by_status"].items()],
        "Per stato",
    )
    visits = ReportTable(
        "Visite per contesto abitativo",
        ("Contesto abitativo", "Comune", "Visite"),
        [(c["name"] or "", c["municipality"] or "", shown(int(c["visits"])))
         for c in ind["visits_by_context"]],
        "Visite",
        (0.5, 0.3, 0.2),
    )
    overdue = ReportTable(
        "Promemoria scaduti per punto di comunità",
        ("Codice", "Punto di comunità", "Promemoria scaduti"),
        [(code or NOT_GIVEN, names.get(code, ""), shown(n))
         for code, n in ind["follow_ups_overdue_by_point"].items()],
        "Promemoria scaduti",
        CODE_WIDTHS,
    )
    referrals = ReportTable(
        "Invii e segnalazioni per stato",
        ("Stato", "Invii"),
        [(REFERRAL_STATUS.get(s, _name(s)), shown(n))
         for s, n in ind["referrals_by_status"].items()],
        "Invii",
    )
    tail = [_weekly(ind), _referrals_by_destination(ind), _visits_by_issue(ind), _sites(ind)]
    return [summary, by_point, by_municipality, by_status, visits, overdue, referrals,
            *[t for t in tail if t is not None]]


def _weekly(ind: Mapping[str, Any]) -> ReportTable | None:
    weeks = ind.get("new_by_week")
    if weeks is None:
        return None
    return ReportTable(
        "Nuovi nuclei per settimana (ultime 52 settimane)",
        ("Settimana", "Dal lunedì", "Nuovi nuclei"),
        [(w["week"], fmt_day(w["start"]), shown(int(w["new"]))) for w in weeks],
        "Per settimana",
        (0.3, 0.45, 0.25),
    )


def _referrals_by_destination(ind: Mapping[str, Any]) -> ReportTable | None:
    """Destinations down, outcomes (the referral's status) across, a total per row."""
    destinations = ind.get("referrals_by_destination")
    if destinations is None:
        return None
    statuses = list(vocab.REFERRAL_STATUS)
    statuses += sorted({s for o in destinations.values() for s in o} - set(statuses))
    rows: list[tuple[Cell, ...]] = [
        (_name(name), *(shown(outcomes.get(s, 0)) for s in statuses),
         shown(sum(outcomes.values())))
        for name, outcomes in destinations.items()
    ]
    share = min(0.11, 0.66 / (len(statuses) + 1))  # "Rifiutato" fits on one line
    return ReportTable(
        "Invii per destinazione ed esito",
        ("Destinazione", *(REFERRAL_STATUS.get(s, _name(s)) for s in statuses), "Totale"),
        rows,
        "Invii per destinazione",
        (1 - share * (len(statuses) + 1), *([share] * (len(statuses) + 1))),
    )


def _visits_by_issue(ind: Mapping[str, Any]) -> ReportTable | None:
    issues = ind.get("visits_by_issue")
    if issues is None:
        return None
    return ReportTable(
        "Visite per problematica rilevata",
        ("Problematica rilevata", "Visite"),
        [(VISIT_ISSUES.get(i, _name(i)), shown(int(n))) for i, n in issues.items()],
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
        rows.append((where, day.strftime("%d/%m/%Y") if day else "mai",
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
