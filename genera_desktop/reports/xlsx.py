"""The indicators as an Excel workbook: a sheet per table, aggregates only.

Every cell is a value, never a formula: names typed at a point (a point's, a context's,
a referral's organisation) reach this file through sync, and text such as
``=WEBSERVICE("http://...")`` must not run on the funders' computers. Text cells are
stored as text, and those a spreadsheet would read as a formula (beginning with ``=``,
``+``, ``-``, ``@``, or a tab or carriage return before one) also carry Excel's "quote
prefix", so editing the cell later keeps it text.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from genera_desktop.reports.tables import PROGRAMME, SUPPRESSION_NOTE, TITLE, fmt_day, tables

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_SHADE = PatternFill("solid", start_color="E6E6E6")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def workbook_bytes(ind: Mapping[str, Any]) -> bytes:
    """The .xlsx file of the report; counts under 5 are the text "<5", those hidden so
    that none of them can be worked out are "n.d." (row 3 of each sheet says so)."""
    book = Workbook()
    book.remove(book.active)
    for table in tables(ind):
        sheet = book.create_sheet(table.sheet[:31])
        sheet.append([f"{TITLE} – {table.title}"])
        sheet["A1"].font = _TITLE
        sheet.append([f"{PROGRAMME} · {ind.get('site') or ''} · al {fmt_day(ind['date'])}"])
        sheet.append([SUPPRESSION_NOTE])
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
        values_only(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def values_only(sheet: Worksheet) -> None:
    """Make every text cell of the sheet text that no spreadsheet runs."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell, Cell) and isinstance(cell.value, str):
                inert_text(cell)


def inert_text(cell: Cell) -> None:
    """Store a text cell as text (openpyxl makes one beginning with "=" a formula), and
    give one a spreadsheet would read as a formula Excel's quote prefix."""
    cell.data_type = "s"
    if str(cell.value).startswith(FORMULA_START):
        cell.quotePrefix = True
