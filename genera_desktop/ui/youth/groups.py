"""«Gruppi» of the Adolescenti section: the youth groups and the youth-audience
workshops of the point (every point's at the coordinator). A group is a workshop of
format «gruppo» (docs/dev/decisions.md "Youth groups"): it opens on the workshop's own
page, with its sessions, participants and the same attendance grid.

Enrolling a minor without a parent's or guardian's consent to activities is refused by
the service; the page says which consent is missing and offers to record it there and
then, the enrolment following once it is saved.

Keyboard: Ctrl+F the search, Down into the list, Enter opens, Ctrl+N a new group, Esc
from a group back to the list; on a group's page Alt+D, Alt+I, Alt+P, Alt+E its tabs.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import Refused
from genera_desktop.domain.text import fold
from genera_desktop.services import records
from genera_desktop.services.community import enrolments
from genera_desktop.services.registry.persons import PersonRow
from genera_desktop.services.youth import groups, photos
from genera_desktop.ui import labels
from genera_desktop.ui.common import prompts
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.enrol_dialog import PersonSearchDialog
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.community.workshop_page import WorkshopChoices, WorkshopPage
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.youth.photos import photo_word

translate = QCoreApplication.translate

GROUP_FIELDS = ("title", "place", "facilitator", "start_date", "end_date", "description")
ACTIVITIES_CONSENT_FIELDS = ("consent_type", "date", "given_by", "given_by_name", "notes")


def group_columns(coordinator: bool) -> list[Column]:
    """The Gruppi list's columns; the point's too at the coordinator."""
    formats: Mapping[str, str] = labels.choices("workshop", "format") or {}
    status: Mapping[str, str] = labels.choices("workshop", "status") or {}
    columns = [
        Column(labels.field_label("workshop", "title", short=True),
               lambda w: w.get("title") or "", bold=lambda w: w.get("status") == "running"),
        Column(labels.field_label("workshop", "format", short=True),
               lambda w: labels.label(formats, w.get("format") or "workshop")),
        Column(labels.field_label("workshop", "status", short=True),
               lambda w: labels.label(status, w.get("status"))),
        Column(labels.field_label("workshop", "place", short=True),
               lambda w: w.get("place_name") or "", tip=lambda w: w.get("place_full") or ""),
        Column(labels.field_label("workshop", "facilitator", short=True),
               lambda w: w.get("facilitator") or ""),
        Column(labels.field_label("workshop", "start_date", short=True),
               lambda w: format_date(w.get("start_date"))),
        Column(translate("GroupList", "Incontri"), lambda w: str(w.get("sessions", 0)),
               align_right=True),
        Column(translate("GroupList", "Iscritti"), lambda w: str(w.get("participants", 0)),
               align_right=True),
    ]
    if coordinator:
        columns.insert(1, Column(translate("GroupList", "Punto"),
                                 lambda w: w.get("point") or ""))
    return columns


class GroupList(ListPage):
    """The groups and youth workshops; Enter opens one on the section's page."""

    FOLLOWS = ("workshop", "workshop_session", "enrolment", "place")

    def __init__(self, ctx: AppContext, section: GroupsTab) -> None:
        site = ctx.site()
        super().__init__(ctx, translate("GroupList", "Gruppi e laboratori per ragazzi"),
                         group_columns(site.is_coordinator),
                         search_placeholder=translate(
                             "GroupList", "Cerca per titolo o conduttore (Ctrl+F)"),
                         parent=section)
        self.section = section
        self.point = None if site.is_coordinator else site.point_code
        self.new_button = QPushButton(translate("GroupList", "Nuovo gruppo"))
        self.new_button.setToolTip(translate("GroupList", "Nuovo gruppo di ragazzi (Ctrl+N)"))
        self.new_button.clicked.connect(section.new_record)
        self.actions.addWidget(self.new_button)
        self.view.setToolTip(translate("GroupList", "Invio apre il gruppo o il laboratorio: "
                                                    "incontri, iscritti e presenze."))

    def load(self, search: str) -> tuple[list[Any], str]:
        rows = groups.youth_rows(self.ctx.store, self.point)
        terms = fold(search).split()
        held = len(rows)
        rows = [w for w in rows if all(term in fold(f"{w.get('title') or ''} "
                                                    f"{w.get('facilitator') or ''}")
                                       for term in terms)]
        if not held:
            status = translate("GroupList", "Nessun gruppo: «Nuovo gruppo» (Ctrl+N) per il "
                                            "primo.")
        elif not rows:
            status = translate("GroupList", "Nessun gruppo trovato.")
        else:
            made = sum(1 for w in rows if w.get("format") == groups.GROUP)
            status = translate("GroupList", "Gruppi: {g} · laboratori per ragazzi: {w}").format(
                g=made, w=len(rows) - made)
        return rows, status

    def row_activated(self, row: Any) -> None:
        if row is not None:
            self.section.open_group(row["id"])


