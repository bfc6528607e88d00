"""Every page and dialog, filled with demo data: each input control a screen reader
announces by a name, and each is reached with Tab (issue #6: "every control has an
accessible name and is reachable by keyboard").

A control counts if it is shown, or would be when its tab, wizard page or stacked page
is the current one. The name is the one assistive technology reads, through
QAccessible: a QFormLayout label's buddy gives it, as does setAccessibleName.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizardPage,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from genera_desktop.services import demo
from genera_desktop.store.models import Household, HousingContext
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext

TODAY = date(2026, 3, 11)

INPUTS = (
    QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QCheckBox,
    QRadioButton, QPushButton, QToolButton, QAbstractItemView, QTabBar,
)
# Parts of another control, announced and focused as that control.
COMPOSITE = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)


def shown(widget: QWidget, top: QWidget) -> bool:
    """Visible now, or once its tab / wizard page / stacked page is brought forward."""
    node: QWidget | None = widget
    while node is not None and node is not top:
        parent = node.parentWidget()
        if node.isHidden() and not (isinstance(parent, QStackedWidget)
                                    or isinstance(node, QWizardPage)):
            return False
        node = parent
    return True


def part_of_another(widget: QWidget, top: QWidget) -> bool:
    node = widget.parentWidget()
    while node is not None and node is not top:
        if isinstance(node, COMPOSITE):
            return True
        node = node.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", getattr(widget, "currentText", None))
    hint = widget.objectName() or (text() if callable(text) else "")
    placeholder = getattr(widget, "placeholderText", None)
    if not hint and callable(placeholder):
        hint = f"placeholder {placeholder()!r}"
    chain: list[str] = []
    node: QWidget | None = widget
    while node is not None and len(chain) < 4:
        chain.append(type(node).__name__)
        node = node.parentWidget()
    return f"{type(widget).__name__} {hint!r} in {'/'.join(chain[1:])}"


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    name = interface.text(QAccessible.Text.Name).strip()
    # On Linux Qt names a combo box after its current choice: "Tutti i punti" says
    # what is chosen, not what is being chosen.
    if isinstance(widget, QComboBox) and not widget.accessibleName() \
            and name == interface.text(QAccessible.Text.Value).strip():
        name = ""
    if not name:  # a buddy label is also told as the "labelled by" relation
        labels = interface.relations(QAccessible.RelationFlag.Label)
        name = next((t for t in (other.text(QAccessible.Text.Name).strip()
                                 for other, _ in labels) if t), "")
    return name


def reached_by_tab(widget: QWidget) -> bool:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    # Qt makes an exclusive radio group one Tab stop, its checked button; the arrow
    # keys move within it.
    group = widget.group() if isinstance(widget, QRadioButton) else None
    return group is not None and group.exclusive() and any(
        button.focusPolicy() & Qt.FocusPolicy.TabFocus for button in group.buttons())


def audit(top: QWidget) -> list[str]:
    """What is wrong, one line per control; also checks it found something to audit."""
    problems = []
    controls = [
        w for w in top.findChildren(QWidget)
        if isinstance(w, INPUTS) and shown(w, top) and not part_of_another(w, top)
    ]
    assert controls, f"nothing to audit in {type(top).__name__}"
    for widget in controls:
        if not accessible_name(widget):
            problems.append(f"no accessible name: {describe(widget)}")
        if not reached_by_tab(widget):
            problems.append(f"not reached by Tab: {describe(widget)}")
        if (isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly()
                and not widget.tabChangesFocus()):
            problems.append(f"Tab typed into, never leaves: {describe(widget)}")
    return problems


def owner(widget: QWidget | None, controls: list[QWidget]) -> QWidget | None:
    """The audited control that holds ``widget`` (a combo box's own line edit...)."""
    while widget is not None and widget not in controls:
        widget = widget.parentWidget()
    return widget


def tab_walk(qtbot: QtBot, top: QWidget, presses: int = 150) -> list[QWidget]:
    """Press Tab from the first control on and return the controls focus went to."""
    from PySide6.QtWidgets import QApplication

    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=20_000)
    controls: list[QWidget] = [w for w in top.findChildren(QWidget) if isinstance(w, INPUTS)]
    reached: list[QWidget] = []
    top.focusNextChild()
    for _ in range(presses):
        focused = owner(QApplication.focusWidget(), controls)
        if focused is not None and focused not in reached:
            reached.append(focused)
        target = QApplication.focusWidget() or top
        qtbot.keyClick(target, Qt.Key.Key_Tab)
    return reached


