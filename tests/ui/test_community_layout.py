"""What the guide's pictures showed wrong on the community pages at 1280 px: the
Laboratori list's search squeezed to «C…» by its filters, and the organisation's dialog
with «Salva» / «Annulla» half-way up its right column and «Modifica» of an agreement
greyed out although one was listed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
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
