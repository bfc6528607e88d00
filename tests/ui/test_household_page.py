"""The household page: a new family saved through it, members, follow-ups, and never
losing unsaved changes silently."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from genera_desktop.services import accounts, records
from genera_desktop.store.store import Store
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.entry import EntryDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.registry.household import HouseholdPage
from genera_desktop.ui.registry.person_dialog import PersonDialog
from tests.ui.families import three_families


@pytest.fixture
def families(coordinator: Store) -> dict[str, str]:
    return three_families(coordinator)


@pytest.fixture
def page(qtbot: Any, ctx: AppContext) -> HouseholdPage:
    page = HouseholdPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page, timeout=20_000)
    return page


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """What the next message boxes answer, in order; a test fails if one is left over."""
    queue: list[Any] = []

    def answer(*_args: Any, **_kwargs: Any) -> Any:
        assert queue, "an unexpected question was asked"
        return queue.pop(0)

    monkeypatch.setattr(prompts, "ask_save_changes", answer)
    monkeypatch.setattr(prompts, "confirm", answer)
    monkeypatch.setattr(prompts, "show_error", lambda parent, text: pytest.fail(text))
    yield queue
    assert queue == [], "a question was expected but not asked"


def person_answers(monkeypatch: pytest.MonkeyPatch, people: list[dict[str, Any]]) -> None:
    queue = list(people)
    monkeypatch.setattr(PersonDialog, "ask", classmethod(
        lambda cls, ctx, parent, household_id, person=None: queue.pop(0)))


def test_new_household_with_three_members_and_intake(
        qtbot: Any, page: HouseholdPage, coordinator: Store, answers: list[Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    page.start_new()
    assert page.title.text() == "Nuovo nucleo familiare"
    header = page.header
    header.point.setCurrentIndex(header.point.findData("MON"))
    header.point.activated.emit(header.point.currentIndex())
    qtbot.keyClicks(header.form.editors["address"], "Via Trieste 112")
    assert page.has_unsaved_changes()
    person_answers(monkeypatch, [
        {"first_name": "Nicolò", "last_name": "Bonetti", "birth_date": "1978-04-02"},
        {"first_name": "Ioana", "last_name": "Popescu", "relation": "spouse"},
        {"first_name": "Sofia", "last_name": "Bonetti", "relation": "child"},
    ])
    for _ in range(3):
        page.members.setFocus()
        qtbot.keyClick(page.members.view, Qt.Key.Key_Insert)
    assert page.household_id is not None
    assert page.members.model.rowCount() == 3
    intake = page.intake
    page.tabs.setCurrentWidget(intake)
    intake.form.editors["channel"].set_value("referral")
    qtbot.keyClicks(intake.form.editors["referred_by"], "Servizi sociali")
    intake.form.editors["needs_stated"].boxes["housing"].click()
    intake.form.editors["consents"].boxes["processing"].click()
    qtbot.keyClicks(intake.form.editors["isee_value"], "7.850,40")
    assert page.has_unsaved_changes()
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.has_unsaved_changes()

    with coordinator.unit_of_work() as uow:
        shown = records.show(uow, "household", page.household_id)
        found = records.list_records(uow, "intake")
    assert shown["address"] == "Via Trieste 112" and shown["municipality"] == "Montichiari"
    assert [(p["first_name"], p.get("is_reference", False)) for p in shown["persons"]] == [
        ("Nicolò", True), ("Ioana", False), ("Sofia", False)]
    assert len(found) == 1
    saved = found[0]
    assert saved["household"] == page.household_id
    assert saved["channel"] == "referral" and saved["referred_by"] == "Servizi sociali"
    assert saved["needs_stated"] == ["housing"] and saved["consents"] == ["processing"]
    assert saved["isee_value"] == 7850.4
    assert saved["reference_person"] == shown["persons"][0]["id"]
    assert saved["operator"] == "anna" and saved["point"] == "MON"


def test_errors_show_under_the_field_and_nothing_is_saved(
        qtbot: Any, page: HouseholdPage, families: dict[str, str], coordinator: Store) -> None:
    page.load(families["rossi"])
    phone = page.header.form.editors["phone"]
    phone.clear()
    qtbot.keyClicks(phone, "12")
    assert not page.save()
    assert page.header.form.errors["phone"].text() == \
        "Numero di telefono non valido (da 6 a 15 cifre)"
    with coordinator.unit_of_work() as uow:
        assert records.show(uow, "household", families["rossi"])["phone"] == "030 961 2210"
    qtbot.keyClicks(phone, "345678")  # right again: the message goes as it is typed
    assert page.header.form.errors["phone"].text() == ""


def test_unsaved_changes_cancel_keeps_the_page(qtbot: Any, page: HouseholdPage,
                                               families: dict[str, str],
                                               answers: list[Any]) -> None:
    page.load(families["rossi"])
    page.header.form.editors["address"].end(False)
    qtbot.keyClicks(page.header.form.editors["address"], " bis")
    answers.append(prompts.CANCEL)
    with qtbot.assertNotEmitted(page.closed):
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.has_unsaved_changes()
    assert page.header.form.editors["address"].value() == "Via Trieste 48 bis"
    answers.append(prompts.CANCEL)
    assert page.discard_or_save() is False


def test_unsaved_changes_discard_and_save(qtbot: Any, page: HouseholdPage,
                                          families: dict[str, str], coordinator: Store,
                                          answers: list[Any]) -> None:
    page.load(families["rossi"])
    address = page.header.form.editors["address"]
    address.end(False)
    qtbot.keyClicks(address, " bis")
    answers.append(prompts.DISCARD)
    with qtbot.waitSignal(page.closed, timeout=20_000):
        page.close_page()
    assert address.value() == "Via Trieste 48" and not page.has_unsaved_changes()
    address.end(False)
    qtbot.keyClicks(address, " bis")
    answers.append(prompts.SAVE)
    assert page.discard_or_save() is True
    with coordinator.unit_of_work() as uow:
        assert records.show(uow, "household", families["rossi"])["address"] == "Via Trieste 48 bis"


def test_esc_without_changes_closes_at_once(qtbot: Any, page: HouseholdPage,
                                            families: dict[str, str], answers: list[Any]) -> None:
    page.load(families["singh"])
    with qtbot.waitSignal(page.closed, timeout=20_000):
        qtbot.keyClick(page, Qt.Key.Key_Escape)


def test_set_reference_person_and_remove_member(qtbot: Any, page: HouseholdPage,
                                                families: dict[str, str], coordinator: Store,
                                                answers: list[Any]) -> None:
    page.load(families["ferrari"])
    members = page.members
    luca = next(p for p in members.model.rows if p["first_name"] == "Luca")
    members.view.setCurrentIndex(members.model.index(members.model.rows.index(luca), 0))
    assert members.current() == luca
    page.set_reference(luca)
    assert members.model.rows[0]["first_name"] == "Luca"  # the reference comes first
    assert page.subtitle.text().startswith("Ferrari Luca")
    nicolo = next(p for p in members.model.rows if p["first_name"] == "Nicolò")
    members.view.setCurrentIndex(members.model.index(members.model.rows.index(nicolo), 0))
    answers.append(True)  # "Rimuovere Ferrari Nicolò dal nucleo?"
    members.view.setFocus()
    with qtbot.waitSignal(page.undo_offered, timeout=20_000) as offered:
        qtbot.keyClick(members.view, Qt.Key.Key_Delete)
    with coordinator.unit_of_work() as uow:
        persons = records.show(uow, "household", families["ferrari"])["persons"]
    assert [(p["first_name"], p.get("is_reference")) for p in persons] == [
        ("Luca", True), ("Giulia", False)]
    assert page.tabs.tabText(0) == "Componenti (2)"
    # «Annulla» in the status bar brings the member back.
    message, undo = offered.args
    assert message == "Componente rimosso: Ferrari Nicolò."
    undo()
    assert page.tabs.tabText(0) == "Componenti (3)"
    assert "Nicolò" in [p["first_name"] for p in members.model.rows]


def test_follow_up_added_appears(qtbot: Any, page: HouseholdPage, families: dict[str, str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page.load(families["singh"])
    asked: dict[str, Any] = {}

    def ask(cls: Any, kind: str, parent: Any, **kwargs: Any) -> dict[str, Any]:
        asked.update(kind=kind, **kwargs)
        return {"due_date": "2026-01-15", "note": "Portare l'ISEE", "operator": "anna"}

    monkeypatch.setattr(EntryDialog, "ask", classmethod(ask))
    page.tabs.setCurrentWidget(page.follow_ups)
    page.follow_ups.setFocus()
    qtbot.keyClick(page.follow_ups.view, Qt.Key.Key_Insert)
    assert asked["kind"] == "follow_up" and asked["defaults"]["operator"] == "anna"
    rows = page.follow_ups.model.rows
    assert [(r["due_date"], r["note"]) for r in rows] == [("2026-01-15", "Portare l'ISEE")]
    page.follow_ups.view.setCurrentIndex(page.follow_ups.model.index(0, 0))
    qtbot.keyClick(page.follow_ups.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.follow_ups.model.rows[0]["done"] is True
    assert page.follow_ups.model.index(0, 3).data().startswith("sì, il ")


def test_contact_added_keeps_unsaved_header_edits(qtbot: Any, page: HouseholdPage,
                                                  families: dict[str, str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    page.load(families["rossi"])
    qtbot.keyClicks(page.header.form.editors["flat"], "int. 4")
    monkeypatch.setattr(EntryDialog, "ask", classmethod(
        lambda cls, kind, parent, **kw: {"date": "2025-02-01", "contact_type": "interview"}))
    page.add_entry("contact")
    assert page.contacts.model.rows[0]["contact_type"] == "interview"
    assert page.header.form.editors["flat"].value() == "int. 4"
    assert page.has_unsaved_changes()


def test_entries_are_listed_and_asked_as_their_kinds_declare(
        qtbot: Any, page: HouseholdPage, families: dict[str, str]) -> None:
    page.load(families["rossi"])
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs[1:] == ["Accoglienza", "Salute", "Colloqui", "Invii", "Promemoria",
                         "Casa"]  # the housing area: the family's dwelling and contract
    headers = [page.referrals.model.headerData(n, Qt.Orientation.Horizontal)
               for n in range(page.referrals.model.columnCount())]
    assert headers == ["Data", "Direzione", "Ente o servizio", "Stato", "Esito"]
    dialog = EntryDialog("referral", page, persons={}, operators=["anna"],
                         defaults={"direction": "out"})
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nuovo invio"
    assert list(dialog.form.editors) == ["date", "direction", "organisation", "status",
                                         "outcome", "notes"]
    assert dialog.form.editors["direction"].currentText() == "Invio"
    assert dialog.form.editors["organisation"].toolTip() == "A chi o da chi"
    contact = EntryDialog("contact", page, persons={"p1": "Rossi Maria"}, operators=["anna"],
                          entry={"id": "x", "date": "2026-01-02", "person": "p1"})
    qtbot.addWidget(contact)
    assert contact.windowTitle() == "Modifica colloquio"
    assert contact.form.editors["person"].currentText() == "Rossi Maria"


def test_health_tab_needs_health_access(qtbot: Any, coordinator: Store, ctx: AppContext,
                                        families: dict[str, str]) -> None:
    page = HouseholdPage(ctx)
    qtbot.addWidget(page)
    assert "Salute" in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "long-enough-pw")
        accounts.commit_accounts(uow)
    coordinator.username = "bruno"
    try:
        page = HouseholdPage(AppContext(coordinator))
        qtbot.addWidget(page)
        page.load(families["rossi"])
        assert "Salute" not in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    finally:
        coordinator.username = "anna"


def test_health_is_saved_with_the_page(qtbot: Any, page: HouseholdPage,
                                       families: dict[str, str], coordinator: Store) -> None:
    page.load(families["ferrari"])
    page.intake.form.editors["consents"].boxes["special_categories"].click()
    health = page.health
    assert health is not None
    health.form.editors["disability"].click()
    qtbot.keyClicks(health.form.editors["disability_percent"], "75")
    assert page.save()
    with coordinator.unit_of_work() as uow:
        saved = records.list_records(uow, "health")
    assert [(h["disability"], h["disability_percent"]) for h in saved] == [(True, 75)]


def test_print_the_intake_form_from_the_page_saving_first(
        qtbot: Any, page: HouseholdPage, coordinator: Store, families: dict[str, str],
        answers: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+P: the household's intake form in the preview, with the unsaved address
    saved first, so the signed paper says what the store holds; health only if asked."""
    import io

    from pypdf import PdfReader

    from genera_desktop.services.coordination import audit
    from genera_desktop.ui.common.print_preview import PrintPreviewDialog

    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(PrintPreviewDialog, "show_pdf", classmethod(
        lambda cls, parent, pdf, name, title=None: shown.append((pdf, name))))
    page.start_new()
    assert not page.print_button.isEnabled()  # nothing to print before the first save
    page.load(families["rossi"])
    assert page.print_button.isEnabled()
    address = page.header.form.editors["address"]
    address.setFocus()
    address.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(address, "Via Trieste 50")
    assert page.has_unsaved_changes()
    qtbot.keyClick(address, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    ((pdf, name),) = shown
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Scheda di accoglienza" in text and "Rossi" in text and "Via Trieste 50" in text
    assert "Salute e disabilità" not in text
    assert name.startswith("scheda-accoglienza-MON-") and name.endswith(".pdf")
    assert not page.has_unsaved_changes()
    with coordinator.unit_of_work() as uow:
        assert records.load(uow.session, "household", families["rossi"]).address == (
            "Via Trieste 50")
        assert [e["record_id"] for e in audit.entries(uow, action="print")] == [
            families["rossi"]]
    # The administrator has health access: the button's menu offers the health page.
    menu = page.print_button.menu()
    assert menu is not None
    with_health = menu.actions()[1]
    with_health.trigger()
    health_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(shown[1][0])).pages)
    assert "Salute e disabilità" in health_text and len(PdfReader(io.BytesIO(shown[1][0])).pages) > len(
        PdfReader(io.BytesIO(pdf)).pages)


