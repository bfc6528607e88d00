"""The partner network: the directory's filters, an organisation's dialog (partita IVA
judged as typed, ATECO chosen from the catalogue by typing, agreements), the referral
dialog offering the directory, and the places list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.services.community import organisations
from genera_desktop.ui.common.entry import EntryDialog
from genera_desktop.ui.community.network import NetworkPage
from genera_desktop.ui.community.organisation_dialog import OrganisationDialog
from genera_desktop.ui.community.places import PlacesPage
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from tests.ui.conftest import PLATFORM_NOISE
from tests.ui.helpers import add

VALID_VAT = "01114601006"
# A completer's list, offscreen, asks what the platform cannot do.
POPUP_NOISE = pytest.mark.qt_log_ignore(*PLATFORM_NOISE, "This plugin does not support raise",
                                        "This plugin does not support grabbing the keyboard")


@pytest.fixture
def directory(ctx: AppContext) -> dict[str, str]:
    return {
        "nuvola": add(ctx.store, "organisation", {
            "name": "Cooperativa sociale La Nuvola", "org_type": "cooperative",
            "municipality": "Montichiari", "is_partner": True}),
        "comune": add(ctx.store, "organisation", {
            "name": "Comune di Calcinato", "org_type": "comune",
            "municipality": "Calcinato", "is_partner": True}),
        "genitori": add(ctx.store, "organisation", {
            "name": "Associazione Genitori Insieme", "org_type": "association",
            "municipality": "Montichiari"}),
    }


def names(page: NetworkPage) -> list[str]:
    return [r["name"] for r in page.model.rows]


def test_the_directory_is_searched_by_name_type_and_comune(
        qtbot: QtBot, ctx: AppContext, directory: dict[str, str], qtmodeltester: Any) -> None:
    page = NetworkPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20000)
    qtmodeltester.check(page.model)
    assert names(page) == ["Associazione Genitori Insieme", "Comune di Calcinato",
                           "Cooperativa sociale La Nuvola"]
    assert page.status.text() == "3 enti · 2 partner"
    town = page.town_filter
    assert [town.itemText(n) for n in range(town.count())][1:] == ["Calcinato", "Montichiari"]
    town.setCurrentIndex(town.findData("Montichiari"))
    town.activated.emit(town.currentIndex())
    assert names(page) == ["Associazione Genitori Insieme", "Cooperativa sociale La Nuvola"]
    kind = page.type_filter
    kind.setCurrentIndex(kind.findData("association"))
    kind.activated.emit(kind.currentIndex())
    assert names(page) == ["Associazione Genitori Insieme"]
    kind.setCurrentIndex(0)
    kind.activated.emit(0)
    page.partners.setChecked(True)
    assert names(page) == ["Cooperativa sociale La Nuvola"]
    page.partners.setChecked(False)
    town.setCurrentIndex(0)
    town.activated.emit(0)
    assert page.search is not None
    page.search.setFocus()
    qtbot.keyClicks(page.search, "nuvola")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert names(page) == ["Cooperativa sociale La Nuvola"]


@POPUP_NOISE
def test_partita_iva_is_judged_as_typed_and_ateco_found_by_words(
        qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = OrganisationDialog(ctx, name="Bottega Solidale")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.editors["name"].value() == "Bottega Solidale"
    vat = form.editors["vat_number"]
    vat.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(vat, "0111460100")
    assert not form.has_error("vat_number")  # ten digits: not judged yet
    qtbot.keyClicks(vat, "7")  # the eleventh, a wrong check digit: said at once
    assert form.has_error("vat_number")
    assert "Partita IVA non valida" in form.errors["vat_number"].text()
    assert form.errors["vat_number"].isVisible()
    qtbot.keyClick(vat, Qt.Key.Key_Backspace)
    qtbot.keyClicks(vat, "6")
    assert not form.has_error("vat_number")

    ateco = form.editors["ateco"]
    ateco.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(ateco.line, "assistenza sociale non resid")  # type: ignore[attr-defined]
    popup = ateco.completer.popup()  # type: ignore[attr-defined]
    qtbot.waitUntil(popup.isVisible, timeout=20000)
    shown = [ateco.matches.item(n).text() for n in range(ateco.matches.rowCount())]  # type: ignore[attr-defined]
    assert shown and all(text.startswith("88") for text in shown), shown
    popup.setCurrentIndex(ateco.completer.completionModel().index(0, 0))  # type: ignore[attr-defined]
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert ateco.value() == shown[0].split()[0]
    assert ateco.title.isVisible() and "assistenza sociale" in ateco.title.text().lower()

    form.editors["org_type"].set_value("cooperative")
    assert dialog.save()
    (saved,) = records.list_records(ctx.store, "organisation")
    assert (saved["name"], saved["vat_number"], saved["ateco"]) == (
        "Bottega Solidale", VALID_VAT, ateco.value())

    # An agreement, added from the dialog (its own dialog answered here).
    def ask(cls: type, kind: str, parent: Any, **options: Any) -> Any:
        assert kind == "agreement"
        return options["save"]({"agreement_type": "convention", "subject": "Tirocini"})

    monkeypatch.setattr(RecordDialog, "ask", classmethod(ask))
    dialog.activateWindow()  # its keys work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=20000)
    dialog.agreements.view.setFocus()
    qtbot.keyClick(dialog.agreements.view, Qt.Key.Key_Insert)
    assert [a["subject"] for a in organisations.agreements_of(ctx.store, saved["id"])] == [
        "Tirocini"]
    assert dialog.agreements.model.rowCount() == 1


def test_a_wrong_partita_iva_is_not_saved(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = OrganisationDialog(ctx, name="Ditta")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.editors["org_type"].set_value("company")
    dialog.form.editors["vat_number"].set_value("01114601007")
    assert not dialog.save()
    assert dialog.form.has_error("vat_number")
    assert records.list_records(ctx.store, "organisation") == []


@POPUP_NOISE
def test_the_referral_dialog_offers_the_directory_and_a_new_organisation(
        qtbot: QtBot, ctx: AppContext, directory: dict[str, str]) -> None:
    made: list[str] = []

    def new_organisation(typed: str) -> tuple[str, str]:
        made.append(typed)
        oid = add(ctx.store, "organisation", {"name": typed, "org_type": "association"})
        return oid, typed

    def dialog_for(entry: dict[str, Any] | None = None) -> EntryDialog:
        dialog = EntryDialog("referral", None, persons={}, operators=["anna"], entry=entry,
                             defaults={"date": "2026-03-12", "direction": "out"},
                             organisations=organisations_names(ctx),
                             new_organisation=new_organisation)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    # Chosen from the directory by typing part of its name: linked.
    dialog = dialog_for()
    chooser = dialog.organisation
    assert chooser is not None
    line = chooser.edit.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "nuvol")
    popup = chooser.edit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=20000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chooser.value() == "Cooperativa sociale La Nuvola"
    dialog.save()
    assert dialog.result_fields is not None
    assert dialog.result_fields["organisation"] == "Cooperativa sociale La Nuvola"
    assert dialog.result_fields["organisation_ref"] == directory["nuvola"]

    # Free text stays text, linked to nothing.
    dialog = dialog_for()
    assert dialog.organisation is not None
    dialog.organisation.set_value("Caritas zonale")
    dialog.save()
    assert dialog.result_fields is not None
    assert dialog.result_fields["organisation"] == "Caritas zonale"
    assert "organisation_ref" not in dialog.result_fields

    # «Nuovo ente…»: the new organisation is made from what was typed, and chosen.
    dialog = dialog_for()
    assert dialog.organisation is not None
    dialog.organisation.set_value("Banco alimentare")
    qtbot.mouseClick(dialog.organisation.new_button, Qt.MouseButton.LeftButton)
    assert made == ["Banco alimentare"]
    dialog.save()
    assert dialog.result_fields is not None
    linked = dialog.result_fields["organisation_ref"]
    assert records.show(ctx.store, "organisation", linked, audit_view=False)["name"] == (
        "Banco alimentare")
    assert QApplication.activeModalWidget() is None


def organisations_names(ctx: AppContext) -> dict[str, str]:
    from genera_desktop.services.community import ui_queries

    return ui_queries.organisation_names(ctx.store)


def test_places_are_listed_added_and_changed(qtbot: QtBot, ctx: AppContext,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    add(ctx.store, "place", {"name": "Biblioteca civica", "point": "MON",
                             "place_type": "library", "municipality": "Montichiari"})
    page = PlacesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    assert page.model.index(0, 1).data() == "Biblioteca"
    answers = [{"name": "Parco Falcone", "point": "MON", "place_type": "park"},
               {"address": "Via Roma 3"}]
    fields: list[list[str]] = []

    def ask(cls: type, kind: str, parent: Any, **options: Any) -> Any:
        fields.append(list(options["fields"]))
        return options["save"](answers.pop(0))

    monkeypatch.setattr(RecordDialog, "ask", classmethod(ask))
    page.new_record()
    assert sorted(r["name"] for r in page.model.rows) == ["Biblioteca civica", "Parco Falcone"]
    assert "point" in fields[0]  # the coordinator says whose place it is
    assert page.current_row()["name"] == "Parco Falcone"
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    park = next(r for r in page.model.rows if r["name"] == "Parco Falcone")
    assert park["address"] == "Via Roma 3"
