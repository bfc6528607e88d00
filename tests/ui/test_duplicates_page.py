"""The duplicates page: real candidates, merge keeps the chosen side, "Separa" undoes it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from genera_desktop.services.coordination import duplicates
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination.duplicates import DuplicatesPage
from tests.ui.helpers import family


def candidates(ctx: AppContext) -> list[duplicates.Candidate]:
    with ctx.store.unit_of_work() as uow:
        return duplicates.find_candidates(uow)


def test_merge_and_separate(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, qtmodeltester: object
) -> None:
    family(ctx.store, "Rossi", "Maria")
    family(ctx.store, "Rossi", "Marie", point="CAL")
    page = DuplicatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    rows = page.model.rows
    assert rows and rows[0].candidate.kind == "person"
    assert page.model.data(page.model.index(0, 2)) == "Nome simile e stessa data di nascita"
    assert "Rossi Maria" in page.model.data(page.model.index(0, 3))
    assert page.compare_model.rowCount() > 0
    for model in (page.model, page.compare_model, page.merged_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]

    pair = rows[0]
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.keep_right_button.click()
    assert all(c.kind != "person" for c in candidates(ctx))
    assert page.merged_model.rowCount() == 1
    assert page.merged_model.rows[0]["record_id"] == pair.left.id
    qtmodeltester.check(page.merged_model)  # type: ignore[attr-defined]

    page.unmerge_button.click()
    assert any(
        c.kind == "person" and set(c.ids) == {pair.left.id, pair.right.id} for c in candidates(ctx)
    )
    assert page.merged_model.rowCount() == 0


def test_declining_the_confirmation_merges_nothing(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    family(ctx.store, "Bianchi", "Luca")
    family(ctx.store, "Bianchi", "Luca")
    page = DuplicatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(page, "confirm", lambda title, text: False)
    page.keep_left_button.click()
    assert candidates(ctx)
