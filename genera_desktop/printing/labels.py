"""Italian labels of the enumerated codes of docs/dev/records.md, one dict per field.

Records store English codes; paper and screen show these labels. ``BY_FIELD`` maps
``(record kind, field)`` to its dict so that a UI can look labels up generically.
"""

from __future__ import annotations

from collections.abc import Mapping

HOUSEHOLD_STATUS = {
    "new": "Nuovo",
    "active": "Attivo",
    "taken_on": "Preso in carico",
    "suspended": "Sospeso",
    "closed": "Chiuso",
}

SEX = {"F": "Femmina", "M": "Maschio"}

RESIDENCE_PERMIT = {"yes": "Sì", "no": "No", "pending": "In attesa"}

MARITAL_STATUS = {
    "single": "Celibe / nubile",
    "married": "Coniugato/a",
    "cohabiting": "Convivente",
    "separated": "Separato/a",
    "divorced": "Divorziato/a",
    "widowed": "Vedovo/a",
}

EDUCATION = {
    "none": "Nessun titolo",
    "primary": "Licenza elementare",
    "lower_secondary": "Licenza media",
    "vocational": "Qualifica professionale",
    "upper_secondary": "Diploma superiore",
    "degree": "Laurea",
}

WORK_STATUS = {
    "employed": "Occupato/a",
    "unemployed": "Disoccupato/a",
    "student": "Studente/ssa",
    "homemaker": "Casalingo/a",
    "retired": "Pensionato/a",
    "unable_to_work": "Inabile al lavoro",
}

RELATION = {
    "reference": "Persona di riferimento",
    "spouse": "Coniuge",
    "partner": "Convivente",
    "child": "Figlio/a",
    "parent": "Genitore",
    "sibling": "Fratello / sorella",
    "grandchild": "Nipote",
    "grandparent": "Nonno/a",
    "other_relative": "Altro parente",
    "other": "Altro (non parente)",
}

CHANNEL = {"direct": "Accesso diretto", "referral": "Su invio di altri"}

HOUSING_TENURE = {
    "owned": "Proprietà",
    "rented": "Affitto",
    "public_housing": "Casa popolare (ERP)",
    "guest": "Ospite",
    "occupied_without_title": "Occupazione senza titolo",
    "homeless": "Senza dimora",
    "other": "Altro",
}

INCOME_SOURCES = {
    "work": "Lavoro",
    "pension": "Pensione",
    "benefits": "Sussidi e contributi",
    "maintenance": "Assegno di mantenimento",
    "informal": "Lavoro informale / aiuti",
    "none": "Nessun reddito",
    "other": "Altro",
}

NEEDS = {
    "economic": "Economico",
    "work": "Lavoro",
    "housing": "Abitativo",
    "family": "Familiare",
    "migration": "Migrazione",
    "education": "Istruzione",
    "health": "Salute",
    "other": "Altro",
}

OUTCOME = {
    "referral": "Invio ad altro servizio",
    "taken_on": "Presa in carico",
    "information": "Informazioni e orientamento",
    "closed": "Chiuso",
}

CONSENTS = {
    "processing": "Trattamento dei dati personali",
    "special_categories": "Trattamento dei dati di salute e particolari",
    "network_sharing": "Condivisione con la rete dei servizi",
    "contact": "Essere ricontattato/a",
}

CONTACT_TYPE = {
    "interview": "Colloquio",
    "phone_call": "Telefonata",
    "home_visit": "Visita domiciliare",
    "email": "E-mail",
    "other": "Altro",
}

REFERRAL_DIRECTION = {"out": "Invio", "in": "Segnalazione"}

REFERRAL_STATUS = {
    "sent": "Inviato",
    "accepted": "Accolto",
    "in_progress": "In corso",
    "closed": "Concluso",
    "refused": "Rifiutato",
}

MANAGER = {"aler": "ALER", "comune": "Comune", "private": "Privato", "other": "Altro"}

CONTEXT_TYPE = {
    "building": "Edificio",
    "block": "Complesso / isolato",
    "condominio_sociale": "Condominio sociale",
}

FLAGGED_BY = {
    "social_services": "Servizi sociali",
    "porter": "Portiere",
    "neighbour": "Vicino di casa",
    "self": "La persona stessa",
    "custode": "Custode sociale",
    "other": "Altro",
}

VISIT_CONTACT_TYPE = {
    "home_visit": "Visita domiciliare",
    "shared_spaces": "Spazi comuni",
    "phone": "Telefono",
    "accompaniment": "Accompagnamento",
    "group_activity": "Attività di gruppo",
}

VISIT_ISSUES = {
    "loneliness": "Solitudine",
    "emotional_support": "Supporto emotivo",
    "maintenance": "Guasto / manutenzione",
    "neighbour_conflict": "Conflitto di vicinato",
    "vandalism": "Vandalismo",
    "rent_arrears": "Morosità",
    "health_hygiene": "Rischio igienico-sanitario",
    "barriers": "Barriere architettoniche",
    "digital_help": "Aiuto digitale (es. SPID)",
}

VISIT_REFERRALS = {
    "social_services": "Servizi sociali",
    "aler": "ALER",
    "gp": "Medico di base",
    "point": "Punto di Comunità",
}

BY_FIELD: dict[tuple[str, str], dict[str, str]] = {
    ("household", "status"): HOUSEHOLD_STATUS,
    ("person", "sex"): SEX,
    ("person", "residence_permit"): RESIDENCE_PERMIT,
    ("person", "marital_status"): MARITAL_STATUS,
    ("person", "education"): EDUCATION,
    ("person", "work_status"): WORK_STATUS,
    ("person", "relation"): RELATION,
    ("intake", "channel"): CHANNEL,
    ("intake", "housing_tenure"): HOUSING_TENURE,
    ("intake", "income_sources"): INCOME_SOURCES,
    ("intake", "needs_stated"): NEEDS,
    ("intake", "needs_observed"): NEEDS,
    ("intake", "outcome"): OUTCOME,
    ("intake", "consents"): CONSENTS,
    ("contact", "contact_type"): CONTACT_TYPE,
    ("referral", "direction"): REFERRAL_DIRECTION,
    ("referral", "status"): REFERRAL_STATUS,
    ("housing_context", "manager"): MANAGER,
    ("housing_context", "context_type"): CONTEXT_TYPE,
    ("visit", "flagged_by"): FLAGGED_BY,
    ("visit", "contact_type"): VISIT_CONTACT_TYPE,
    ("visit", "issues"): VISIT_ISSUES,
    ("visit", "referrals"): VISIT_REFERRALS,
}


def label(labels: Mapping[str, str], code: object) -> str:
    """Return the Italian label of ``code``; unknown or free-text values pass through.

    Some fields (household status, visit contact type) are free text with suggested
    codes, so a value that is not a known code is shown as written.
    """
    if code is None or code == "":
        return ""
    text = str(code)
    return labels.get(text, text)
