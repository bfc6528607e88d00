"""The enumerations of the work plan's kinds (spec/programme.md, "Piano integrato
lavoro"): the English codes stored and their Italian labels, context "Labels"."""

from __future__ import annotations

from genera_desktop.domain.i18n import QT_TRANSLATE_NOOP
from genera_desktop.domain.vocab import Enumeration

JOB_PROFILE_STATUS = Enumeration({
    "active": QT_TRANSLATE_NOOP("Labels", "Attivo"),
    "placed": QT_TRANSLATE_NOOP("Labels", "Collocato/a"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Sospeso"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Chiuso"),
})
WORK_HOURS = Enumeration({
    "full_time": QT_TRANSLATE_NOOP("Labels", "Tempo pieno"),
    "part_time": QT_TRANSLATE_NOOP("Labels", "Tempo parziale"),
    "any": QT_TRANSLATE_NOOP("Labels", "Indifferente"),
})
DRIVING_LICENCES = Enumeration({
    "AM": QT_TRANSLATE_NOOP("Labels", "Patente AM"),
    "A": QT_TRANSLATE_NOOP("Labels", "Patente A"),
    "B": QT_TRANSLATE_NOOP("Labels", "Patente B"),
    "C": QT_TRANSLATE_NOOP("Labels", "Patente C"),
    "D": QT_TRANSLATE_NOOP("Labels", "Patente D"),
    "CQC": QT_TRANSLATE_NOOP("Labels", "Carta di qualificazione del conducente (CQC)"),
})
CONTRACT_TYPE = Enumeration({
    "permanent": QT_TRANSLATE_NOOP("Labels", "Tempo indeterminato"),
    "fixed_term": QT_TRANSLATE_NOOP("Labels", "Tempo determinato"),
    "apprenticeship": QT_TRANSLATE_NOOP("Labels", "Apprendistato"),
    "agency": QT_TRANSLATE_NOOP("Labels", "Somministrazione"),
    "seasonal": QT_TRANSLATE_NOOP("Labels", "Stagionale"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
VACANCY_STATUS = Enumeration({
    "open": QT_TRANSLATE_NOOP("Labels", "Aperta"),
    "filled": QT_TRANSLATE_NOOP("Labels", "Coperta"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Chiusa"),
})
CANDIDACY_STATUS = Enumeration({
    "proposed": QT_TRANSLATE_NOOP("Labels", "Proposta"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Inviata"),
    "interview": QT_TRANSLATE_NOOP("Labels", "Colloquio"),
    "hired": QT_TRANSLATE_NOOP("Labels", "Assunto/a"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Non selezionato/a"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Ritirata"),
})
COURSE_ENROLMENT_STATUS = Enumeration({
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Iscritto/a"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Corso completato"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "Abbandonato"),
})
# Skill exchange between citizens (issue 12): who offers a skill, who asks for one.
SKILL_EXCHANGE_DIRECTION = Enumeration({
    "offer": QT_TRANSLATE_NOOP("Labels", "Offre"),
    "ask": QT_TRANSLATE_NOOP("Labels", "Cerca"),
})
SKILL_EXCHANGE_STATUS = Enumeration({
    "open": QT_TRANSLATE_NOOP("Labels", "Aperta"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Chiusa"),
})
INTERNSHIP_TYPE = Enumeration({
    "extracurricular": QT_TRANSLATE_NOOP("Labels", "Extracurriculare"),
    "inclusion": QT_TRANSLATE_NOOP("Labels", "Di inclusione"),
})
INTERNSHIP_STATUS = Enumeration({
    "planned": QT_TRANSLATE_NOOP("Labels", "Da avviare"),
    "active": QT_TRANSLATE_NOOP("Labels", "In corso"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Concluso"),
    "interrupted": QT_TRANSLATE_NOOP("Labels", "Interrotto"),
})
