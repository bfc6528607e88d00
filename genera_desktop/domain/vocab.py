"""The enumerations of the record kinds: the English codes stored, and the Italian label
of each code that paper and screen show (the screen translates it, ui/labels.py).

Each enumeration is declared once here; a model's field names it (``choices=``) and the
kind's declaration (store/kinds.py) names it for a free-text field that only suggests
codes. Labels are marked for Qt Linguist (domain/i18n.py), context "Labels".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from genera_desktop.domain.i18n import QT_TRANSLATE_NOOP


class Enumeration(tuple[str, ...]):
    """The codes, in the order lists and combo boxes show them (a tuple, so a field's
    rules and every caller treat it as one), and ``labels``: code to Italian label."""

    labels: Mapping[str, str]

    def __new__(cls, labels: Mapping[str, str]) -> Enumeration:
        self = super().__new__(cls, tuple(labels))
        self.labels = MappingProxyType(dict(labels))
        return self


SEX = Enumeration({
    "F": QT_TRANSLATE_NOOP("Labels", "Femmina"),
    "M": QT_TRANSLATE_NOOP("Labels", "Maschio"),
})
YES_NO_PENDING = Enumeration({
    "yes": QT_TRANSLATE_NOOP("Labels", "Sì"),
    "no": QT_TRANSLATE_NOOP("Labels", "No"),
    "pending": QT_TRANSLATE_NOOP("Labels", "In attesa"),
})
MARITAL_STATUS = Enumeration({
    "single": QT_TRANSLATE_NOOP("Labels", "Celibe / nubile"),
    "married": QT_TRANSLATE_NOOP("Labels", "Coniugato/a"),
    "cohabiting": QT_TRANSLATE_NOOP("Labels", "Convivente"),
    "separated": QT_TRANSLATE_NOOP("Labels", "Separato/a"),
    "divorced": QT_TRANSLATE_NOOP("Labels", "Divorziato/a"),
    "widowed": QT_TRANSLATE_NOOP("Labels", "Vedovo/a"),
})
EDUCATION = Enumeration({
    "none": QT_TRANSLATE_NOOP("Labels", "Nessun titolo"),
    "primary": QT_TRANSLATE_NOOP("Labels", "Licenza elementare"),
    "lower_secondary": QT_TRANSLATE_NOOP("Labels", "Licenza media"),
    "vocational": QT_TRANSLATE_NOOP("Labels", "Qualifica professionale"),
    "upper_secondary": QT_TRANSLATE_NOOP("Labels", "Diploma superiore"),
    "degree": QT_TRANSLATE_NOOP("Labels", "Laurea"),
})
WORK_STATUS = Enumeration({
    "employed": QT_TRANSLATE_NOOP("Labels", "Occupato/a"),
    "unemployed": QT_TRANSLATE_NOOP("Labels", "Disoccupato/a"),
    "student": QT_TRANSLATE_NOOP("Labels", "Studente/ssa"),
    "homemaker": QT_TRANSLATE_NOOP("Labels", "Casalingo/a"),
    "retired": QT_TRANSLATE_NOOP("Labels", "Pensionato/a"),
    "unable_to_work": QT_TRANSLATE_NOOP("Labels", "Inabile al lavoro"),
})
RELATION = Enumeration({
    "reference": QT_TRANSLATE_NOOP("Labels", "Persona di riferimento"),
    "spouse": QT_TRANSLATE_NOOP("Labels", "Coniuge"),
    "partner": QT_TRANSLATE_NOOP("Labels", "Convivente"),
    "child": QT_TRANSLATE_NOOP("Labels", "Figlio/a"),
    "parent": QT_TRANSLATE_NOOP("Labels", "Genitore"),
    "sibling": QT_TRANSLATE_NOOP("Labels", "Fratello / sorella"),
    "grandchild": QT_TRANSLATE_NOOP("Labels", "Nipote"),
    "grandparent": QT_TRANSLATE_NOOP("Labels", "Nonno/a"),
    "other_relative": QT_TRANSLATE_NOOP("Labels", "Altro parente"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro (non parente)"),
})
# Suggested, not enforced: a household's status is free text (store/kinds.py).
HOUSEHOLD_STATUS = Enumeration({
    "new": QT_TRANSLATE_NOOP("Labels", "Nuovo"),
    "active": QT_TRANSLATE_NOOP("Labels", "Attivo"),
    "taken_on": QT_TRANSLATE_NOOP("Labels", "Preso in carico"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Sospeso"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Chiuso"),
    # Registered at a workshop with the minimum (name, phone, consent), no intake yet
    # (services/community/newcomers.py): reached, but not taken on.
    "contact": QT_TRANSLATE_NOOP("Labels", "Contatto"),
})
CHANNEL = Enumeration({
    "direct": QT_TRANSLATE_NOOP("Labels", "Accesso diretto"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Su invio di altri"),
})
HOUSING_TENURE = Enumeration({
    "owned": QT_TRANSLATE_NOOP("Labels", "Proprietà"),
    "rented": QT_TRANSLATE_NOOP("Labels", "Affitto"),
    "public_housing": QT_TRANSLATE_NOOP("Labels", "Casa popolare (ERP)"),
    "guest": QT_TRANSLATE_NOOP("Labels", "Ospite"),
    "occupied_without_title": QT_TRANSLATE_NOOP("Labels", "Occupazione senza titolo"),
    "homeless": QT_TRANSLATE_NOOP("Labels", "Senza dimora"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
INCOME_SOURCES = Enumeration({
    "work": QT_TRANSLATE_NOOP("Labels", "Lavoro"),
    "pension": QT_TRANSLATE_NOOP("Labels", "Pensione"),
    "benefits": QT_TRANSLATE_NOOP("Labels", "Sussidi e contributi"),
    "maintenance": QT_TRANSLATE_NOOP("Labels", "Assegno di mantenimento"),
    "informal": QT_TRANSLATE_NOOP("Labels", "Lavoro informale / aiuti"),
    "none": QT_TRANSLATE_NOOP("Labels", "Nessun reddito"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
NEEDS = Enumeration({
    "economic": QT_TRANSLATE_NOOP("Labels", "Economico"),
    "work": QT_TRANSLATE_NOOP("Labels", "Lavoro"),
    "housing": QT_TRANSLATE_NOOP("Labels", "Abitativo"),
    "family": QT_TRANSLATE_NOOP("Labels", "Familiare"),
    "migration": QT_TRANSLATE_NOOP("Labels", "Migrazione"),
    "education": QT_TRANSLATE_NOOP("Labels", "Istruzione"),
    "health": QT_TRANSLATE_NOOP("Labels", "Salute"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
INTAKE_OUTCOME = Enumeration({
    "referral": QT_TRANSLATE_NOOP("Labels", "Invio ad altro servizio"),
    "taken_on": QT_TRANSLATE_NOOP("Labels", "Presa in carico"),
    "information": QT_TRANSLATE_NOOP("Labels", "Informazioni e orientamento"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Chiuso"),
})
CONSENTS = Enumeration({
    "processing": QT_TRANSLATE_NOOP("Labels", "Trattamento dei dati personali"),
    "special_categories": QT_TRANSLATE_NOOP(
        "Labels", "Trattamento dei dati di salute e particolari"),
    "network_sharing": QT_TRANSLATE_NOOP("Labels", "Condivisione con la rete dei servizi"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Essere ricontattato/a"),
})
CONTACT_TYPE = Enumeration({
    "interview": QT_TRANSLATE_NOOP("Labels", "Colloquio"),
    "phone_call": QT_TRANSLATE_NOOP("Labels", "Telefonata"),
    "home_visit": QT_TRANSLATE_NOOP("Labels", "Visita domiciliare"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
REFERRAL_DIRECTION = Enumeration({
    "out": QT_TRANSLATE_NOOP("Labels", "Invio"),
    "in": QT_TRANSLATE_NOOP("Labels", "Segnalazione"),
})
REFERRAL_STATUS = Enumeration({
    "sent": QT_TRANSLATE_NOOP("Labels", "Inviato"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accolto"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In corso"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Concluso"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Rifiutato"),
})
CONTEXT_MANAGER = Enumeration({
    "aler": QT_TRANSLATE_NOOP("Labels", "ALER"),
    "comune": QT_TRANSLATE_NOOP("Labels", "Comune"),
    "private": QT_TRANSLATE_NOOP("Labels", "Privato"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
CONTEXT_TYPE = Enumeration({
    "building": QT_TRANSLATE_NOOP("Labels", "Edificio"),
    "block": QT_TRANSLATE_NOOP("Labels", "Complesso / isolato"),
    "condominio_sociale": QT_TRANSLATE_NOOP("Labels", "Condominio sociale"),
})
FLAGGED_BY = Enumeration({
    "social_services": QT_TRANSLATE_NOOP("Labels", "Servizi sociali"),
    "porter": QT_TRANSLATE_NOOP("Labels", "Portiere"),
    "neighbour": QT_TRANSLATE_NOOP("Labels", "Vicino di casa"),
    "self": QT_TRANSLATE_NOOP("Labels", "La persona stessa"),
    "custode": QT_TRANSLATE_NOOP("Labels", "Custode sociale"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
# Suggested, not enforced: a visit's contact type is free text (store/kinds.py).
VISIT_CONTACT_TYPE = Enumeration({
    "home_visit": QT_TRANSLATE_NOOP("Labels", "Visita domiciliare"),
    "shared_spaces": QT_TRANSLATE_NOOP("Labels", "Spazi comuni"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Telefono"),
    "accompaniment": QT_TRANSLATE_NOOP("Labels", "Accompagnamento"),
    "group_activity": QT_TRANSLATE_NOOP("Labels", "Attività di gruppo"),
})
VISIT_ISSUES = Enumeration({
    "loneliness": QT_TRANSLATE_NOOP("Labels", "Solitudine"),
    "emotional_support": QT_TRANSLATE_NOOP("Labels", "Supporto emotivo"),
    "maintenance": QT_TRANSLATE_NOOP("Labels", "Guasto / manutenzione"),
    "neighbour_conflict": QT_TRANSLATE_NOOP("Labels", "Conflitto di vicinato"),
    "vandalism": QT_TRANSLATE_NOOP("Labels", "Vandalismo"),
    "rent_arrears": QT_TRANSLATE_NOOP("Labels", "Morosità"),
    "health_hygiene": QT_TRANSLATE_NOOP("Labels", "Rischio igienico-sanitario"),
    "barriers": QT_TRANSLATE_NOOP("Labels", "Barriere architettoniche"),
    "digital_help": QT_TRANSLATE_NOOP("Labels", "Aiuto digitale (es. SPID)"),
})
VISIT_REFERRALS = Enumeration({
    "social_services": QT_TRANSLATE_NOOP("Labels", "Servizi sociali"),
    "aler": QT_TRANSLATE_NOOP("Labels", "ALER"),
    "gp": QT_TRANSLATE_NOOP("Labels", "Medico di base"),
    "point": QT_TRANSLATE_NOOP("Labels", "Punto di Comunità"),
})

# -- community life (spec/programme.md, "Community life") ---------------------------------

PLACE_TYPE = Enumeration({
    "square": QT_TRANSLATE_NOOP("Labels", "Piazza"),
    "park": QT_TRANSLATE_NOOP("Labels", "Parco"),
    "library": QT_TRANSLATE_NOOP("Labels", "Biblioteca"),
    "study_room": QT_TRANSLATE_NOOP("Labels", "Aula studio"),
    "school": QT_TRANSLATE_NOOP("Labels", "Scuola"),
    "parish": QT_TRANSLATE_NOOP("Labels", "Parrocchia / oratorio"),
    "sports": QT_TRANSLATE_NOOP("Labels", "Impianto sportivo"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
ORG_TYPE = Enumeration({
    "comune": QT_TRANSLATE_NOOP("Labels", "Comune"),
    "public_service": QT_TRANSLATE_NOOP("Labels", "Servizio pubblico"),
    "cooperative": QT_TRANSLATE_NOOP("Labels", "Cooperativa"),
    "association": QT_TRANSLATE_NOOP("Labels", "Associazione"),
    "company": QT_TRANSLATE_NOOP("Labels", "Impresa"),
    "staffing_agency": QT_TRANSLATE_NOOP("Labels", "Agenzia per il lavoro"),
    "real_estate_agency": QT_TRANSLATE_NOOP("Labels", "Agenzia immobiliare"),
    "school": QT_TRANSLATE_NOOP("Labels", "Scuola"),
    "parish": QT_TRANSLATE_NOOP("Labels", "Parrocchia"),
    "foundation": QT_TRANSLATE_NOOP("Labels", "Fondazione"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
AGREEMENT_TYPE = Enumeration({
    "convention": QT_TRANSLATE_NOOP("Labels", "Convenzione"),
    "protocol": QT_TRANSLATE_NOOP("Labels", "Protocollo d'intesa"),
    "pact": QT_TRANSLATE_NOOP("Labels", "Patto di collaborazione"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
WORKSHOP_THEME = Enumeration({
    "family_support": QT_TRANSLATE_NOOP("Labels", "Sostegno alle famiglie"),
    "parenting": QT_TRANSLATE_NOOP("Labels", "Genitorialità"),
    "nutrition": QT_TRANSLATE_NOOP("Labels", "Alimentazione"),
    "digital": QT_TRANSLATE_NOOP("Labels", "Competenze digitali"),
    "language": QT_TRANSLATE_NOOP("Labels", "Lingua italiana"),
    "work": QT_TRANSLATE_NOOP("Labels", "Lavoro"),
    "housing": QT_TRANSLATE_NOOP("Labels", "Abitare"),
    "youth": QT_TRANSLATE_NOOP("Labels", "Giovani"),
    "culture": QT_TRANSLATE_NOOP("Labels", "Cultura"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
AUDIENCE = Enumeration({
    "adults": QT_TRANSLATE_NOOP("Labels", "Adulti"),
    "families": QT_TRANSLATE_NOOP("Labels", "Famiglie"),
    "youth": QT_TRANSLATE_NOOP("Labels", "Ragazzi"),
    "children": QT_TRANSLATE_NOOP("Labels", "Bambini"),
    "all": QT_TRANSLATE_NOOP("Labels", "Tutti"),
})
WORKSHOP_STATUS = Enumeration({
    "planned": QT_TRANSLATE_NOOP("Labels", "In programma"),
    "running": QT_TRANSLATE_NOOP("Labels", "In corso"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Concluso"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Annullato"),
})
ENROLMENT_STATUS = Enumeration({
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Iscritto/a"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Ritirato/a"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Percorso completato"),
})
ATTENDANCE_STATUS = Enumeration({
    "present": QT_TRANSLATE_NOOP("Labels", "Presente"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Assente"),
    "excused": QT_TRANSLATE_NOOP("Labels", "Assente giustificato/a"),
})
# The order of the flow (services/community/initiatives.py says which moves it allows).
INITIATIVE_STATUS = Enumeration({
    "proposed": QT_TRANSLATE_NOOP("Labels", "Proposta"),
    "evaluating": QT_TRANSLATE_NOOP("Labels", "In valutazione"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accolta"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Respinta"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In corso"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Conclusa"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Ritirata"),
})

# What a user may be granted beyond the front desk's records (DESIGN.md, "Security and
# privacy"): a kind declares the area it belongs to (store/kinds.py); administrators
# have every area.
ACCESS_AREAS = Enumeration({
    "health": QT_TRANSLATE_NOOP("Labels", "Salute e disabilità"),
    "adolescents": QT_TRANSLATE_NOOP("Labels", "Piano adolescenti"),
    "work": QT_TRANSLATE_NOOP("Labels", "Piano lavoro"),
    "housing": QT_TRANSLATE_NOOP("Labels", "Piano casa"),
})

MUNICIPALITIES = (
    "Montichiari", "Acquafredda", "Calcinato", "Calvisano", "Carpenedolo", "Remedello", "Visano",
)
USER_ROLES = ("admin", "operator")
SITE_ROLES = ("coordinator", "point", "laptop")
