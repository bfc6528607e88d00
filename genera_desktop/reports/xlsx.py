"""The indicators as an Excel workbook: a sheet per table, aggregates only."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from genera_desktop.reports.tables import PROGRAMME, TITLE, fmt_day, tables

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_SHADE = PatternFill("solid", start_color="E6E6E6")


def workbook_bytes(ind: Mapping[str, Any]) -> bytes:
    """The .xlsx file of the report; counts under 5 are the text "<5"."""
    book = Workbook()
    book.remove(book.active)
    for table in tables(ind):
        sheet = book.create_sheet(table.sheet[:31])
        sheet.append([f"{TITLE} – {table.title}"])
        sheet["A1"].font = _TITLE
        sheet.append([f"{PROGRAMME} · {ind.get('site') or ''} · al {fmt_day(ind['date'])}"])
        sheet.append([])
        sheet.append(list(table.header))
        for cell in sheet[4]:
            cell.font = _BOLD
            cell.fill = _SHADE
        for row in table.rows:
            sheet.append(list(row))
        for index, name in enumerate(table.header):
            width = max([len(name)] + [len(str(r[index])) for r in table.rows])
            sheet.column_dimensions[chr(ord("A") + index)].width = min(max(width + 2, 10), 60)
        sheet.freeze_panes = "A5"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
