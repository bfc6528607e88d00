"""The work plan's record forms: a person's «Profilo lavoro» and a vacancy, each a
RecordDialog (ui/community/record_dialog.py) with the catalogue editors of codes.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.services import records
from genera_desktop.services.work import ui_queries as queries
from genera_desktop.ui.common.fields import NumberEdit, SuggestCombo
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.work.codes import CodeEdit, CodeListEdit, LanguagesEdit

translate = QCoreApplication.translate

PROFILE_FIELDS = ("status", "available_from", "hours", "max_distance_km", "driving_licences",
                  "own_vehicle", "occupations", "skills", "languages", "did_date",
                  "cv_consent", "notes")
VACANCY_FIELDS = ("organisation", "title", "occupation", "municipality", "positions", "hours",
                  "contract_type", "required_licences", "required_skills", "nice_skills",
                  "opened_on", "closes_on", "status", "notes")


def comuni_names() -> list[str]:
    """The comuni of the distance table, by name (what a vacancy's place suggests)."""
    return sorted(c.name for c in cat.comuni().values())


def edit_profile(ctx: AppContext, parent: QWidget | None, person_id: str,
                 person_name: str) -> str | None:
    """«Profilo lavoro» of a person: their profile, or a new one; the id once saved."""
    store = ctx.store
    current = queries.profile_of(store, person_id)

    def save(values: dict[str, Any]) -> str:
        if current is not None:
            records.update(store, "job_profile", current["id"], values)
            return str(current["id"])
        return records.add(store, "job_profile", {"person": person_id, **values})

    title = translate("WorkForms", "Profilo lavoro – {name}").format(name=person_name)
    made = RecordDialog.ask(
        "job_profile", parent, fields=PROFILE_FIELDS, save=save, record=current,
        defaults={"status": "active"}, title=title,
        editors={"occupations": CodeListEdit(cat.OCCUPATIONS),
                 "skills": CodeListEdit(cat.SKILLS), "languages": LanguagesEdit()})
    return str(made) if made else None


def edit_vacancy(ctx: AppContext, parent: QWidget | None,
                 record: dict[str, Any] | None = None) -> str | None:
    """A new vacancy (``record`` None) or changes to one; its id once saved."""
    store = ctx.store

    def save(values: dict[str, Any]) -> str:
        if record is not None:
            records.update(store, "vacancy", record["id"], values)
            return str(record["id"])
        return records.add(store, "vacancy", values)

    made = RecordDialog.ask(
        "vacancy", parent, fields=VACANCY_FIELDS, save=save, record=record,
        defaults={"positions": 1, "status": "open"},
        refs={"organisation": queries.hosts(store)},
        editors={"occupation": CodeEdit(cat.OCCUPATIONS),
                 "municipality": SuggestCombo(comuni_names()),
                 "positions": NumberEdit(integer=True, minimum=1, maximum=999),
                 "required_skills": CodeListEdit(cat.SKILLS),
                 "nice_skills": CodeListEdit(cat.SKILLS)})
    return str(made) if made else None
