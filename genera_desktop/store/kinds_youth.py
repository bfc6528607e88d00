"""The declarations of the adolescents' plan's kinds (spec/programme.md, "Piano
integrato adolescenti"; store/kind.py says what a declaration holds). store/kinds.py
gathers them with the others.

All four are in the access area ``adolescents``: a user without it sees none of them
(lists, shows, dump, search, the access export, prints). Each is held like the household
of its person.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from genera_desktop.domain.i18n import QT_TRANSLATE_NOOP
from genera_desktop.domain.school_work import required_hours
from genera_desktop.store.kind import (
    PERSON,
    PURGE,
    AccessExport,
    Computed,
    FieldText,
    KindSpec,
    Names,
)
from genera_desktop.store.models_youth import Consent, SchoolWork, SchoolWorkHours, YouthFile

T = FieldText
AREA = "adolescents"

_HOUSEHOLD = T(QT_TRANSLATE_NOOP("Labels", "Nucleo familiare"),
               QT_TRANSLATE_NOOP("Labels", "Quello della persona, messo dall'app"))


def _number(value: float) -> float | int:
    """Hours as JSON: a whole number as an integer (7, not 7.0), else to the hundredth."""
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def hours_done(record: Mapping[str, Any], session: Session) -> float | int:
    """The hours logged so far on a school-work experience (its live entries)."""
    total = session.scalar(select(func.coalesce(func.sum(SchoolWorkHours.hours), 0)).where(
        SchoolWorkHours.school_work == record["id"], SchoolWorkHours.cl % 2 == 1))
    return _number(float(total or 0))


def hours_required(record: Mapping[str, Any]) -> float | int | None:
    """The hours the student's school type requires over three years, by the rule in
    force when the experience starts (domain/school_work.py)."""
    required = required_hours(record.get("school_type"), record.get("start_date"))
    return None if required is None else _number(required)


CONSENT_KIND = KindSpec(
    model=Consent,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Consenso"), QT_TRANSLATE_NOOP("Kinds", "Consensi"),
                "Consent", "Consents", QT_TRANSLATE_NOOP("Kinds", "Nuovo consenso")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    area=AREA,
    texts={
        "consent_type": T(QT_TRANSLATE_NOOP("Labels", "Consenso per"),
                          short=QT_TRANSLATE_NOOP("Labels", "Tipo")),
        "date": T(QT_TRANSLATE_NOOP("Labels", "Dato il")),
        "given_by": T(QT_TRANSLATE_NOOP("Labels", "Dato da"),
                      QT_TRANSLATE_NOOP("Labels", "Per un minore conta solo quello di un "
                                                  "genitore o del tutore")),
        "given_by_name": T(QT_TRANSLATE_NOOP("Labels", "Nome di chi lo dà"),
                           short=QT_TRANSLATE_NOOP("Labels", "Firmato da")),
        "withdrawn_on": T(QT_TRANSLATE_NOOP("Labels", "Revocato il"),
                          QT_TRANSLATE_NOOP("Labels", "Dal giorno della revoca non vale più")),
        "household": _HOUSEHOLD,
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("given_by_name", "notes"),
    set_by_app=("household",),
    columns=("consent_type", "date", "given_by", "given_by_name", "withdrawn_on"),
    summary=("person", "consent_type", "date"),
    form=("consent_type", "date", "given_by", "given_by_name", "withdrawn_on", "notes"),
)

SCHOOL_WORK_KIND = KindSpec(
    model=SchoolWork,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Formazione scuola-lavoro"),
                QT_TRANSLATE_NOOP("Kinds", "Esperienze di formazione scuola-lavoro"),
                "School-work experience", "School-work experiences",
                QT_TRANSLATE_NOOP("Kinds", "Nuova esperienza scuola-lavoro")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    area=AREA,
    texts={
        "person": T(QT_TRANSLATE_NOOP("Labels", "Studente/ssa")),
        "school": T(QT_TRANSLATE_NOOP("Labels", "Scuola"),
                    QT_TRANSLATE_NOOP("Labels", "Un'organizzazione di tipo scuola")),
        "host": T(QT_TRANSLATE_NOOP("Labels", "Ente ospitante")),
        "school_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di scuola")),
        "title": T(QT_TRANSLATE_NOOP("Labels", "Progetto")),
        "planned_hours": T(QT_TRANSLATE_NOOP("Labels", "Ore previste")),
        "school_tutor": T(QT_TRANSLATE_NOOP("Labels", "Tutor scolastico")),
        "host_tutor": T(QT_TRANSLATE_NOOP("Labels", "Tutor dell'ente ospitante"),
                        short=QT_TRANSLATE_NOOP("Labels", "Tutor ospitante")),
        "safety_training_on": T(QT_TRANSLATE_NOOP("Labels", "Formazione sulla sicurezza il"),
                                QT_TRANSLATE_NOOP("Labels", "Nessuna ora prima di questa "
                                                            "data")),
        "pact_signed_on": T(QT_TRANSLATE_NOOP("Labels", "Patto formativo firmato il")),
        "household": _HOUSEHOLD,
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("title", "school_tutor", "host_tutor", "notes"),
    computed={
        "hours_done": Computed(T(QT_TRANSLATE_NOOP("Labels", "Ore svolte")), hours_done,
                               store=True),
        "hours_required": Computed(
            T(QT_TRANSLATE_NOOP("Labels", "Ore richieste nel triennio"),
              short=QT_TRANSLATE_NOOP("Labels", "Ore richieste")),
            hours_required),
    },
    set_by_app=("household",),
    columns=("title", "school", "host", "start_date", "end_date", "planned_hours"),
    summary=("person", "school_type", "start_date"),
)

SCHOOL_WORK_HOURS_KIND = KindSpec(
    model=SchoolWorkHours,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Ore di formazione scuola-lavoro"),
                QT_TRANSLATE_NOOP("Kinds", "Registro ore scuola-lavoro"),
                "School-work hours", "School-work hours",
                QT_TRANSLATE_NOOP("Kinds", "Nuove ore")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    household_via="school_work",
    area=AREA,
    texts={
        "school_work": T(QT_TRANSLATE_NOOP("Labels", "Esperienza scuola-lavoro"),
                         short=QT_TRANSLATE_NOOP("Labels", "Esperienza")),
        "hours": T(QT_TRANSLATE_NOOP("Labels", "Ore")),
        "activity": T(QT_TRANSLATE_NOOP("Labels", "Attività svolta")),
        "person": T(QT_TRANSLATE_NOOP("Labels", "Studente/ssa"),
                    QT_TRANSLATE_NOOP("Labels", "Quello dell'esperienza, messo dall'app")),
        "household": _HOUSEHOLD,
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("activity",),
    set_by_app=("person", "household"),
    columns=("date", "hours", "activity"),
    summary=("school_work", "date", "hours"),
)

YOUTH_FILE_KIND = KindSpec(
    model=YouthFile,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Scheda del ragazzo"),
                QT_TRANSLATE_NOOP("Kinds", "Schede dei ragazzi"),
                "Youth file", "Youth files", QT_TRANSLATE_NOOP("Kinds", "Nuova scheda")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    area=AREA,
    texts={
        "person": T(QT_TRANSLATE_NOOP("Labels", "Ragazzo/a")),
        "school": T(QT_TRANSLATE_NOOP("Labels", "Scuola"),
                    QT_TRANSLATE_NOOP("Labels", "Un'organizzazione di tipo scuola")),
        "class_name": T(QT_TRANSLATE_NOOP("Labels", "Classe"),
                        QT_TRANSLATE_NOOP("Labels", "Come la scrive la scuola, per esempio 3B")),
        "school_year": T(QT_TRANSLATE_NOOP("Labels", "Anno scolastico"),
                         QT_TRANSLATE_NOOP("Labels", "Come 2026/27"),
                         short=QT_TRANSLATE_NOOP("Labels", "Anno")),
        "facilitator": T(QT_TRANSLATE_NOOP("Labels", "Educatore"),
                         QT_TRANSLATE_NOOP("Labels", "Il nome utente dell'operatore che lo "
                                                     "segue")),
        "followed_since": T(QT_TRANSLATE_NOOP("Labels", "Seguito/a dal"),
                            QT_TRANSLATE_NOOP("Labels", "Fino a 25 anni compiuti quel giorno")),
        "household": _HOUSEHOLD,
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("class_name", "facilitator", "notes"),
    set_by_app=("household",),
    columns=("school", "class_name", "school_year", "facilitator", "followed_since"),
    summary=("person", "class_name", "facilitator"),
    one_per=("person",),
)
