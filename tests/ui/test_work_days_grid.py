"""An internship's month by days (issue 12, work3): three months entered by keyboard,
each day toggled with Space and saved with its count and the allowance due shown live;
the weekends and holidays shaded and not expected; a month's grid row opens its days."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.work import attendance
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.work.days_grid import RESTING_COLOR, DaysGridDialog
from genera_desktop.ui.work.month_grid import MonthGridDialog
from tests.ui.helpers import add
from tests.ui.test_work_month_grid import trainee
from tests.ui.test_workshop_season import (  # noqa: F401  (questions: the prompts, autouse)
    WAIT,
    active,
    in_dialog,
    questions,
    raise_failures,
)


def months(store: Store, internship: str) -> dict[str, dict[str, Any]]:
    return {m["month"]: m for m in records.list_records(store, "internship_month")
            if m["internship"] == internship}


def host(store: Store) -> str:
    return add(store, "organisation", {"name": "Officine Rossi", "org_type": "company",
                                       "employees": 200})


def mark_working_days(qtbot: QtBot, grid: DaysGridDialog, count: int) -> None:
    """From the cursor on, Space on the next ``count`` working days (Right between)."""
    marked = 0
    while marked < count:
        column = grid.view.currentIndex().column()
        if grid.model.days[column]["working"]:
            qtbot.keyClick(grid.view, Qt.Key.Key_Space)
            marked += 1
        qtbot.keyClick(grid.view, Qt.Key.Key_Right)


def test_three_months_by_days_by_keyboard(qtbot: QtBot, ctx: AppContext) -> None:
    store = ctx.store
    internship = trainee(store, "Ida", "2026-03-02", "2026-08-31", host(store))
    grid = DaysGridDialog(ctx, internship, "2026-03", title="Ida")
    qtbot.addWidget(grid)
    grid.show()
    active(qtbot, grid)
    view, model = grid.view, grid.model
    assert view.hasFocus()
    # March 2026: 31 days, headed by the weekday's initial and the number.
    assert model.columnCount() == 31
    assert model.headerData(0, Qt.Orientation.Horizontal) == "D\n1"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "L\n2"
    assert grid.expected.text() == "22"  # its working days, proposed
    assert view.currentIndex().column() == 1  # Monday 2nd, the first day expected
    # Monday 2nd, Tuesday 3rd, Thursday 5th present.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: months(store, internship).get("2026-03", {}).get(
        "attended_days") == [2, 3, 5], timeout=WAIT)
    saved = months(store, internship)["2026-03"]
    assert (saved["days_expected"], saved["days_attended"]) == (22, 3)
    assert model.index(0, 1).data() == "✓" and model.index(0, 3).data() == ""
    assert "3 giorni su 22" in grid.total.text()
    assert "€ 68,18" in grid.total.text()  # 500 × 3 / 22
    # Space again on the 5th: absent again, saved.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: months(store, internship)["2026-03"]["attended_days"] == [2, 3],
                    timeout=WAIT)
    assert months(store, internship)["2026-03"]["days_attended"] == 2
    # Page Down: April; Easter Monday (6th) and Saturday 25th shaded, 21 expected.
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: grid.current_month() == "2026-04", timeout=WAIT)
    assert grid.expected.text() == "21"
    easter_monday = model.index(0, 5)
    assert model.headerData(5, Qt.Orientation.Horizontal) == "L\n6"
    assert easter_monday.data(Qt.ItemDataRole.BackgroundRole).color().name() == RESTING_COLOR
    assert "festivo" in easter_monday.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 6).data(Qt.ItemDataRole.BackgroundRole) is None  # Tuesday 7th
    # 20 expected (typed), then 16 working days present: 80%, the whole allowance.
    qtbot.keyClick(grid, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(grid.expected.hasFocus, timeout=WAIT)
    grid.expected.selectAll()
    qtbot.keyClicks(grid.expected, "20")
    qtbot.keyClick(grid.expected, Qt.Key.Key_Return)
    assert "2026-04" not in months(store, internship)  # kept until a day is marked
    view.setFocus()
    mark_working_days(qtbot, grid, 16)
    qtbot.waitUntil(lambda: months(store, internship).get("2026-04", {}).get(
        "days_attended") == 16, timeout=WAIT)
    april = months(store, internship)["2026-04"]
    assert (april["days_expected"], april["allowance_due"]) == (20, 500.0)
    assert 6 not in april["attended_days"] and len(april["attended_days"]) == 16
    assert "16 giorni su 20 previsti (80%)" in grid.total.text()
    assert "€ 500,00" in grid.total.text()
    # Page Down: May; ten working days present, half the allowance's share.
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: grid.current_month() == "2026-05", timeout=WAIT)
    expected = int(grid.expected.text())
    assert expected == attendance.working_days("2026-05", "2026-03-02", "2026-08-31") == 20
    mark_working_days(qtbot, grid, 10)
    qtbot.waitUntil(lambda: months(store, internship).get("2026-05", {}).get(
        "days_attended") == 10, timeout=WAIT)
    assert months(store, internship)["2026-05"]["allowance_due"] == 250.0
    assert 1 not in months(store, internship)["2026-05"]["attended_days"]  # Labour Day
    # Page Up twice: March as saved.
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: grid.current_month() == "2026-03", timeout=WAIT)
    assert model.marked == {2, 3}


def test_a_day_outside_the_internship_is_not_marked(qtbot: QtBot, ctx: AppContext) -> None:
    store = ctx.store
    internship = trainee(store, "Ida", "2026-03-10", "2026-08-31", host(store))
    grid = DaysGridDialog(ctx, internship, "2026-03", title="Ida")
    qtbot.addWidget(grid)
    grid.show()
    active(qtbot, grid)
    assert grid.view.currentIndex().column() == 9  # Tuesday 10th
    qtbot.keyClick(grid.view, Qt.Key.Key_Left)
    qtbot.keyClick(grid.view, Qt.Key.Key_Space)
    qtbot.waitUntil(grid.message.isVisible, timeout=WAIT)
    assert "fuori dalle date" in grid.message.text()
    assert months(store, internship) == {}


def test_a_month_row_opens_its_days(qtbot: QtBot, ctx: AppContext) -> None:
    store = ctx.store
    internship = trainee(store, "Ida", "2026-03-02", "2026-08-31", host(store))
    attendance.save_days(store, internship, "2026-04", [1, 2, 3])
    attendance.save_month(store, internship, "2026-05", {"days_expected": 20,
                                                         "days_attended": 15})
    grid = MonthGridDialog(ctx, internship=internship, title="Ida")
    qtbot.addWidget(grid)
    grid.show()
    active(qtbot, grid)
    model = grid.model
    attended = model.keys.index("days_attended")
    # April's count follows its days: not typed in the cell.
    assert not model.flags(model.index(1, attended)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(2, attended)) & Qt.ItemFlag.ItemIsEditable
    failures: list[BaseException] = []

    def in_april(days: DaysGridDialog) -> None:
        assert days.current_month() == "2026-04" and days.model.marked == {1, 2, 3}
        qtbot.keyClick(days.view, Qt.Key.Key_Right)  # Thursday 2nd: absent
        qtbot.keyClick(days.view, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: days.model.marked == {1, 3}, timeout=WAIT)
        qtbot.keyClick(days.view, Qt.Key.Key_Escape)

    grid.view.setFocus()
    grid.view.setCurrentIndex(model.index(1, attended))
    in_dialog(qtbot, DaysGridDialog, in_april, failures)
    qtbot.keyClick(grid.view, Qt.Key.Key_Space)  # a row by days: Space opens them
    raise_failures(failures)
    qtbot.waitUntil(lambda: model.rows[1]["days_attended"] == 2, timeout=WAIT)

    def in_may(days: DaysGridDialog) -> None:
        assert days.current_month() == "2026-05" and days.model.marked == set()
        assert days.counts_note.isVisible() and "(15)" in days.counts_note.text()
        assert "15 giorni su 20" in days.total.text()
        qtbot.keyClick(days.view, Qt.Key.Key_Escape)

    active(qtbot, grid)
    grid.view.setCurrentIndex(model.index(2, attended))
    in_dialog(qtbot, DaysGridDialog, in_may, failures)
    qtbot.keyClick(grid.view, Qt.Key.Key_Return)  # Enter: the month by days
    raise_failures(failures)
    assert QApplication.activeModalWidget() is None or \
        QApplication.activeModalWidget() is grid
    assert months(store, internship)["2026-05"]["days_attended"] == 15


def test_the_projects_contribution_is_read_and_shown_the_italian_way(
        qtbot: QtBot, ctx: AppContext) -> None:
    store = ctx.store
    internship = trainee(store, "Ida", "2026-03-02", "2026-08-31", host(store))
    attendance.save_days(store, internship, "2026-04", [1, 2, 3],
                         project_contribution=62.5)
    grid = DaysGridDialog(ctx, internship, "2026-04", title="Ida")
    qtbot.addWidget(grid)
    grid.show()
    active(qtbot, grid)
    assert grid.contribution.text() == "62,50"
    grid.contribution.setFocus()
    grid.contribution.selectAll()
    qtbot.keyClicks(grid.contribution, "1.200,50")
    qtbot.keyClick(grid.contribution, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: months(store, internship)["2026-04"].get(
        "project_contribution") == 1200.5, timeout=WAIT)
    # What cannot be read is said, and the amount saved stays.
    grid.contribution.selectAll()
    qtbot.keyClicks(grid.contribution, "mille")
    qtbot.keyClick(grid.contribution, Qt.Key.Key_Return)
    qtbot.waitUntil(grid.message.isVisible, timeout=WAIT)
    assert months(store, internship)["2026-04"]["project_contribution"] == 1200.5
