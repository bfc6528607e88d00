"""The enumerations of the Piano integrato casa (spec/programme.md): English codes
stored, Italian labels shown (context "Labels", as domain/vocab.py)."""

from __future__ import annotations

from genera_desktop.domain.i18n import QT_TRANSLATE_NOOP
from genera_desktop.domain.vocab import Enumeration

LANDLORD_TYPE = Enumeration({
    "private": QT_TRANSLATE_NOOP("Labels", "Privato"),
    "company": QT_TRANSLATE_NOOP("Labels", "Società"),
    "public": QT_TRANSLATE_NOOP("Labels", "Ente pubblico"),
})
DWELLING_STATUS = Enumeration({
    "available": QT_TRANSLATE_NOOP("Labels", "Disponibile"),
    "let": QT_TRANSLATE_NOOP("Labels", "Affittato"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Ritirato"),
})
CONTRACT_TYPE = Enumeration({
    "agreed": QT_TRANSLATE_NOOP("Labels", "Canone concordato (3+2)"),
    "free": QT_TRANSLATE_NOOP("Labels", "Canone libero (4+4)"),
    "transitional": QT_TRANSLATE_NOOP("Labels", "Transitorio"),
    "student": QT_TRANSLATE_NOOP("Labels", "Per studenti"),
})
BAND_CHECK = Enumeration({
    "within": QT_TRANSLATE_NOOP("Labels", "Nella fascia"),
    "below": QT_TRANSLATE_NOOP("Labels", "Sotto la fascia"),
    "above": QT_TRANSLATE_NOOP("Labels", "Sopra la fascia"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Non verificabile"),
})
GUARANTEE_CAUSE = Enumeration({
    "job_loss": QT_TRANSLATE_NOOP("Labels", "Perdita del lavoro"),
    "reduced_hours": QT_TRANSLATE_NOOP("Labels", "Riduzione dell'orario"),
    "illness": QT_TRANSLATE_NOOP("Labels", "Malattia"),
    "death": QT_TRANSLATE_NOOP("Labels", "Decesso di un componente"),
    "separation": QT_TRANSLATE_NOOP("Labels", "Separazione"),
    "other": QT_TRANSLATE_NOOP("Labels", "Altro"),
})
APPLICATION_STATUS = Enumeration({
    "submitted": QT_TRANSLATE_NOOP("Labels", "Presentata"),
    "assessed": QT_TRANSLATE_NOOP("Labels", "Istruita"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approvata"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Respinta"),
    "disbursed": QT_TRANSLATE_NOOP("Labels", "Erogata"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Chiusa"),
})
ARREARS_STATUS = Enumeration({
    "open": QT_TRANSLATE_NOOP("Labels", "Aperta"),
    "plan_agreed": QT_TRANSLATE_NOOP("Labels", "Piano di rientro concordato"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Risolta"),
    "eviction": QT_TRANSLATE_NOOP("Labels", "Sfratto"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Chiusa"),
})
EVICTION_STAGE = Enumeration({
    "none": QT_TRANSLATE_NOOP("Labels", "Nessuno"),
    "notice": QT_TRANSLATE_NOOP("Labels", "Intimazione"),
    "validation": QT_TRANSLATE_NOOP("Labels", "Convalida"),
    "execution": QT_TRANSLATE_NOOP("Labels", "Esecuzione"),
})
PACT_PHASE = Enumeration({
    "selection": QT_TRANSLATE_NOOP("Labels", "Selezione"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Conoscenza"),
    "negotiation": QT_TRANSLATE_NOOP("Labels", "Negoziazione"),
    "management": QT_TRANSLATE_NOOP("Labels", "Gestione"),
    "monitoring": QT_TRANSLATE_NOOP("Labels", "Monitoraggio"),
    "ended": QT_TRANSLATE_NOOP("Labels", "Conclusa"),
})
COHOUSING_ROLE = Enumeration({
    "host": QT_TRANSLATE_NOOP("Labels", "Ospita"),
    "guest": QT_TRANSLATE_NOOP("Labels", "Cerca alloggio"),
})
HOME_HELP = Enumeration({
    "company": QT_TRANSLATE_NOOP("Labels", "Compagnia"),
    "shopping": QT_TRANSLATE_NOOP("Labels", "Spesa"),
    "cleaning": QT_TRANSLATE_NOOP("Labels", "Pulizie"),
    "cooking": QT_TRANSLATE_NOOP("Labels", "Cucina"),
    "errands": QT_TRANSLATE_NOOP("Labels", "Commissioni e accompagnamenti"),
    "night": QT_TRANSLATE_NOOP("Labels", "Presenza di notte"),
    "technology": QT_TRANSLATE_NOOP("Labels", "Telefono e computer"),
})
PRESENCE_TIMES = Enumeration({
    "mornings": QT_TRANSLATE_NOOP("Labels", "Mattina"),
    "afternoons": QT_TRANSLATE_NOOP("Labels", "Pomeriggio"),
    "evenings": QT_TRANSLATE_NOOP("Labels", "Sera"),
    "nights": QT_TRANSLATE_NOOP("Labels", "Notte"),
    "weekends": QT_TRANSLATE_NOOP("Labels", "Fine settimana"),
})
OFFER_STATUS = Enumeration({
    "open": QT_TRANSLATE_NOOP("Labels", "Disponibile"),
    "paired": QT_TRANSLATE_NOOP("Labels", "In coabitazione"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Ritirata"),
})
VISITOR = Enumeration({
    "staff": QT_TRANSLATE_NOOP("Labels", "Operatore del punto"),
    "custode": QT_TRANSLATE_NOOP("Labels", "Custode sociale"),
})
VISIT_OUTCOME = Enumeration({
    "good": QT_TRANSLATE_NOOP("Labels", "Va bene"),
    "attention": QT_TRANSLATE_NOOP("Labels", "Da seguire"),
    "critical": QT_TRANSLATE_NOOP("Labels", "Critica"),
})
