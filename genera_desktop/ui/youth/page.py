"""«Ragazzi» of the Adolescenti section: the young people the plan follows at this point
(every point at the coordinator): the 11 to 17 year olds of its households (younger
children too when «Anche sotto gli 11 anni» is ticked) and the young adults added to the
plan, each with their school and class and the facilitator who follows them (from their
file) and the consents that count today. Only for users with the adolescents' area.

Keyboard: Ctrl+F search by name, Down into the list, Enter opens the young person's
plan (file, consents and school-work); Alt+1 shows the children under 11 too, Alt+5
every young adult up to 25 (those not yet followed in grey: saving their «Scheda» adds
them to the plan).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from genera_desktop.services.youth import people
from genera_desktop.ui import labels
from genera_desktop.ui.common.listing import ListPage
from genera_desktop.ui.common.rows import Column, format_date
from genera_desktop.ui.community.room import TEXT_FLOOR, TITLE_FLOOR, RoomFit, by_title
from genera_desktop.ui.community.workshops import put_filters
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.youth.plan_dialog import PlanDialog

translate = QCoreApplication.translate


def consent_labels(kinds: tuple[str, ...]) -> str:
    """The consents as the screen names them, comma-separated."""
    names: Mapping[str, str] = labels.choices("consent", "consent_type") or {}
    return ", ".join(labels.label(names, k) for k in kinds)


def school_and_class(row: Any) -> str:
    """«IIS Don Milani, 3B»: the school's name and the class, either alone."""
    return ", ".join(part for part in (row.school, row.class_name) if part)


def young_columns() -> list[Column]:
    """The Adolescenti list's columns."""
    return [
        Column(translate("YouthPage", "Cognome e nome"),
               lambda r: f"{r.last_name} {r.first_name}".strip(),
               color=lambda r: None if r.followed else "#777"),
        Column(translate("YouthPage", "Età"), lambda r: str(r.age), align_right=True),
        Column(translate("YouthPage", "Nato/a il"), lambda r: format_date(r.birth_date)),
        Column(translate("YouthPage", "Punto"), lambda r: r.point),
        Column(translate("YouthPage", "Consensi validi"),
               lambda r: consent_labels(r.consents) or translate("YouthPage", "nessuno"),
               color=lambda r: None if r.consents or not r.minor else "#a33"),
        Column(translate("YouthPage", "Scuola e classe"), school_and_class),
        Column(translate("YouthPage", "Educatore"), lambda r: r.facilitator),
    ]


class YouthPage(ListPage):
    """The young people of this point, with their consents."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("YouthPage", "Adolescenti"), young_columns(),
                         search_placeholder=translate("YouthPage",
                                                      "Cerca per cognome e nome (Ctrl+F)"),
                         parent=parent)
        # At 1280 px the names, the consents and the school give way, cut with their
        # whole text in the tooltip; the school (its long names) takes the room left.
        school = translate("YouthPage", "Scuola e classe")
        self.room = RoomFit(self.view, elastic=next(
            n for n, c in enumerate(self.model.columns) if c.title == school),
            give_way=by_title(self.model.columns, {
                translate("YouthPage", "Cognome e nome"): TITLE_FLOOR,
                translate("YouthPage", "Consensi validi"): TEXT_FLOOR, school: TEXT_FLOOR}))
        site = ctx.site()
        self.point = None if site.is_coordinator else site.point_code
        self.younger = QCheckBox(self.tr("Anche sotto gli &11 anni"))
        self.younger.setToolTip(self.tr("Mostra anche i bambini sotto gli 11 anni (Alt+1)"))
        self.younger.toggled.connect(lambda _: self.refresh())
        self.adults = QCheckBox(self.tr("Tutti i giovani fino a 2&5 anni"))
        self.adults.setToolTip(self.tr("Mostra anche i giovani adulti non ancora seguiti, in "
                                       "grigio: salvando la loro scheda entrano nel piano "
                                       "(Alt+5)"))
        self.adults.toggled.connect(lambda _: self.refresh())
        put_filters(self, [self.younger, self.adults])
        self.view.setToolTip(self.tr("Invio apre consensi e scuola-lavoro della persona."))

    def refresh(self) -> None:
        super().refresh()
        self.room.fit()

    def load(self, search: str) -> tuple[list[Any], str]:
        youngest = 0 if self.younger.isChecked() else people.AGE_FLOOR
        rows = people.young_people(self.ctx.store, self.point, search=search or None,
                                   youngest=youngest,
                                   every_young_adult=self.adults.isChecked())
        if not rows:
            status = (self.tr("Nessuna persona trovata.") if search else
                      self.tr("Nessun ragazzo dagli 11 anni nei nuclei di questo punto.")
                      if youngest else
                      self.tr("Nessun minorenne nei nuclei di questo punto."))
        else:
            minors = sum(1 for r in rows if r.minor)
            adults = len(rows) - minors
            status = ", ".join((
                self.tr("1 minorenne") if minors == 1
                else self.tr("{n} minorenni").format(n=minors),
                self.tr("1 giovane adulto") if adults == 1
                else self.tr("{n} giovani adulti").format(n=adults)))
            waiting = sum(1 for r in rows if not r.followed)
            if waiting:
                status += self.tr(" (non seguiti: {n})").format(n=waiting)
        return rows, status

    def row_activated(self, row: Any) -> None:
        if row is None:
            return
        PlanDialog.ask(self.ctx, self, row.id)
        self.refresh()
