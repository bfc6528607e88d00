"""Persons and housing contexts pages; every item model passes qtmodeltester."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts
from genera_desktop.services.custode import contexts as contexts_service
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.custode.contexts import ContextDialog, ContextsPage
from genera_desktop.ui.network.users import UsersPage
from genera_desktop.ui.registry.agenda import AgendaPage
from genera_desktop.ui.registry.import_dialog import ImportDialog
from genera_desktop.ui.registry.persons import PersonsPage
from tests.ui.helpers import family, follow_up


def test_persons_search_and_open(qtbot: QtBot, ctx: AppContext) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    family(ctx.store, "Popa", "Ion")
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2 and page.status.text() == "2 persone"
    assert page.search is not None
    qtbot.keyClicks(page.search, "mari")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    assert page.model.index(0, 0).data() == "Rossi Maria"
    assert page.model.index(0, 2).data() == "17/05/1980"
    with qtbot.waitSignal(page.household_opened, timeout=20_000) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Down)
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    person = page.model.row_at(page.model.index(0, 0))
    assert opened.args == [hid, person.id]  # the household, opened on this person
    page.search.setText("nessuno")
    page.refresh()
    assert page.status.text() == "Nessuna persona trovata."


def test_contexts_listed_and_edited_at_the_coordinator(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ContextsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.new_button.isVisibleTo(page) and page.model.rowCount() == 0
    dialog = ContextDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.form.errors["name"].text() == "Campo obbligatorio"
    dialog.name.setText("ALER Via Boschetti")
    dialog.manager.setCurrentIndex(dialog.manager.findData("aler"))
    dialog.municipality.setCurrentText("Montichiari")
    dialog.save()
    assert dialog.saved_id is not None
    family(ctx.store, "Rossi", "Maria", housing_context=dialog.saved_id)
    page.refresh()
    assert [page.model.index(0, c).data() for c in (0, 2, 3, 6)] == [
        "ALER Via Boschetti",
        "Montichiari",
        "ALER",
        "1",
    ]

    edit = ContextDialog(ctx, None, dialog.saved_id)
    qtbot.addWidget(edit)
    assert edit.name.text() == "ALER Via Boschetti"
    edit.address.setText("Via Boschetti di Sopra 12")
    asked: list[bool] = []
    monkeypatch.setattr(edit, "confirm_discard", lambda: asked.append(True) or False)
    edit.reject()  # unsaved: asks, and stays
    assert asked == [True]
    edit.save()
    page.refresh()
    assert page.model.index(0, 1).data() == "Via Boschetti di Sopra 12"


def test_import_dialog_imports_a_csv_and_lists_problems_by_line(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext, tmp_path: Path
) -> None:
    good = tmp_path / "nuclei.csv"
    good.write_text(
        "household_ref;point;first_name;last_name;is_reference\n"
        "A;MON;Maria;Rossi;sì\nA;MON;Luca;Rossi;no\nB;CAL;Ion;Popa;sì\n",
        "utf-8",
    )
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(good))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert dialog.outcome.text() == ("Importati 2 nuclei familiari e 3 persone da 3 righe.")

    bad = tmp_path / "sbagliato.csv"
    bad.write_text(
        "household_ref;point;first_name;last_name;birth_date\n"
        "C;MON;Anna;Verdi;31/02/1990\nD;MON;;Neri;\n",
        "utf-8",
    )
    again = ImportDialog(ctx)
    qtbot.addWidget(again)
    again.path.setText(str(bad))
    again.import_button.click()
    qtbot.waitUntil(lambda: again.problems.rowCount() > 0, timeout=30_000)
    lines = [
        (again.problems.index(r, 0).data(), again.problems.index(r, 1).data())
        for r in range(again.problems.rowCount())
    ]
    assert ("2", "birth_date") in lines and ("3", "first_name") in lines
    assert "non è stato importato nulla" in again.outcome.text()
    qtmodeltester.check(again.problems)  # type: ignore[attr-defined]


def test_every_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext, tmp_path: Path
) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    follow_up(ctx.store, hid, date.today(), -1, note="nota")
    with ctx.store.unit_of_work() as uow:
        accounts.add_account(uow, "luca", "password-di-luca")
        accounts.commit_accounts(uow)
    with ctx.store.unit_of_work() as uow:
        contexts_service.save_context(uow, {"name": "ALER Via Prati", "manager": "aler"})
        uow.commit()
    agenda = AgendaPage(ctx)
    persons = PersonsPage(ctx)
    contexts = ContextsPage(ctx)
    users = UsersPage(ctx)
    for widget in (agenda, persons, contexts, users):
        qtbot.addWidget(widget)
        widget.refresh()
    for model in (agenda.follow_ups, agenda.activity, persons.model, contexts.model, users.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_import_dialog_says_which_headings_it_read_before_importing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "nuclei.csv"
    path.write_text(
        "Rif. nucleo;Punto;Nome;Cognome;Cellulare;Soprannome\n"
        "A;MON;Maria;Rossi;333 1234567;\n",
        "utf-8",
    )
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    qtbot.waitUntil(lambda: dialog.headings.isVisible(), timeout=20_000)
    text = dialog.headings.text()
    assert "«Rif. nucleo» → riferimento del nucleo" in text
    assert "«Punto» → Punto di Comunità" in text and "«Cognome» → Cognome" in text
    assert "«Cellulare» → Telefono della persona" in text
    assert "Non riconosciute: «Soprannome»." in text
    assert dialog.result is None  # nothing imported yet: the user has not confirmed
    path.write_text("Nucleo;Punto;Nome;Cognome\nA;MON;Maria;Rossi\n", "utf-8")
    dialog.path.setText("")
    assert not dialog.headings.isVisible()
    dialog.path.setText(str(path))
    qtbot.waitUntil(lambda: dialog.headings.isVisible(), timeout=20_000)
    assert "Non riconosciute" not in dialog.headings.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert dialog.outcome.text() == "Importati 1 nuclei familiari e 1 persone da 1 righe."
