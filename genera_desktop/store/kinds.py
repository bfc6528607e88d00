"""The record kinds, each declared once (store/kind.py says what a declaration holds).

One module beside the one module of models (store/models.py): a kind's model says how it
is stored, its declaration here says the rest. When the area layout splits the models by
area, each area's declarations go beside its models the same way.

Italian text is marked with ``QT_TRANSLATE_NOOP`` (domain/i18n.py): kind names in
context "Kinds", field words in context "Labels" (the enumerations' context, so a word
shared by both is translated once). ``make translations`` scans this module.
"""

from __future__ import annotations

from collections.abc import Mapping

from genera_desktop.domain import vocab
from genera_desktop.domain.i18n import QT_TRANSLATE_NOOP
from genera_desktop.store import kinds_housing, kinds_work, kinds_youth
from genera_desktop.store.base import Replicated
from genera_desktop.store.kind import (
    CATALOG,
    DIRECTORY,
    HOUSEHOLD,
    KEEP,
    NOT_PERSONAL,
    NOTHING,
    PERSON,
    POINT,
    PURGE,
    SUBJECT,
    TODAY,
    AccessExport,
    FieldText,
    KindSpec,
    Names,
)
from genera_desktop.store.models import (
    MODELS,
    Agreement,
    Attendance,
    Contact,
    Enrolment,
    FollowUp,
    Health,
    Household,
    HousingContext,
    Initiative,
    Intake,
    Organisation,
    Person,
    Place,
    Point,
    Referral,
    Visit,
    Workshop,
    WorkshopSession,
)

T = FieldText

# -- the network: points ----------------------------------------------------------------

POINT_KIND = KindSpec(
    model=Point,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Punto di Comunità"),
                QT_TRANSLATE_NOOP("Kinds", "Punti di Comunità"),
                "Community point", "Community points",
                QT_TRANSLATE_NOOP("Kinds", "Nuovo punto di comunità")),
    owner=CATALOG,
    texts={
        "code": T(QT_TRANSLATE_NOOP("Labels", "Codice"),
                  QT_TRANSLATE_NOOP("Labels", "Lettere maiuscole e cifre, es. MON: "
                                              "apre il numero di pratica dei nuclei")),
        "name": T(QT_TRANSLATE_NOOP("Labels", "Denominazione")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("code", "name", "municipality", "address", "phone", "notes"),
    columns=("code", "name", "municipality", "address", "phone"),
    summary=("code", "name", "municipality"),
)

# -- the custode sociale: housing contexts and visits -------------------------------------

HOUSING_CONTEXT_KIND = KindSpec(
    model=HousingContext,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Contesto abitativo"),
                QT_TRANSLATE_NOOP("Kinds", "Contesti abitativi"),
                "Housing context", "Housing contexts",
                QT_TRANSLATE_NOOP("Kinds", "Nuovo contesto abitativo")),
    owner=CATALOG,
    # A context's custode decides which laptop holds the households that live in it.
    moves_scope=("custode_site",),
    texts={
        "name": T(QT_TRANSLATE_NOOP("Labels", "Denominazione")),
        "manager": T(QT_TRANSLATE_NOOP("Labels", "Ente gestore")),
        "context_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di contesto")),
        "custode_site": T(QT_TRANSLATE_NOOP("Labels", "Postazione del custode sociale"),
                          QT_TRANSLATE_NOOP("Labels", "Il portatile che segue il contesto: "
                                                      "riceve i nuclei che ci abitano")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("name", "address", "municipality"),
    columns=("name", "address", "municipality", "context_type", "manager"),
    summary=("name",),
)

