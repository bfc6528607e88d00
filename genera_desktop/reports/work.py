"""The work plan's figures of the report (spec/programme.md, "Reports"; issue 12).

JSON (``genera report --json``):

- ``internships``: live internships, any status; ``internships_by_status``;
  ``internships_started`` (active or completed), ``internships_completed``,
  ``internships_to_hiring`` (distinct internships a hiring names);
- ``hirings``: live hirings; ``hirings_by_contract``;
- ``job_seekers_active``: live job profiles ``active``; ``candidacies_by_status``;
  ``interviews`` (candidacies at ``interview``);
- ``internship_attendance_rate``: days attended over days expected, every month
  entered (0 to 1; None without months); ``allowances_due`` and
  ``project_contribution`` (euro, summed over the months entered);
- ``work_by_point``: per point code (the household's), seekers, internships, hirings;
  ``work_by_month``: per ``YYYY-MM``, internships started and hirings.

They are counts and sums, no person in them, so every report holds them whatever the
user's areas. The XLSX and PDF show them through the suppression ("<5").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from genera_desktop.domain import vocab_work
from genera_desktop.domain.days import month_text
from genera_desktop.domain.money import euro_text as _euro
from genera_desktop.reports.suppression import Count, Relation, suppress
from genera_desktop.store.kinds_work import allowance_due
from genera_desktop.store.models import Household
from genera_desktop.store.models_work import (
    Candidacy,
    Hiring,
    Internship,
    InternshipMonth,
    JobProfile,
)

NOT_GIVEN = "non indicato"
POINT_FIGURES = ("job_seekers_active", "internships", "hirings")
MONTH_FIGURES = ("internships_started", "hirings")


def _tally(rows: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, count in rows:
        name = "" if key is None else str(key)
        out[name] = out.get(name, 0) + int(count)
    return dict(sorted(out.items()))


def compute(session: Session) -> dict[str, Any]:
    """Every work figure on this site's data."""
    live_internship = Internship.cl % 2 == 1
    by_status = _tally(session.execute(
        select(Internship.status, func.count()).where(live_internship)
        .group_by(Internship.status)))
    by_contract = _tally(session.execute(
        select(Hiring.contract_type, func.count()).where(Hiring.cl % 2 == 1)
        .group_by(Hiring.contract_type)))
    candidacies = _tally(session.execute(
        select(Candidacy.status, func.count()).where(Candidacy.cl % 2 == 1)
        .group_by(Candidacy.status)))
    to_hiring = int(session.scalar(
        select(func.count(func.distinct(Hiring.internship))).where(
            Hiring.cl % 2 == 1, Hiring.internship.is_not(None))) or 0)
    expected = attended = 0
    due = contribution = 0.0
    for allowance, days_expected, days_attended, project in session.execute(
            select(InternshipMonth.monthly_allowance, InternshipMonth.days_expected,
                   InternshipMonth.days_attended, InternshipMonth.project_contribution)
            .where(InternshipMonth.cl % 2 == 1)):
        expected += days_expected or 0
        attended += days_attended or 0
        due += allowance_due({"monthly_allowance": allowance, "days_expected": days_expected,
                              "days_attended": days_attended}) or 0.0
        contribution += float(project or 0)
    by_point: dict[str, dict[str, int]] = {}

    def count_by_point(name: str, model: Any, *where: Any) -> None:
        rows = session.execute(
            select(Household.point, func.count()).select_from(model)
            .join(Household, Household.id == model.household).where(model.cl % 2 == 1, *where)
            .group_by(Household.point))
        for point, n in rows:
            figures = by_point.setdefault(point or "", dict.fromkeys(POINT_FIGURES, 0))
            figures[name] += int(n)

    count_by_point("job_seekers_active", JobProfile, JobProfile.status == "active")
    count_by_point("internships", Internship)
    count_by_point("hirings", Hiring)
    by_month: dict[str, dict[str, int]] = {}
    for key, n in session.execute(
            select(func.substr(Internship.start_date, 1, 7), func.count())
            .where(live_internship, Internship.status.in_(("active", "completed")))
            .group_by(func.substr(Internship.start_date, 1, 7))):
        by_month.setdefault(key or "", dict.fromkeys(MONTH_FIGURES, 0))[
            "internships_started"] += int(n)
    for key, n in session.execute(
            select(func.substr(Hiring.date, 1, 7), func.count()).where(Hiring.cl % 2 == 1)
            .group_by(func.substr(Hiring.date, 1, 7))):
        by_month.setdefault(key or "", dict.fromkeys(MONTH_FIGURES, 0))["hirings"] += int(n)
    return {
        "internships": sum(by_status.values()),
        "internships_by_status": by_status,
        "internships_started": by_status.get("active", 0) + by_status.get("completed", 0),
        "internships_completed": by_status.get("completed", 0),
        "internships_to_hiring": to_hiring,
        "hirings": sum(by_contract.values()),
        "hirings_by_contract": by_contract,
        "job_seekers_active": int(session.scalar(select(func.count()).select_from(JobProfile)
                                                 .where(JobProfile.cl % 2 == 1,
                                                        JobProfile.status == "active")) or 0),
        "candidacies_by_status": candidacies,
        "interviews": candidacies.get("interview", 0),
        "internship_attendance_rate": round(attended / expected, 3) if expected else None,
        "allowances_due": round(due, 2),
        "project_contribution": round(contribution, 2),
        "work_by_point": dict(sorted(by_point.items())),
        "work_by_month": dict(sorted(by_month.items())),
    }


