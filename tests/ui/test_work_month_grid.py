"""The internships' month grid by keyboard (issue 12): an internship's months typed in
place and toggled with Space, saved as it goes with the allowance due shown; a point's
month for its tutor; a refused row put back and said."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.work import attendance
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.work.month_grid import MonthGridDialog
from tests.ui.helpers import add
from tests.ui.test_workshop_season import active

WAIT = 20_000


def trainee(store: Store, first: str, start: str, end: str, host: str) -> str:
    household = add(store, "household", {"point": "MON"})
    person = add(store, "person", {"household": household, "first_name": first,
                                   "last_name": "Ferri"})
    return add(store, "internship", {"person": person, "host": host, "start_date": start,
                                     "end_date": end, "status": "active"})


def months(store: Store, internship: str) -> dict[str, dict[str, object]]:
    return {m["month"]: m for m in records.list_records(store, "internship_month")
            if m["internship"] == internship}


def type_in(qtbot: QtBot, view: object, text: str) -> None:
    """Type a number into the current cell (the first key opens its editor) and save
    it with Enter."""
    qtbot.keyClick(view, text[0])
    editor = view.focusWidget()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def open_grid(qtbot: QtBot, dialog: MonthGridDialog) -> MonthGridDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.view.isVisible, timeout=WAIT)
    dialog.view.setFocus()
    return dialog


def test_an_internships_months_by_keyboard(qtbot: QtBot, ctx: AppContext) -> None:
    store = ctx.store
    host = add(store, "organisation", {"name": "Officine Rossi", "org_type": "company",
                                       "employees": 200})
    internship = trainee(store, "Ida", "2026-01-12", "2026-06-30", host)
    grid = open_grid(qtbot, MonthGridDialog(ctx, internship=internship, title="Ida"))
    view, model = grid.view, grid.model
    attended = model.keys.index("days_attended")
    assert model.rowCount() == 6 and view.currentIndex().column() == attended
    # January: 15 working days proposed; 12 typed is 80%, the whole allowance.
    assert model.rows[0]["days_expected"] == 15 and model.rows[0]["id"] is None
    type_in(qtbot, view, "12")
    qtbot.waitUntil(lambda: "2026-01" in months(store, internship), timeout=WAIT)
    assert months(store, internship)["2026-01"]["days_attended"] == 12
    assert model.rows[0]["allowance_due"] == 500.0
    # February by Space: all 20 expected days, then none.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "2026-02" in months(store, internship), timeout=WAIT)
    assert months(store, internship)["2026-02"]["days_attended"] == 20
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: months(store, internship)["2026-02"]["days_attended"] == 0,
                    timeout=WAIT)
    assert model.rows[1]["allowance_due"] == 0.0
    assert model.index(1, model.keys.index("allowance_due")).data() == "€ 0,00"
    # The project's contribution, one cell to the right.
    qtbot.keyClick(view, Qt.Key.Key_Right)
    type_in(qtbot, view, "150")
    qtbot.waitUntil(lambda: months(store, internship)["2026-02"].get(
        "project_contribution") == 150, timeout=WAIT)
    assert "€ 500,00" in grid.total.text()
    # More days attended than expected: refused, said, nothing changed.
    qtbot.keyClick(view, Qt.Key.Key_Left)
    type_in(qtbot, view, "25")
    qtbot.waitUntil(grid.message.isVisible, timeout=WAIT)
    assert grid.message.text().startswith("Giorni di presenza:"), grid.message.text()
    assert months(store, internship)["2026-02"]["days_attended"] == 0
    assert model.rows[1]["days_attended"] == 0


def test_a_points_month_for_its_tutor(qtbot: QtBot, ctx: AppContext) -> None:
    store = ctx.store
    host = add(store, "organisation", {"name": "Officine Rossi", "org_type": "company",
                                       "employees": 200})
    today = date.today()
    # Five months either side of this one: within the twelve the rules allow.
    back, ahead = today.month - 1 - 5, today.month - 1 + 5
    first = f"{today.year + back // 12:04d}-{back % 12 + 1:02d}-01"
    end = f"{today.year + ahead // 12:04d}-{ahead % 12 + 1:02d}-28"
    ids = [trainee(store, name, first, end, host) for name in ("Ugo", "Ada")]
    records.update(store, "internship", trainee(store, "Leo", first, end, host),
                   {"status": "interrupted"})
    grid = open_grid(qtbot, MonthGridDialog(ctx))
    assert grid.point.currentData() == "CAL"  # the first by code: none there
    assert grid.model.rowCount() == 0 and "Nessun tirocinio" in grid.total.text()
    grid.point.setCurrentIndex(grid.point.findData("MON"))
    grid.point.activated.emit(grid.point.currentIndex())
    qtbot.waitUntil(lambda: grid.model.rowCount() == 2, timeout=WAIT)
    assert [r["person_name"] for r in grid.model.rows] == ["Ferri Ada", "Ferri Ugo"]
    month = f"{today.year:04d}-{today.month:02d}"
    assert grid.month.currentData() == month
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Space)
    qtbot.keyClick(grid.view, Qt.Key.Key_Down)
    type_in(qtbot, grid.view, "3")
    ada, ugo = ids[1], ids[0]
    qtbot.waitUntil(lambda: month in months(store, ugo), timeout=WAIT)
    expected = attendance.working_days(month, first, end)
    assert months(store, ada)[month]["days_attended"] == expected
    assert months(store, ugo)[month]["days_attended"] == 3
    assert grid.model.rows[0]["allowance_due"] == 500.0
    assert grid.model.rows[1]["allowance_due"] == round(500 * 3 / expected, 2)


def test_ctrl_p_previews_the_allowance_statement(qtbot: QtBot, ctx: AppContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from genera_desktop.ui.common.print_preview import PrintPreviewDialog

    store = ctx.store
    host = add(store, "organisation", {"name": "Officine Rossi", "org_type": "company",
                                       "employees": 200})
    internship = trainee(store, "Ida", "2026-01-12", "2026-06-30", host)
    attendance.save_month(store, internship, "2026-01", {"days_expected": 15,
                                                         "days_attended": 15})
    shown: list[bytes] = []
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf", classmethod(
        lambda cls, parent, pdf, name, title=None: shown.append(pdf)))
    grid = open_grid(qtbot, MonthGridDialog(ctx, internship=internship, title="Ida"))
    active(qtbot, grid)
    qtbot.keyClick(grid.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT)
    text = PdfReader(io.BytesIO(shown[0])).pages[0].extract_text()
    assert "Prospetto dell'indennità" in text and "gennaio 2026" in text
