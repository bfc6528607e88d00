"""The conflicts page: open entries with Italian labels, keep and restore decide them; the
"Quarantena" tab shows changes held for a date far ahead, accept and reject decide them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import genera_desktop.sync.clock as clock
from genera_desktop.services import records
from genera_desktop.services.coordination import conflicts
from genera_desktop.services.network import sync
from genera_desktop.sync.clock import FUTURE_TOLERANCE_MS, unpack
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination.conflicts import ConflictsPage
from tests.integration.test_conflicts import log_conflict
from tests.sync.syncnet import Net, build_template, copy_network
from tests.sync.test_clock_faults import YEAR_MS
from tests.ui.helpers import family


def test_keep_and_restore(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, qtmodeltester: object
) -> None:
    hid = family(ctx.store, "Rossi", "Maria", address="Via Roma 1")
    first = log_conflict(ctx.store, hid, "address", "Via Roma 1", "Via Roma 10", cid="c1")
    second = log_conflict(ctx.store, hid, "phone", "030111222", "030999888", cid="c2")
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    tab = page.conflicts
    assert page.tabs.currentWidget() is tab
    assert tab.model.rowCount() == 2
    assert page.tabs.tabText(0).endswith("(2)")
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]
    texts = [tab.model.data(tab.model.index(r, 1)) for r in range(2)]
    assert "address" not in texts and "phone" not in texts  # Italian labels

    row = next(r for r in range(2) if tab.model.rows[r]["id"] == first)
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    tab.keep_button.click()
    with ctx.store.unit_of_work() as uow:
        assert conflicts.get(uow, first)["status"] == "kept"
    assert [r["id"] for r in tab.model.rows] == [second]

    monkeypatch.setattr(tab, "confirm_restore", lambda row: True)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.restore_button.click()
    with ctx.store.unit_of_work() as uow:
        assert conflicts.get(uow, second)["status"] == "restored"
        assert records.show(uow, "household", hid, audit_view=False)["phone"] == "030999888"
    assert tab.model.rowCount() == 0
    assert not page.tabs.tabText(0).endswith(")")


# -- quarantine ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    build_template(root)
    return root


class Held(NamedTuple):
    net: Net
    household: str

    def fields(self) -> dict[str, Any]:
        """The household's fields at the coordinator."""
        got = self.net.get("coord", "household", self.household)
        assert got is not None
        return got