# --- the XLSX and PDF tables -------------------------------------------------------------




def _label(enumeration: Any, code: str) -> str:
    return str(enumeration.labels.get(code, code or NOT_GIVEN))


def _month(key: str) -> str:
    return month_text(key) if key else NOT_GIVEN


class WorkCounts:
    """The work counts of one report, suppressed together: each column by point and by
    month adds up to its total, each breakdown by status or contract to its total."""

    TOTALS = ("job_seekers_active", "internships", "internships_started",
              "internships_completed", "internships_to_hiring", "hirings", "interviews")

    def __init__(self, ind: Mapping[str, Any]) -> None:
        self.total = {name: Count(int(ind.get(name, 0))) for name in self.TOTALS}
        self.points = [(code, {k: Count(int(v)) for k, v in f.items()})
                       for code, f in ind.get("work_by_point", {}).items()]
        self.months = [(key, {k: Count(int(v)) for k, v in f.items()})
                       for key, f in ind.get("work_by_month", {}).items()]
        self.statuses = [(s, Count(int(n), 1)) for s, n in
                         ind.get("internships_by_status", {}).items()]
        self.contracts = [(s, Count(int(n), 1)) for s, n in
                          ind.get("hirings_by_contract", {}).items()]
        self.candidacies = [(s, Count(int(n), 1)) for s, n in
                            ind.get("candidacies_by_status", {}).items()]
        counts = list(self.total.values())
        for _, figures in (*self.points, *self.months):
            counts += list(figures.values())
        counts += [n for rows in (self.statuses, self.contracts, self.candidacies)
                   for _, n in rows]
        suppress(counts, self._sums())

    def _sums(self) -> list[Relation]:
        sums: list[tuple[Count, list[Count]]] = []
        for name in POINT_FIGURES:
            sums.append((self.total[name], [f[name] for _, f in self.points if name in f]))
        for name in MONTH_FIGURES:
            sums.append((self.total[name], [f[name] for _, f in self.months if name in f]))
        sums.append((self.total["internships"], [n for _, n in self.statuses]))
        sums.append((self.total["hirings"], [n for _, n in self.contracts]))
        return [Relation(parts, total) for total, parts in sums
                if parts and sum(p.value for p in parts) <= total.value]


def work_tables(ind: Mapping[str, Any]) -> list[Any]:
    """The work plan's tables, in reading order (ReportTable of reports/tables.py)."""
    from genera_desktop.reports.tables import CODE_WIDTHS, ReportTable

    if "internships" not in ind:
        return []
    c = WorkCounts(ind)
    t = c.total
    rate = ind.get("internship_attendance_rate")
    summary = ReportTable(
        "Piano integrato lavoro",
        ("Indicatore", "Valore"),
        [
            ("Persone in cerca di lavoro (profili attivi)", t["job_seekers_active"].shown),
            ("Colloqui in corso", t["interviews"].shown),
            ("Tirocini (tutti)", t["internships"].shown),
            ("Tirocini avviati", t["internships_started"].shown),
            ("Tirocini conclusi", t["internships_completed"].shown),
            ("Tirocini trasformati in assunzioni", t["internships_to_hiring"].shown),
            ("Assunzioni", t["hirings"].shown),
            ("Tasso di presenza nei tirocini",
             f"{rate * 100:.0f}%".replace(".", ",") if rate is not None else "—"),
            ("Indennità dovute", _euro(float(ind.get("allowances_due", 0)))),
            ("di cui quota del progetto", _euro(float(ind.get("project_contribution", 0)))),
        ],
        "Lavoro",
        (0.75, 0.25),
    )
    names = ind.get("points", {})
    by_point = ReportTable(
        "Lavoro per punto di comunità",
        ("Codice", "Punto di comunità", "In cerca di lavoro", "Tirocini", "Assunzioni"),
        [(code or NOT_GIVEN, names.get(code, ""), f["job_seekers_active"].shown,
          f["internships"].shown, f["hirings"].shown) for code, f in c.points],
        "Lavoro per punto",
        (CODE_WIDTHS[0], 0.36, 0.16, 0.16, 0.16),
    )
    by_month = ReportTable(
        "Tirocini avviati e assunzioni per mese",
        ("Mese", "Tirocini avviati", "Assunzioni"),
        [(_month(key), f["internships_started"].shown, f["hirings"].shown)
         for key, f in c.months],
        "Lavoro per mese",
        (0.4, 0.3, 0.3),
    )
    statuses = ReportTable(
        "Tirocini per stato", ("Stato", "Tirocini"),
        [(_label(vocab_work.INTERNSHIP_STATUS, s), n.shown) for s, n in c.statuses],
        "Tirocini")
    contracts = ReportTable(
        "Assunzioni per tipo di contratto", ("Contratto", "Assunzioni"),
        [(_label(vocab_work.CONTRACT_TYPE, s), n.shown) for s, n in c.contracts],
        "Assunzioni")
    candidacies = ReportTable(
        "Candidature per stato", ("Stato", "Candidature"),
        [(_label(vocab_work.CANDIDACY_STATUS, s), n.shown) for s, n in c.candidacies],
        "Candidature")
    return [summary, by_point, by_month, statuses, contracts, candidacies]
