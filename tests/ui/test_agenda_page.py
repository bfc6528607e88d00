"""The agenda page on a real store: the three groups, "Segna come fatto" and its undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from genera_desktop.ui.registry.agenda import OVERDUE_COLOR, AgendaPage
from tests.ui.helpers import family, follow_up

TODAY = date.today()


def test_lists_overdue_today_and_week_and_opens_the_household(
    qtbot: QtBot, ctx: AppContext
) -> None:
    rossi = family(ctx.store, "Rossi", "Maria")
    popa = family(ctx.store, "Popa", "Ion")
    late = follow_up(ctx.store, rossi, TODAY, -2, note="richiamare per ISEE")
    now = follow_up(ctx.store, popa, TODAY, 0, operator="anna")
    soon = follow_up(ctx.store, rossi, TODAY, 3)
    follow_up(ctx.store, popa, TODAY, 30)
    page = AgendaPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.follow_ups
    assert [r.id for r in model.rows] == [late, now, soon]
    assert model.index(0, 0).data() == "Scaduto da 2 giorni"
    assert model.index(1, 0).data() == "Oggi"
    brush = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == OVERDUE_COLOR
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 2).data() == "Rossi Maria"
    assert model.index(0, 3).data() == "richiamare per ISEE"
    assert page.summary.text() == "1 scaduti · 1 per oggi · 1 nei prossimi 7 giorni"
    page.only_mine.setChecked(True)
    assert [r.id for r in model.rows] == [now]
    page.only_mine.setChecked(False)
    with qtbot.waitSignal(page.household_opened, timeout=20_000) as opened:
        page.follow_up_view.setFocus()
        page.follow_up_view.setCurrentIndex(model.index(1, 0))
        qtbot.keyClick(page.follow_up_view, Qt.Key.Key_Return)
    assert opened.args == [popa]
    assert page.activity.rowCount() > 0  # the records just made
    assert page.activity.index(0, 1).data() in ("Creato", "Modificato")


def test_mark_done_then_undo_from_the_status_bar(qtbot: QtBot, ctx: AppContext) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    first = follow_up(ctx.store, hid, TODAY, -1)
    second = follow_up(ctx.store, hid, TODAY, 0)
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=20_000)
    page: AgendaPage = window.pages["agenda"]  # type: ignore[assignment]
    assert page.selected_follow_up() is not None and page.selected_follow_up().id == first
    page.follow_up_view.setFocus()
    qtbot.keyClick(page.follow_up_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in page.follow_ups.rows] == [second]
    assert window.undo_bar.isVisible()
    assert "segnato come fatto" in window.undo_bar.label.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in page.follow_ups.rows] == [first, second]
    assert not window.undo_bar.isVisible()
    assert page.selected_follow_up().id == first


def test_empty_agenda_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    page = AgendaPage(ctx, today=lambda: date(2026, 11, 25))
    qtbot.addWidget(page)
    page.refresh()
    assert page.summary.text() == "Nessun promemoria in scadenza nei prossimi 7 giorni."
    assert page.title.text() == "Agenda di oggi, mercoledì 25 novembre 2026"
    assert not page.done_button.isEnabled()
