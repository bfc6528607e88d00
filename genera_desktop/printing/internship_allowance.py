"""An internship's allowance statement (prospetto dell'indennità): for each month
entered, the days expected and attended, the allowance due, the project's own
contribution and what is left to the host; the totals and the rule that decides the
allowance due.

A pure function of plain dicts, as services/work/prints.py reads them from the store.
Italian, A4 portrait, dd/mm/yyyy, the footer and signatures of every form (layout.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from genera_desktop.domain.days import month_text
from genera_desktop.printing.layout import (
    CONTENT_WIDTH,
    Field,
    PrintContext,
    data_table,
    field_row,
    fmt_date,
    fmt_euro,
    gap,
    keep_together,
    person_name,
    qr_corner,
    render,
    section,
    signature_boxes,
    text,
    title_block,
)

STATEMENT_TITLE = "Prospetto dell'indennità di tirocinio"
HEADER = ("Mese", "Giorni previsti", "Giorni di presenza", "Presenza",
          "Indennità dovuta", "Quota del progetto", "A carico dell'ospitante")
WIDTHS = [CONTENT_WIDTH * w for w in (0.18, 0.10, 0.11, 0.11, 0.16, 0.15, 0.19)]
RULE = ("L'indennità mensile è dovuta per intero quando la presenza è almeno l'80% dei "
        "giorni previsti, in proporzione ai giorni di presenza sotto l'80%.")


month_name = month_text  # the app's one month formatter (domain/days.py)


def allowance_statement(ctx: PrintContext, internship: dict[str, Any],
                        person: dict[str, Any], host: dict[str, Any] | None,
                        months: list[dict[str, Any]], only: str | None = None) -> bytes:
    """The statement as PDF bytes. ``months`` are the internship's month records with
    ``allowance_due``, by month; ``only`` names the one month printed, if so."""
    rows: list[list[object]] = []
    due_total = contribution_total = 0.0
    expected_total = attended_total = 0
    for month in months:
        due = float(month.get("allowance_due") or 0)
        contribution = float(month.get("project_contribution") or 0)
        expected = int(month.get("days_expected") or 0)
        attended = int(month.get("days_attended") or 0)
        due_total += due
        contribution_total += contribution
        expected_total += expected
        attended_total += attended
        share = f"{round(100 * attended / expected)}%" if expected else ""
        rows.append([month_name(str(month["month"])), str(expected), str(attended), share,
                     fmt_euro(due), fmt_euro(contribution), fmt_euro(max(0.0, due - contribution))])
    if len(rows) > 1:
        share = f"{round(100 * attended_total / expected_total)}%" if expected_total else ""
        rows.append(["Totale", str(expected_total), str(attended_total), share,
                     fmt_euro(due_total), fmt_euro(contribution_total),
                     fmt_euro(max(0.0, due_total - contribution_total))])
    period = (f"dal {fmt_date(internship.get('start_date'))} "
              f"al {fmt_date(internship.get('end_date'))}")
    lines = [f"<b>{text(person_name(person))}</b>",
             f"Ospitante: {text((host or {}).get('name'))} – tirocinio {period}"]
    if only:
        lines.append(f"Mese di {month_name(only)}")
    corner = qr_corner(f"genera:internship:{internship.get('id', '')}:allowance", "Tirocinio")
    story: list[Flowable] = [
        title_block("Prospetto dell'indennità", lines, corner), gap(),
        field_row([Field("Indennità mensile", fmt_euro(internship.get("monthly_allowance")), 1),
                   Field("Ore al giorno", f"{internship['hours_per_day']:g}".replace(".", ",")
                         if internship.get("hours_per_day") is not None else None, 1),
                   Field("Tutor aziendale", internship.get("host_tutor"), 2)]),
        gap(), section("Mesi"),
        data_table(HEADER, rows or [["Nessun mese registrato", "", "", "", "", "", ""]],
                   WIDTHS),
        gap(), field_row([Field("Regola", RULE, 1)]), gap(),
        keep_together([signature_boxes(["Il/la tirocinante", "Il tutor aziendale",
                                        "Il coordinamento del progetto"])]),
    ]
    ref = person_name(person) + (f" – {month_name(only)}" if only else "")
    return render(ctx, story, title=STATEMENT_TITLE, ref=ref, filled=True)
