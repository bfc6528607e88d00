"""The work plan's kinds, each declared once (store/kind.py says what a declaration
holds; spec/programme.md, "Piano integrato lavoro" and "Who holds what").

A person's records (profile, candidacy, course enrolment, internship, its months,
hiring) are held like their household and belong to the access area ``work``: only
staff with it see them (docs/dev/decisions.md, "Work plan"). Vacancies are the
network's shared directory; courses, incentives and the internship rules are the
coordinator's catalog.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from genera_desktop.domain.i18n import QT_TRANSLATE_NOOP
from genera_desktop.store.kind import (
    CATALOG,
    DIRECTORY,
    HOUSEHOLD,
    NOT_PERSONAL,
    NOTHING,
    PERSON,
    PURGE,
    AccessExport,
    Computed,
    FieldText,
    KindSpec,
    Names,
)
from genera_desktop.store.models_work import (
    Candidacy,
    Course,
    CourseEnrolment,
    Hiring,
    Incentive,
    Internship,
    InternshipMonth,
    InternshipRule,
    JobProfile,
    SkillExchange,
    Vacancy,
)

T = FieldText
WORK = "work"

# At or above this share of the expected days the whole allowance is due (spec/programme.md).
FULL_ATTENDANCE_RATIO = 0.8


def allowance_due(record: Mapping[str, Any]) -> float | None:
    """An internship month's allowance: the whole ``monthly_allowance`` at 80% of the
    expected days or more, that share of it below; None without an allowance."""
    allowance = record.get("monthly_allowance")
    expected = record.get("days_expected")
    attended = record.get("days_attended")
    if allowance is None or not expected or attended is None:
        return None
    share = attended / expected
    if share >= FULL_ATTENDANCE_RATIO:
        return float(allowance)
    return round(float(allowance) * share, 2)


_HOUSEHOLD_TEXT = T(QT_TRANSLATE_NOOP("Labels", "Nucleo familiare"),
                    QT_TRANSLATE_NOOP("Labels", "Quello della persona, messo dall'app"))

VACANCY_KIND = KindSpec(
    model=Vacancy,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Offerta di lavoro"),
                QT_TRANSLATE_NOOP("Kinds", "Offerte di lavoro"),
                "Vacancy", "Vacancies", QT_TRANSLATE_NOOP("Kinds", "Nuova offerta")),
    owner=DIRECTORY,
    texts={
        "organisation": T(QT_TRANSLATE_NOOP("Labels", "Impresa o agenzia"),
                          short=QT_TRANSLATE_NOOP("Labels", "Impresa")),
        "title": T(QT_TRANSLATE_NOOP("Labels", "Posizione")),
        "occupation": T(QT_TRANSLATE_NOOP("Labels", "Professione"),
                        QT_TRANSLATE_NOOP("Labels", "Un codice del catalogo delle professioni")),
        "municipality": T(QT_TRANSLATE_NOOP("Labels", "Comune di lavoro")),
        "positions": T(QT_TRANSLATE_NOOP("Labels", "Posti")),
        "hours": T(QT_TRANSLATE_NOOP("Labels", "Orario")),
        "contract_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di contratto"),
                           short=QT_TRANSLATE_NOOP("Labels", "Contratto")),
        "required_licences": T(QT_TRANSLATE_NOOP("Labels", "Patenti richieste")),
        "required_skills": T(QT_TRANSLATE_NOOP("Labels", "Competenze indispensabili")),
        "nice_skills": T(QT_TRANSLATE_NOOP("Labels", "Competenze gradite")),
        "opened_on": T(QT_TRANSLATE_NOOP("Labels", "Aperta il")),
        "closes_on": T(QT_TRANSLATE_NOOP("Labels", "Scade il")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("title", "municipality", "notes"),
    defaults={"positions": 1, "status": "open"},
    columns=("title", "organisation", "municipality", "contract_type", "positions", "status",
             "closes_on"),
    summary=("title", "municipality", "status"),
)

JOB_PROFILE_KIND = KindSpec(
    model=JobProfile,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Profilo lavoro"),
                QT_TRANSLATE_NOOP("Kinds", "Profili lavoro"),
                "Job profile", "Job profiles", QT_TRANSLATE_NOOP("Kinds", "Nuovo profilo lavoro")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    area=WORK,
    texts={
        "household": _HOUSEHOLD_TEXT,
        "available_from": T(QT_TRANSLATE_NOOP("Labels", "Disponibile dal")),
        "hours": T(QT_TRANSLATE_NOOP("Labels", "Orario")),
        "max_distance_km": T(QT_TRANSLATE_NOOP("Labels", "Distanza massima (km)"),
                             QT_TRANSLATE_NOOP("Labels", "Fin dove è disposta ad andare"),
                             short=QT_TRANSLATE_NOOP("Labels", "Km")),
        "driving_licences": T(QT_TRANSLATE_NOOP("Labels", "Patenti")),
        "own_vehicle": T(QT_TRANSLATE_NOOP("Labels", "Mezzo proprio")),
        "occupations": T(QT_TRANSLATE_NOOP("Labels", "Professioni"),
                         QT_TRANSLATE_NOOP("Labels", "Codici del catalogo delle professioni")),
        "skills": T(QT_TRANSLATE_NOOP("Labels", "Competenze"),
                    QT_TRANSLATE_NOOP("Labels", "Codici del catalogo delle competenze")),
        "languages": T(QT_TRANSLATE_NOOP("Labels", "Lingue"),
                       QT_TRANSLATE_NOOP("Labels", "Lingua e livello, come it:C1 o en:A2")),
        "did_date": T(QT_TRANSLATE_NOOP("Labels", "Iscrizione al Centro per l'impiego (DID)"),
                      short=QT_TRANSLATE_NOOP("Labels", "DID")),
        "past_jobs": T(QT_TRANSLATE_NOOP("Labels", "Esperienze di lavoro"),
                       QT_TRANSLATE_NOOP("Labels", "Una per riga: mansione, datore di lavoro, "
                                                   "anni")),
        "cv_consent": T(QT_TRANSLATE_NOOP("Labels", "Consenso a inviare il CV"),
                        QT_TRANSLATE_NOOP("Labels", "Senza, la scheda CV non si stampa")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("notes",),
    defaults={"status": "active"},
    set_by_app=("household",),
    columns=("person", "status", "hours", "max_distance_km", "driving_licences",
             "available_from"),
    summary=("person", "status"),
    one_per=("person",),
)

CANDIDACY_KIND = KindSpec(
    model=Candidacy,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Candidatura"),
                QT_TRANSLATE_NOOP("Kinds", "Candidature"),
                "Candidacy", "Candidacies", QT_TRANSLATE_NOOP("Kinds", "Nuova candidatura")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    area=WORK,
    texts={
        "household": _HOUSEHOLD_TEXT,
        "vacancy": T(QT_TRANSLATE_NOOP("Labels", "Offerta")),
        "score": T(QT_TRANSLATE_NOOP("Labels", "Punteggio"),
                   QT_TRANSLATE_NOOP("Labels", "Quello dell'abbinamento al momento della proposta")),
        "reasons": T(QT_TRANSLATE_NOOP("Labels", "Motivi")),
        "interview_on": T(QT_TRANSLATE_NOOP("Labels", "Colloquio il")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("notes",),
    defaults={"status": "proposed"},
    set_by_app=("household", "score", "reasons"),
    columns=("vacancy", "person", "status", "score", "interview_on"),
    summary=("vacancy", "person", "status", "score"),
    one_per=("vacancy", "person"),
)

COURSE_KIND = KindSpec(
    model=Course,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Corso"), QT_TRANSLATE_NOOP("Kinds", "Corsi"),
                "Course", "Courses", QT_TRANSLATE_NOOP("Kinds", "Nuovo corso")),
    owner=CATALOG,
    texts={
        "organisation": T(QT_TRANSLATE_NOOP("Labels", "Ente di formazione"),
                          short=QT_TRANSLATE_NOOP("Labels", "Ente")),
        "hours": T(QT_TRANSLATE_NOOP("Labels", "Ore")),
        "skills": T(QT_TRANSLATE_NOOP("Labels", "Competenze insegnate")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("title", "notes"),
    columns=("title", "organisation", "hours", "start_date", "end_date"),
    summary=("title", "start_date"),
)

COURSE_ENROLMENT_KIND = KindSpec(
    model=CourseEnrolment,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Iscrizione a un corso"),
                QT_TRANSLATE_NOOP("Kinds", "Iscrizioni ai corsi"),
                "Course enrolment", "Course enrolments",
                QT_TRANSLATE_NOOP("Kinds", "Nuova iscrizione a un corso")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    area=WORK,
    texts={
        "household": _HOUSEHOLD_TEXT,
        "course": T(QT_TRANSLATE_NOOP("Labels", "Corso")),
        "hours_attended": T(QT_TRANSLATE_NOOP("Labels", "Ore frequentate")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("notes",),
    set_by_app=("household",),
    columns=("course", "person", "status", "hours_attended"),
    summary=("course", "person", "status"),
    one_per=("course", "person"),
)

SKILL_EXCHANGE_KIND = KindSpec(
    model=SkillExchange,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Scambio di competenze"),
                QT_TRANSLATE_NOOP("Kinds", "Scambi di competenze"),
                "Skill exchange", "Skill exchanges",
                QT_TRANSLATE_NOOP("Kinds", "Nuovo scambio di competenze")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    area=WORK,
    texts={
        "household": _HOUSEHOLD_TEXT,
        "skill": T(QT_TRANSLATE_NOOP("Labels", "Competenza"),
                   QT_TRANSLATE_NOOP("Labels", "Un codice del catalogo delle competenze")),
        "direction": T(QT_TRANSLATE_NOOP("Labels", "Offre o cerca")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("notes",),
    defaults={"status": "open"},
    set_by_app=("household",),
    columns=("person", "direction", "skill", "status"),
    summary=("person", "direction", "skill"),
)

INTERNSHIP_KIND = KindSpec(
    model=Internship,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Tirocinio"), QT_TRANSLATE_NOOP("Kinds", "Tirocini"),
                "Internship", "Internships", QT_TRANSLATE_NOOP("Kinds", "Nuovo tirocinio")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    area=WORK,
    texts={
        "household": _HOUSEHOLD_TEXT,
        "host": T(QT_TRANSLATE_NOOP("Labels", "Soggetto ospitante"),
                  short=QT_TRANSLATE_NOOP("Labels", "Ospitante")),
        "internship_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di tirocinio"),
                             short=QT_TRANSLATE_NOOP("Labels", "Tipo")),
        "hours_per_day": T(QT_TRANSLATE_NOOP("Labels", "Ore al giorno")),
        "meals_provided": T(QT_TRANSLATE_NOOP("Labels", "Pasti forniti")),
        "monthly_allowance": T(QT_TRANSLATE_NOOP("Labels", "Indennità mensile (€)"),
                               QT_TRANSLATE_NOOP("Labels", "Se vuota, il minimo regionale che "
                                                           "si applica"),
                               short=QT_TRANSLATE_NOOP("Labels", "Indennità")),
        "promoter": T(QT_TRANSLATE_NOOP("Labels", "Soggetto promotore"),
                      short=QT_TRANSLATE_NOOP("Labels", "Promotore")),
        "host_tutor": T(QT_TRANSLATE_NOOP("Labels", "Tutor aziendale")),
        "promoter_tutor": T(QT_TRANSLATE_NOOP("Labels", "Tutor del promotore")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("host_tutor", "promoter_tutor", "notes"),
    defaults={"internship_type": "extracurricular"},
    set_by_app=("household",),
    columns=("person", "host", "start_date", "end_date", "monthly_allowance", "status"),
    summary=("person", "start_date", "end_date", "status"),
)

INTERNSHIP_MONTH_KIND = KindSpec(
    model=InternshipMonth,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Mese di tirocinio"),
                QT_TRANSLATE_NOOP("Kinds", "Mesi di tirocinio"),
                "Internship month", "Internship months",
                QT_TRANSLATE_NOOP("Kinds", "Nuovo mese di tirocinio")),
    owner=HOUSEHOLD,
    household_field="household",
    household_via="internship",
    area=WORK,
    texts={
        "household": _HOUSEHOLD_TEXT,
        "internship": T(QT_TRANSLATE_NOOP("Labels", "Tirocinio")),
        "month": T(QT_TRANSLATE_NOOP("Labels", "Mese"),
                   QT_TRANSLATE_NOOP("Labels", "Scritto AAAA-MM")),
        "days_expected": T(QT_TRANSLATE_NOOP("Labels", "Giorni previsti")),
        "days_attended": T(QT_TRANSLATE_NOOP("Labels", "Giorni di presenza")),
        "attended_days": T(QT_TRANSLATE_NOOP("Labels", "Giorni presenti"),
                           QT_TRANSLATE_NOOP("Labels", "I giorni del mese, per numero, in cui "
                                                       "era presente")),
        "project_contribution": T(QT_TRANSLATE_NOOP("Labels", "Quota del progetto (€)"),
                                  QT_TRANSLATE_NOOP("Labels", "La parte dell'indennità che "
                                                              "paga il programma")),
        "person": T(QT_TRANSLATE_NOOP("Labels", "Tirocinante"),
                    QT_TRANSLATE_NOOP("Labels", "Quella del tirocinio, messa dall'app")),
        "monthly_allowance": T(QT_TRANSLATE_NOOP("Labels", "Indennità mensile (€)"),
                               QT_TRANSLATE_NOOP("Labels", "Quella del tirocinio, messa "
                                                           "dall'app")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("notes",),
    computed={"allowance_due": Computed(
        T(QT_TRANSLATE_NOOP("Labels", "Indennità dovuta (€)"),
          QT_TRANSLATE_NOOP("Labels", "Intera dall'80% dei giorni previsti, in proporzione "
                                      "sotto")),
        allowance_due)},
    set_by_app=("household", "person", "monthly_allowance"),
    columns=("month", "days_expected", "days_attended", "allowance_due",
             "project_contribution"),
    summary=("internship", "month", "days_attended", "allowance_due"),
)

HIRING_KIND = KindSpec(
    model=Hiring,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Assunzione"),
                QT_TRANSLATE_NOOP("Kinds", "Assunzioni"),
                "Hiring", "Hirings", QT_TRANSLATE_NOOP("Kinds", "Nuova assunzione")),
    owner=PERSON,
    owner_field="person",
    household_field="household",
    area=WORK,
    texts={
        "household": _HOUSEHOLD_TEXT,
        "organisation": T(QT_TRANSLATE_NOOP("Labels", "Datore di lavoro")),
        "date": T(QT_TRANSLATE_NOOP("Labels", "Data di assunzione")),
        "contract_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di contratto"),
                           short=QT_TRANSLATE_NOOP("Labels", "Contratto")),
        "hours_per_week": T(QT_TRANSLATE_NOOP("Labels", "Ore settimanali")),
        "vacancy": T(QT_TRANSLATE_NOOP("Labels", "Offerta")),
        "internship": T(QT_TRANSLATE_NOOP("Labels", "Tirocinio")),
        "incentives": T(QT_TRANSLATE_NOOP("Labels", "Incentivi"),
                        QT_TRANSLATE_NOOP("Labels", "Codici del catalogo degli incentivi")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("notes",),
    set_by_app=("household",),
    columns=("person", "organisation", "date", "contract_type", "hours_per_week"),
    summary=("person", "date", "contract_type"),
)

INCENTIVE_KIND = KindSpec(
    model=Incentive,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Incentivo"), QT_TRANSLATE_NOOP("Kinds", "Incentivi"),
                "Incentive", "Incentives", QT_TRANSLATE_NOOP("Kinds", "Nuovo incentivo")),
    owner=CATALOG,
    texts={
        "code": T(QT_TRANSLATE_NOOP("Labels", "Codice")),
        "name": T(QT_TRANSLATE_NOOP("Labels", "Denominazione")),
        "valid_from": T(QT_TRANSLATE_NOOP("Labels", "Valido dal")),
        "valid_to": T(QT_TRANSLATE_NOOP("Labels", "Valido fino al")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("code", "name", "notes"),
    columns=("code", "name", "valid_from", "valid_to"),
    summary=("code", "name"),
)

INTERNSHIP_RULE_KIND = KindSpec(
    model=InternshipRule,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Regola dei tirocini"),
                QT_TRANSLATE_NOOP("Kinds", "Regole dei tirocini"),
                "Internship rule", "Internship rules",
                QT_TRANSLATE_NOOP("Kinds", "Nuova regola dei tirocini")),
    owner=CATALOG,
    texts={
        "name": T(QT_TRANSLATE_NOOP("Labels", "Atto"),
                  QT_TRANSLATE_NOOP("Labels", "La delibera che fissa le regole")),
        "valid_from": T(QT_TRANSLATE_NOOP("Labels", "In vigore dal")),
        "valid_to": T(QT_TRANSLATE_NOOP("Labels", "In vigore fino al")),
        "min_allowance": T(QT_TRANSLATE_NOOP("Labels", "Indennità minima (€)")),
        "min_allowance_meals": T(QT_TRANSLATE_NOOP("Labels", "Minima con pasti forniti (€)")),
        "min_allowance_short_day": T(QT_TRANSLATE_NOOP("Labels", "Minima a orario ridotto (€)")),
        "short_day_hours": T(QT_TRANSLATE_NOOP("Labels", "Orario ridotto: ore al giorno fino a")),
        "min_allowance_public_host": T(QT_TRANSLATE_NOOP("Labels",
                                                         "Minima presso enti pubblici (€)")),
        "min_months": T(QT_TRANSLATE_NOOP("Labels", "Durata minima (mesi)")),
        "max_months": T(QT_TRANSLATE_NOOP("Labels", "Durata massima (mesi)")),
        "max_months_disability": T(QT_TRANSLATE_NOOP("Labels",
                                                     "Durata massima con disabilità (mesi)")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("name", "notes"),
    columns=("name", "valid_from", "valid_to", "min_allowance"),
    summary=("name", "valid_from"),
)
