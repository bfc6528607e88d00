"""The change bus: a write committed through a service, on any thread, makes the
pages that show its tables refresh themselves (ui/common/changes.py)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.transaction import EVERYTHING, Changes, announce
from genera_desktop.store.store import Store
from genera_desktop.ui.common.changes import bus
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination.dashboard import DashboardPage
from genera_desktop.ui.network.users import UsersPage
from genera_desktop.ui.registry.households import HouseholdsPage
from genera_desktop.ui.registry.persons import PersonsPage

WAIT_MS = 30_000


def family(store: Store, last: str, first: str) -> str:
    """A household and its reference person, each added by the service given the store:
    it commits and announces, as the app's dialogs and imports do."""
    hid = records.add(store, "household", {"point": "MON", "address": "Via Roma 1"})
    records.add(store, "person", {"household": hid, "first_name": first, "last_name": last,
                                  "is_reference": True, "tax_code_missing": True,
                                  "birth_date": "1980-05-17"})
    return hid


def on_another_thread(work: Any) -> None:
    """Run ``work`` on a plain Python thread (as an import or a merge would)."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            failed.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(WAIT_MS / 1000)
    assert not thread.is_alive() and not failed, failed


class CountingPersons(PersonsPage):
    """The persons page, counting how often it reads the store."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.loads = 0

    def load(self, search: str) -> tuple[list[Any], str]:
        self.loads += 1
        return super().load(search)


def test_a_write_on_another_thread_shows_on_the_visible_page(qtbot: QtBot,
                                                            ctx: AppContext) -> None:
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 0
    on_another_thread(lambda: family(ctx.store, "Rossi", "Maria"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.model.index(0, 0).data() == "Rossi Maria"


def test_the_bus_speaks_on_the_gui_thread(qtbot: QtBot, ctx: AppContext,
                                          qapp: QApplication) -> None:
    heard: list[tuple[Changes, bool]] = []

    def listen(changes: Changes, number: int) -> None:
        heard.append((changes, QThread.currentThread() is qapp.thread()))

    bus().changed.connect(listen)
    try:
        with qtbot.waitSignal(bus().changed, timeout=WAIT_MS):
            on_another_thread(lambda: family(ctx.store, "Popa", "Ion"))
        qtbot.waitUntil(lambda: any(c.touches("person") for c, _ in heard), timeout=WAIT_MS)
    finally:
        bus().changed.disconnect(listen)
    assert all(on_gui for _, on_gui in heard)


def test_a_hidden_page_is_left_alone_and_reads_again_when_shown(qtbot: QtBot,
                                                                 ctx: AppContext) -> None:
    page = CountingPersons(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.hide()
    before = page.loads
    with qtbot.waitSignal(bus().changed, timeout=WAIT_MS):
        family(ctx.store, "Rossi", "Maria")
    assert page.loads == before and page.model.rowCount() == 0
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)


def test_the_households_list_hidden_under_a_household_is_stale_then_read_again(
        qtbot: QtBot, ctx: AppContext) -> None:
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 0
    page.hide()  # the household page over it
    with qtbot.waitSignal(bus().changed, timeout=WAIT_MS):
        family(ctx.store, "Rossi", "Maria")
    assert page.model.rowCount() == 0
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)


def test_a_page_that_refreshed_after_its_own_write_is_not_refreshed_again(
        qtbot: QtBot, ctx: AppContext) -> None:
    page = CountingPersons(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(bus().changed, timeout=WAIT_MS):
        family(ctx.store, "Rossi", "Maria")
        page.refresh()  # as a page does after its own action, then says "done"
        page.status.setText("Fatto.")
        loads = page.loads
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.loads == loads and page.status.text() == "Fatto."


def test_a_page_follows_only_its_own_tables(qtbot: QtBot, ctx: AppContext) -> None:
    users = UsersPage(ctx)
    qtbot.addWidget(users)
    users.show()
    qtbot.waitExposed(users)
    loads = 0
    original = users.load

    def counted(search: str) -> tuple[list[Any], str]:
        nonlocal loads
        loads += 1
        return original(search)

    users.load = counted  # type: ignore[method-assign]
    with qtbot.waitSignal(bus().changed, timeout=WAIT_MS):
        family(ctx.store, "Rossi", "Maria")
    assert loads == 0
    assert isinstance(users, ListPage) and users.FOLLOWS == ("user",)


def test_the_shown_dashboard_recomputes_after_a_bundle_import(
        qtbot: QtBot, ctx: AppContext, sync_tasks: None) -> None:
    """The main window no longer wires the sync page to the dashboard: the import's
    announcement (EVERYTHING: applied below the ORM) reaches the dashboard itself."""
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.reached.text() == "0"
    # Written under the services, as a bundle's apply writes, then announced as it is.
    with ctx.store.unit_of_work() as uow:
        records.add(uow, "household", {"point": "MON", "address": "Via Roma 1"})
        uow.commit()
    assert page.reached.text() == "0"
    announce(Changes(frozenset({EVERYTHING})))
    qtbot.waitUntil(lambda: page.reached.text() == "1", timeout=WAIT_MS)
