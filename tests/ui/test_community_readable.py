"""The community pages at 1366×768 with the app's own look: no text cut anywhere (the
grid's lit dates, the filters, the tabs, the dialogs)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.community import attendance, enrolments
from genera_desktop.ui.community.initiative_dialog import InitiativeDialog
from genera_desktop.ui.community.organisation_dialog import OrganisationDialog
from genera_desktop.ui.community.workshops import WorkshopsPage
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from tests.ui.clipping import clipped
from tests.ui.helpers import add, family


def test_every_community_page_reads_whole(qtbot: QtBot, ctx: AppContext,
                                          app_style: None) -> None:
    store = ctx.store
    place = add(store, "place", {"name": "Parco Falcone e Borsellino", "point": "MON",
                                 "place_type": "park", "municipality": "Montichiari"})
    org = add(store, "organisation", {
        "name": "Cooperativa sociale La Nuvola", "org_type": "cooperative",
        "municipality": "Montichiari", "is_partner": True, "ateco": "88.10.00"})
    add(store, "agreement", {"organisation": org, "agreement_type": "convention",
                             "subject": "Conduzione dei laboratori", "start_date": "2025-09-15"})
    wid = add(store, "workshop", {
        "title": "Cucinare insieme: la spesa consapevole", "point": "MON",
        "theme": "family_support", "audience": "families", "place": place,
        "organisation": org, "status": "running", "start_date": "2026-02-04"})
    start = date.today() - timedelta(days=70)
    sessions = [add(store, "workshop_session", {
        "workshop": wid, "date": (start + timedelta(days=7 * n)).isoformat(),
        "start_time": "17:00", "topic": f"Incontro {n + 1}", "guests": n})
        for n in range(11)]  # two-digit days and months among them
    for last, first in (("Rossi", "Maria"), ("Ndiaye", "Awa"), ("Esposito", "Chiara")):
        hid = family(store, last, first)
        pid = records.show(store, "household", hid, audit_view=False)["persons"][0]["id"]
        enrolments.enrol(store, wid, pid)
        attendance.mark(store, sessions[0], pid, "present")
    iid = add(store, "initiative", {"title": "Orto condiviso di via Marconi", "point": "MON",
                                    "support_requested": 1200, "report_due": "2026-01-31"})

    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    cut: list[str] = []
    for key in ("workshops", "initiatives", "network", "places", "agenda"):
        window.show_page(key)
        QApplication.processEvents()
        cut += [f"{key}: {c}" for c in clipped(window.pages[key])]
    window.show_page("workshops")
    section = window.pages["workshops"]
    assert isinstance(section, WorkshopsPage)
    section.open_workshop(wid)
    for number in range(section.page.tabs.count()):
        section.page.tabs.setCurrentIndex(number)
        QApplication.processEvents()
        cut += [f"workshop tab {number}: {c}" for c in clipped(section.page)]
    for dialog in (InitiativeDialog(ctx, iid, window),
                   OrganisationDialog(ctx, window, record=records.show(
                       store, "organisation", org, audit_view=False))):
        dialog.show()
        qtbot.waitExposed(dialog)
        cut += [f"{type(dialog).__name__}: {c}" for c in clipped(dialog)]
        dialog.close()
    assert cut == []
