"""The indicators as a PDF: A4, Italian labels, a table per indicator, aggregates only.

It is laid out by the printed forms' page template (printing/layout.py), so its footer
carries the page number, the site and the print date like every paper of the app.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from genera_desktop.printing.layout import (
    CONTENT_WIDTH,
    PrintContext,
    data_table,
    gap,
    render,
    section,
    styles,
    text,
)
from genera_desktop.reports.tables import (
    PROGRAMME,
    SUPPRESSION_NOTE,
    TITLE,
    fmt_day,
    tables,
    thousands,
)


def report_pdf(ind: Mapping[str, Any], site_name: str | None = None) -> bytes:
    """The PDF of the report; counts under 5 are printed "<5"."""
    st = styles()
    story: list[Flowable] = [
        Paragraph(text(TITLE), st.title),
        Paragraph(text(f"{PROGRAMME} – dati al {fmt_day(ind['date'])}"), st.subtitle),
        Paragraph(text(SUPPRESSION_NOTE), st.hint),
        gap(),
    ]
    for table in tables(ind):
        story.append(section(table.title))  # kept with the table that follows
        widths = [CONTENT_WIDTH * w for w in table.widths] or _widths(len(table.header))
        rows = [[_cell(c) for c in row] for row in table.rows] or [["–"] + [""] * (len(widths) - 1)]
        story.append(data_table(table.header, rows, widths))
        story.append(gap())
    ctx = PrintContext(site_name=site_name or ind.get("site") or "",
                       printed_on=date.fromisoformat(ind["date"]))
    return render(ctx, story, title=TITLE, filled=False)


def _cell(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return thousands(value)
    return str(value)


def _widths(columns: int) -> list[float]:
    # The last column holds the count: narrow; the others share the rest.
    count = CONTENT_WIDTH * 0.25
    rest = (CONTENT_WIDTH - count) / (columns - 1)
    return [rest] * (columns - 1) + [count]
