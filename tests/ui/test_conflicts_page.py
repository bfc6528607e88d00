"""The conflicts page: open entries with Italian labels; keep and restore decide them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from genera_desktop.services import conflicts, records
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.pages.conflicts import ConflictsPage
from tests.integration.test_conflicts import log_conflict
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
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    texts = [page.model.data(page.model.index(r, 1)) for r in range(2)]
    assert "address" not in texts and "phone" not in texts  # Italian labels

    row = next(r for r in range(2) if page.model.rows[r]["id"] == first)
    page.view.setCurrentIndex(page.model.index(row, 0))
    page.keep_button.click()
    with ctx.uow() as uow:
        assert conflicts.get(uow, first)["status"] == "kept"
    assert [r["id"] for r in page.model.rows] == [second]

    monkeypatch.setattr(page, "confirm_restore", lambda row: True)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.restore_button.click()
    with ctx.uow() as uow:
        assert conflicts.get(uow, second)["status"] == "restored"
        assert records.show(uow, "household", hid, audit_view=False)["phone"] == "030999888"
    assert page.model.rowCount() == 0
