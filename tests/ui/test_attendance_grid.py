"""The attendance grid: its model (qtmodeltester, marks, totals, one cell per change) and
the widget driven by keyboard, saving as it goes and putting a refused cell back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.domain.errors import NotFound, Refused
from genera_desktop.paths import resources_dir
from genera_desktop.ui.community.attendance_grid import AttendanceGrid
from genera_desktop.ui.community.attendance_model import (
    PERSON_ROLE,
    SESSION_ROLE,
    STATUS_ROLE,
    AttendanceModel,
    legend,
    marks_of,
)

PERSONS = [  # not in surname order: the model sorts them
    {"id": "p-rossi", "last_name": "Rossi", "first_name": "Mario"},
    {"id": "p-bianchi", "last_name": "Bianchi", "first_name": "Anna"},
    {"id": "p-ndiaye", "last_name": "Ndiaye", "first_name": "Awa", "minor": True},
    {"id": "p-esposito", "last_name": "Èsposito", "first_name": "Luca", "withdrawn": True},
]
SESSIONS = [
    {"id": "s-3", "date": "2026-03-18", "topic": "Merende sane"},
    {"id": "s-1", "date": "2026-03-04", "topic": "La spesa consapevole", "guests": 2},
    {"id": "s-2", "date": "2026-03-11"},
]
MARKS = {
    ("p-rossi", "s-1"): "present",
    ("p-bianchi", "s-1"): "absent",
    ("p-ndiaye", "s-1"): "excused",
    ("p-rossi", "s-2"): "present",
    ("p-stranger", "s-1"): "present",  # not enrolled here: ignored
}
TODAY = date(2026, 3, 12)  # s-2 (11/03) is the latest session held


def shown(model: AttendanceModel, role: int = Qt.ItemDataRole.DisplayRole) -> list[list[Any]]:
    return [[model.index(r, c).data(role) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def row_titles(model: AttendanceModel) -> list[str]:
    return [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]


# -- the model ---------------------------------------------------------------------------


def test_model_passes_modeltester(qtmodeltester) -> None:
    model = AttendanceModel(PERSONS, SESSIONS, MARKS)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    model.set_status(model.index(0, 2), "excused")
    model.set_guests(0, 5)
    model.reload(PERSONS[:1], SESSIONS[:1], {})
    model.reload([], [], None)
    assert (model.rowCount(), model.columnCount()) == (2, 1)  # guests, totals; totals column


def test_rows_columns_marks_and_totals() -> None:
    model = AttendanceModel(PERSONS, SESSIONS, MARKS)
    assert row_titles(model) == ["Bianchi Anna", "Èsposito Luca", "Ndiaye Awa (min.)",
                                 "Rossi Mario", "Ospiti", "Presenti"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["04/03", "11/03", "18/03", "Presenze"]
    assert shown(model) == [
        ["✗", "", "", "0"],
        ["", "", "", "0"],
        ["G", "", "", "0"],
        ["✓", "✓", "", "2"],
        ["2", "0", "0", "2"],  # guests, per session and in all
        ["1", "1", "0", "2"],  # enrolled persons present
    ]
    words = shown(model, Qt.ItemDataRole.AccessibleTextRole)
    assert [row[0] for row in words[:4]] == ["Assente", "—", "Giustificato", "Presente"]
    assert model.index(3, 1).data(STATUS_ROLE) == "present"
    assert model.index(1, 1).data(STATUS_ROLE) is None
    assert model.index(3, 1).data(PERSON_ROLE) == "p-rossi"
    assert model.index(3, 1).data(SESSION_ROLE) == "s-2"
    tip = model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Rossi Mario, 04/03/2026: Presente"
    tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == ("04/03/2026: iscritti presenti 1, ospiti 2, in tutto 3\n"
                   "La spesa consapevole")
    assert "Minorenne" in model.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(3, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == (
        "Rossi Mario: presenze 2, assenze 0, giustificate 0")
    assert model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole) is not None
    # A mark is a colour and a symbol: present and absent differ in both.
    present, absent = model.index(3, 0), model.index(0, 0)
    assert (present.data(Qt.ItemDataRole.BackgroundRole).color()
            != absent.data(Qt.ItemDataRole.BackgroundRole).color())
    assert (present.data(Qt.ItemDataRole.ForegroundRole).color()
            != absent.data(Qt.ItemDataRole.ForegroundRole).color())
    assert model.flags(model.index(4, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(3, 0)) & Qt.ItemFlag.ItemIsEditable
    assert "1 ✓ Presente" in legend() and "3 G Giustificato" in legend()


def test_a_change_announces_its_cell_and_totals_one_index_each(qtbot: QtBot) -> None:
    model = AttendanceModel(PERSONS, SESSIONS, MARKS)
    changed: list[tuple[int, int]] = []

    def on_changed(top: QModelIndex, bottom: QModelIndex, roles: object) -> None:
        assert top == bottom  # one index per signal, never a range
        changed.append((top.row(), top.column()))

    model.dataChanged.connect(on_changed)
    model.modelReset.connect(lambda: pytest.fail("a change must not reset the model"))
    assert model.set_status(model.index(1, 2), "present") is None
    assert changed == [(1, 2), (1, 3), (5, 2), (5, 3)]  # the cell, row, column, grand totals
    assert model.index(1, 3).data() == "1" and model.index(5, 2).data() == "1"
    changed.clear()
    assert model.set_status(model.index(0, 0), "excused") == "absent"
    assert changed == [(0, 0)]  # no "present" came or went: the totals stand
    changed.clear()
    assert model.set_guests(1, 4) == 0
    assert changed == [(4, 1), (4, 3)]
    assert model.index(4, 3).data() == "6"
    with pytest.raises(ValueError):
        model.set_status(model.index(4, 0), "present")
    with pytest.raises(ValueError):
        model.set_status(model.index(0, 0), "late")
    assert model.setData(model.index(4, 2), "7") and model.guests("s-3") == 7
    assert not model.setData(model.index(4, 2), -1)
    assert not model.setData(model.index(0, 0), "present")


def test_marks_of_attendance_records_defaults_to_present() -> None:
    records = [{"person": "p-1", "session": "s-1", "status": "absent"},
               {"person": "p-2", "session": "s-1"}]
    assert marks_of(records) == {("p-1", "s-1"): "absent", ("p-2", "s-1"): "present"}


# -- the grid ----------------------------------------------------------------------------


class Saves:
    """The service stand-in: records calls, refuses when told to."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.refuse: Exception | None = None

    def save(self, person_id: str, session_id: str, status: str | None) -> None:
        if self.refuse is not None:
            raise self.refuse
        self.calls.append((person_id, session_id, status))

    def save_guests(self, session_id: str, guests: int) -> None:
        if self.refuse is not None:
            raise self.refuse
        self.calls.append((session_id, guests))