VISIT_KIND = KindSpec(
    model=Visit,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Visita"), QT_TRANSLATE_NOOP("Kinds", "Visite"),
                "Visit", "Visits", QT_TRANSLATE_NOOP("Kinds", "Nuova visita")),
    owner=HOUSEHOLD,
    household_field="household",
    context_field="housing_context",
    texts={
        "time": T(QT_TRANSLATE_NOOP("Labels", "Ora")),
        "person": T(QT_TRANSLATE_NOOP("Labels", "Persona incontrata")),
        "flagged_by": T(QT_TRANSLATE_NOOP("Labels", "Segnalato da")),
        "contact_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di contatto"),
                          suggest=vocab.VISIT_CONTACT_TYPE),
        "issues": T(QT_TRANSLATE_NOOP("Labels", "Problemi osservati")),
        "actions": T(QT_TRANSLATE_NOOP("Labels", "Azioni")),
        "referrals": T(QT_TRANSLATE_NOOP("Labels", "Invii")),
        "next_visit": T(QT_TRANSLATE_NOOP("Labels", "Prossima visita")),
    },
    # A visit naming nobody is about the whole family; one naming another member is theirs.
    access_export=AccessExport(person_fields=("person",), household_field="household",
                               unless_named=True),
    erasure=KEEP,
    search=("contact_type", "actions", "outcome", "operator", "notes"),
    columns=("date", "time", "household", "person", "contact_type", "issues", "operator"),
    summary=("date", "household", "housing_context"),
)

# -- the front desk: households, persons and what is recorded about them ---------------------

HOUSEHOLD_KIND = KindSpec(
    model=Household,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Nucleo familiare"),
                QT_TRANSLATE_NOOP("Kinds", "Nuclei familiari"),
                "Household", "Households",
                QT_TRANSLATE_NOOP("Kinds", "Nuovo nucleo familiare")),
    owner=POINT,
    owner_field="point",
    context_field="housing_context",
    texts={
        "flat": T(QT_TRANSLATE_NOOP("Labels", "Scala / interno")),
        "status": T(QT_TRANSLATE_NOOP("Labels", "Stato"), suggest=vocab.HOUSEHOLD_STATUS),
        "case_number": T(QT_TRANSLATE_NOOP("Labels", "N. pratica"),
                         QT_TRANSLATE_NOOP("Labels", "Assegnato al primo salvataggio: "
                                                     "codice del punto, anno, numero"),
                         short=QT_TRANSLATE_NOOP("Labels", "Pratica")),
        "registered_on": T(QT_TRANSLATE_NOOP("Labels", "Registrato il")),
        "import_ref": T(QT_TRANSLATE_NOOP("Labels", "Riferimento di importazione"),
                        QT_TRANSLATE_NOOP("Labels", "Il household_ref della riga del file "
                                                    "che lo ha importato")),
    },
    access_export=SUBJECT,
    erasure=KEEP,
    search=("address", "case_number", "phone"),
    defaults={"registered_on": TODAY},
    columns=("case_number", "point", "municipality", "address", "phone", "status"),
    summary=("case_number", "point", "address"),
)

