"""The choice labels of printing/labels.py for the screen, in the UI's language.

Paper forms stay Italian (printing/labels.py); the screen speaks the language the app
started in. Each Italian label is written here again inside QT_TRANSLATE_NOOP so that
lupdate puts it in the .ts files (context "Labels"), and it is translated when read,
not at import, so the translator installed at start-up is the one that counts.
FIELD_NAMES does the same for the field names of printing/access_request.py.
tests/ui/test_labels.py keeps these dicts in step with the printed ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"


class Choices(Mapping[str, str]):
    """Codes to labels, like printing/labels.py's dicts, but each label is translated
    when it is read."""

    def __init__(self, sources: Mapping[str, object]) -> None:
        # code -> the Italian source lupdate extracted (QT_TRANSLATE_NOOP is typed object)
        self.sources = {code: str(text) for code, text in sources.items()}

    def __getitem__(self, code: str) -> str:
        return QCoreApplication.translate(CONTEXT, self.sources[code])

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)

    def __repr__(self) -> str:
        return f"Choices({self.sources!r})"


HOUSEHOLD_STATUS = Choices({
    "new": QT_TRANSLATE_NOOP("Labels", "Nuovo"),
    "active": QT_TRANSLATE_NOOP("Labels", "Attivo"),
    "taken_on": QT_TRANSLATE_NOOP("Labels", "Preso in carico"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Sospeso"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Chiuso"),
})

SEX = Choices({
    "F": QT_TRANSLATE_NOOP("Labels", "Femmina"),
    "M": QT_TRANSLATE_NOOP("Labels", "Maschio"),
})

RESIDENCE_PERMIT = Choices({
    "yes": QT_TRANSLATE_NOOP("Labels", "Sì"),
    "no": QT_TRANSLATE_NOOP("Labels", "No"),
    "pending": QT_TRANSLATE_NOOP("Labels", "In attesa"),
})

MARITAL_STATUS = Choices({
    "single": QT_TRANSLATE_NOOP("Labels", "Celibe / nubile"),
    "married": QT_TRANSLATE_NOOP("Labels", "Coniugato/a"),
    "cohabiting": QT_TRANSLATE_NOOP("Labels", "Convivente"),
    "separated": QT_TRANSLATE_NOOP("Labels", "Separato/a"),
    "divorced": QT_TRANSLATE_NOOP("Labels", "Divorziato/a"),
    "widowed": QT_TRANSLATE_NOOP("Labels", "Vedovo/a"),
})

EDUCATION = Choices({
    "none": QT_TRANSLATE_NOOP("Labels", "Nessun titolo"),
    "primary": QT_TRANSLATE_NOOP("Labels", "Licenza elementare"),
    "lower_secondary": QT_TRANSLATE_NOOP("Labels", "Licenza media"),
    "vocational": QT_TRANSLATE_NOOP("Labels", "Qualifica professionale"),
    "upper_secondary": QT_TRANSLATE_NOOP("Labels", "Diploma superiore"),
    "degree": QT_TRANSLATE_NOOP("Labels", "Laurea"),
})

WORK_STATUS = Choices({
    "employed": QT_TRANSLATE_NOOP("Labels", "Occupato/a"),
    "unemployed": QT_TRANSLATE_NOOP("Labels", "Disoccupato/a"),
    "student": QT_TRANSLATE_NOOP("Labels", "Studente/ssa"),
    "homemaker": QT_TRANSLATE_NOOP("Labels", "Casalingo/a"),
    "retired": QT_TRANSLATE_NOOP("Labels", "Pensionato/a"),
    "unable_to_work": QT_TRANSLATE_NOOP("Labels", "Inabile al lavoro"),
})

RELATION = Choices({
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

CHANNEL = Choices({
    "direct": QT_TRANSLATE_NOOP("Labels", "Accesso diretto"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Su invio di altri"),
})

HOUSING_TENURE = Choices({
    "owned": QT_TRANSLATE_NOOP("Labels", "Proprietà"),
    "rented": QT_TRANSLATE_NOOP("Labels", "Affitto"),
    "public_housing": QT_TRANSLATE_NOOP("Labels", "Casa popolare (ERP)"),
    "guest": QT_TRANSLATE_NOOP("Labels", "Ospite"),
    "occupied_without_title": QT_TRANSLATE_NOOP("Labels", "Occupazione senza titolo"),
    "homeless": QT_TRANSLATE_NOOP("Labels", "Senza dimora"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})

INCOME_SOURCES = Choices({
    "work": QT_TRANSLATE_NOOP("Labels", "Lavoro"),
    "pension": QT_TRANSLATE_NOOP("Labels", "Pensione"),
    "benefits": QT_TRANSLATE_NOOP("Labels", "Sussidi e contributi"),
    "maintenance": QT_TRANSLATE_NOOP("Labels", "Assegno di mantenimento"),
    "informal": QT_TRANSLATE_NOOP("Labels", "Lavoro informale / aiuti"),
    "none": QT_TRANSLATE_NOOP("Labels", "Nessun reddito"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})

NEEDS = Choices({
    "economic": QT_TRANSLATE_NOOP("Labels", "Economico"),
    "work": QT_TRANSLATE_NOOP("Labels", "Lavoro"),
    "housing": QT_TRANSLATE_NOOP("Labels", "Abitativo"),
    "family": QT_TRANSLATE_NOOP("Labels", "Familiare"),
    "migration": QT_TRANSLATE_NOOP("Labels", "Migrazione"),
    "education": QT_TRANSLATE_NOOP("Labels", "Istruzione"),
    "health": QT_TRANSLATE_NOOP("Labels", "Salute"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})

OUTCOME = Choices({
    "referral": QT_TRANSLATE_NOOP("Labels", "Invio ad altro servizio"),
    "taken_on": QT_TRANSLATE_NOOP("Labels", "Presa in carico"),
    "information": QT_TRANSLATE_NOOP("Labels", "Informazioni e orientamento"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Chiuso"),
})

CONSENTS = Choices({
    "processing": QT_TRANSLATE_NOOP("Labels", "Trattamento dei dati personali"),
    "special_categories": QT_TRANSLATE_NOOP("Labels", "Trattamento dei dati di salute e particolari"),
    "network_sharing": QT_TRANSLATE_NOOP("Labels", "Condivisione con la rete dei servizi"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Essere ricontattato/a"),
})

CONTACT_TYPE = Choices({
    "interview": QT_TRANSLATE_NOOP("Labels", "Colloquio"),
    "phone_call": QT_TRANSLATE_NOOP("Labels", "Telefonata"),
    "home_visit": QT_TRANSLATE_NOOP("Labels", "Visita domiciliare"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})

REFERRAL_DIRECTION = Choices({
    "out": QT_TRANSLATE_NOOP("Labels", "Invio"),
    "in": QT_TRANSLATE_NOOP("Labels", "Segnalazione"),
})

REFERRAL_STATUS = Choices({
    "sent": QT_TRANSLATE_NOOP("Labels", "Inviato"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accolto"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In corso"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Concluso"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Rifiutato"),
})

MANAGER = Choices({
    "aler": QT_TRANSLATE_NOOP("Labels", "ALER"),
    "comune": QT_TRANSLATE_NOOP("Labels", "Comune"),
    "private": QT_TRANSLATE_NOOP("Labels", "Privato"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})

CONTEXT_TYPE = Choices({
    "building": QT_TRANSLATE_NOOP("Labels", "Edificio"),
    "block": QT_TRANSLATE_NOOP("Labels", "Complesso / isolato"),
    "condominio_sociale": QT_TRANSLATE_NOOP("Labels", "Condominio sociale"),
})

FLAGGED_BY = Choices({
    "social_services": QT_TRANSLATE_NOOP("Labels", "Servizi sociali"),
    "porter": QT_TRANSLATE_NOOP("Labels", "Portiere"),
    "neighbour": QT_TRANSLATE_NOOP("Labels", "Vicino di casa"),
    "self": QT_TRANSLATE_NOOP("Labels", "La persona stessa"),
    "custode": QT_TRANSLATE_NOOP("Labels", "Custode sociale"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})

VISIT_CONTACT_TYPE = Choices({
    "home_visit": QT_TRANSLATE_NOOP("Labels", "Visita domiciliare"),
    "shared_spaces": QT_TRANSLATE_NOOP("Labels", "Spazi comuni"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Telefono"),
    "accompaniment": QT_TRANSLATE_NOOP("Labels", "Accompagnamento"),
    "group_activity": QT_TRANSLATE_NOOP("Labels", "Attività di gruppo"),
})

VISIT_ISSUES = Choices({
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

VISIT_REFERRALS = Choices({
    "social_services": QT_TRANSLATE_NOOP("Labels", "Servizi sociali"),
    "aler": QT_TRANSLATE_NOOP("Labels", "ALER"),
    "gp": QT_TRANSLATE_NOOP("Labels", "Medico di base"),
    "point": QT_TRANSLATE_NOOP("Labels", "Punto di Comunità"),
})


# The names of the records' fields (printing/access_request.py's FIELD_LABELS), for the
# pages that show one field at a time: duplicates, conflicts, the audit trail.
FIELD_NAMES = Choices({
    "id": QT_TRANSLATE_NOOP("Labels", "Identificativo"),
    "household": QT_TRANSLATE_NOOP("Labels", "Nucleo familiare"),
    "first_name": QT_TRANSLATE_NOOP("Labels", "Nome"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Cognome"),
    "tax_code": QT_TRANSLATE_NOOP("Labels", "Codice fiscale"),
    "tax_code_missing": QT_TRANSLATE_NOOP("Labels", "Senza codice fiscale"),
    "birth_date": QT_TRANSLATE_NOOP("Labels", "Data di nascita"),
    "birth_place": QT_TRANSLATE_NOOP("Labels", "Luogo di nascita"),
    "sex": QT_TRANSLATE_NOOP("Labels", "Sesso"),
    "citizenship": QT_TRANSLATE_NOOP("Labels", "Cittadinanza"),
    "residence_permit": QT_TRANSLATE_NOOP("Labels", "Permesso di soggiorno"),
    "marital_status": QT_TRANSLATE_NOOP("Labels", "Stato civile"),
    "education": QT_TRANSLATE_NOOP("Labels", "Titolo di studio"),
    "work_status": QT_TRANSLATE_NOOP("Labels", "Condizione lavorativa"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Telefono"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "relation": QT_TRANSLATE_NOOP("Labels", "Relazione con la persona di riferimento"),
    "is_reference": QT_TRANSLATE_NOOP("Labels", "Persona di riferimento"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Note"),
    "note": QT_TRANSLATE_NOOP("Labels", "Nota"),
    "merged_into": QT_TRANSLATE_NOOP("Labels", "Unita a"),
    "point": QT_TRANSLATE_NOOP("Labels", "Punto di Comunità"),
    "municipality": QT_TRANSLATE_NOOP("Labels", "Comune"),
    "address": QT_TRANSLATE_NOOP("Labels", "Indirizzo"),
    "flat": QT_TRANSLATE_NOOP("Labels", "Scala / interno"),
    "housing_context": QT_TRANSLATE_NOOP("Labels", "Contesto abitativo"),
    "status": QT_TRANSLATE_NOOP("Labels", "Stato"),
    "case_number": QT_TRANSLATE_NOOP("Labels", "N. pratica"),
    "registered_on": QT_TRANSLATE_NOOP("Labels", "Registrato il"),
    "date": QT_TRANSLATE_NOOP("Labels", "Data"),
    "operator": QT_TRANSLATE_NOOP("Labels", "Operatore"),
    "channel": QT_TRANSLATE_NOOP("Labels", "Come è arrivata"),
    "referred_by": QT_TRANSLATE_NOOP("Labels", "Inviata da"),
    "reference_person": QT_TRANSLATE_NOOP("Labels", "Persona di riferimento"),
    "homeless": QT_TRANSLATE_NOOP("Labels", "Senza dimora"),
    "housing_tenure": QT_TRANSLATE_NOOP("Labels", "Titolo di godimento dell'abitazione"),
    "overcrowding": QT_TRANSLATE_NOOP("Labels", "Sovraffollamento"),
    "barriers": QT_TRANSLATE_NOOP("Labels", "Barriere architettoniche"),
    "arrears": QT_TRANSLATE_NOOP("Labels", "Morosità"),
    "eviction": QT_TRANSLATE_NOOP("Labels", "Sfratto"),
    "income_sources": QT_TRANSLATE_NOOP("Labels", "Fonti di reddito"),
    "isee_value": QT_TRANSLATE_NOOP("Labels", "Valore ISEE"),
    "isee_date": QT_TRANSLATE_NOOP("Labels", "Data ISEE"),
    "needs_stated": QT_TRANSLATE_NOOP("Labels", "Bisogni espressi"),
    "needs_observed": QT_TRANSLATE_NOOP("Labels", "Bisogni rilevati"),
    "services_involved": QT_TRANSLATE_NOOP("Labels", "Servizi già coinvolti"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "Esito"),
    "outcome_notes": QT_TRANSLATE_NOOP("Labels", "Note sull'esito"),
    "next_appointment": QT_TRANSLATE_NOOP("Labels", "Prossimo appuntamento"),
    "privacy_notice_date": QT_TRANSLATE_NOOP("Labels", "Informativa privacy consegnata il"),
    "consents": QT_TRANSLATE_NOOP("Labels", "Consensi"),
    "person": QT_TRANSLATE_NOOP("Labels", "Persona"),
    "disability": QT_TRANSLATE_NOOP("Labels", "Disabilità"),
    "disability_percent": QT_TRANSLATE_NOOP("Labels", "Percentuale di invalidità"),
    "invalidity_recognised": QT_TRANSLATE_NOOP("Labels", "Invalidità riconosciuta"),
    "dependence": QT_TRANSLATE_NOOP("Labels", "Non autosufficienza"),
    "conditions": QT_TRANSLATE_NOOP("Labels", "Condizioni"),
    "contact_type": QT_TRANSLATE_NOOP("Labels", "Tipo di contatto"),
    "direction": QT_TRANSLATE_NOOP("Labels", "Direzione"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Ente"),
    "due_date": QT_TRANSLATE_NOOP("Labels", "Scadenza"),
    "done": QT_TRANSLATE_NOOP("Labels", "Fatto"),
    "done_on": QT_TRANSLATE_NOOP("Labels", "Fatto il"),
    "time": QT_TRANSLATE_NOOP("Labels", "Ora"),
    "flagged_by": QT_TRANSLATE_NOOP("Labels", "Segnalato da"),
    "issues": QT_TRANSLATE_NOOP("Labels", "Problemi osservati"),
    "actions": QT_TRANSLATE_NOOP("Labels", "Azioni"),
    "referrals": QT_TRANSLATE_NOOP("Labels", "Invii"),
    "next_visit": QT_TRANSLATE_NOOP("Labels", "Prossima visita"),
    "code": QT_TRANSLATE_NOOP("Labels", "Codice"),
    "name": QT_TRANSLATE_NOOP("Labels", "Denominazione"),
    "manager": QT_TRANSLATE_NOOP("Labels", "Proprietà o gestione"),
    "context_type": QT_TRANSLATE_NOOP("Labels", "Tipo di contesto"),
    "custode_site": QT_TRANSLATE_NOOP("Labels", "Custode sociale"),
})


def _screen_by_field() -> dict[tuple[str, str], Choices]:
    """printing/labels.py's BY_FIELD with each printed dict replaced by its namesake here."""
    from genera_desktop.printing import labels as printed

    screen = {id(getattr(printed, name)): choices for name, choices in globals().items()
              if isinstance(choices, Choices) and isinstance(getattr(printed, name, None), dict)}
    return {key: screen[id(table)] for key, table in printed.BY_FIELD.items()}


BY_FIELD: dict[tuple[str, str], Choices] = _screen_by_field()


def label(labels: Mapping[str, str], code: object) -> str:
    """The label of ``code`` in the UI's language; unknown or free-text values (a
    household's status is free text with suggested codes) are shown as written."""
    if code is None or code == "":
        return ""
    text = str(code)
    return labels.get(text, text)