@pytest.fixture
def world(coordinator: Store) -> dict[str, str]:
    """The demo's families and contexts (through the real demo loader), plus ids to open."""
    with coordinator.unit_of_work() as uow:
        demo.fill(uow, 12, seed=3, today=TODAY)
        uow.commit()
    with coordinator.unit_of_work() as uow:
        household = uow.session.scalars(select(Household.id).limit(1)).one()
        context = uow.session.scalars(select(HousingContext.id).limit(1)).one()
    return {"household": household, "context": context}


@pytest.fixture(autouse=True)
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows closed at teardown must not wait on an "unsaved changes?" box."""
    from genera_desktop.ui.custode.visit import VisitDialog

    monkeypatch.setattr(VisitDialog, "confirm_discard", lambda self: True)


Builder = Callable[[AppContext, dict[str, str]], QWidget]


def households_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.registry.households import HouseholdsPage
    return HouseholdsPage(ctx)


def household_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.registry.household import HouseholdPage
    page = HouseholdPage(ctx)
    page.load(ids["household"])
    return page


def persons_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.registry.persons import PersonsPage
    return PersonsPage(ctx)


def agenda_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.registry.agenda import AgendaPage
    return AgendaPage(ctx, today=lambda: TODAY)


def audit_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.coordination.audit import AuditPage
    return AuditPage(ctx)


def person_picker(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.coordination.audit import PersonPickerDialog
    return PersonPickerDialog(ctx)


def contexts_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.custode.contexts import ContextsPage
    return ContextsPage(ctx)


def context_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.custode.contexts import ContextDialog
    return ContextDialog(ctx, None, ids["context"])


def duplicates_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.coordination.duplicates import DuplicatesPage
    return DuplicatesPage(ctx)


def my_contexts_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.custode.my_contexts import MyContextsPage
    return MyContextsPage(ctx, today=lambda: TODAY)


def sync_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.network.sync import SyncPage
    return SyncPage(ctx)


def users_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.network.users import UsersPage
    return UsersPage(ctx)


def user_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.network.users import UserDialog
    return UserDialog(ctx)


def password_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.network.users import PasswordDialog
    return PasswordDialog(ctx, None, "anna", False)


def entry_dialog(kind: str) -> Builder:
    def build(ctx: AppContext, ids: dict[str, str]) -> QWidget:
        from genera_desktop.ui.common.entry import EntryDialog
        return EntryDialog(kind, None, persons={"p1": "Rossi Mario"}, operators=["Anna"])
    return build


def new_household_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.registry.household_dialog import NewHouseholdDialog
    return NewHouseholdDialog(ctx)


def person_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.registry.person_dialog import PersonDialog
    return PersonDialog(ctx, None, ids["household"])


def import_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.registry.import_dialog import ImportDialog
    return ImportDialog(ctx)


def invite_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.network.invite import InviteDialog
    return InviteDialog(ctx)


def login_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.session.login import LoginDialog
    return LoginDialog(ctx.store.data_dir)


def unlock_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.session.login import UnlockDialog
    return UnlockDialog(ctx.store, "Anna")


def visit_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.custode.visit import VisitDialog
    return VisitDialog(ctx, None, ids["context"])


def print_preview(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.printing.custode import blank_visit_report
    from genera_desktop.printing.layout import PrintContext
    from genera_desktop.ui.common.print_preview import PrintPreviewDialog
    pdf = blank_visit_report(PrintContext(site_name="Custode sociale", printed_on=TODAY))
    return PrintPreviewDialog(pdf, "scheda-visita.pdf", None, "Scheda visita")


def setup_wizard(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.session.setup import SetupWizard
    return SetupWizard(ctx.store.data_dir.parent / "nuovo")


SCREENS: dict[str, Builder] = {
    "households": households_page,
    "household": household_page,
    "persons": persons_page,
    "agenda": agenda_page,
    "audit": audit_page,
    "person picker": person_picker,
    "contexts": contexts_page,
    "context dialog": context_dialog,
    "duplicates": duplicates_page,
    "my contexts": my_contexts_page,
    "sync": sync_page,
    "users": users_page,
    "user dialog": user_dialog,
    "password dialog": password_dialog,
    "contact dialog": entry_dialog("contact"),
    "referral dialog": entry_dialog("referral"),
    "follow-up dialog": entry_dialog("follow_up"),
    "new household dialog": new_household_dialog,
    "person dialog": person_dialog,
    "import dialog": import_dialog,
    "invite dialog": invite_dialog,
    "login dialog": login_dialog,
    "unlock dialog": unlock_dialog,
    "visit dialog": visit_dialog,
    "print preview": print_preview,
    "setup wizard": setup_wizard,
}


def dashboard_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.coordination.dashboard import DashboardPage
    return DashboardPage(ctx)


def conflicts_page(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.coordination.conflicts import ConflictsPage
    return ConflictsPage(ctx)


def main_window(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.main_window import MainWindow
    return MainWindow(ctx, lock_ms=0)


def settings_dialog(ctx: AppContext, ids: dict[str, str]) -> QWidget:
    from genera_desktop.ui.session.settings import SettingsDialog
    return SettingsDialog(ctx)


# Files other work owns: TODO(lead) fix their names, then drop them from here.
# GENERA_AUDIT_ALL=1 runs them anyway, to see what is left.
NOT_YET: dict[str, str] = {}
SCREENS.update({
    "dashboard": dashboard_page,
    "conflicts": conflicts_page,
    "main window": main_window,
    "settings dialog": settings_dialog,
})


def screen_params() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.skipif(
            not os.environ.get("GENERA_AUDIT_ALL"),
            reason=f"TODO(lead): name the controls of {NOT_YET[name]}"))
        if name in NOT_YET else name
        for name in SCREENS
    ]


@pytest.fixture
def shown_screen(request: pytest.FixtureRequest, qtbot: QtBot, ctx: AppContext,
                 world: dict[str, str], sync_tasks: None) -> Iterator[QWidget]:
    widget = SCREENS[request.param](ctx, world)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget, timeout=20_000)
    yield widget


def test_the_audit_catches_an_unnamed_search_field(qtbot: QtBot) -> None:
    """The audit itself can fail: a field known only by its placeholder, a table with no
    name, a combo box known only by its current choice and an unfocusable button are
    all reported."""
    from PySide6.QtWidgets import QTableView, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    search = QLineEdit()
    search.setPlaceholderText("Cerca")
    table = QTableView()
    button = QPushButton("Salva")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    point = QComboBox()
    point.addItems(["Tutti i punti", "MON"])
    for widget in (search, table, button, point):
        layout.addWidget(widget)
    qtbot.addWidget(box)
    box.show()
    problems = audit(box)
    assert len(problems) == 4, problems
    search.setAccessibleName("Cerca")
    table.setAccessibleName("Risultati")
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    point.setAccessibleName("Punto di comunità")
    assert audit(box) == []


@pytest.mark.parametrize("shown_screen", screen_params(), indirect=True)
def test_every_control_is_named_and_reached_by_tab(qtbot: QtBot, shown_screen: QWidget) -> None:
    top = shown_screen
    problems = audit(top)
    assert not problems, "\n".join(problems)
    # Not only the focus policy: real Tab presses visit each control now on screen.
    wanted = [
        w for w in top.findChildren(QWidget)
        if isinstance(w, INPUTS) and w.isVisible() and w.isEnabled()
        and not part_of_another(w, top) and reached_by_tab(w)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    reached = tab_walk(qtbot, top)
    missed = [describe(w) for w in wanted if w not in reached]
    assert not missed, "Tab never reaches:\n" + "\n".join(missed)


def test_the_tab_walk_follows_real_focus(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    fields: list[QWidget] = [QLineEdit(box) for _ in range(3)]
    for field in fields:
        layout.addWidget(field)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box, timeout=20_000)
    assert sorted(fields.index(w) for w in tab_walk(qtbot, box, presses=6)) == [0, 1, 2]
    fields[1].setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # out of the Tab chain
    assert sorted(fields.index(w) for w in tab_walk(qtbot, box, presses=6)) == [0, 2]


def test_a_field_error_is_heard_as_the_field_description(qtbot: QtBot) -> None:
    from genera_desktop.ui.common.form import FieldForm

    box = QWidget()
    form = FieldForm(box)
    name = form.add_field("last_name", "&Cognome", QLineEdit())
    qtbot.addWidget(box)
    interface = QAccessible.queryAccessibleInterface(name)
    assert interface.text(QAccessible.Text.Name) == "Cognome"
    form.set_error("last_name", "Scrivere il cognome.")
    assert interface.text(QAccessible.Text.Description) == "Scrivere il cognome."
    form.clear_errors()
    assert interface.text(QAccessible.Text.Description) == ""