@pytest.fixture
def held(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    """The coordinator holding two changes the laptop L1 made with its date a year ahead
    (as tests/sync/test_clock_faults.py makes them): a phone number and a note."""
    net = Net(copy_network(template, tmp_path / "net", ("coord", "l1")), ["coord", "l1"])
    hh = net.household("coord", housing_context=net.ctx["A"], phone="030 1000000",
                       case_number="MON-2026-017")
    net.send("coord", "l1")
    net.send("l1", "coord")
    real = clock.wall_ms()
    monkeypatch.setattr(clock, "wall_ms", lambda: real + YEAR_MS)
    net.update("l1", "household", hh, {"phone": "030 9999999", "notes": "dal futuro"})
    ahead = net.export("l1", "coord")
    monkeypatch.setattr(clock, "wall_ms", lambda: real)
    assert net.load("coord", ahead).quarantined == 2
    yield Held(net, hh)
    net.close()


def open_quarantine(qtbot: QtBot, held: Held) -> ConflictsPage:
    page = ConflictsPage(AppContext(held.net.stores["coord"]))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page, timeout=20_000)
    page.activateWindow()
    # Shortcuts need the application's active window, set a moment after activation.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=20_000)
    # The tab is reached from the keyboard: Alt+Q, its mnemonic.
    qtbot.keyClick(page.tabs, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.quarantine
    return page


def held_rows(page: ConflictsPage) -> dict[str, int]:
    """Field of each row of the quarantine list -> its row number."""
    return {row["field"]: n for n, row in enumerate(page.quarantine.model.rows)}


def cell(page: ConflictsPage, row: int, column: int) -> str:
    model = page.quarantine.model
    return str(model.data(model.index(row, column)))


def test_held_changes_are_listed_in_italian(
    qtbot: QtBot, held: Held, qtmodeltester: object
) -> None:
    page = open_quarantine(qtbot, held)
    qtmodeltester.check(page.quarantine.model)  # type: ignore[attr-defined]
    rows = held_rows(page)
    assert set(rows) == {"phone", "notes"}
    assert page.tabs.tabText(1).endswith("(2)")
    assert page.quarantine.status.text() == "2 modifiche in quarantena."
    phone = rows["phone"]
    assert cell(page, phone, 0) == "Nucleo familiare MON-2026-017"
    assert cell(page, phone, 1) not in ("", "phone")  # the Italian label
    assert cell(page, phone, 2) == "030 9999999"
    assert cell(page, phone, 3) == "Laptop Anna"
    stamped = cell(page, phone, 4)
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", stamped)
    ahead = datetime.strptime(stamped, "%d/%m/%Y %H:%M")
    assert (ahead - datetime.now()).days >= 364  # the laptop's date, a year ahead
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", cell(page, phone, 5))
    assert page.quarantine.accept_button.isEnabled()


def test_accept_applies_with_a_fresh_stamp_and_reject_drops(
    qtbot: QtBot, held: Held, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_quarantine(qtbot, held)
    tab = page.quarantine
    asked: list[tuple[str, bool]] = []
    answers = iter([False, True, True])

    def confirm(row: dict[str, object], accept: bool) -> bool:
        asked.append((str(row["field"]), accept))
        return next(answers)

    monkeypatch.setattr(tab, "confirm_decision", confirm)
    tab.select_row(held_rows(page)["phone"])
    tab.view.setFocus()
    # Keyboard: Alt+C is "Accetta". The first answer is No: nothing changes.
    qtbot.keyClick(tab, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=20_000)  # a mnemonic "animates" its click
    assert asked == [("phone", True)]
    assert set(held_rows(page)) == {"phone", "notes"}
    assert held.fields()["phone"] == "030 1000000"

    qtbot.keyClick(tab, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    assert held.fields()["phone"] == "030 9999999"
    with held.net.stores["coord"].sessionmaker() as s:
        stamp = s.execute(
            text("SELECT hlc FROM field_clock WHERE rid = :r AND field = 'phone'"),
            {"r": held.household},
        ).scalar_one()
    assert unpack(stamp)[0] < clock.wall_ms() + FUTURE_TOLERANCE_MS  # fresh, not a year on
    assert set(held_rows(page)) == {"notes"}
    assert tab.status.text().startswith("Modifica accettata")
    assert page.tabs.tabText(1).endswith("(1)")

    tab.select_row(held_rows(page)["notes"])
    tab.reject_button.click()
    assert asked[-1] == ("notes", False)
    assert "notes" not in held.fields()
    assert tab.model.rowCount() == 0
    assert tab.status.text() == "Modifica rifiutata e scartata. Nessuna modifica in quarantena."
    assert not tab.accept_button.isEnabled() and not tab.reject_button.isEnabled()
    with held.net.stores["coord"].unit_of_work() as uow:
        decided = {q["field"]: q["status"] for q in sync.quarantine_list(uow, status=None)}
    assert decided == {"phone": "accepted", "notes": "rejected"}


def test_a_decision_refused_by_the_store_is_said_plainly(
    qtbot: QtBot, held: Held, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_quarantine(qtbot, held)
    tab = page.quarantine
    monkeypatch.setattr(tab, "confirm_decision", lambda row, accept: True)
    gone = dict(tab.current_row())
    with held.net.stores["coord"].unit_of_work() as uow:
        sync.quarantine_decide(uow, gone["id"], accept=False)  # decided meanwhile (the CLI)
    tab.reject_button.click()
    assert tab.message.isVisible()
    assert "non esiste più" in tab.message.text()


def test_a_held_value_of_an_area_the_user_lacks_says_only_the_area(qapp: QApplication) -> None:
    from genera_desktop.ui.coordination.conflicts import held_value_text

    assert held_value_text({"hidden": True, "area": "health", "value": "diabete"}) \
        == "(dato riservato: Salute e disabilità)"
    assert held_value_text({"hidden": False, "area": None, "value": "030 1"}) == "030 1"