PERSON_KIND = KindSpec(
    model=Person,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Persona"), QT_TRANSLATE_NOOP("Kinds", "Persone"),
                "Person", "People", QT_TRANSLATE_NOOP("Kinds", "Nuova persona")),
    owner=HOUSEHOLD,
    household_field="household",
    texts={
        "first_name": T(QT_TRANSLATE_NOOP("Labels", "Nome")),
        "last_name": T(QT_TRANSLATE_NOOP("Labels", "Cognome")),
        "tax_code": T(QT_TRANSLATE_NOOP("Labels", "Codice fiscale"),
                      QT_TRANSLATE_NOOP("Labels", "16 caratteri (omocodie comprese) o 11 "
                                                  "cifre se provvisorio")),
        "tax_code_missing": T(QT_TRANSLATE_NOOP("Labels", "Senza codice fiscale"),
                              QT_TRANSLATE_NOOP("Labels", "La persona non ha un codice "
                                                          "fiscale: non è una dimenticanza")),
        "birth_date": T(QT_TRANSLATE_NOOP("Labels", "Data di nascita")),
        "birth_place": T(QT_TRANSLATE_NOOP("Labels", "Luogo di nascita")),
        "sex": T(QT_TRANSLATE_NOOP("Labels", "Sesso")),
        "citizenship": T(QT_TRANSLATE_NOOP("Labels", "Cittadinanza")),
        "residence_permit": T(QT_TRANSLATE_NOOP("Labels", "Permesso di soggiorno")),
        "marital_status": T(QT_TRANSLATE_NOOP("Labels", "Stato civile")),
        "education": T(QT_TRANSLATE_NOOP("Labels", "Titolo di studio")),
        "work_status": T(QT_TRANSLATE_NOOP("Labels", "Condizione lavorativa"),
                         short=QT_TRANSLATE_NOOP("Labels", "Lavoro")),
        "relation": T(QT_TRANSLATE_NOOP("Labels", "Relazione con la persona di riferimento"),
                      short=QT_TRANSLATE_NOOP("Labels", "Relazione")),
        "is_reference": T(QT_TRANSLATE_NOOP("Labels", "Persona di riferimento")),
    },
    access_export=SUBJECT,
    erasure=PURGE,
    search=("first_name", "last_name", "tax_code", "phone"),
    columns=("last_name", "first_name", "relation", "birth_date", "tax_code", "phone",
             "work_status", "education"),
    summary=("last_name", "first_name", "tax_code", "birth_date"),
)

INTAKE_KIND = KindSpec(
    model=Intake,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Accoglienza"),
                QT_TRANSLATE_NOOP("Kinds", "Accoglienze"),
                "Intake", "Intakes", QT_TRANSLATE_NOOP("Kinds", "Nuova accoglienza")),
    owner=HOUSEHOLD,
    household_field="household",
    texts={
        "channel": T(QT_TRANSLATE_NOOP("Labels", "Come è arrivata")),
        "referred_by": T(QT_TRANSLATE_NOOP("Labels", "Inviata da")),
        "reference_person": T(QT_TRANSLATE_NOOP("Labels", "Persona di riferimento")),
        "homeless": T(QT_TRANSLATE_NOOP("Labels", "Senza dimora")),
        "housing_tenure": T(QT_TRANSLATE_NOOP("Labels", "Titolo di godimento dell'abitazione")),
        "overcrowding": T(QT_TRANSLATE_NOOP("Labels", "Sovraffollamento")),
        "barriers": T(QT_TRANSLATE_NOOP("Labels", "Barriere architettoniche")),
        "arrears": T(QT_TRANSLATE_NOOP("Labels", "Morosità")),
        "eviction": T(QT_TRANSLATE_NOOP("Labels", "Sfratto")),
        "income_sources": T(QT_TRANSLATE_NOOP("Labels", "Fonti di reddito")),
        "isee_value": T(QT_TRANSLATE_NOOP("Labels", "Valore ISEE"),
                        QT_TRANSLATE_NOOP("Labels", "In euro, come sull'attestazione")),
        "isee_date": T(QT_TRANSLATE_NOOP("Labels", "Data ISEE")),
        "needs_stated": T(QT_TRANSLATE_NOOP("Labels", "Bisogni espressi")),
        "needs_observed": T(QT_TRANSLATE_NOOP("Labels", "Bisogni rilevati")),
        "services_involved": T(QT_TRANSLATE_NOOP("Labels", "Servizi già coinvolti")),
        "outcome_notes": T(QT_TRANSLATE_NOOP("Labels", "Note sull'esito")),
        "next_appointment": T(QT_TRANSLATE_NOOP("Labels", "Prossimo appuntamento")),
        "privacy_notice_date": T(QT_TRANSLATE_NOOP("Labels",
                                                   "Informativa privacy consegnata il")),
        "consents": T(QT_TRANSLATE_NOOP("Labels", "Consensi")),
    },
    # The family's intake is about every member, whoever was its reference person.
    access_export=AccessExport(person_fields=("reference_person",),
                               household_field="household"),
    erasure=KEEP,
    search=("point", "operator", "referred_by", "services_involved", "outcome_notes",
            "notes"),
    columns=("date", "point", "operator", "channel", "outcome", "next_appointment"),
    summary=("date", "household"),
)

