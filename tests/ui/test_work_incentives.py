"""Hiring incentives in the window (issue 12, brief "incentives"): the hiring dialog
offers the incentives valid on the hiring's date, the measures shipped with the app
among them («previsto dalla legge»), ticked with Space; «Cataloghi…» lists the shipped
measures and copies one into an editable record, which then overrides it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.work.catalogs import CatalogsDialog, IncentivesTab
from genera_desktop.ui.work.incentives_edit import CODE_ROLE, IncentivesEdit
from genera_desktop.ui.work.person_dialog import PersonWorkDialog
from tests.ui.helpers import add, family
from tests.ui.test_work_walk import choose, type_into
from tests.ui.test_workshop_season import (  # noqa: F401  (questions: the prompts, autouse)
    WAIT,
    active,
    in_dialog,
    questions,
    raise_failures,
)

ALT = Qt.KeyboardModifier.AltModifier


def offered(editor: IncentivesEdit) -> dict[str, str]:
    return {editor.list.item(n).data(CODE_ROLE): editor.list.item(n).text()
            for n in range(editor.list.count())}


def test_the_hiring_dialog_offers_the_shipped_measures_of_its_date(
        qtbot: QtBot, ctx: AppContext) -> None:
    store = ctx.store
    family(store, "Ferri", "Ida", municipality="Montichiari")
    with store.unit_of_work() as uow:
        ida = records.find(uow.session, "person", "Ferri")[0].id
    firm = add(store, "organisation", {"name": "Logistica Garda srl", "org_type": "company"})
    add(store, "incentive", {"code": "Dote-Lavoro", "name": "Dote lavoro regionale",
                             "valid_from": "2026-01-01"})
    dialog = PersonWorkDialog(ctx, ida, "Ida Ferri")
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    failures: list[BaseException] = []
    seen: dict[str, dict[str, str]] = {}

    def hire(hiring: RecordDialog) -> None:
        editors = hiring.form.editors
        incentives = editors["incentives"]
        assert isinstance(incentives, IncentivesEdit)
        choose(editors["organisation"], "Logistica Garda srl")
        type_into(qtbot, editors["date"], "01/06/2025")
        qtbot.waitUntil(lambda: "BONUS-GIOVANI" in offered(incentives), timeout=WAIT)
        seen["2025"] = offered(incentives)
        type_into(qtbot, editors["date"], "01/03/2026")
        qtbot.waitUntil(lambda: "BONUS-GIOVANI" not in offered(incentives), timeout=WAIT)
        seen["2026"] = offered(incentives)
        row = list(offered(incentives)).index("ADI-ESONERO")
        incentives.list.setFocus()
        incentives.list.setCurrentRow(row)
        qtbot.keyClick(incentives.list, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: incentives.value() == ["ADI-ESONERO"], timeout=WAIT)
        hiring.save_button.click()

    in_dialog(qtbot, RecordDialog, hire, failures)
    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: bool(failures) or bool(records.list_records(store, "hiring")),
                    timeout=WAIT)
    raise_failures(failures)
    assert "previsto dalla legge" in seen["2025"]["BONUS-GIOVANI"]
    assert "previsto dalla legge" in seen["2026"]["ADI-ESONERO"]
    # The coordinator's record is offered too, not marked as the law's.
    assert "Dote-Lavoro" in seen["2026"] and "Dote-Lavoro" not in seen["2025"]
    assert "previsto dalla legge" not in seen["2026"]["Dote-Lavoro"]
    [hiring] = records.list_records(store, "hiring")
    assert (hiring["organisation"], hiring["date"], hiring["incentives"]) == (
        firm, "2026-03-01", ["ADI-ESONERO"])


def test_the_coordinator_copies_a_shipped_measure_into_a_record(
        qtbot: QtBot, ctx: AppContext) -> None:
    dialog = CatalogsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    tab = dialog.current()
    assert isinstance(tab, IncentivesTab)
    codes = [r["code"] for r in tab.shipped.rows]
    assert {"ADI-ESONERO", "BONUS-GIOVANI", "BONUS-DONNE", "DISABILI-L68",
            "OVER50-L92"} <= set(codes)
    assert tab.shipped.index(0, 5).data() == "previsto dalla legge"
    active(qtbot, dialog)
    failures: list[BaseException] = []

    def extend(copy: RecordDialog) -> None:
        editors = copy.form.editors
        assert editors["code"].value() == "BONUS-GIOVANI"
        assert "art. 22" in editors["notes"].value()
        type_into(qtbot, editors["valid_to"], "31/12/2026")
        qtbot.keyClick(editors["name"], Qt.Key.Key_Return)

    tab.shipped_view.setFocus()
    tab.shipped_view.selectRow(codes.index("BONUS-GIOVANI"))
    in_dialog(qtbot, RecordDialog, extend, failures)
    qtbot.keyClick(tab.shipped_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(failures) or tab.model.rowCount() == 1, timeout=WAIT)
    raise_failures(failures)
    [record] = records.list_records(ctx.store, "incentive", None)
    assert (record["code"], record["valid_from"], record["valid_to"]) == (
        "BONUS-GIOVANI", "2024-09-01", "2026-12-31")
    # Overridden, the measure leaves the shipped list: the record is what counts now.
    assert "BONUS-GIOVANI" not in [r["code"] for r in tab.shipped.rows]