class YouthWorkshopPage(WorkshopPage):
    """A group's (or youth workshop's) page: the workshop's, with the participants'
    photo consent shown and a missing consent to activities offered to be recorded."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.photos: dict[str, bool] = {}
        model = self.participants_tab.model
        model.beginResetModel()  # a column more: the photo consent of each
        model.columns.append(Column(self.tr("Foto"), lambda e: photo_word(
            self.photos.get(e["person"], False)), color=lambda e: None if self.photos.get(
                e["person"]) else "#a33"))
        model.endResetModel()
        self.sessions_tab.add_action(self.tr("Foto all'incontro…"), self.record_photos,
                                     shortcut="Ctrl+Shift+F")

    def load(self, workshop_id: str) -> None:
        super().load(workshop_id)
        self.photos = photos.photo_consents(self.ctx.store,
                                            [e["person"] for e in self.participants],
                                            today=self.today())
        self.participants_tab.model.layoutChanged.emit()

    def record_photos(self, session: dict[str, Any]) -> None:
        """Ctrl+Shift+F: note that photos were taken at a session; refused while anyone
        present there lacks the photo consent."""
        note, ok = QInputDialog.getText(
            self, self.tr("Foto all'incontro"),
            self.tr("Foto dell'incontro del {date}: che cosa ritraggono e dove sono "
                    "conservate").format(date=format_date(session.get("date"))))
        if ok:
            self._write(lambda: photos.record_photos(self.ctx.store, session["id"], note))

    def enrol_person(self) -> None:
        """Ins: search a young person and enrol them; a minor's missing consent can be
        recorded on the way."""
        wid = self.workshop_id
        if wid is None:
            return

        def pick(row: PersonRow) -> str:
            return self.enrol_with_consent(wid, row.id)

        done = PersonSearchDialog.ask(self.ctx, self, title=self.tr("Iscrivi al gruppo"),
                                      pick=pick)
        if done:
            self._changed()

    def enrol_with_consent(self, workshop_id: str, person_id: str) -> str:
        """Enrol; refused for a minor without a parent's consent to activities, say so
        and offer to record it, then enrol. The refusal stands if the user declines."""
        today = self.today().isoformat()
        try:
            return enrolments.enrol(self.ctx.store, workshop_id, person_id, enrolled_on=today)
        except Refused as err:
            if err.code != "minor_needs_activities_consent":
                raise
            question = error_text(err) + "\n\n" + self.tr(
                "Registrare ora il consenso alle attività dato da un genitore o dal tutore?")
            if not prompts.confirm(self, self.tr("Manca il consenso"), question,
                                   self.tr("Registra il consenso")):
                raise
            made = RecordDialog.ask(
                "consent", self, fields=ACTIVITIES_CONSENT_FIELDS,
                defaults={"consent_type": "activities", "date": today, "given_by": "parent"},
                save=lambda values: records.add(self.ctx.store, "consent",
                                                {"person": person_id, **values}))
            if not made:
                raise
        return enrolments.enrol(self.ctx.store, workshop_id, person_id, enrolled_on=today)

    def show_session(self, session_id: str) -> None:
        """The attendance grid, on a session's column."""
        self.tabs.setCurrentWidget(self.grid_page)
        self.grid.go_to(session_id=session_id)
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)


def new_group(ctx: AppContext, parent: QWidget | None) -> str | None:
    """Ctrl+N: the new group's dialog (title, place, who leads it, dates, when it meets
    in the description); its id once saved, else None."""
    choices = WorkshopChoices(ctx)
    fields = list(GROUP_FIELDS)
    point = choices.default_point()
    if choices.site.is_coordinator or not choices.site.point_code:
        fields.insert(1, "point")
    defaults = {"facilitator": ctx.username, "point": point,
                "start_date": date.today().isoformat()}

    def save(values: dict[str, Any]) -> str:
        return groups.add_group(ctx.store, {"point": point, **values})

    result = RecordDialog.ask("workshop", parent, fields=fields, save=save, defaults=defaults,
                              refs=choices.refs(), suggestions=choices.suggestions(),
                              title=translate("GroupList", "Nuovo gruppo"))
    return str(result) if result else None


class GroupsTab(QWidget):
    """The list, and a group's page in its place."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.list = GroupList(ctx, self)
        self.page = YouthWorkshopPage(ctx, self)
        self.page.closed.connect(self.show_list)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def search(self) -> Any:
        return self.list.search

    def showing_group(self) -> bool:
        return self.stack.currentWidget() is self.page

    def open_group(self, workshop_id: str, session_id: str | None = None) -> None:
        if not self.discard_or_save():
            return
        self.page.load(workshop_id)
        self.stack.setCurrentWidget(self.page)
        if session_id:
            self.page.show_session(session_id)
        else:
            self.page.focus_tab()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.refresh()
        self.list.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_record(self) -> None:
        if not self.discard_or_save():
            return
        made = new_group(self.ctx, self)
        if made:
            self.open_group(made)
            self.page.tabs.setCurrentWidget(self.page.sessions_tab)
            self.page.focus_tab()

    def focus_search(self) -> None:
        if self.showing_group():
            if not self.page.discard_or_save():
                return
            self.show_list()
        self.list.focus_search()

    def refresh(self) -> None:
        if self.showing_group():
            self.page.reload()
        else:
            self.list.refresh()

    def has_unsaved_changes(self) -> bool:
        return self.showing_group() and self.page.has_unsaved_changes()

    def discard_or_save(self) -> bool:
        return not self.showing_group() or self.page.discard_or_save()
