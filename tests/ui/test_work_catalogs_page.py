"""«Cataloghi…» (Ctrl+K in «Lavoro», at the coordinator): the incentive catalogue and
the internships' rules are editable in the window, as issue 12 asks ("editable data
... the coordinator maintains"); before, only `genera` could change them. A new rule
then decides a new internship's minimum allowance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.work.catalogs import CatalogsDialog
from genera_desktop.ui.work.page import WorkPage
from tests.ui.helpers import add, family
from tests.ui.test_work_walk import type_into
from tests.ui.test_workshop_season import (  # noqa: F401  (questions: the prompts, autouse)
    WAIT,
    active,
    in_dialog,
    questions,
    raise_failures,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_coordinator_keeps_incentives_and_internship_rules(qtbot: QtBot,
                                                                ctx: AppContext) -> None:
    store = ctx.store
    page = WorkPage(ctx)
    qtbot.addWidget(page)
    page.show()
    active(qtbot, page)
    failures: list[BaseException] = []
    seen: dict[str, Any] = {}

    def new_incentive(dialog: RecordDialog) -> None:
        editors = dialog.form.editors
        type_into(qtbot, editors["code"], "ADI-ESONERO")
        type_into(qtbot, editors["name"], "Esonero contributivo ADI")
        type_into(qtbot, editors["valid_from"], "01/01/2024")
        qtbot.keyClick(editors["name"], Qt.Key.Key_Return)

    def new_rule(dialog: RecordDialog) -> None:
        editors = dialog.form.editors
        type_into(qtbot, editors["name"], "DGR 2027")
        type_into(qtbot, editors["valid_from"], "01/01/2027")
        type_into(qtbot, editors["min_allowance"], "600")
        type_into(qtbot, editors["min_months"], "2")
        qtbot.keyClick(editors["name"], Qt.Key.Key_Return)

    def use_catalogs(dialog: CatalogsDialog) -> None:
        qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, CTRL)  # «Corsi» -> «Incentivi»
        qtbot.waitUntil(lambda: dialog.current().kind == "incentive", timeout=WAIT)
        in_dialog(qtbot, RecordDialog, new_incentive, failures)
        qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: dialog.current().model.rowCount() == 1, timeout=WAIT)
        qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, CTRL)
        qtbot.waitUntil(lambda: dialog.current().kind == "internship_rule", timeout=WAIT)
        in_dialog(qtbot, RecordDialog, new_rule, failures)
        active(qtbot, dialog)  # back from the first record's dialog
        qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: dialog.current().model.rowCount() == 1, timeout=WAIT)
        seen["rule_row"] = dialog.current().model.index(0, 0).data()
        dialog.reject()

    in_dialog(qtbot, CatalogsDialog, use_catalogs, failures)
    qtbot.keyClick(page, Qt.Key.Key_K, CTRL)
    assert not failures[1:], failures
    raise_failures(failures)
    qtbot.waitUntil(lambda: "rule_row" in seen, timeout=WAIT)
    assert seen["rule_row"] == "DGR 2027"
    [incentive] = records.list_records(store, "incentive", None)
    assert (incentive["code"], incentive["valid_from"]) == ("ADI-ESONERO", "2024-01-01")
    [rule] = records.list_records(store, "internship_rule", None)
    assert (rule["valid_from"], rule["min_allowance"], rule["min_months"]) == (
        "2027-01-01", 600, 2)
    # The rule decides the minimum of an internship starting when it is in force.
    family(store, "Ferri", "Ida", municipality="Montichiari")
    with store.unit_of_work() as uow:
        ida = records.find(uow.session, "person", "Ferri")[0].id
    host = add(store, "organisation", {"name": "Coop Il Ponte", "org_type": "cooperative"})
    internship = add(store, "internship", {"person": ida, "host": host,
                                           "start_date": "2027-02-01",
                                           "end_date": "2027-07-31"})
    assert records.show(store, "internship", internship)["monthly_allowance"] == 600
