"""The enumerations of the adolescents' plan (spec/programme.md, "Piano integrato
adolescenti"): the English codes stored and their Italian labels, as domain/vocab.py."""

from __future__ import annotations

from genera_desktop.domain.i18n import QT_TRANSLATE_NOOP
from genera_desktop.domain.vocab import Enumeration

CONSENT_TYPE = Enumeration({
    "processing": QT_TRANSLATE_NOOP("Labels", "Trattamento dei dati"),
    "special_categories": QT_TRANSLATE_NOOP("Labels", "Dati particolari"),
    "activities": QT_TRANSLATE_NOOP("Labels", "Partecipazione alle attività"),
    "images": QT_TRANSLATE_NOOP("Labels", "Immagini e riprese"),
    "school_work": QT_TRANSLATE_NOOP("Labels", "Formazione scuola-lavoro"),
    "network_sharing": QT_TRANSLATE_NOOP("Labels", "Condivisione con la rete"),
})
GIVEN_BY = Enumeration({
    "self": QT_TRANSLATE_NOOP("Labels", "L'interessato/a"),
    "parent": QT_TRANSLATE_NOOP("Labels", "Un genitore"),
    "guardian": QT_TRANSLATE_NOOP("Labels", "Il tutore"),
})
SCHOOL_TYPE = Enumeration({
    "liceo": QT_TRANSLATE_NOOP("Labels", "Liceo"),
    "tecnico": QT_TRANSLATE_NOOP("Labels", "Istituto tecnico"),
    "professionale": QT_TRANSLATE_NOOP("Labels", "Istituto professionale"),
})
# What a workshop is (workshop.format, docs/dev/decisions.md "Youth groups"): a
# workshop, or a youth group meeting at a point or a diffuse place. Absent = workshop.
WORKSHOP_FORMAT = Enumeration({
    "workshop": QT_TRANSLATE_NOOP("Labels", "Laboratorio"),
    "group": QT_TRANSLATE_NOOP("Labels", "Gruppo di ragazzi"),
})
