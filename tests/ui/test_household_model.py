"""The lazy household table model: qtmodeltester, ordering, filters, lazy rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.registry.households_model import COLUMNS, ID_ROLE, HouseholdTableModel
from tests.ui.families import bulk_families, three_families


def names(model: HouseholdTableModel) -> list[str]:
    column = COLUMNS.index("reference")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_model_passes_modeltester(qtmodeltester, ctx: AppContext, coordinator: Store) -> None:
    three_families(coordinator)
    model = HouseholdTableModel(ctx)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    model.set_search("ferrari")
    model.sort(COLUMNS.index("reference"), Qt.SortOrder.AscendingOrder)
    model.set_search("")


def test_model_with_more_to_fetch_passes_modeltester(qtmodeltester, ctx: AppContext,
                                                     coordinator: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    three_families(coordinator)
    monkeypatch.setattr(HouseholdTableModel, "FIRST_PAGE", 2)
    model = HouseholdTableModel(ctx)
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    assert model.total() == 3
    model.set_search("via")
    assert model.total() is None  # not counted while searching: as dear as the search
    model.set_search("")
    qtmodeltester.check(model)  # calls fetchMore
    assert model.rowCount() == 3 and not model.canFetchMore(QModelIndex())


def test_rows_show_what_the_list_needs(ctx: AppContext, coordinator: Store) -> None:
    ids = three_families(coordinator)
    model = HouseholdTableModel(ctx)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(3)] == [
        ids["ferrari"], ids["rossi"], ids["singh"]]  # latest registered first
    row = [model.index(1, c).data() for c in range(model.columnCount())]
    assert row[1:] == ["MON", "Rossi Mario", "Via Trieste 48", "030 961 2210", "2", "Nuovo",
                       "10/01/2025"]
    assert row[0].startswith("MON-")
    assert model.index(0, COLUMNS.index("status")).data() == "Attivo"


def test_search_filters_and_sorting(ctx: AppContext, coordinator: Store) -> None:
    three_families(coordinator)
    model = HouseholdTableModel(ctx)
    model.set_search("nicolo")
    assert names(model) == ["Ferrari Giulia"]
    model.set_search("")
    model.set_point("MON")
    assert names(model) == ["Rossi Mario", "Singh Harpreet"]
    model.set_status("closed")
    assert names(model) == ["Singh Harpreet"]
    model.set_point(None)
    model.set_status(None)
    model.sort(COLUMNS.index("reference"), Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Ferrari Giulia", "Rossi Mario", "Singh Harpreet"]
    model.sort(COLUMNS.index("members"), Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Ferrari Giulia"
    model.sort(-1)
    assert names(model) == ["Ferrari Giulia", "Rossi Mario", "Singh Harpreet"]


@pytest.mark.slow
def test_five_thousand_households_open_without_loading_every_row(
        qtbot, ctx: AppContext, coordinator: Store) -> None:
    from genera_desktop.ui.registry.households import HouseholdsPage

    bulk_families(coordinator, 5_000)
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    model = page.model
    # How fast is for benchmarks/bench_store.py (the household list's first screen).
    qtbot.waitUntil(lambda: model.rows_fetched > 0, timeout=20_000)  # painted
    assert model.rowCount() == model.FIRST_PAGE
    assert 0 < model.rows_fetched <= 2 * model.BLOCK
    # Counted just after.
    qtbot.waitUntil(lambda: page.count.text() == "5.000 nuclei", timeout=20_000)
    # Scrolling to the end brings the rest of the ids, still not every row.
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 5_000, timeout=20_000)
    page.view.scrollToBottom()
    page.view.viewport().repaint()
    assert model.rows_fetched < 500


def test_household_page_tables_pass_modeltester(qtmodeltester, qtbot, ctx: AppContext,
                                                coordinator: Store) -> None:
    from genera_desktop.ui.registry.household import HouseholdPage

    ids = three_families(coordinator)
    page = HouseholdPage(ctx)
    qtbot.addWidget(page)
    page.load(ids["ferrari"])
    for tab in (page.members, page.contacts, page.referrals, page.follow_ups):
        qtmodeltester.check(tab.model)
    assert page.members.model.rowCount() == 3
