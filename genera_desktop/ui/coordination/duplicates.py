"""Duplicates: pairs of persons or households that may be one, for the coordinator.

Nothing merges by itself: the coordinator compares the two records side by side and
chooses which one to keep; a merge done by mistake is undone with "Separa".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from genera_desktop.domain.errors import GeneraError
from genera_desktop.domain.text import full_name
from genera_desktop.services.coordination import duplicates
from genera_desktop.services.coordination.duplicates import Candidate
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage, make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination.conflicts import value_text
from genera_desktop.ui.messages import error_text

translate = QCoreApplication.translate

# Bookkeeping, not what a person typed: left out of the comparison.
HIDDEN_FIELDS = frozenset({"id", "cl", "merged_into", "merge_moved", "persons", "kind"})


def reason_label(reason: str) -> str:
    return {
        duplicates.SAME_TAX_CODE: translate("DuplicatesPage", "Stesso codice fiscale"),
        duplicates.HOMOCODE: translate("DuplicatesPage", "Codice fiscale omocodico"),
        duplicates.SIMILAR_NAME: translate(
            "DuplicatesPage", "Nome simile e stessa data di nascita"
        ),
        duplicates.SHARED_MEMBER: translate(
            "DuplicatesPage", "Nuclei di punti diversi con una persona in comune"
        ),
    }.get(reason, reason)


@dataclass(frozen=True)
class Side:
    """One record of a pair, as the list shows it."""

    id: str
    kind: str
    name: str
    code: str
    birth_date: str
    point: str
    fields: dict[str, Any]


@dataclass(frozen=True)
class Pair:
    candidate: Candidate
    left: Side
    right: Side


def person_name(data: dict[str, Any]) -> str:
    return full_name(data.get("last_name"), data.get("first_name"))


def _label(kind: str, data: dict[str, Any]) -> str:
    if kind == "household":
        return str(data.get("case_number") or data["id"][:8])
    return person_name(data) or data["id"][:8]


def side_of(households: dict[str, tuple[str, str]], kind: str, data: dict[str, Any]) -> Side:
    """One record of a pair; ``households`` gives a person's household's point and case
    number (services.duplicates.Review)."""
    if kind == "household":
        names = ", ".join(person_name(p) for p in data.get("persons", []))
        return Side(
            data["id"],
            kind,
            names,
            data.get("case_number") or "",
            "",
            data.get("point") or "",
            data,
        )
    point = ""
    shown = dict(data)
    if data.get("household"):
        point, case_number = households.get(data["household"], ("", ""))
        # The case number says which family; the id says nothing to a person.
        shown["household"] = case_number or data["household"]
    return Side(
        data["id"],
        kind,
        person_name(data),
        data.get("tax_code") or "",
        format_date(data.get("birth_date")),
        point,
        shown,
    )


def pair_columns() -> list[Column]:
    def both(get: Any) -> Any:
        return lambda p: f"{get(p.left)} · {get(p.right)}"

    return [
        Column(
            translate("DuplicatesPage", "Punteggio"),
            lambda p: f"{round(p.candidate.score * 100)}%",
            align_right=True,
        ),
        Column(
            translate("DuplicatesPage", "Tipo"),
            lambda p: (
                translate("DuplicatesPage", "Nucleo")
                if p.candidate.kind == "household"
                else translate("DuplicatesPage", "Persona")
            ),
        ),
        Column(translate("DuplicatesPage", "Motivo"), lambda p: reason_label(p.candidate.reason)),
        Column(translate("DuplicatesPage", "Nomi"), both(lambda s: s.name)),
        Column(translate("DuplicatesPage", "Codici"), both(lambda s: s.code or "–")),
        Column(translate("DuplicatesPage", "Nascita"), both(lambda s: s.birth_date or "–")),
        Column(translate("DuplicatesPage", "Punti"), both(lambda s: s.point or "–")),
    ]


def compare_columns() -> list[Column]:
    differs = lambda r: r[1] != r[2]  # noqa: E731 - a one-line rule
    return [
        Column(translate("DuplicatesPage", "Campo"), lambda r: r[0], bold=differs),
        Column(translate("DuplicatesPage", "A sinistra"), lambda r: r[1], bold=differs),
        Column(translate("DuplicatesPage", "A destra"), lambda r: r[2], bold=differs),
    ]


def shown_value(kind: str, key: str, value: Any) -> str:
    """A field's value in words: a choice's code by its label, in the UI's language."""
    choices = labels.BY_FIELD.get((kind, key))
    if choices is not None and isinstance(value, list):
        value = [labels.label(choices, v) for v in value]
    elif choices is not None and value not in (None, ""):
        value = labels.label(choices, value)
    return value_text(value)


def comparison(
    left: dict[str, Any], right: dict[str, Any], kind: str
) -> list[tuple[str, str, str]]:
    """(field name, left value, right value) for every field either record has."""
    keys = [k for k in dict.fromkeys([*left, *right]) if k not in HIDDEN_FIELDS]
    rows = [
        (labels.field_label(kind, k), shown_value(kind, k, left.get(k)),
         shown_value(kind, k, right.get(k)))
        for k in keys
        if left.get(k) not in (None, "") or right.get(k) not in (None, "")
    ]
    if "persons" in left or "persons" in right:
        rows.append(
            (
                translate("DuplicatesPage", "Componenti"),
                ", ".join(person_name(p) for p in left.get("persons", [])),
                ", ".join(person_name(p) for p in right.get("persons", [])),
            )
        )
    return rows


