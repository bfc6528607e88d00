"""«Ospitalità»: who offers a room (hosts) and who looks for one (guests), with what each
offers and asks; below, the possible pairs, the most promising first, and for the chosen
pair its reasons in plain Italian; «Avvia la coabitazione» makes the pact of that pair.

Keyboard: Ctrl+N a new offer, Enter changes the one chosen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from genera_desktop.domain.money import euro_on_screen as euro
from genera_desktop.services import records
from genera_desktop.services.housing import pairs as pairing
from genera_desktop.services.housing import ui_queries as queries
from genera_desktop.services.housing.pairs import Pair, Reason
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.community.room import TEXT_FLOOR, RoomFit, by_title
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.common import DetailTable, today

translate = QCoreApplication.translate
OFFER_FIELDS = ["person", "role", "room", "contribution", "help", "presence", "smoking", "pets",
                "rules", "times", "available_from", "status", "notes"]
GOOD_COLOR, BAD_COLOR = "#1a7f37", "#b42318"


def _listed(kind: str, name: str, codes: Iterable[str]) -> str:
    choices: Mapping[str, str] = labels.choices(kind, name) or {}
    return ", ".join(labels.label(choices, c).lower() for c in codes)


def reason_text(reason: Reason) -> str:
    """A pair's reason as staff say it."""
    v = reason.values
    if reason.code == "same_municipality":
        return translate("HousingPairs", "Vivono nello stesso comune, {municipality}.").format(**v)
    if reason.code == "two_points":
        return translate("HousingPairs", "Sono seguiti da due punti ({host} e {guest}): il patto si "
                              "registra al coordinamento.").format(host=v["host"] or "",
                                                                   guest=v["guest"] or "")
    if reason.code == "contribution_fits":
        return translate("HousingPairs", "Chi ospita chiede {asked} al mese e l'ospite può dare fino "
                              "a {can}.").format(asked=euro(v["asked"]), can=euro(v["can"]))
    if reason.code == "contribution_short":
        return translate("HousingPairs", "Chi ospita chiede {asked} al mese, ma l'ospite può dare "
                              "solo {can}.").format(asked=euro(v["asked"]), can=euro(v["can"]))
    if reason.code == "help_given":
        return translate("HousingPairs", "L'ospite offre l'aiuto che chi ospita chiede: {help}.").format(
            help=_listed("cohousing_offer", "help", v["help"]))
    if reason.code == "help_missing":
        return translate("HousingPairs", "Chi ospita chiede anche un aiuto che l'ospite non offre: "
                              "{help}.").format(help=_listed("cohousing_offer", "help", v["help"]))
    if reason.code == "presence_given":
        return translate("HousingPairs", "L'ospite è in casa quando chi ospita lo desidera: "
                              "{times}.").format(
            times=_listed("cohousing_offer", "presence", v["presence"]))
    if reason.code == "presence_missing":
        return translate("HousingPairs", "Chi ospita vorrebbe qualcuno in casa anche quando l'ospite "
                              "non c'è: {times}.").format(
            times=_listed("cohousing_offer", "presence", v["presence"]))
    if reason.code == "ages":
        return translate("HousingPairs", "Chi ospita ha {host} anni, l'ospite {guest}.").format(**v)
    if reason.code == "free_from":
        return translate("HousingPairs", "Possono iniziare dal {date}.").format(
            date=format_date(v["date"]))
    return reason.code


def offer_columns() -> list[Column]:
    role: Mapping[str, str] = labels.choices("cohousing_offer", "role") or {}
    status: Mapping[str, str] = labels.choices("cohousing_offer", "status") or {}

    def label(name: str) -> str:
        return labels.field_label("cohousing_offer", name, short=True)

    return [Column(label("person"), lambda o: o.get("name") or ""),
            Column(label("role"), lambda o: labels.label(role, o.get("role"))),
            Column(translate("HousingPairs", "Età"),
                   lambda o: "" if o.get("age") is None else str(o["age"])),
            Column(translate("HousingPairs", "Comune"),
                   lambda o: o.get("municipality") or ""),
            Column(label("room"), lambda o: o.get("room") or ""),
            Column(label("contribution"), lambda o: euro(o.get("contribution")),
                   align_right=True),
            Column(label("help"), lambda o: _listed("cohousing_offer", "help",
                                                    o.get("help") or ())),
            Column(label("presence"), lambda o: _listed("cohousing_offer", "presence",
                                                        o.get("presence") or ())),
            Column(label("status"), lambda o: labels.label(status, o.get("status")))]


def offer_floors() -> dict[str, int]:
    """The columns that give way when the list is wider than the window (their whole
    text in the tooltip): the name, the comune, the room and the two lists."""
    return {labels.field_label("cohousing_offer", name, short=True): TEXT_FLOOR
            for name in ("person", "room", "help", "presence")} | {
        translate("HousingPairs", "Comune"): TEXT_FLOOR}


def pair_columns() -> list[Column]:
    def good(p: Pair) -> str:
        return str(sum(r.good for r in p.reasons))

    def against(p: Pair) -> str:
        return str(sum(not r.good for r in p.reasons))

    return [Column(translate("HousingPairs", "Chi ospita"), lambda p: p.host["name"]),
            Column(translate("HousingPairs", "Chi cerca alloggio"), lambda p: p.guest["name"]),
            Column(translate("HousingPairs", "A favore"), good, align_right=True),
            Column(translate("HousingPairs", "Da valutare"), against, align_right=True,
                   color=lambda p: BAD_COLOR if any(not r.good for r in p.reasons) else None),
            Column(translate("HousingPairs", "Motivi"), lambda p: " ".join(
                reason_text(r) for r in p.reasons))]


