"""«Cataloghi del lavoro» (the coordinator's, from «Lavoro»): the courses, the incentive
catalogue and the internships' regional rules, which every site holds and only the
coordinator changes (spec/programme.md, "Who holds what"). Issue 12 asks for both
catalogues as "editable data ... the coordinator maintains": before, only `genera`
could change them.

One tab a kind. Keyboard: Ctrl+Tab changes tab, Ctrl+N a new record in the tab, Enter
changes the chosen one, Del deletes it. The incentives' tab lists too the measures the
law provides, shipped with the app (domain/incentives.py), «previsto dalla legge»: Enter
on one (or «Copia…») copies it into an editable record with the same code, which then
overrides it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain.errors import GeneraError
from genera_desktop.services import records
from genera_desktop.services.work import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.fields import NumberEdit
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.record_list import declared_columns
from genera_desktop.ui.common.rows import Column, RowsModel, format_date
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.work.codes import CodeListEdit

translate = QCoreApplication.translate

FIELDS = {
    "course": ("title", "organisation", "hours", "start_date", "end_date", "skills", "notes"),
    "incentive": ("code", "name", "valid_from", "valid_to", "notes"),
    "internship_rule": ("name", "valid_from", "valid_to", "min_allowance",
                        "min_allowance_meals", "min_allowance_short_day", "short_day_hours",
                        "min_allowance_public_host", "min_months", "max_months",
                        "max_months_disability", "notes"),
}


def _whole(most: int) -> NumberEdit:
    return NumberEdit(integer=True, minimum=0, maximum=most)


def _editors(kind: str) -> dict[str, QWidget]:
    # Fresh editors for each dialog: a widget belongs to one form.
    if kind == "course":
        return {"hours": _whole(9999), "skills": CodeListEdit(cat.SKILLS)}
    if kind == "internship_rule":
        return {name: _whole(60) for name in ("min_months", "max_months",
                                              "max_months_disability")}
    return {}


class CatalogTab(QWidget):
    """The live records of one catalogue kind, with new, change and delete."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.names: dict[str, str] = {}
        self.model = RowsModel(declared_columns(kind, refs=lambda i: self.names.get(i or "", "")))
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.new_button = QPushButton(labels.new_record_title(kind))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(translate("WorkCatalogs", "Modifica"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(translate("WorkCatalogs", "Elimina"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)
        column.addWidget(self.message)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_current),
                           (QKeySequence(Qt.Key.Key_Return), self.edit_current),
                           (QKeySequence(Qt.Key.Key_Enter), self.edit_current)):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        self.names = queries.organisations(store) if self.kind == "course" else {}
        rows = records.list_records(store, self.kind, None)
        first = FIELDS[self.kind][0]
        rows.sort(key=lambda r: str(r.get(first) or "").lower())
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(bool(rows))
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def current_row(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def _ask(self, save: Callable[[dict[str, Any]], Any],
             record: dict[str, Any] | None = None) -> Any:
        refs = {"organisation": self.names} if self.kind == "course" else None
        return RecordDialog.ask(self.kind, self, fields=FIELDS[self.kind], save=save,
                                record=record, refs=refs, editors=_editors(self.kind))

    def new_record(self) -> None:
        made = self._ask(lambda values: records.add(self.ctx.store, self.kind, values))
        if made:
            self.message.setText("")
            self.refresh()
            ids = [r["id"] for r in self.model.rows]
            if made in ids:
                self.view.selectRow(ids.index(made))

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self._ask(lambda values: records.update(self.ctx.store, self.kind, row["id"], values),
                  record=row)
        self.refresh()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        name = str(row.get(FIELDS[self.kind][0]) or "")
        if not prompts.confirm(self, translate("WorkCatalogs", "Elimina"),
                               translate("WorkCatalogs", "Eliminare «{name}»?").format(
                                   name=name), translate("WorkCatalogs", "Elimina")):
            return
        try:
            records.delete(self.ctx.store, self.kind, row["id"])
        except GeneraError as err:
            self.message.setText(error_text(err))
            return
        self.message.setText("")
        self.refresh()


class IncentivesTab(CatalogTab):
    """The coordinator's incentives, and under them the measures shipped with the app
    that no record overrides, each copied into a record by Enter or «Copia…»."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "incentive", parent)
        self.shipped = RowsModel([
            Column(translate("WorkCatalogs", "Codice"), lambda r: r["code"]),
            Column(translate("WorkCatalogs", "Misura"), lambda r: r["name"],
                   tip=lambda r: f"{r['description']}\n{r['notes']}".strip()),
            Column(translate("WorkCatalogs", "Norma"), lambda r: r["legal_basis"]),
            Column(translate("WorkCatalogs", "Dal"), lambda r: format_date(r["valid_from"])),
            Column(translate("WorkCatalogs", "Al"), lambda r: format_date(r["valid_to"])
                   if r["valid_to"] else ""),
            Column(translate("WorkCatalogs", "Origine"),
                   lambda r: translate("WorkCatalogs", "previsto dalla legge")),
        ], self)
        self.shipped_view = make_table(self.shipped, self)
        self.shipped_view.setAccessibleName(translate(
            "WorkCatalogs", "Incentivi previsti dalla legge"))
        self.shipped_view.doubleClicked.connect(lambda _index: self.copy_current())
        self.copy_button = QPushButton(translate(
            "WorkCatalogs", "&Copia in un incentivo modificabile…"))
        self.copy_button.clicked.connect(self.copy_current)
        title = QLabel(translate(
            "WorkCatalogs", "Previsti dalla legge (forniti con il programma; un incentivo "
                            "con lo stesso codice li sostituisce):"))
        title.setWordWrap(True)
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(column.count() - 1, title)
        column.insertWidget(column.count() - 1, self.shipped_view, 1)
        column.insertWidget(column.count() - 1, self.copy_button)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.shipped_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.copy_current)
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        if not hasattr(self, "shipped_view"):
            return  # the base class's first refresh, before the shipped table exists
        self.shipped.set_rows(queries.shipped_incentives(self.ctx.store))
        self.shipped_view.resizeColumnsToContents()
        self.copy_button.setEnabled(bool(self.shipped.rows))
        if self.shipped.rows and not self.shipped_view.currentIndex().isValid():
            self.shipped_view.selectRow(0)

    def copy_current(self) -> None:
        index = self.shipped_view.currentIndex()
        row = self.shipped.row_at(index) if index.isValid() else None
        if row is None:
            return
        notes = "\n".join(p for p in (row["legal_basis"], row["description"],
                                       row["notes"], row["source_url"]) if p)
        defaults = {"code": row["code"], "name": row["name"],
                    "valid_from": row["valid_from"] or None,
                    "valid_to": row["valid_to"] or None, "notes": notes}
        made = RecordDialog.ask(
            "incentive", self, fields=FIELDS["incentive"], defaults=defaults,
            save=lambda values: records.add(self.ctx.store, "incentive", values))
        if made:
            self.refresh()


class CatalogsDialog(QDialog):
    """The three catalogues of the work plan, one tab each."""

    KINDS = ("course", "incentive", "internship_rule")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WorkCatalogs", "Cataloghi del lavoro"))
        self.tabs = QTabWidget()
        self.parts = {kind: IncentivesTab(ctx) if kind == "incentive" else CatalogTab(ctx, kind)
                      for kind in self.KINDS}
        for kind, part in self.parts.items():
            self.tabs.addTab(part, labels.kind_name(kind, plural=True))
        self.tabs.currentChanged.connect(lambda _i: self.current().view.setFocus())
        hint = QLabel(translate(
            "WorkCatalogs", "Valgono per tutta la rete: si cambiano solo al coordinamento. "
                            "Le regole dei tirocini valgono dalla data indicata; senza una "
                            "regola in vigore si applica la DGR Lombardia 7763/2018."))
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addWidget(self.tabs, 1)
        column.addWidget(close)
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.current().new_record())
        self.resize(900, 520)
        self.current().view.setFocus()

    def current(self) -> CatalogTab:
        return self.parts[self.KINDS[self.tabs.currentIndex()]]
