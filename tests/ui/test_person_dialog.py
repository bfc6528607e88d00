"""The person dialog: the codice fiscale judged as typed, fields filled from it, errors in
Italian next to the field, and the likely-duplicate warning before saving."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from genera_desktop.store.store import Store
from genera_desktop.ui.common import prompts
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.registry.person_dialog import PersonDialog
from tests.ui.families import MARIO_CF, three_families


@pytest.fixture
def dialog(qtbot: Any, ctx: AppContext) -> PersonDialog:
    dialog = PersonDialog(ctx, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_check_letter_is_said_next_to_the_field(qtbot: Any, dialog: PersonDialog) -> None:
    wrong = MARIO_CF[:15] + ("A" if MARIO_CF[15] != "A" else "B")
    qtbot.keyClicks(dialog.tax_code, wrong[:10].lower())
    assert dialog.form.errors["tax_code"].text() == ""  # half typed: no verdict yet
    qtbot.keyClicks(dialog.tax_code, wrong[10:].lower())
    assert dialog.tax_code.text() == wrong  # upper case as typed
    assert dialog.form.errors["tax_code"].text() == \
        "Codice fiscale non valido: carattere di controllo errato"
    assert dialog.form.errors["tax_code"].isVisible()
    dialog.tax_code.backspace()
    qtbot.keyClicks(dialog.tax_code, MARIO_CF[15])
    assert dialog.form.errors["tax_code"].text() == ""


def test_a_valid_code_fills_birth_date_sex_and_place(qtbot: Any, dialog: PersonDialog) -> None:
    qtbot.keyClicks(dialog.tax_code, MARIO_CF)
    assert dialog.birth_date.text() == "01/02/1980"
    assert dialog.birth_date.value() == "1980-02-01"
    assert dialog.sex.value() == "M"
    assert dialog.birth_place.value() == "Montichiari"
    assert dialog.code_note.text() == "Codice fiscale valido"
    # A typed place is the person's own: another code does not overwrite it.
    dialog.birth_place.set_value("Brescia")
    dialog.tax_code.clear()
    qtbot.keyClicks(dialog.tax_code, "PPSNIO90E52Z129I")
    assert dialog.birth_place.value() == "Brescia"
    assert dialog.birth_date.value() == "1990-05-12" and dialog.sex.value() == "F"


def test_birth_date_that_disagrees_with_the_code(qtbot: Any, dialog: PersonDialog) -> None:
    qtbot.keyClicks(dialog.birth_date, "02/02/1980")
    qtbot.keyClicks(dialog.tax_code, MARIO_CF)
    assert dialog.form.errors["birth_date"].text() == "Non corrisponde al codice fiscale"


def test_provisional_code_and_no_code(qtbot: Any, dialog: PersonDialog) -> None:
    qtbot.keyClicks(dialog.tax_code, "12345678903")
    assert dialog.code_note.text().startswith("Codice provvisorio")
    assert dialog.form.errors["tax_code"].text() == ""
    assert dialog.birth_date.value() is None
    dialog.no_code.setChecked(True)
    assert dialog.tax_code.text() == "" and not dialog.tax_code.isEnabled()
    dialog.form.editors["first_name"].set_value("Harpreet")
    dialog.form.editors["last_name"].set_value("Singh")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_fields == {"first_name": "Harpreet", "last_name": "Singh",
                                    "tax_code_missing": True}


def test_names_are_required(qtbot: Any, dialog: PersonDialog) -> None:
    dialog.save()
    assert dialog.result_fields is None
    assert dialog.form.errors["first_name"].text() == "Campo obbligatorio"
    assert dialog.form.errors["last_name"].text() == "Campo obbligatorio"


def test_dates_are_typed_the_italian_way(qtbot: Any, dialog: PersonDialog) -> None:
    qtbot.keyClicks(dialog.birth_date, "31/02/1980")
    assert dialog.form.errors["birth_date"].text().startswith("Data non valida")
    dialog.birth_date.clear()
    qtbot.keyClicks(dialog.birth_date, "03041975")
    dialog.birth_date.editingFinished.emit()
    assert dialog.birth_date.text() == "03/04/1975"
    assert dialog.form.errors["birth_date"].text() == ""


def test_likely_duplicate_asks_before_saving(qtbot: Any, ctx: AppContext, coordinator: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    families = three_families(coordinator)
    asked: list[str] = []
    answer = [False]

    def confirm(parent: Any, title: str, text: str, accept: str, reject: str | None = None) -> bool:
        asked.append(text)
        assert (accept, reject) == ("Salva comunque", "Annulla")
        return answer[0]

    monkeypatch.setattr(prompts, "confirm", confirm)
    dialog = PersonDialog(ctx, None, families["singh"])
    qtbot.addWidget(dialog)
    dialog.form.editors["first_name"].set_value("Mario")
    dialog.form.editors["last_name"].set_value("Rossi")
    qtbot.keyClicks(dialog.tax_code, MARIO_CF)
    dialog.save()
    assert len(asked) == 1 and "Rossi Mario" in asked[0] and "stesso codice fiscale" in asked[0]
    assert dialog.result_fields is None  # "Annulla": still in the dialog
    answer[0] = True
    dialog.save()
    assert dialog.result_fields is not None and dialog.result_fields["tax_code"] == MARIO_CF


def test_editing_returns_only_the_changes(qtbot: Any, ctx: AppContext) -> None:
    person = {"id": "p1", "first_name": "Anna", "last_name": "Bianchi", "relation": "spouse"}
    dialog = PersonDialog(ctx, None, "h1", person)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Modifica componente"
    dialog.form.editors["phone"].set_value("333 1234567")
    dialog.save()
    assert dialog.result_fields == {"phone": "333 1234567"}
