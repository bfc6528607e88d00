"""Finding text a widget cuts: what a person would read as «Mai visitat» or «Telef».

``clipped(root)`` walks the visible widgets under ``root`` and names each whose own text
does not fit the room it was given: a label narrower or lower than its text, a button
or check box squeezed below its size hint, a combo box whose current entry is cut, a
tab whose label rectangle is lower than the font (descenders of g and q cut) or a
table column narrower than its header. Text a widget elides on purpose (a table cell
whose tooltip has it all) is not its business.
"""

from __future__ import annotations

from PySide6.QtGui import Qt  # QtGui's Qt also has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

# A pixel of rounding between a font's metrics and a layout's integer geometry.
SLACK = 1


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.textFormat() == Qt.TextFormat.RichText or Qt.mightBeRichText(text):
        return None  # laid out by a QTextDocument: its own size hint is the measure
    room = label.contentsRect()
    fm = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{needed} px high needed, {label.height()} px given"
        return None
    lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
    width = max(fm.horizontalAdvance(line) for line in lines)
    height = fm.height() * len(lines)
    if width > room.width() + SLACK:
        return f"{width} px wide needed, {room.width()} px given"
    if height > room.height() + SLACK:
        return f"{height} px high needed, {room.height()} px given"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if button.width() + SLACK < hint.width():
        return f"{hint.width()} px wide needed, {button.width()} px given"
    return None


def _combo(combo: QComboBox) -> str | None:
    if combo.isEditable() or not combo.currentText():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField,
        combo)
    width = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if width > field.width() + SLACK:
        return f"{width} px wide needed, {field.width()} px given"
    return None


def _tabs(bar: QTabBar) -> str | None:
    fm = bar.fontMetrics()
    for index in range(bar.count()):
        option = QStyleOptionTab()
        bar.initStyleOption(option, index)
        rect = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
        if rect.height() + SLACK < fm.height():
            return (f"tab «{bar.tabText(index)}»: {fm.height()} px high needed, "
                    f"{rect.height()} px given")
        shown = option.text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if fm.horizontalAdvance(shown) > rect.width() + SLACK:
            return f"tab «{bar.tabText(index)}» cut to {rect.width()} px"
    return None


def _header(header: QHeaderView) -> str | None:
    if header.orientation() != Qt.Orientation.Horizontal or header.count() == 0:
        return None
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
            continue
        if section == header.count() - 1 and header.stretchLastSection():
            continue
        hint = header.sectionSizeHint(section)
        if header.sectionSize(section) + SLACK < hint:
            title = header.model().headerData(section, Qt.Orientation.Horizontal)
            return f"column «{title}»: {hint} px needed, {header.sectionSize(section)} given"
    return None


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "currentText", "objectName"):
        value = getattr(widget, getter, None)
        if callable(value) and value():
            text = str(value())
            break
    return f"{type(widget).__name__} «{text[:60]}»"


def clipped(root: QWidget) -> list[str]:
    """Every visible widget under ``root`` (and ``root``) that cuts its own text."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QTabBar):
            problem = _tabs(widget)
        elif isinstance(widget, QHeaderView):
            problem = _header(widget)
        if problem:
            found.append(f"{describe(widget)}: {problem}")
    return found