def test_the_case_number_once_given_cannot_be_erased(
        qtbot: Any, page: HouseholdPage, families: dict[str, str], coordinator: Store) -> None:
    page.load(families["rossi"])
    case = page.header.form.editors["case_number"]
    number = case.text()
    assert number.startswith("MON-") and page.title.text() == f"Nucleo {number}"
    assert case.isReadOnly()
    case.setFocus()
    case.selectAll()
    qtbot.keyClick(case, Qt.Key.Key_Delete)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert case.text() == number and page.title.text() == f"Nucleo {number}"
    assert not page.has_unsaved_changes()
    # Emptied all the same (a form of another make): the service refuses, under the field.
    case.set_value("")
    case.edited.emit()
    assert not page.save()
    assert page.header.form.errors["case_number"].text() == \
        "Il numero di pratica, una volta assegnato, non si toglie né si cambia"
    with coordinator.unit_of_work() as uow:
        assert records.show(uow, "household", families["rossi"])["case_number"] == number
    page.revert()
    page.start_new()  # a new household may be given its paper number
    assert not page.header.form.editors["case_number"].isReadOnly()


@pytest.mark.parametrize(("kind", "name", "fill"), [
    ("contact", "contact_type", lambda editor: editor.set_value("interview")),
    ("referral", "organisation", lambda editor: editor.setText("Servizi sociali")),
])
def test_an_entry_without_what_it_needs_is_not_saved(
        qtbot: Any, kind: str, name: str, fill: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = EntryDialog(kind, None, persons={}, operators=["anna"],
                         defaults={"date": "2026-03-02", "operator": "anna",
                                   "direction": "out", "status": "sent"})
    qtbot.addWidget(dialog)
    dialog.show()
    save = next(b for b in dialog.findChildren(QDialogButtonBox)[0].buttons()
                if b.text() == "Salva")
    save.click()
    assert dialog.isVisible() and dialog.result_fields is None
    assert dialog.form.errors[name].text() == "Campo obbligatorio"
    fill(dialog.form.editors[name])
    save.click()
    assert not dialog.isVisible()
    assert dialog.result_fields is not None and dialog.result_fields[name]


def test_the_next_appointment_of_an_intake_reaches_the_follow_ups(
        qtbot: Any, page: HouseholdPage, families: dict[str, str]) -> None:
    from datetime import date, timedelta

    page.load(families["rossi"])
    page.tabs.setCurrentWidget(page.intake)
    due = date.today() + timedelta(days=4)
    editor = page.intake.form.editors["next_appointment"]
    qtbot.keyClicks(editor, due.strftime("%d/%m/%Y"))
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.has_unsaved_changes()
    rows = page.follow_ups.model.rows
    assert [(r["due_date"], r["operator"]) for r in rows] == [(due.isoformat(), "anna")]
    assert page.tabs.tabText(page.tabs.indexOf(page.follow_ups)) == "Promemoria"


def test_health_data_without_consent_are_said_and_asked_about(
        qtbot: Any, page: HouseholdPage, families: dict[str, str], coordinator: Store,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from genera_desktop.ui.registry.health_consent import HealthConsentDialog

    asked: list[bool] = []
    answer = [False]
    monkeypatch.setattr(HealthConsentDialog, "ask", classmethod(
        lambda cls, parent=None: asked.append(True) or answer[0]))

    def held() -> dict[str, Any]:
        with coordinator.unit_of_work() as uow:
            return {h["person"]: h for h in records.list_records(uow, "health")}

    page.load(families["rossi"])
    health = page.health
    assert health is not None
    page.tabs.setCurrentWidget(health)
    assert health.consent_note.isVisible()
    assert "Manca il consenso" in health.consent_note.text()
    health.form.editors["disability"].click()
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True] and held() == {} and page.has_unsaved_changes()
    assert page.tabs.currentWidget() is health
    answer[0] = True
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True, True] and not page.has_unsaved_changes()
    assert held()[health.person_id]["disability"] is True
    # With the consent ticked in the intake, nothing is asked and nothing is said.
    page.tabs.setCurrentWidget(page.intake)
    page.intake.form.editors["consents"].boxes["special_categories"].click()
    page.tabs.setCurrentWidget(health)
    assert not health.consent_note.isVisible()
    health.form.editors["dependence"].click()
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True, True] and held()[health.person_id]["dependence"] is True