HEALTH_KIND = KindSpec(
    model=Health,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Salute"), QT_TRANSLATE_NOOP("Kinds", "Salute"),
                "Health", "Health",
                QT_TRANSLATE_NOOP("Kinds", "Nuovi dati di salute")),
    owner=PERSON,
    owner_field="person",
    # Set from the person's household when it is added: held and deleted with it.
    household_field="household",
    area="health",
    texts={
        "household": T(QT_TRANSLATE_NOOP("Labels", "Nucleo familiare"),
                       QT_TRANSLATE_NOOP("Labels", "Quello della persona, messo dall'app")),
        "disability": T(QT_TRANSLATE_NOOP("Labels", "Disabilità")),
        "disability_percent": T(QT_TRANSLATE_NOOP("Labels", "Percentuale di invalidità"),
                                QT_TRANSLATE_NOOP("Labels", "Da 0 a 100, come sul verbale")),
        "invalidity_recognised": T(QT_TRANSLATE_NOOP("Labels", "Invalidità riconosciuta")),
        "dependence": T(QT_TRANSLATE_NOOP("Labels", "Non autosufficienza")),
        "conditions": T(QT_TRANSLATE_NOOP("Labels", "Condizioni")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("conditions", "notes"),
    columns=("person", "disability", "disability_percent", "invalidity_recognised",
             "dependence"),
    summary=("household",),
)

CONTACT_KIND = KindSpec(
    model=Contact,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Colloquio"), QT_TRANSLATE_NOOP("Kinds", "Colloqui"),
                "Contact", "Contacts", QT_TRANSLATE_NOOP("Kinds", "Nuovo colloquio")),
    owner=HOUSEHOLD,
    household_field="household",
    texts={
        "contact_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di contatto"),
                          short=QT_TRANSLATE_NOOP("Labels", "Tipo")),
        "person": T(QT_TRANSLATE_NOOP("Labels", "Persona"),
                    QT_TRANSLATE_NOOP("Labels", "Vuoto se riguarda tutto il nucleo")),
    },
    access_export=AccessExport(person_fields=("person",), household_field="household",
                               unless_named=True),
    erasure=KEEP,
    search=("operator", "notes"),
    columns=("date", "contact_type", "person", "operator", "notes"),
    summary=("date", "household"),
    form=("date", "contact_type", "person", "operator", "notes"),
)

REFERRAL_KIND = KindSpec(
    model=Referral,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Invio"), QT_TRANSLATE_NOOP("Kinds", "Invii"),
                "Referral", "Referrals", QT_TRANSLATE_NOOP("Kinds", "Nuovo invio")),
    owner=HOUSEHOLD,
    household_field="household",
    texts={
        "direction": T(QT_TRANSLATE_NOOP("Labels", "Direzione"),
                       QT_TRANSLATE_NOOP("Labels", "Invio: verso un altro servizio; "
                                                   "segnalazione: da un altro servizio")),
        "organisation": T(QT_TRANSLATE_NOOP("Labels", "Ente o servizio"),
                          QT_TRANSLATE_NOOP("Labels", "A chi o da chi")),
        "organisation_ref": T(QT_TRANSLATE_NOOP("Labels", "Organizzazione della rete"),
                              QT_TRANSLATE_NOOP("Labels", "L'ente nell'elenco della rete, "
                                                          "se c'è")),
    },
    access_export=AccessExport(household_field="household"),
    erasure=KEEP,
    search=("organisation", "outcome", "notes"),
    columns=("date", "direction", "organisation", "status", "outcome"),
    summary=("date", "household"),
    form=("date", "direction", "organisation", "status", "outcome", "notes"),
)