def merged_columns() -> list[Column]:
    return [
        Column(translate("DuplicatesPage", "Unito il"), lambda r: format_date(r["at"])),
        Column(translate("DuplicatesPage", "Scartato"), lambda r: r["name"]),
        Column(translate("DuplicatesPage", "Unito a"), lambda r: r["into_name"]),
        Column(translate("DuplicatesPage", "Da"), lambda r: r["user"] or ""),
    ]


class DuplicatesPage(ListPage):
    """Candidate pairs, best first; the selected pair side by side; recent merges."""

    FOLLOWS = ("person", "household")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, translate("DuplicatesPage", "Possibili duplicati"), pair_columns(), parent=parent
        )
        self.keep_left_button = QPushButton(self.tr("Unisci (tieni a &sinistra)"))
        self.keep_right_button = QPushButton(self.tr("Unisci (tieni a &destra)"))
        self.refresh_button = QPushButton(self.tr("A&ggiorna"))
        self.keep_left_button.clicked.connect(lambda: self.merge(keep_left=True))
        self.keep_right_button.clicked.connect(lambda: self.merge(keep_left=False))
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.keep_left_button, self.keep_right_button, self.refresh_button):
            self.actions.addWidget(button)
        layout: Any = self.layout()
        self.compare_model = RowsModel(compare_columns(), self)
        self.compare_view = make_table(self.compare_model, self)
        compare_title = QLabel(self.tr("Confronto dei due dati (in grassetto le differenze)"))
        self.compare_view.setAccessibleName(compare_title.text())
        layout.addWidget(compare_title)
        layout.addWidget(self.compare_view, 1)
        merged_top = QHBoxLayout()
        merged_title = QLabel(self.tr("Unioni fatte"))
        merged_top.addWidget(merged_title)
        merged_top.addStretch(1)
        self.unmerge_button = QPushButton(self.tr("S&epara"))
        self.unmerge_button.clicked.connect(self.unmerge)
        merged_top.addWidget(self.unmerge_button)
        layout.addLayout(merged_top)
        self.merged_model = RowsModel(merged_columns(), self)
        self.merged_view = make_table(self.merged_model, self)
        self.merged_view.setMaximumHeight(160)
        self.merged_view.setAccessibleName(merged_title.text())
        layout.addWidget(self.merged_view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_pair())

    def load(self, search: str) -> tuple[list[Any], str]:
        found = duplicates.review(self.ctx.store)
        named, homes = found.named, found.households
        pairs = [
            Pair(c, side_of(homes, c.kind, named[c.ids[0]]), side_of(homes, c.kind, named[c.ids[1]]))
            for c in found.candidates
            if c.ids[0] in named and c.ids[1] in named
        ]
        merged = [self._merged_row(m) for m in found.merged]
        self.merged_model.set_rows(merged)
        if merged:
            self.merged_view.setCurrentIndex(self.merged_model.index(0, 0))
        self.merged_view.resizeColumnsToContents()
        self.unmerge_button.setEnabled(bool(merged))
        self.keep_left_button.setEnabled(bool(pairs))
        self.keep_right_button.setEnabled(bool(pairs))
        if not pairs:
            self.compare_model.set_rows([])
            return pairs, self.tr("Nessun possibile duplicato.")
        return pairs, self.tr("{n} coppie da esaminare.").format(n=len(pairs)) if len(
            pairs
        ) != 1 else self.tr("1 coppia da esaminare.")

    @staticmethod
    def _merged_row(merged: duplicates.Merged) -> dict[str, Any]:
        kind = merged.entry["kind"]
        return {**merged.entry, "name": _label(kind, merged.loser),
                "into_name": _label(kind, merged.survivor)}

    def refresh(self) -> None:
        super().refresh()
        self.show_pair()

    def show_pair(self) -> None:
        pair = self.current_row()
        self.compare_model.set_rows(
            comparison(pair.left.fields, pair.right.fields, pair.candidate.kind)
            if pair is not None else []
        )
        self.compare_view.resizeColumnsToContents()

    def confirm(self, title: str, text: str) -> bool:
        """Asked before merging or separating (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def merge(self, keep_left: bool) -> None:
        pair = self.current_row()
        if pair is None:
            self.show_message(self.tr("Selezionare una coppia nell'elenco."))
            return
        keep, drop = (pair.left, pair.right) if keep_left else (pair.right, pair.left)
        if not self.confirm(
            self.tr("Unisci duplicati"),
            self.tr(
                "Tenere «{keep}» e unirvi «{drop}»? Quanto è collegato a «{drop}» passerà a "
                "«{keep}». Si potrà separare di nuovo."
            ).format(keep=keep.name, drop=drop.name),
        ):
            return
        self._act(lambda store: duplicates.merge(store, keep.id, drop.id),
                  self.tr("Duplicati uniti."))

    def unmerge(self) -> None:
        row = self.merged_model.row_at(self.merged_view.currentIndex())
        if row is None:
            self.show_message(self.tr("Selezionare un'unione nell'elenco."))
            return
        if not self.confirm(
            self.tr("Separa"),
            self.tr("Separare «{name}» da «{into}»?").format(
                name=row["name"], into=row["into_name"]
            ),
        ):
            return
        self._act(lambda store: duplicates.unmerge(store, row["record_id"]),
                  self.tr("Dati separati."))

    def _act(self, action: Any, done: str) -> None:
        try:
            action(self.ctx.store)
        except GeneraError as err:
            self.show_message(error_text(err))
            return
        self.show_message("")
        self.refresh()
        self.status.setText(f"{done} {self.status.text()}")
