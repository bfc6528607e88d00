"""The first-run wizard makes the store and shows the recovery key once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.store.keyring import normalize_recovery_key
from genera_desktop.store.store import Store
from genera_desktop.ui.session import setup
from genera_desktop.ui.session.setup import SetupWizard


def fill_account(
    page: setup.AccountPage, user: str = "m.rossi", password: str = "segreta-123"
) -> None:
    page.username.setText(user)
    page.display_name.setText("Maria Rossi")
    page.password.setText(password)
    page.password2.setText(password)


def start(qtbot: QtBot, tmp_path: Path) -> SetupWizard:
    wizard = SetupWizard(tmp_path / "store")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_create_network_shows_the_key_and_needs_it_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = start(qtbot, tmp_path)
    assert wizard.currentId() == setup.PAGE_CHOICE
    wizard.choice.choose("create")
    wizard.next()
    page = wizard.network_page
    assert wizard.currentId() == setup.PAGE_NETWORK and not page.isComplete()
    page.network_name.setText("Welfare Bassa Bresciana")
    page.site_name.setText("Coordinamento Montichiari")
    fill_account(page, password="corta")
    assert page.form.errors["password"].text() == "Almeno 10 caratteri (ne mancano 5)"
    page.password2.setText("corta-diversa")
    assert page.form.errors["password2"].text() == "Le due password non coincidono"
    assert not page.isComplete()
    fill_account(page)
    assert page.isComplete() and not page.form.errors["password"].text()
    wizard.next()  # starts the creation in the background
    assert page.busy and not page.isComplete()
    qtbot.waitUntil(lambda: wizard.currentId() == setup.PAGE_RECOVERY, timeout=30_000)
    key = wizard.recovery.key
    assert normalize_recovery_key(wizard.recovery.key_label.text().replace("\n", "")) == key
    assert not wizard.recovery.isComplete()

    pdf = tmp_path / "chiave.pdf"
    monkeypatch.setattr(wizard.recovery.panel, "choose_pdf_path", lambda: str(pdf))
    wizard.recovery.save_button.click()
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Welfare Bassa Bresciana" in text and key.split("-")[0] in text
    wizard.recovery.kept.setChecked(True)
    assert wizard.recovery.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    store = wizard.store
    assert store is not None and store.username == "m.rossi"
    with store.unit_of_work() as uow:
        assert uow.session.get(records.model_for("point"), "x") is None
    store.close()
    again = Store.open_with_recovery(tmp_path / "store", key)
    assert again.setting("network_name") == "Welfare Bassa Bresciana"
    again.close()


def test_closing_before_keeping_the_key_asks(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = start(qtbot, tmp_path)
    wizard.choice.choose("create")
    wizard.next()
    page = wizard.network_page
    page.network_name.setText("Rete")
    page.site_name.setText("Coordinamento")
    fill_account(page)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == setup.PAGE_RECOVERY, timeout=30_000)
    asked: list[bool] = []
    monkeypatch.setattr(wizard, "confirm_leave_without_key", lambda: asked.append(True) or False)
    wizard.reject()
    assert asked and wizard.isVisible()
    monkeypatch.setattr(wizard, "confirm_leave_without_key", lambda: True)
    wizard.reject()
    assert not wizard.isVisible() and wizard.store is not None
    wizard.store.close()


def test_demo_network_is_filled_with_invented_families(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = start(qtbot, tmp_path)
    wizard.choice.choose("demo")
    wizard.next()
    page = wizard.demo_page
    assert wizard.currentId() == setup.PAGE_DEMO
    fill_account(page, user="prova")
    page.households.setValue(20)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == setup.PAGE_RECOVERY, timeout=60_000)
    assert wizard.recovery.isComplete()  # a demo key need not be kept
    store = wizard.store
    assert store is not None
    assert store.setting("network_name") == setup.DEMO_NETWORK_NAME
    assert store.setting(setup.DEMO_SETTING) is True
    with store.unit_of_work() as uow:
        assert len(records.find(uow.session, "household")) == 20
    store.close()


def test_a_store_that_cannot_be_made_is_said_on_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "store"
    blocker.write_text("not a folder")
    wizard = start(qtbot, tmp_path)
    wizard.choice.choose("create")
    wizard.next()
    page = wizard.network_page
    page.network_name.setText("Rete")
    page.site_name.setText("Coordinamento")
    fill_account(page)
    wizard.next()
    qtbot.waitUntil(lambda: page.failure.isVisible(), timeout=30_000)
    assert "Non è stato possibile creare l'archivio" in page.failure.text()
    assert wizard.currentId() == setup.PAGE_NETWORK and page.isComplete()


def test_a_common_password_is_refused_by_the_service_and_said_under_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = start(qtbot, tmp_path)
    wizard.choice.choose("create")
    wizard.next()
    page = wizard.network_page
    page.network_name.setText("Welfare Bassa Bresciana")
    page.site_name.setText("Coordinamento Montichiari")
    fill_account(page, password="juventus1897")
    assert page.isComplete()  # long enough: the rest is the service's to judge
    wizard.next()
    qtbot.waitUntil(lambda: not page.busy and bool(page.form.errors["password"].text()),
                    timeout=30_000)
    assert page.form.errors["password"].text().startswith("È una delle password più usate")
    assert wizard.currentId() == setup.PAGE_NETWORK
    assert not (tmp_path / "store" / "genera.db").exists()


# -- every path to its end (issue 15: the join path dead-ended after the key, the demo
# path's «Avanti» led to «Unisciti a una rete») ------------------------------------------


def finish(qtbot: QtBot, wizard: SetupWizard) -> None:
    """On the key page: «Inizia a lavorare» is offered, «Avanti» is not; it ends the setup."""
    assert wizard.currentId() == setup.PAGE_RECOVERY
    assert wizard.currentPage().isFinalPage()
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: finish_button.isVisible() and finish_button.isEnabled(), timeout=20_000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert finish_button.text() == "Inizia a lavorare"
    wizard.next()  # «Avanti» (Alt+A, Enter) on the last page goes nowhere else
    assert wizard.currentId() == setup.PAGE_RECOVERY
    finish_button.click()
    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()


def test_the_create_path_ends_with_start_working(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = start(qtbot, tmp_path)
    wizard.choice.choose("create")
    wizard.next()
    page = wizard.network_page
    page.network_name.setText("Rete")
    page.site_name.setText("Coordinamento")
    fill_account(page)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == setup.PAGE_RECOVERY, timeout=30_000)
    wizard.recovery.kept.setChecked(True)
    finish(qtbot, wizard)
    assert wizard.store is not None and wizard.store.setting("network_name") == "Rete"
    wizard.store.close()


def test_the_demo_path_ends_with_start_working(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = start(qtbot, tmp_path)
    wizard.choice.choose("demo")
    wizard.next()
    fill_account(wizard.demo_page, user="prova")
    wizard.demo_page.households.setValue(20)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == setup.PAGE_RECOVERY, timeout=30_000)
    assert wizard.invitation_page not in [wizard.page(i) for i in wizard.visitedIds()]
    finish(qtbot, wizard)
    assert wizard.store is not None
    wizard.store.close()


def test_the_join_path_ends_with_start_working(
        qtbot: QtBot, tmp_path: Path, coordinator: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from genera_desktop.services.network import sync

    invitation = tmp_path / "invito.genera-invite"
    with coordinator.unit_of_work() as uow:
        sync.invite(uow, site_name="Punto Montichiari", role="point", point_code="MON",
                    out=invitation)
        uow.commit()
    wizard = start(qtbot, tmp_path)
    wizard.choice.choose("join")
    wizard.next()
    assert wizard.currentId() == setup.PAGE_INVITATION
    monkeypatch.setattr(wizard.invitation_page, "choose_file", lambda: str(invitation))
    wizard.invitation_page.pick_button.click()
    assert "Punto Montichiari" in wizard.invitation_page.details.text()
    wizard.next()
    assert wizard.currentId() == setup.PAGE_JOIN
    fill_account(wizard.join_page, user="p.verdi")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == setup.PAGE_RECOVERY, timeout=30_000)
    assert not wizard.recovery.isComplete()  # a real network's key must be kept
    wizard.recovery.kept.setChecked(True)
    finish(qtbot, wizard)
    store = wizard.store
    assert store is not None and store.username == "p.verdi"
    assert store.setting("site_name") == "Punto Montichiari"
    store.close()
