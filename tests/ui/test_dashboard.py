"""The dashboard shows the indicators of the store, computed through run_task."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from genera_desktop.ui.context import AppContext
from genera_desktop.ui.pages.dashboard import DashboardPage
from tests.ui.helpers import family


def test_indicators_are_shown(qtbot: QtBot, ctx: AppContext, sync_tasks: None) -> None:
    family(ctx.store, "Rossi", "Maria")
    family(ctx.store, "Popa", "Ion", point="CAL")
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.data is not None and page.data["households_total"] == 2
    assert page.reached.text() == "2"
    assert page.progress.maximum() == 4500 and page.progress.value() == 2
    assert page.by_point.chart().title() == "Nuclei per punto di comunità"
    assert page.by_point.chart().series()[0].barSets()[0].count() == 2
    family(ctx.store, "Verdi", "Anna")
    page.refresh_button.click()
    assert page.reached.text() == "3"


def test_refresh_runs_in_the_background(qtbot: QtBot, ctx: AppContext) -> None:
    family(ctx.store, "Rossi", "Maria")
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.data is not None and page.data["households_total"] == 1