class OfferList(ListPage):
    """The offers held here, hosts first."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # At 1280 px the free texts give way, the name takes what room is left.
        self.room = RoomFit(self.view, elastic=0,
                            give_way=by_title(self.model.columns, offer_floors()))

    def refresh(self) -> None:
        super().refresh()
        self.room.fit()

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = pairing.open_offers(self.ctx.store)
        hosts = sum(r.get("role") == "host" for r in rows)
        status = (self.tr("Nessuna disponibilità registrata.") if not rows
                  else self.tr("{hosts} chi ospita, {guests} chi cerca alloggio").format(
                      hosts=hosts, guests=len(rows) - hosts))
        return rows, status

    def row_activated(self, row: Any) -> None:
        owner = self.parent()
        while owner is not None and not isinstance(owner, OffersTab):
            owner = owner.parent()
        if owner is not None:
            owner.edit_offer(row)


class OffersTab(QWidget):
    """The offers above, the possible pairs and the chosen pair's reasons below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offers = OfferList(ctx, labels.kind_name("cohousing_offer", plural=True),
                                offer_columns(), parent=self)
        self.new_button = QPushButton(labels.new_record_title("cohousing_offer"))
        self.new_button.setToolTip(self.tr("Chi ospita o chi cerca alloggio (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.offers.actions.addWidget(self.new_button)
        self.pairs = DetailTable(self.tr("Abbinamenti possibili"), pair_columns(), self)
        self.start_button = QPushButton(self.tr("Avvia la coabitazione"))
        self.start_button.setToolTip(self.tr("Il patto tra le due persone dell'abbinamento "
                                             "scelto, che comincia dalla selezione"))
        self.start_button.clicked.connect(self.start_pact)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAccessibleName(self.tr("Motivi dell'abbinamento"))
        below = QWidget(self)
        lower = QVBoxLayout(below)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.pairs, 1)
        detail = QVBoxLayout()
        detail.setContentsMargins(20, 0, 20, 8)
        detail.addWidget(self.reasons)
        detail.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        lower.addLayout(detail)
        self.pairs.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_reasons())
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.offers)
        split.addWidget(below)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)  # the pairs and their reasons are what staff read
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def refresh(self) -> None:
        self.offers.refresh()
        found = pairing.possible_pairs(self.ctx.store)
        self.pairs.set_rows(found)
        self.pairs.title.setText(self.tr("Abbinamenti possibili: {n}").format(n=len(found)))
        self.show_reasons()

    def current_pair(self) -> Pair | None:
        row = self.pairs.current_row()
        return row if isinstance(row, Pair) else None

    def show_reasons(self) -> None:
        pair = self.current_pair()
        self.start_button.setEnabled(pair is not None)
        if pair is None:
            self.reasons.setText(self.tr("Nessun abbinamento: servono una disponibilità di "
                                         "chi ospita e una di chi cerca alloggio, di due "
                                         "nuclei, compatibili su fumo e animali."))
            return
        lines = [f'<span style="color:{GOOD_COLOR if r.good else BAD_COLOR}">'
                 f'{"✓" if r.good else "!"}</span> {reason_text(r)}' for r in pair.reasons]
        head = self.tr("{host} e {guest}").format(host=pair.host["name"],
                                                  guest=pair.guest["name"])
        self.reasons.setText(f"<b>{head}</b><br>" + "<br>".join(lines))

    def _refs(self) -> dict[str, dict[str, str]]:
        return {"person": queries.adult_names(self.ctx.store)}

    def new_record(self) -> None:
        """Ctrl+N: a person of this site's families offers a room, or looks for one."""
        if RecordDialog.ask("cohousing_offer", self, fields=OFFER_FIELDS, refs=self._refs(),
                            defaults={"role": "host", "status": "open"},
                            save=lambda values: records.add(self.ctx.store, "cohousing_offer",
                                                            values)):
            self.refresh()

    def edit_offer(self, row: dict[str, Any]) -> None:
        if RecordDialog.ask("cohousing_offer", self, fields=OFFER_FIELDS, record=row,
                            refs=self._refs(),
                            save=lambda values: records.update(self.ctx.store,
                                                               "cohousing_offer", row["id"],
                                                               values)):
            self.refresh()

    def start_pact(self) -> str | None:
        """The chosen pair's pact: its start, phase and contribution asked first."""
        pair = self.current_pair()
        if pair is None:
            return None
        host, guest = pair.host, pair.guest
        duties = _listed("cohousing_offer", "help", sorted(
            set(host.get("help") or ()) & set(guest.get("help") or ())))
        made = RecordDialog.ask(
            "cohousing_pact", self,
            fields=["start_date", "phase", "monthly_contribution", "duties", "notes"],
            defaults={"start_date": today(), "phase": "selection",
                      "monthly_contribution": host.get("contribution"),
                      "duties": duties or None},
            save=lambda values: pairing.start_pact(self.ctx.store, host["id"], guest["id"],
                                                   values))
        if made:
            self.refresh()
        return made if isinstance(made, str) else None