FOLLOW_UP_KIND = KindSpec(
    model=FollowUp,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Promemoria"),
                QT_TRANSLATE_NOOP("Kinds", "Promemoria"),
                "Follow-up", "Follow-ups",
                QT_TRANSLATE_NOOP("Kinds", "Nuovo promemoria")),
    owner=HOUSEHOLD,
    household_field="household",
    texts={
        "due_date": T(QT_TRANSLATE_NOOP("Labels", "Scadenza")),
        "note": T(QT_TRANSLATE_NOOP("Labels", "Cosa fare")),
        "done": T(QT_TRANSLATE_NOOP("Labels", "Fatto")),
        "done_on": T(QT_TRANSLATE_NOOP("Labels", "Fatto il")),
    },
    access_export=AccessExport(household_field="household"),
    erasure=KEEP,
    search=("operator", "note"),
    columns=("due_date", "operator", "note", "done"),
    summary=("due_date", "household"),
    form=("due_date", "operator", "note", "done"),
)


# -- community life (spec/programme.md, "Community life") ----------------------------------

PLACE_KIND = KindSpec(
    model=Place,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Punto diffuso"),
                QT_TRANSLATE_NOOP("Kinds", "Punti diffusi"),
                "Place", "Places", QT_TRANSLATE_NOOP("Kinds", "Nuovo punto diffuso")),
    owner=POINT,
    owner_field="point",
    texts={
        "name": T(QT_TRANSLATE_NOOP("Labels", "Denominazione")),
        "point": T(QT_TRANSLATE_NOOP("Labels", "Punto di Comunità"),
                   QT_TRANSLATE_NOOP("Labels", "Il punto che lo anima")),
        "place_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di luogo"),
                        short=QT_TRANSLATE_NOOP("Labels", "Tipo")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("name", "municipality", "address", "notes"),
    columns=("name", "place_type", "municipality", "address", "point"),
    summary=("name", "point"),
    form=("name", "point", "place_type", "municipality", "address", "notes"),
)

ORGANISATION_KIND = KindSpec(
    model=Organisation,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Organizzazione"),
                QT_TRANSLATE_NOOP("Kinds", "Organizzazioni"),
                "Organisation", "Organisations",
                QT_TRANSLATE_NOOP("Kinds", "Nuova organizzazione")),
    owner=DIRECTORY,
    texts={
        "name": T(QT_TRANSLATE_NOOP("Labels", "Denominazione")),
        "org_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di ente"),
                      short=QT_TRANSLATE_NOOP("Labels", "Tipo")),
        "vat_number": T(QT_TRANSLATE_NOOP("Labels", "Partita IVA"),
                        QT_TRANSLATE_NOOP("Labels", "11 cifre, con la cifra di controllo")),
        "tax_code": T(QT_TRANSLATE_NOOP("Labels", "Codice fiscale dell'ente")),
        "is_partner": T(QT_TRANSLATE_NOOP("Labels", "Partner del programma"),
                        short=QT_TRANSLATE_NOOP("Labels", "Partner")),
        "ateco": T(QT_TRANSLATE_NOOP("Labels", "Codice ATECO"),
                   QT_TRANSLATE_NOOP("Labels", "Attività economica, dalla classificazione "
                                               "ATECO 2025")),
        "employees": T(QT_TRANSLATE_NOOP("Labels", "Addetti"),
                       QT_TRANSLATE_NOOP("Labels", "Quante persone ci lavorano")),
        "contact_name": T(QT_TRANSLATE_NOOP("Labels", "Referente")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("name", "municipality", "address", "vat_number", "tax_code", "contact_name",
            "phone", "email"),
    columns=("name", "org_type", "municipality", "is_partner", "vat_number", "contact_name",
             "phone"),
    summary=("name", "org_type", "municipality"),
)

