"""The Casa section walked with real widgets: at a point, a family's arrears case with
its repayment plan and an application to the guarantee fund; at the coordinator, once
the bundles have crossed, the application approved and disbursed. A point has no
buttons for money, and the fund's page shows budget, committed, disbursed, available.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.network import sync
from genera_desktop.store.store import Store
from genera_desktop.ui.common.print_preview import PrintPreviewDialog
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.page import HousingPage
from tests.conftest import ADMIN, PASSWORD
from tests.ui.helpers import add, family
from tests.ui.test_accessibility import audit

WAIT = 20_000


def in_dialog(qtbot: QtBot, action: Callable[[RecordDialog], None],
              failures: list[BaseException]) -> None:
    """Run ``action(dialog)`` once the modal RecordDialog is open; a failure closes it
    (so the test never hangs) and is kept to be raised."""
    clock = QElapsedTimer()
    clock.start()

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecordDialog) and clock.elapsed() < WAIT:
            QTimer.singleShot(20, run)
            return
        try:
            assert isinstance(dialog, RecordDialog), f"{dialog!r} open"
            action(dialog)
            if dialog.isVisible():
                said = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
                raise AssertionError(f"dialog still open, saying {said}")
        except BaseException as err:  # noqa: BLE001 - raised again by the test
            failures.append(err)
            if isinstance(dialog, RecordDialog):
                dialog.reject()

    QTimer.singleShot(0, run)


def choose(dialog: RecordDialog, name: str, value: str) -> None:
    combo = dialog.form.editors[name]
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, (name, value)
    combo.setCurrentIndex(index)


def type_in(qtbot: QtBot, dialog: RecordDialog, name: str, text: str) -> None:
    editor: Any = dialog.form.editors[name]
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def fill_and_save(qtbot: QtBot, dialog: RecordDialog, *, choices: dict[str, str],
                  typed: dict[str, str]) -> None:
    for name, value in choices.items():
        choose(dialog, name, value)
    for name, text in typed.items():
        type_in(qtbot, dialog, name, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def network(coordinator: Store, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """The coordinator (with a landlord and a fund) and point MON, enrolled."""
    add(coordinator, "landlord", {"name": "Marco Bassi", "landlord_type": "private"})
    add(coordinator, "guarantee_fund", {"name": "Fondo affitti 2026", "budget": 5000,
                                        "isee_max": 15000})
    with coordinator.unit_of_work() as uow:
        sync.invite(uow, site_name="Punto Montichiari", role="point", point_code="MON",
                    out=tmp_path / "mon.invite")
        uow.commit()
    point = sync.join(tmp_path / "mon", tmp_path / "mon.invite", admin_user=ADMIN,
                      password=PASSWORD).store
    exchange(point, coordinator, tmp_path)
    yield coordinator, point
    point.close()


def exchange(point: Store, coordinator: Store, folder: Path) -> None:
    """The point's bundle to the coordinator and the coordinator's back."""
    for frm, to in ((point, coordinator), (coordinator, point)):
        path = folder / f"{frm.site_id[:8]}-{to.site_id[:8]}-{len(list(folder.iterdir()))}.genera"
        with frm.unit_of_work() as uow:
            sync.export(uow, path, to=to.site_id)
            uow.commit()
        sync.import_file(to, path)


def test_from_arrears_to_an_approved_and_disbursed_guarantee(
        qtbot: QtBot, network: tuple[Store, Store], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    coordinator, point = network
    printed: list[str] = []
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf", classmethod(
        lambda cls, parent, pdf, name, title=None: printed.append(
            "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))))
    household = family(point, "Ferri", "Ida")
    landlord = next(iter(records.list_records(point, "landlord")))["id"]
    failures: list[BaseException] = []

    page = HousingPage(AppContext(point))
    qtbot.addWidget(page)
    page.show()
    arrears = page.show_tab("arrears")
    # The arrears case: the family owes four months.
    in_dialog(qtbot, lambda d: fill_and_save(
        qtbot, d, choices={"household": household, "landlord": landlord,
                           "status": "plan_agreed"},
        typed={"amount_owed": "1200", "months_owed": "4"}), failures)
    arrears.new_button.click()
    qtbot.waitUntil(lambda: arrears.cases.model.rowCount() == 1, timeout=WAIT)
    assert not failures, failures
    # Its repayment plan: three instalments of 400.
    for due in ("05/03/2026", "05/04/2026", "05/05/2026"):
        in_dialog(qtbot, lambda d, due=due: fill_and_save(
            qtbot, d, choices={}, typed={"due_date": due, "amount": "400"}), failures)
        arrears.installment_button.click()
    qtbot.waitUntil(lambda: arrears.plan.model.rowCount() == 3, timeout=WAIT)
    assert not failures, failures
    assert "1.200,00 €" in arrears.plan.title.text()
    assert arrears.print_plan()  # the plan to sign, with the family and the total
    assert "Ferri Ida" in printed[-1] and "€ 1.200,00" in printed[-1]
    assert "05/04/2026" in printed[-1] and "Marco Bassi" in printed[-1]

    # A co-housing pact between two of the point's families, printed for both to sign.
    guest_household = family(point, "Galli", "Leo")
    people = {r["first_name"]: r["id"] for r in records.list_records(point, "person")}
    pacts = page.show_tab("pacts")
    in_dialog(qtbot, lambda d: fill_and_save(
        qtbot, d, choices={"host": people["Ida"], "guest": people["Leo"],
                           "phase": "negotiation"},
        typed={"monthly_contribution": "150"}), failures)
    pacts.new_button.click()
    qtbot.waitUntil(lambda: pacts.model.rowCount() == 1, timeout=WAIT)
    assert not failures, failures
    made = pacts.model.rows[0]
    assert (made["host_name"], made["guest_name"], made["guest_household"]) == (
        "Ferri Ida", "Galli Leo", guest_household)
    assert pacts.print_pact()
    assert "Patto abitativo" in printed[-1] and "€ 150,00" in printed[-1]

    # The guarantee application, at the point: no buttons for money here.
    funds = page.show_tab("funds")
    assert funds.funds.model.rowCount() == 1
    assert not funds.approve_button.isVisible() and not funds.disburse_button.isVisible()
    in_dialog(qtbot, lambda d: fill_and_save(
        qtbot, d, choices={"household": household, "landlord": landlord, "cause": "job_loss"},
        typed={"amount_requested": "1200", "isee_value": "8200"}), failures)
    funds.new_button.click()
    qtbot.waitUntil(lambda: funds.applications.model.rowCount() == 1, timeout=WAIT)
    assert not failures, failures
    assert "1 in attesa" in funds.applications.title.text()
    assert funds.print_application()
    assert "Domanda al fondo di garanzia" in printed[-1] and "€ 8.200,00" in printed[-1]
    page.close()

    # The bundles cross; the coordinator decides and pays.
    exchange(point, coordinator, tmp_path)
    desk = HousingPage(AppContext(coordinator))
    qtbot.addWidget(desk)
    desk.show()
    funds = desk.show_tab("funds")
    qtbot.waitUntil(lambda: funds.applications.model.rowCount() == 1, timeout=WAIT)
    assert funds.approve_button.isVisible()
    in_dialog(qtbot, lambda d: (d.form.editors["amount_approved"].set_value(None),
                                fill_and_save(qtbot, d, choices={},
                                              typed={"amount_approved": "1000"})), failures)
    funds.approve_button.click()
    qtbot.waitUntil(lambda: funds.current_fund() is not None
                    and funds.current_fund()["committed"] == 1000, timeout=WAIT)
    assert not failures, failures
    in_dialog(qtbot, lambda d: fill_and_save(qtbot, d, choices={}, typed={}), failures)
    funds.disburse_button.click()  # the whole amount approved, to the landlord
    qtbot.waitUntil(lambda: funds.current_fund()["disbursed"] == 1000, timeout=WAIT)
    assert not failures, failures
    fund = funds.current_fund()
    assert (fund["budget"], fund["committed"], fund["available"]) == (5000, 1000, 4000)
    cells = [funds.funds.model.index(0, c).data() for c in range(5)]
    assert cells[1:] == ["5.000,00 €", "1.000,00 €", "1.000,00 €", "4.000,00 €"]
    paid = records.list_records(coordinator, "disbursement")
    assert [(d["amount"], d["payee"]) for d in paid] == [(1000, landlord)]
    # Paying more than approved is refused, said in the dialog, and nothing is written.
    in_dialog(qtbot, lambda d: (fill_and_save(qtbot, d, choices={}, typed={"amount": "1"}),
                                _refused(d)), failures)
    funds.disburse_button.click()
    assert not failures, failures
    assert len(records.list_records(coordinator, "disbursement")) == 1


def _refused(dialog: RecordDialog) -> None:
    assert dialog.message.isVisible() and "importo approvato" in dialog.message.text()
    dialog.reject()


def test_landlords_and_dwellings_are_searched_and_staff_without_the_area_see_why(
        qtbot: QtBot, coordinator: Store) -> None:
    from genera_desktop.services import accounts

    landlord = add(coordinator, "landlord", {"name": "Nicolò Bassi", "phone": "030 123456"})
    add(coordinator, "landlord", {"name": "Edilgarda S.p.A.", "landlord_type": "company"})
    for address, rooms, access in (("Via Roma 1", 3, True), ("Via Verdi 2", 1, False)):
        add(coordinator, "dwelling", {"landlord": landlord, "address": address,
                                      "municipality": "Visano", "rooms": rooms,
                                      "accessible": access, "rent_asked": 450})
    page = HousingPage(AppContext(coordinator))
    qtbot.addWidget(page)
    page.show()
    for tab in ("dwellings", "funds", "arrears", "pacts", "landlords"):  # named, by Tab
        page.show_tab(tab)
        assert audit(page) == [], tab
    landlords = page.show_tab("landlords")
    qtbot.waitUntil(lambda: landlords.model.rowCount() == 2, timeout=WAIT)
    assert page.search is landlords.search
    page.focus_search()
    qtbot.keyClicks(landlords.search, "nicol")
    qtbot.waitUntil(lambda: landlords.model.rowCount() == 1, timeout=WAIT)
    dwellings = page.show_tab("dwellings")
    qtbot.waitUntil(lambda: dwellings.model.rowCount() == 2, timeout=WAIT)
    dwellings.accessible.setChecked(True)
    assert [r["address"] for r in dwellings.model.rows] == ["Via Roma 1"]
    assert dwellings.model.index(0, 0).data() == "Nicolò Bassi"
    page.close()
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "bruno-password")
        accounts.commit_accounts(uow)
    bruno = Store.open(coordinator.data_dir, "bruno", "bruno-password")
    try:
        denied = HousingPage(AppContext(bruno))
        qtbot.addWidget(denied)
        denied.show()
        qtbot.waitUntil(lambda: denied.denied.isVisible(), timeout=WAIT)
        assert not denied.tabs.isVisible() and denied.dwellings is None
        denied.close()
    finally:
        bruno.close()
