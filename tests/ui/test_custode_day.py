"""A custode's day, end to end, on a laptop that joined the network for real.

The point registers two families living in the laptop's context; bundles bring them to
the laptop; there "I miei contesti" shows that context alone, the custode records a
round of visits by keyboard and prints the round sheet and a visit report; the laptop's
bundle brings the visits to the coordinator, and the coordinator's to the point.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import printing
from genera_desktop.services.custode import visits as custode
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.custode.my_contexts import MyContextsPage
from genera_desktop.ui.custode.visit import VisitDialog
from tests.sync.syncnet import Net, build_template, copy_network

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date.today()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    build_template(root)
    return root


@pytest.fixture
def net(template: Path, tmp_path: Path) -> Iterator[Net]:
    names = ("coord", "mon", "l1")
    network_ = Net(copy_network(template, tmp_path / "net", names), list(names))
    yield network_
    network_.close()


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_custode_round_reaches_the_point_and_the_coordinator(
        qtbot: QtBot, net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    torre_a = net.ctx["A"]
    popa = net.household("mon", housing_context=torre_a, flat="Scala A int. 3")
    net.person("mon", popa, "Ștefan", last_name="Popa", is_reference=True)
    kaya = net.household("mon", housing_context=torre_a, flat="Scala B int. 7")
    net.person("mon", kaya, "Gülşen", last_name="Kaya", is_reference=True)
    net.send("mon", "coord")
    net.send("coord", "l1")

    # The laptop: its own context only, its two families, nobody visited yet.
    monkeypatch.setattr(VisitDialog, "confirm_discard", lambda self: True)
    page = MyContextsPage(AppContext(net.stores["l1"]))
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page, timeout=20_000)
    # Keys go to the active window: wait for it, generously (CI machines are busy).
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=30_000)
    assert [page.contexts.index(r, 0).data() for r in range(page.contexts.rowCount())] == [
        "Torre A"]
    assert {r.household_id for r in page.residents.rows} == {popa, kaya}

    def round_visit(dialog: VisitDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=30_000)
        dialog.issues.setFocus()
        qtbot.keyClick(dialog.issues, Qt.Key.Key_1)
        qtbot.keyClicks(dialog.actions, "Ascolto e accompagnamento")
        qtbot.keyClick(dialog.actions, Qt.Key.Key_Return, CTRL)
        return int(dialog.result())

    monkeypatch.setattr(VisitDialog, "exec", round_visit)
    page.resident_view.setFocus()
    page.resident_view.setCurrentIndex(page.residents.index(0, 0))
    for _ in range(2):  # Enter on a resident, the visit, the next resident selected
        qtbot.keyClick(page.resident_view, Qt.Key.Key_Return)
        assert page.notice.isVisible()  # "visita salvata": the dialog saved
    laptop = net.stores["l1"]
    with laptop.unit_of_work() as uow:
        visits = custode.context_visits(uow, torre_a)
    assert sorted(v.household_id or "" for v in visits) == sorted([popa, kaya])

    # Paper for the next round and a report of one visit, readable with the names.
    with laptop.unit_of_work() as uow:
        sheet = pdf_text(printing.print_round_sheet(uow, torre_a))
        report = pdf_text(printing.print_visit(uow, visits[0].id))
        uow.commit()
    assert "Torre A" in sheet and "Popa Ștefan" in sheet and "Kaya Gülşen" in sheet
    assert "Ascolto e accompagnamento" in report and TODAY.strftime("%d/%m/%Y") in report

    # The bundle brings the visits to the coordinator, and the coordinator's to the point.
    report_in = net.send("l1", "coord")
    assert report_in.applied > 0
    net.send("coord", "mon")
    for site in ("coord", "mon"):
        with net.stores[site].unit_of_work() as uow:
            arrived = custode.context_visits(uow, torre_a)
        assert sorted(v.household_id or "" for v in arrived) == sorted([popa, kaya]), site
        assert {v.id for v in arrived} == {v.id for v in visits}, site