AGREEMENT_KIND = KindSpec(
    model=Agreement,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Accordo"), QT_TRANSLATE_NOOP("Kinds", "Accordi"),
                "Agreement", "Agreements", QT_TRANSLATE_NOOP("Kinds", "Nuovo accordo")),
    owner=DIRECTORY,
    texts={
        "organisation": T(QT_TRANSLATE_NOOP("Labels", "Organizzazione")),
        "agreement_type": T(QT_TRANSLATE_NOOP("Labels", "Tipo di accordo"),
                            short=QT_TRANSLATE_NOOP("Labels", "Tipo")),
        "subject": T(QT_TRANSLATE_NOOP("Labels", "Oggetto")),
        "signed_on": T(QT_TRANSLATE_NOOP("Labels", "Firmato il")),
        "start_date": T(QT_TRANSLATE_NOOP("Labels", "Dal")),
        "end_date": T(QT_TRANSLATE_NOOP("Labels", "Al")),
        "point": T(QT_TRANSLATE_NOOP("Labels", "Punto di Comunità"),
                   QT_TRANSLATE_NOOP("Labels", "Vuoto se riguarda tutta la rete")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("subject", "notes"),
    columns=("agreement_type", "organisation", "subject", "signed_on", "start_date",
             "end_date"),
    summary=("agreement_type", "organisation", "start_date"),
    form=("organisation", "agreement_type", "subject", "signed_on", "start_date", "end_date",
          "point", "notes"),
)

WORKSHOP_KIND = KindSpec(
    model=Workshop,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Laboratorio"),
                QT_TRANSLATE_NOOP("Kinds", "Laboratori"),
                "Workshop", "Workshops", QT_TRANSLATE_NOOP("Kinds", "Nuovo laboratorio")),
    owner=POINT,
    owner_field="point",
    texts={
        "theme": T(QT_TRANSLATE_NOOP("Labels", "Tema")),
        "audience": T(QT_TRANSLATE_NOOP("Labels", "Destinatari")),
        "format": T(QT_TRANSLATE_NOOP("Labels", "Forma"),
                    QT_TRANSLATE_NOOP("Labels", "Un laboratorio, o un gruppo di ragazzi "
                                                "(Adolescenti); vuoto è un laboratorio")),
        "place": T(QT_TRANSLATE_NOOP("Labels", "Luogo"),
                   QT_TRANSLATE_NOOP("Labels", "Il punto diffuso dove si tiene")),
        "organisation": T(QT_TRANSLATE_NOOP("Labels", "Ente che lo conduce"),
                          QT_TRANSLATE_NOOP("Labels", "Un partner della rete"),
                          short=QT_TRANSLATE_NOOP("Labels", "Ente")),
        "facilitator": T(QT_TRANSLATE_NOOP("Labels", "Chi conduce"),
                         QT_TRANSLATE_NOOP("Labels", "Il nome utente dell'operatore")),
        "description": T(QT_TRANSLATE_NOOP("Labels", "Descrizione")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("title", "facilitator", "description"),
    columns=("title", "theme", "audience", "start_date", "end_date", "status", "facilitator"),
    summary=("title", "point", "status"),
)

WORKSHOP_SESSION_KIND = KindSpec(
    model=WorkshopSession,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Incontro"), QT_TRANSLATE_NOOP("Kinds", "Incontri"),
                "Workshop session", "Workshop sessions",
                QT_TRANSLATE_NOOP("Kinds", "Nuovo incontro")),
    owner=POINT,
    owner_field="point",
    owner_via="workshop",
    texts={
        "workshop": T(QT_TRANSLATE_NOOP("Labels", "Laboratorio")),
        "start_time": T(QT_TRANSLATE_NOOP("Labels", "Dalle")),
        "end_time": T(QT_TRANSLATE_NOOP("Labels", "Alle")),
        "place": T(QT_TRANSLATE_NOOP("Labels", "Luogo"),
                   QT_TRANSLATE_NOOP("Labels", "Vuoto se è quello del laboratorio")),
        "topic": T(QT_TRANSLATE_NOOP("Labels", "Argomento")),
        "guests": T(QT_TRANSLATE_NOOP("Labels", "Ospiti senza nome"),
                    QT_TRANSLATE_NOOP("Labels", "Persone venute senza registrarsi"),
                    short=QT_TRANSLATE_NOOP("Labels", "Ospiti")),
        "point": T(QT_TRANSLATE_NOOP("Labels", "Punto di Comunità"),
                   QT_TRANSLATE_NOOP("Labels", "Quello del laboratorio, messo dall'app")),
    },
    access_export=NOT_PERSONAL,
    erasure=NOTHING,
    search=("topic", "notes"),
    set_by_app=("point",),
    columns=("date", "start_time", "end_time", "topic", "guests"),
    summary=("date", "workshop", "topic"),
    form=("date", "start_time", "end_time", "place", "topic", "guests", "notes"),
)

ENROLMENT_KIND = KindSpec(
    model=Enrolment,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Iscrizione"),
                QT_TRANSLATE_NOOP("Kinds", "Iscrizioni"),
                "Enrolment", "Enrolments", QT_TRANSLATE_NOOP("Kinds", "Nuova iscrizione")),
    owner=POINT,
    owner_field="point",
    owner_via="workshop",
    household_field="household",
    household_via="person",
    texts={
        "workshop": T(QT_TRANSLATE_NOOP("Labels", "Laboratorio")),
        "enrolled_on": T(QT_TRANSLATE_NOOP("Labels", "Iscritto/a il")),
        "point": T(QT_TRANSLATE_NOOP("Labels", "Punto di Comunità"),
                   QT_TRANSLATE_NOOP("Labels", "Quello del laboratorio, messo dall'app")),
        "household": T(QT_TRANSLATE_NOOP("Labels", "Nucleo familiare"),
                       QT_TRANSLATE_NOOP("Labels", "Quello della persona, messo dall'app")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    search=("notes",),
    defaults={"status": "enrolled"},
    set_by_app=("point", "household"),
    columns=("person", "enrolled_on", "status"),
    summary=("workshop", "person", "status"),
    one_per=("workshop", "person"),
)

ATTENDANCE_KIND = KindSpec(
    model=Attendance,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Presenza"), QT_TRANSLATE_NOOP("Kinds", "Presenze"),
                "Attendance", "Attendances", QT_TRANSLATE_NOOP("Kinds", "Nuova presenza")),
    owner=POINT,
    owner_field="point",
    owner_via="session",
    household_field="household",
    household_via="person",
    texts={
        "session": T(QT_TRANSLATE_NOOP("Labels", "Incontro")),
        "point": T(QT_TRANSLATE_NOOP("Labels", "Punto di Comunità"),
                   QT_TRANSLATE_NOOP("Labels", "Quello del laboratorio, messo dall'app")),
        "household": T(QT_TRANSLATE_NOOP("Labels", "Nucleo familiare"),
                       QT_TRANSLATE_NOOP("Labels", "Quello della persona, messo dall'app")),
    },
    access_export=AccessExport(person_fields=("person",)),
    erasure=PURGE,
    defaults={"status": "present"},
    set_by_app=("point", "household"),
    columns=("session", "person", "status"),
    summary=("session", "person", "status"),
    one_per=("session", "person"),
)

INITIATIVE_KIND = KindSpec(
    model=Initiative,
    names=Names(QT_TRANSLATE_NOOP("Kinds", "Iniziativa dei cittadini"),
                QT_TRANSLATE_NOOP("Kinds", "Iniziative dei cittadini"),
                "Citizens' initiative", "Citizens' initiatives",
                QT_TRANSLATE_NOOP("Kinds", "Nuova iniziativa")),
    owner=POINT,
    owner_field="point",
    texts={
        "proposed_on": T(QT_TRANSLATE_NOOP("Labels", "Proposta il")),
        "proposer_person": T(QT_TRANSLATE_NOOP("Labels", "Proposta da (persona)"),
                             short=QT_TRANSLATE_NOOP("Labels", "Proponente")),
        "proposer_organisation": T(QT_TRANSLATE_NOOP("Labels", "Proposta da (ente)"),
                                   short=QT_TRANSLATE_NOOP("Labels", "Ente proponente")),
        "place": T(QT_TRANSLATE_NOOP("Labels", "Luogo")),
        "description": T(QT_TRANSLATE_NOOP("Labels", "Descrizione")),
        "status": T(QT_TRANSLATE_NOOP("Labels", "Stato"),
                    QT_TRANSLATE_NOOP("Labels", "Cambia solo con i passaggi previsti")),
        "support_requested": T(QT_TRANSLATE_NOOP("Labels", "Sostegno richiesto (€)"),
                               short=QT_TRANSLATE_NOOP("Labels", "Richiesto")),
        "support_granted": T(QT_TRANSLATE_NOOP("Labels", "Sostegno concesso (€)"),
                             QT_TRANSLATE_NOOP("Labels", "Solo per un'iniziativa accolta"),
                             short=QT_TRANSLATE_NOOP("Labels", "Concesso")),
        "decided_on": T(QT_TRANSLATE_NOOP("Labels", "Decisa il"),
                        QT_TRANSLATE_NOOP("Labels", "Necessaria per accogliere o respingere")),
        "pact_signed_on": T(QT_TRANSLATE_NOOP("Labels", "Patto di collaborazione firmato il")),
        "report_due": T(QT_TRANSLATE_NOOP("Labels", "Rendiconto atteso entro"),
                        short=QT_TRANSLATE_NOOP("Labels", "Rendiconto entro")),
        "report_received": T(QT_TRANSLATE_NOOP("Labels", "Rendiconto ricevuto il")),
        "participants": T(QT_TRANSLATE_NOOP("Labels", "Partecipanti"),
                          QT_TRANSLATE_NOOP("Labels", "Quante persone hanno preso parte")),
    },
    # The initiative is the point's: erasing its proposer leaves it, naming nobody.
    access_export=AccessExport(person_fields=("proposer_person",)),
    erasure=KEEP,
    search=("title", "description", "notes"),
    defaults={"status": "proposed"},
    columns=("title", "status", "proposed_on", "support_requested", "support_granted",
             "report_due"),
    summary=("title", "point", "status"),
)


def _every_kind() -> Mapping[str, KindSpec]:
    """Each model's declaration, in the models' order; a model left undeclared stops
    the app at start-up, naming it (tests/unit/test_kinds.py says what is missing)."""
    areas = (kinds_housing, kinds_work, kinds_youth)  # the areas' declarations (store/kinds_AREA.py)
    found = [*globals().values(), *(v for area in areas for v in vars(area).values())]
    declared = {v.kind: v for v in found if isinstance(v, KindSpec)}
    missing = [kind for kind in MODELS if kind not in declared]
    if missing:
        raise LookupError(f"store/kinds.py declares no kind for: {', '.join(missing)}")
    return {kind: declared[kind] for kind in MODELS}


KINDS: Mapping[str, KindSpec] = _every_kind()

# Records that belong to a household: a household's delete takes them with it, its
# restore brings them back, a merge of two households moves them.
HOUSEHOLD_CHILDREN: tuple[type[Replicated], ...] = tuple(
    spec.model for spec in KINDS.values() if spec.household_field and spec.kind != "household"
)


def spec_of(kind: str) -> KindSpec:
    """A kind's declaration; KeyError for a kind that does not exist."""
    return KINDS[kind]


def kinds_in_area(area: str) -> frozenset[str]:
    """The kinds of an access area."""
    return frozenset(k for k, s in KINDS.items() if s.area == area)


def areas() -> tuple[str, ...]:
    """Every access area a user may be granted (vocab.ACCESS_AREAS, in its order)."""
    return tuple(vocab.ACCESS_AREAS)