@pytest.fixture
def saves() -> Saves:
    return Saves()


@pytest.fixture
def grid(qtbot: QtBot, saves: Saves) -> AttendanceGrid:
    widget = AttendanceGrid(PERSONS, SESSIONS, MARKS, saves.save, saves.save_guests,
                            today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget, timeout=20_000)
    widget.setFocus()
    qtbot.waitUntil(widget.view.hasFocus, timeout=20_000)
    return widget


def at(grid: AttendanceGrid) -> tuple[str, str]:
    """The current cell as (row title, column title)."""
    index = grid.view.currentIndex()
    return (grid.model.headerData(index.row(), Qt.Orientation.Vertical),
            grid.model.headerData(index.column(), Qt.Orientation.Horizontal))


def type_in(qtbot: QtBot, text: str) -> None:
    """Type as a person does: each key to whichever widget has the focus by then (the
    grid, or the cell's editor that the first digit opened)."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def mark(grid: AttendanceGrid) -> str:
    return grid.view.currentIndex().data()


def test_keyboard_walk_marks_and_saves_each_key(qtbot: QtBot, grid: AttendanceGrid,
                                                saves: Saves) -> None:
    view = grid.view
    changes: list[tuple[str, str, object]] = []
    grid.attendance_changed.connect(lambda *args: changes.append(args))
    assert at(grid) == ("Bianchi Anna", "11/03")  # first person, latest session held
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: saves.calls == [("p-bianchi", "s-2", "present")], timeout=20_000)
    assert mark(grid) == "✓"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert mark(grid) == "✗"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert mark(grid) == "✓"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert (at(grid), mark(grid)) == (("Èsposito Luca", "11/03"), "✗")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert (at(grid), mark(grid)) == (("Ndiaye Awa (min.)", "11/03"), "G")
    qtbot.keyClick(view, Qt.Key.Key_Space)  # excused toggles to present
    assert mark(grid) == "✓"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert (at(grid), mark(grid)) == (("Ndiaye Awa (min.)", "04/03"), "✓")
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert mark(grid) == ""
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert mark(grid) == ""
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # already empty: nothing to save
    qtbot.keyClick(view, Qt.Key.Key_5)  # not a status: nothing happens
    assert saves.calls == [
        ("p-bianchi", "s-2", "present"),
        ("p-bianchi", "s-2", "absent"),
        ("p-bianchi", "s-2", "present"),
        ("p-esposito", "s-2", "absent"),
        ("p-ndiaye", "s-2", "excused"),
        ("p-ndiaye", "s-2", "present"),
        ("p-ndiaye", "s-1", "present"),
        ("p-ndiaye", "s-1", None),
        ("p-ndiaye", "s-2", None),
    ]
    assert changes == saves.calls
    # Bianchi present once, Rossi twice: the totals follow.
    model = grid.model
    assert model.index(model.totals_row, 1).data() == "2"
    assert model.index(0, model.totals_column).data() == "1"


def test_guests_are_typed_in_their_row(qtbot: QtBot, grid: AttendanceGrid, saves: Saves) -> None:
    view = grid.view
    changes: list[tuple[str, int]] = []
    grid.guests_changed.connect(lambda *args: changes.append(args))
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert at(grid) == ("Ospiti", "11/03")
    type_in(qtbot, "12")  # the first digit opens the cell, the second goes in it
    assert view.state() == view.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saves.calls == [("s-2", 12)], timeout=20_000)
    assert mark(grid) == "12" and changes == [("s-2", 12)]
    assert grid.model.index(grid.model.guests_row, grid.model.totals_column).data() == "14"
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=20_000)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # Delete: no guests
    assert saves.calls[-1] == ("s-1", 0) and mark(grid) == "0"
    qtbot.keyClick(view, Qt.Key.Key_Space)  # Space and letters do nothing on this row
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert view.state() != view.State.EditingState and len(saves.calls) == 2
    qtbot.keyClick(view, Qt.Key.Key_7)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState, timeout=20_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Escape: nothing saved
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=20_000)
    assert mark(grid) == "0" and len(saves.calls) == 2


def test_a_refused_save_puts_the_cell_back_and_says_why(qtbot: QtBot, grid: AttendanceGrid,
                                                        saves: Saves) -> None:
    view = grid.view
    changes: list[object] = []
    grid.attendance_changed.connect(lambda *args: changes.append(args))
    grid.go_to("p-rossi", "s-1")
    assert mark(grid) == "✓"
    saves.refuse = Refused("out_of_scope")
    with qtbot.waitSignal(grid.failed, timeout=20_000) as failed:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert failed.args == ["Presenza non salvata (Rossi Mario, 04/03): "
                           "Questo dato è fuori dall'ambito di questa postazione."]
    assert mark(grid) == "✓" and grid.model.status("p-rossi", "s-1") == "present"
    assert grid.model.index(grid.model.totals_row, 0).data() == "1"
    saves.refuse = NotFound("workshop_session", "s-3")
    grid.go_to(None, "s-3")
    with qtbot.waitSignal(grid.failed, timeout=20_000) as failed:
        qtbot.keyClick(view, Qt.Key.Key_2)
    assert "Rossi Mario, 18/03" in failed.args[0] and "non esiste più" in failed.args[0]
    assert mark(grid) == ""
    grid.go_to("p-rossi", "s-1")
    for _ in range(1):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert at(grid) == ("Ospiti", "04/03")
    with qtbot.waitSignal(grid.failed, timeout=20_000) as failed:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert failed.args[0].startswith("Ospiti non salvati (Ospiti, 04/03): ")
    assert mark(grid) == "2"
    assert saves.calls == [] and changes == []


def test_an_unexpected_error_puts_the_cell_back_and_is_raised(grid: AttendanceGrid,
                                                              saves: Saves) -> None:
    saves.refuse = RuntimeError("bug")
    index = grid.model.index_of("p-bianchi", "s-2")
    with pytest.raises(RuntimeError):
        grid.set_status(index, "present")
    assert index.data(STATUS_ROLE) is None
    with pytest.raises(RuntimeError):
        grid.set_guests(1, 3)
    assert grid.model.guests("s-2") == 0


def test_letters_jump_to_a_surname_and_double_click_toggles(qtbot: QtBot,
                                                            grid: AttendanceGrid,
                                                            saves: Saves) -> None:
    qtbot.keyClicks(grid.view, "nd")
    qtbot.waitUntil(lambda: at(grid) == ("Ndiaye Awa (min.)", "11/03"), timeout=20_000)
    qtbot.keyClicks(grid.view, "ro")  # at once: "ndro", nobody
    assert at(grid) == ("Ndiaye Awa (min.)", "11/03") and saves.calls == []
    rect = grid.view.visualRect(grid.model.index_of("p-rossi", "s-3"))
    # A double click is a press, a release, then the double click (as a mouse sends it).
    qtbot.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: saves.calls == [("p-rossi", "s-3", "present")], timeout=20_000)


def test_reload_keeps_the_cursor_on_the_same_person_and_session(grid: AttendanceGrid) -> None:
    grid.go_to("p-ndiaye", "s-1")
    newcomer = {"id": "p-abate", "last_name": "Abate", "first_name": "Sara"}
    grid.reload([*PERSONS, newcomer], SESSIONS, MARKS)
    assert at(grid) == ("Ndiaye Awa (min.)", "04/03")
    assert grid.model.headerData(0, Qt.Orientation.Vertical) == "Abate Sara"
    assert grid.view.itemDelegateForRow(grid.model.guests_row) is not None
    assert grid.view.itemDelegateForRow(grid.model.guests_row - 1) is None


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The app's English translation installed for one test."""
    installed = QTranslator()
    assert installed.load("genera_en", str(resources_dir() / "translations"))
    qapp.installTranslator(installed)
    yield
    qapp.removeTranslator(installed)


def test_in_english_the_marks_and_words_are_english(english: None) -> None:
    model = AttendanceModel(PERSONS, SESSIONS, MARKS)
    assert row_titles(model)[2:] == ["Ndiaye Awa (minor)", "Rossi Mario", "Guests", "Present"]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Attended"
    assert [model.index(r, 0).data() for r in range(3)] == ["✗", "", "E"]
    assert model.index(2, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Excused"
    assert legend().startswith("1 ✓ Present    2 ✗ Absent    3 E Excused")


def test_a_grid_made_empty_then_filled_has_even_session_columns(
        qtbot: QtBot, saves: Saves) -> None:
    """A page makes its grid before it has a workshop: the totals' wider column must not
    leave its width to the first session once the sessions come."""
    widget = AttendanceGrid([], [], {}, saves.save, saves.save_guests, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.reload(PERSONS, SESSIONS, MARKS)
    header = widget.view.horizontalHeader()
    widths = {header.sectionSize(c) for c in range(widget.model.totals_column)}
    assert widths == {header.defaultSectionSize()}
    assert header.sectionSize(widget.model.totals_column) >= header.defaultSectionSize()
