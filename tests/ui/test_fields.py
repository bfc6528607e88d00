"""The field editors: Italian dates and numbers in, the services' values out."""

from __future__ import annotations

from typing import Any

from genera_desktop.domain.days import PAST
from genera_desktop.ui.common.fields import (
    CheckList,
    DateEdit,
    EnumCombo,
    NumberEdit,
    parse_day_first,
)
from genera_desktop.ui.common.record_form import RecordForm


def test_parse_day_first() -> None:
    assert str(parse_day_first("3/4/1975")) == "1975-04-03"
    assert str(parse_day_first("03.04.1975")) == "1975-04-03"
    assert str(parse_day_first("03041975")) == "1975-04-03"
    assert str(parse_day_first("1975-04-03")) == "1975-04-03"
    assert parse_day_first("31/02/1975") is None
    assert str(parse_day_first("3/4/80", PAST)) == "1980-04-03"  # a birth date


def test_date_edit_hands_on_what_it_cannot_read(qtbot: Any) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    edit.set_value("2025-12-31")
    assert edit.text() == "31/12/2025" and edit.value() == "2025-12-31"
    edit.setText("31/13/2025")
    assert edit.value() == "31/13/2025"  # the service's rule says what is wrong


def test_number_edit_reads_italian_numbers(qtbot: Any) -> None:
    edit = NumberEdit()
    qtbot.addWidget(edit)
    for typed, value in (("7.850,40", 7850.4), ("7850,4", 7850.4), ("7850.4", 7850.4),
                         ("9360", 9360), ("", None), ("molti", "molti")):
        edit.setText(typed)
        assert edit.value() == value
    edit.set_value(7850.4)
    assert edit.text() == "7850,40"


def test_enum_combo_keeps_unknown_values(qtbot: Any) -> None:
    combo = EnumCombo({"new": "Nuovo", "closed": "Chiuso"})
    qtbot.addWidget(combo)
    assert combo.value() is None
    combo.set_value("closed")
    assert combo.currentText() == "Chiuso" and combo.value() == "closed"
    combo.set_value("in attesa")  # free text written elsewhere
    assert combo.currentText() == "in attesa" and combo.value() == "in attesa"


def test_record_form_changes_and_errors(qtbot: Any) -> None:
    form = RecordForm("intake")
    needs = CheckList({"economic": "Economico", "work": "Lavoro"})
    isee = NumberEdit()
    for widget in (needs, isee):
        qtbot.addWidget(widget)
    form.add("needs_stated", needs)
    form.add("isee_value", isee)
    form.load({"needs_stated": ["work"]})
    assert not form.is_dirty()
    needs.boxes["economic"].click()
    isee.setText("-5")
    assert form.changes() == {"needs_stated": ["economic", "work"], "isee_value": -5}
    assert not form.check_field("isee_value")
    form.mark_clean()
    assert not form.is_dirty()


def test_space_in_a_closed_combo_box_types_ahead(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from genera_desktop.ui import labels

    combo = EnumCombo(labels.EDUCATION)
    qtbot.addWidget(combo)
    combo.show()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=20_000)
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    assert not combo.view().isVisible() and combo.value() is None  # not opened
    qtbot.keyClicks(combo, "Licenza e")
    assert not combo.view().isVisible()
    assert combo.value() == "primary" and combo.currentText() == "Licenza elementare"
    other = EnumCombo(labels.EDUCATION)  # a search of its own
    qtbot.addWidget(other)
    other.show()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=20_000)
    with qtbot.waitSignal(other.edited, timeout=20_000):
        qtbot.keyClicks(other, "Licenza m")  # the space is part of what is typed
    assert other.value() == "lower_secondary" and not other.view().isVisible()


def test_the_wheel_leaves_an_unfocused_number_alone(qtbot: Any) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QSpinBox, QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    spin, other = QSpinBox(), QSpinBox()
    layout = QVBoxLayout(box)
    layout.addWidget(spin)
    layout.addWidget(other)
    box.show()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=20_000)
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    target = spin
    centre = QPointF(target.rect().center())
    for focused, expected in ((False, 0), (True, 1)):
        if focused:
            spin.setFocus()
            qtbot.waitUntil(spin.hasFocus, timeout=20_000)
        QApplication.sendEvent(target, QWheelEvent(
            centre, QPointF(target.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
        assert spin.value() == expected


def test_a_two_digit_year_is_read_as_every_italian_form_does(qtbot: Any) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import Qt

    today = date.today()
    soon = today + timedelta(days=30)
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.keyClicks(edit, soon.strftime("%d/%m/%y"))  # «15/12/26»: an appointment
    assert edit.value() == soon.isoformat()
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # left: shown in full
    assert edit.text() == soon.strftime("%d/%m/%Y")
    birth = DateEdit(past=True)  # a birth date is never after today
    qtbot.addWidget(birth)
    birth.setText(soon.strftime("%d%m%y"))
    assert birth.value() == soon.replace(year=soon.year - 100).isoformat()
    birth.setText("3/4/80")
    assert birth.value() == "1980-04-03"
    birth.setText("31/02/80")
    assert birth.value() == "31/02/80"  # no such day: the service's rule says so