def wheel_over(widget: Any, steps: int = -1) -> None:
    """One notch of the mouse wheel with the pointer over the middle of ``widget``."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_intake_and_leaves_its_fields_alone(
        qtbot: Any, page: HouseholdPage, families: dict[str, str]) -> None:
    page.resize(1100, 520)  # the intake taller than its tab: it scrolls
    page.load(families["rossi"])
    intake = page.intake
    page.tabs.setCurrentWidget(intake)
    combo = intake.reference
    qtbot.waitUntil(lambda: combo.isVisible() and intake.verticalScrollBar().maximum() > 0, timeout=20_000)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
    intake.form.editors["referred_by"].setFocus()
    chosen, scrolled = combo.currentIndex(), intake.verticalScrollBar().value()
    assert chosen > 0 and combo.count() == 3  # a member, with "—" and another around
    for steps in (-1, -1, 1):
        wheel_over(combo, steps)
        assert combo.currentIndex() == chosen and not page.has_unsaved_changes()
    assert intake.verticalScrollBar().value() != scrolled  # the form moved instead
    for name in ("housing_tenure", "outcome"):
        editor = intake.form.editors[name]
        before = editor.currentIndex()
        wheel_over(editor)
        assert editor.currentIndex() == before
    assert not page.has_unsaved_changes()
    combo.setFocus()  # with the focus, the wheel chooses as ever
    wheel_over(combo)
    assert combo.currentIndex() != chosen


def test_shortcuts_are_on_the_buttons(page: HouseholdPage) -> None:
    from PySide6.QtWidgets import QPushButton

    members = [b.text() for b in page.members.findChildren(QPushButton)]
    assert "Aggiungi componente (Ins)" in members
    assert any(t.startswith("Rimuovi (") for t in members)  # Del, «Canc» in Italian Qt
    assert "Nuovo colloquio (Ins)" in [b.text() for b in page.contacts.findChildren(QPushButton)]
    assert "Fatto / da fare (Ctrl+D)" in [
        b.text() for b in page.follow_ups.findChildren(QPushButton)]
    assert page.save_button.text() == "Salva (Ctrl+S)"
