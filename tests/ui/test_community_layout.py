"""What the guide's pictures showed wrong on the community pages at 1280 px: the
Laboratori list's search squeezed to «C…» by its filters; the workshops' state and the
initiatives' overdue report (in red) scrolled out of sight on the right of lists wider
than the screen; the organisation's dialog with «Salva» / «Annulla» half-way up its
right column and «Modifica» of an agreement greyed out although one was listed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.ui.community.initiatives import InitiativesPage
from genera_desktop.ui.community.organisation_dialog import OrganisationDialog
from genera_desktop.ui.community.workshops import WorkshopsPage
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from tests.ui.helpers import add

# The search's frame and clear button beside its text.
SEARCH_MARGINS = 40


def placeholder_whole(search: QLineEdit) -> bool:
    needed = search.fontMetrics().horizontalAdvance(search.placeholderText())
    return search.width() >= needed + SEARCH_MARGINS


def test_the_workshops_search_reads_whole_beside_its_filters(
        qtbot: QtBot, ctx: AppContext, app_style: None) -> None:
    window = MainWindow(ctx, lock_ms=0)  # the coordinator: five filters, points too
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("workshops")
    section = window.pages["workshops"]
    assert isinstance(section, WorkshopsPage)
    listing = section.list
    search = listing.search
    assert search is not None
    qtbot.waitUntil(lambda: search.isVisible(), timeout=20_000)
    QApplication.processEvents()
    assert placeholder_whole(search), (search.width(), search.placeholderText())
    # Every filter still in sight, none cut (the page's right edge).
    right = listing.view.mapTo(listing, listing.view.rect().topRight()).x()
    for combo in (listing.status_filter, listing.theme_filter, listing.audience_filter,
                  listing.place_filter, listing.point_filter):
        assert combo is not None and combo.isVisible()
        assert combo.mapTo(listing, combo.rect().topRight()).x() <= right
        assert combo.width() >= combo.minimumSizeHint().width()


def in_sight(view: QTableView, header_text: str) -> bool:
    """The column headed ``header_text`` wholly inside the table's visible width."""
    header = view.horizontalHeader()
    model = view.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header_text:
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            return header.sectionViewportPosition(column) >= 0 and \
                right <= view.viewport().width()
    raise AssertionError(f"no column {header_text!r}")


def test_what_the_lists_are_scanned_for_is_in_sight_at_1280(
        qtbot: QtBot, ctx: AppContext, app_style: None) -> None:
    store = ctx.store
    place = add(store, "place", {"name": "Oratorio di Borgosotto", "point": "MON",
                                 "place_type": "parish", "municipality": "Montichiari"})
    org = add(store, "organisation", {"name": "Fondazione Comunità Bresciana",
                                      "org_type": "foundation", "is_partner": True})
    add(store, "workshop", {"title": "Il registro elettronico", "point": "MON",
                            "theme": "family_support", "audience": "families",
                            "place": place, "status": "running",
                            "start_date": "2026-02-04", "end_date": "2026-04-01"})
    add(store, "initiative", {"title": "Banco del tempo", "point": "MON", "place": place,
                              "proposer_organisation": org, "status": "accepted",
                              "decided_on": "2024-09-01", "support_requested": 1800,
                              "support_granted": 1800, "report_due": "2025-01-31"})
    window = MainWindow(ctx, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("workshops")
    workshops = window.pages["workshops"]
    assert isinstance(workshops, WorkshopsPage)
    workshops.list.refresh()
    QApplication.processEvents()
    assert in_sight(workshops.list.view, "Stato")
    window.show_page("initiatives")
    initiatives = window.pages["initiatives"]
    assert isinstance(initiatives, InitiativesPage)
    initiatives.refresh()
    QApplication.processEvents()
    assert in_sight(initiatives.view, "Rendiconto entro")


def test_the_organisation_dialog_puts_its_buttons_under_the_agreements(
        qtbot: QtBot, ctx: AppContext, app_style: None) -> None:
    store = ctx.store
    org = add(store, "organisation", {"name": "Cooperativa sociale La Nuvola",
                                      "org_type": "cooperative", "is_partner": True})
    add(store, "agreement", {"organisation": org, "agreement_type": "pact",
                             "subject": "Conduzione dei laboratori",
                             "start_date": "2025-09-15"})
    dialog = OrganisationDialog(ctx, None, record=records.show(
        store, "organisation", org, audit_view=False))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    agreements = dialog.agreements.view
    under = buttons.mapTo(dialog, buttons.rect().topLeft()).y()
    assert under >= agreements.mapTo(dialog, agreements.rect().bottomLeft()).y()
    # The listed agreement is the current one: «Modifica» and Invio act on it at once.
    assert dialog.agreements.current() is not None
    edit = next(b for b in dialog.agreements.findChildren(QPushButton)
                if b.text().startswith("Modifica"))
    assert edit.isEnabled()
