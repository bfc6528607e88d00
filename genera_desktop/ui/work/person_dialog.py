"""A person's work: their «Profilo lavoro», the open vacancies that fit them (ranked,
with the reasons; «Proponi»), their internships with the months of attendance, and a
hiring. Opened from «Lavoro» with Ctrl+P once the person is found.

Keyboard: Alt+L the profile, Alt+P proposes the selected vacancy, Alt+T a new
internship, Alt+M the next month of the selected internship by days
(ui/work/days_grid.py), Alt+G its months in the grid (ui/work/month_grid.py), Alt+A a hiring; Alt+I enrols in a course, Alt+C marks it
completed and asks about its skills (ui/work/courses_part.py); Alt+S records a skill
offered or asked (ui/work/skills_part.py). A rule
that warns (a host over its cap) is said above the buttons; the record is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain.errors import GeneraError, Refused
from genera_desktop.services import notices, records
from genera_desktop.services.work import candidacies
from genera_desktop.services.work import ui_queries as queries
from genera_desktop.ui import labels
from genera_desktop.ui.common.columns import fit_columns
from genera_desktop.ui.common.listing import make_table
from genera_desktop.ui.common.rows import Column, RowsModel, format_date
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.work.courses_part import CoursesPart
from genera_desktop.ui.work.days_grid import DaysGridDialog
from genera_desktop.ui.work.forms import edit_profile
from genera_desktop.ui.work.incentives_edit import IncentivesEdit
from genera_desktop.ui.work.month_grid import MonthGridDialog
from genera_desktop.ui.work.skills_part import SkillsPart
from genera_desktop.ui.work.vacancy_dialog import INELIGIBLE_COLOR

INTERNSHIP_FIELDS = ("host", "start_date", "end_date", "internship_type", "hours_per_day",
                     "meals_provided", "monthly_allowance", "promoter", "host_tutor",
                     "promoter_tutor", "status", "notes")
HIRING_FIELDS = ("organisation", "date", "contract_type", "hours_per_week", "internship",
                 "incentives", "notes")


def next_month(internship: dict[str, Any]) -> str:
    """The first month of an internship not entered yet (YYYY-MM)."""
    entered = {m["month"] for m in internship.get("months", ())}
    year, month = (int(x) for x in str(internship["start_date"])[:7].split("-"))
    last = str(internship["end_date"])[:7]
    while f"{year:04d}-{month:02d}" in entered and f"{year:04d}-{month:02d}" < last:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return f"{year:04d}-{month:02d}"


class PersonWorkDialog(QDialog):
    """One person's work plan."""

    def __init__(self, ctx: AppContext, person_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.name = name
        self.setWindowTitle(self.tr("Lavoro – {name}").format(name=name))
        self.profile_line = QLabel()
        self.profile_line.setWordWrap(True)
        statuses: Mapping[str, str] = labels.choices("candidacy", "status") or {}
        self.vacancies = RowsModel([
            Column(self.tr("Offerta"), lambda r: r["title"]),
            Column(self.tr("Impresa"), lambda r: r["organisation_name"]),
            Column(self.tr("Punteggio"), lambda r: str(r["score"]), align_right=True,
                   color=lambda r: None if r["eligible"] else INELIGIBLE_COLOR),
            Column(self.tr("Candidatura"), lambda r: labels.label(
                statuses, r["candidacy_status"]) if r["candidacy_status"] else ""),
            Column(self.tr("Motivi"), lambda r: "; ".join(r["reasons"]),
                   color=lambda r: None if r["eligible"] else INELIGIBLE_COLOR),
        ], self)
        self.vacancy_view = make_table(self.vacancies, self)
        self.vacancy_view.setAccessibleName(self.tr("Offerte adatte"))
        states: Mapping[str, str] = labels.choices("internship", "status") or {}
        self.internships = RowsModel([
            Column(self.tr("Ospitante"), lambda r: r["host_name"]),
            Column(self.tr("Dal"), lambda r: format_date(r.get("start_date"))),
            Column(self.tr("Al"), lambda r: format_date(r.get("end_date"))),
            Column(self.tr("Indennità"), lambda r: str(r.get("monthly_allowance") or ""),
                   align_right=True),
            Column(self.tr("Stato"), lambda r: labels.label(states, r.get("status"))),
            Column(self.tr("Mesi registrati"), lambda r: ", ".join(
                f"{m['month']} ({m['days_attended']}/{m['days_expected']})"
                for m in r["months"])),
        ], self)
        self.internship_view = make_table(self.internships, self)
        self.internship_view.setAccessibleName(self.tr("Tirocini"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.notice = QLabel()
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.profile_button = self._button(self.tr("Profi&lo lavoro…"), self.edit_profile)
        self.propose_button = self._button(self.tr("&Proponi"), self.propose)
        self.internship_button = self._button(self.tr("Nuovo &tirocinio…"), self.new_internship)
        self.month_button = self._button(self.tr("&Mese di presenze…"), self.new_month)
        self.grid_button = self._button(self.tr("&Griglia presenze…"), self.open_grid)
        self.hiring_button = self._button(self.tr("&Assunzione…"), self.new_hiring)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        row_vac = QHBoxLayout()
        row_vac.addWidget(QLabel(f"<b>{self.tr('Offerte adatte')}</b>"), 1)
        row_vac.addWidget(self.propose_button)
        row_int = QHBoxLayout()
        row_int.addWidget(QLabel(f"<b>{self.tr('Tirocini')}</b>"), 1)
        row_int.addWidget(self.internship_button)
        row_int.addWidget(self.month_button)
        row_int.addWidget(self.grid_button)
        row_int.addWidget(self.hiring_button)
        top = QHBoxLayout()
        top.addWidget(self.profile_line, 1)
        top.addWidget(self.profile_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(row_vac)
        layout.addWidget(self.vacancy_view, 2)
        layout.addLayout(row_int)
        layout.addWidget(self.internship_view, 1)
        self.courses = CoursesPart(ctx, person_id, lambda err: self._say(err), self.refresh,
                                   self)
        layout.addWidget(self.courses, 1)
        self.skills = SkillsPart(ctx, person_id, lambda err: self._say(err), self)
        layout.addWidget(self.skills, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1040, 760)
        self.refresh()
        self.vacancy_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    @classmethod
    def ask(cls, ctx: AppContext, person_id: str, name: str, parent: QWidget | None) -> None:
        cls(ctx, person_id, name, parent).exec()

    # -- what it shows -------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.ctx.store
        profile = queries.profile_of(store, self.person_id)
        if profile is None:
            self.profile_line.setText(self.tr("Nessun profilo lavoro: «Profilo lavoro…» "
                                              "(Alt+L) per registrarlo."))
            self.vacancies.set_rows([])
        else:
            status = labels.label(labels.choices("job_profile", "status") or {},
                                  profile.get("status"))
            self.profile_line.setText(self.tr("Profilo lavoro: {status}").format(status=status))
            try:
                self.vacancies.set_rows(queries.fitting_vacancies(store, self.person_id))
            except Refused:
                self.vacancies.set_rows([])
        if self.vacancies.rowCount() and not self.vacancy_view.currentIndex().isValid():
            self.vacancy_view.setCurrentIndex(self.vacancies.index(0, 0))
        current = self.internships.row_at(self.internship_view.currentIndex())
        rows = queries.internships_of(store, self.person_id)
        self.internships.set_rows(rows)
        ids = [r["id"] for r in rows]
        if current is not None and current["id"] in ids:
            self.internship_view.setCurrentIndex(self.internships.index(ids.index(current["id"]), 0))
        elif rows:
            self.internship_view.setCurrentIndex(self.internships.index(0, 0))
        self.propose_button.setEnabled(self.vacancies.rowCount() > 0)
        self.month_button.setEnabled(bool(rows))
        self.grid_button.setEnabled(bool(rows))
        fit_columns(self.vacancy_view, maximum=360)
        fit_columns(self.internship_view, maximum=360)

    def warning_text(self, notice: notices.Notice) -> str:
        """A service's warning (services/notices.py) in the page's words."""
        if notice.code == "host_cap":
            count, cap, employees = (notice.detail.split("|") + ["", "", ""])[:3]
            return self.tr("il soggetto ospitante avrebbe {count} tirocini attivi, più dei "
                           "{cap} consentiti per la sua dimensione ({employees} addetti)"
                           ).format(count=count, cap=cap, employees=employees)
        return notice.code

    def _say(self, error: GeneraError | None = None,
             warnings: list[notices.Notice] | None = None) -> None:
        self.message.setVisible(error is not None)
        if error is not None:
            self.message.setText(error_text(error))
        said = [self.warning_text(w) for w in warnings or ()]
        self.notice.setText(self.tr("Attenzione: {text}").format(text="; ".join(said))
                            if said else "")
        self.notice.setVisible(bool(said))

    # -- what it does --------------------------------------------------------------------

    def edit_profile(self) -> None:
        if edit_profile(self.ctx, self, self.person_id, self.name):
            self.refresh()

    def propose(self) -> None:
        row = self.vacancies.row_at(self.vacancy_view.currentIndex())
        if row is None:
            return
        try:
            candidacies.propose(self.ctx.store, row["vacancy"], self.person_id)
        except GeneraError as err:
            self._say(err)
            return
        self._say()
        self.refresh()

    def _ask(self, kind: str, fields: tuple[str, ...], base: dict[str, Any],
             defaults: dict[str, Any], refs: dict[str, dict[str, str]],
             editors: dict[str, QWidget] | None = None,
             wire: Callable[[RecordDialog], None] | None = None) -> Any:
        """A new record of ``kind`` in a dialog; ``wire`` links its editors first."""
        found: list[notices.Notice] = []

        def save(values: dict[str, Any]) -> str:
            with notices.collect() as warnings:
                made = records.add(self.ctx.store, kind, {**base, **values})
            found.extend(warnings)
            return made

        dialog = RecordDialog(kind, self, fields=fields, save=save, defaults=defaults,
                              refs=refs, editors=editors)
        if wire is not None:
            wire(dialog)
        made = dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
        if made:
            self._say(warnings=found)
            self.refresh()
        return made

    def new_internship(self) -> None:
        names = queries.organisations(self.ctx.store)
        self._ask("internship", INTERNSHIP_FIELDS, {"person": self.person_id},
                  {"internship_type": "extracurricular", "status": "active",
                   "start_date": date.today().isoformat()},
                  {"host": names, "promoter": names})

    def new_month(self) -> None:
        """Alt+M: the selected internship's next month not entered, by days
        (ui/work/days_grid.py); Page Down goes on to the months after it."""
        row = self.internships.row_at(self.internship_view.currentIndex())
        if row is None:
            return
        DaysGridDialog.ask(self.ctx, row["id"], next_month(row),
                           title=f"{self.name} – {row['host_name']}", parent=self)
        self.refresh()

    def open_grid(self) -> None:
        """Alt+G: the selected internship's months in the grid (ui/work/month_grid.py)."""
        row = self.internships.row_at(self.internship_view.currentIndex())
        if row is None:
            return
        MonthGridDialog.ask(self.ctx, internship=row["id"],
                            title=f"{self.name} – {row['host_name']}", parent=self)
        self.refresh()

    def new_hiring(self) -> None:
        names = queries.organisations(self.ctx.store)
        current = self.internships.row_at(self.internship_view.currentIndex())
        defaults: dict[str, Any] = {"date": date.today().isoformat()}
        refs: dict[str, dict[str, str]] = {"organisation": names}
        if current is not None:
            defaults.update({"organisation": current.get("host"), "internship": current["id"]})
            refs["internship"] = {r["id"]: f"{r['host_name']} {format_date(r['start_date'])}"
                                  for r in self.internships.rows}
        else:
            refs["internship"] = {}
        offered = IncentivesEdit(lambda day: queries.incentives_on(self.ctx.store, day),
                                 defaults["date"])

        def follow_the_date(dialog: RecordDialog) -> None:
            # The incentives offered are those valid on the hiring's date, as it is typed.
            day = dialog.form.editors["date"]
            day.edited.connect(lambda: offered.set_day(day.value()))

        self._ask("hiring", HIRING_FIELDS, {"person": self.person_id}, defaults, refs,
                  {"incentives": offered}, follow_the_date)
