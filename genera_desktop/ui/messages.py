"""The core's typed errors in plain Italian, for the screen (cli/messages.py is the CLI's).

Services raise codes; this is where they become sentences, through ``translate`` so an
English translation can follow. ``field_message`` says what is wrong with one field
without naming it: the text sits next to that field already.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from genera_desktop.domain import vocab
from genera_desktop.domain.errors import (
    AuthFailed,
    BundleRefused,
    Cancelled,
    ClockSetBack,
    FieldError,
    GeneraError,
    MoveRefused,
    NotFound,
    Refused,
    StoreExists,
    StoreMissing,
    StoreNewer,
    SyncFileError,
    ValidationFailed,
)
from genera_desktop.services.backup import BackupInvalid
from genera_desktop.ui.housing.messages import refusal_text as housing_refusal
from genera_desktop.ui.work import messages as work_messages

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def _field_templates() -> dict[str, str]:
    return {
        "required": translate("messages", "Campo obbligatorio"),
        "too_long": translate("messages", "Testo troppo lungo (al massimo {detail} caratteri)"),
        "choice": translate("messages", "Scegliere uno dei valori proposti"),
        "date_format": translate("messages", "Data non valida"),
        "date": translate("messages", "Data non valida"),
        "time_format": translate("messages", "Scrivere un orario valido, es. 09:30"),
        "birth_date_range": translate(
            "messages", "La data di nascita deve essere tra il 1900 e oggi"
        ),
        "phone": translate("messages", "Numero di telefono non valido (da 6 a 15 cifre)"),
        "email": translate("messages", "Indirizzo e-mail non valido"),
        "tax_code": translate("messages", "Codice fiscale non valido"),
        "unknown_point": translate("messages", "Punto di comunità sconosciuto"),
        "unknown_reference": translate("messages", "Riferimento non trovato"),
        "point_code_format": translate(
            "messages", "Da 2 a 12 lettere, cifre, «-» o «_», iniziando con una lettera o "
            "una cifra"),
        "catalog_code_format": translate(
            "messages", "Da 2 a {detail} lettere, cifre, «-» o «_», iniziando con una "
            "lettera o una cifra"),
        "duplicate": translate("messages", "Già in uso: sceglierne un altro"),
        "case_number_fixed": translate(
            "messages", "Il numero di pratica, una volta assegnato, non si toglie né si cambia"
        ),
        "contradicts_tax_code": translate(
            "messages", "Non può essere indicato insieme al codice fiscale"
        ),
        "password_short": translate("messages", "La password deve avere almeno {detail} caratteri"),
        "password_common": translate(
            "messages",
            "È una delle password più usate, o fatta come loro (una parola comune o il "
            "proprio nome con delle cifre): sceglierne una più difficile da indovinare",
        ),
        "username_format": translate(
            "messages", "Senza spazi né accenti: lettere, cifre, punto o trattino (da 2 a 60)"
        ),
        "differs": translate("messages", "Valore diverso da quello della riga {detail}"),
        "repeated": translate("messages", "Già presente alla riga {detail}"),
        "already_imported": translate("messages", "Già importato (nucleo {detail})"),
        "formula_without_value": translate(
            "messages",
            "Formula senza valore salvato: aprire il file con il foglio di calcolo e "
            "salvarlo di nuovo, oppure scrivere il valore",
        ),
        "out_of_scope": translate("messages", "Fuori dall'ambito di questa postazione"),
        "not_a_school": translate("messages", "Scegliere un'organizzazione di tipo scuola"),
        "not_an_agency": translate(
            "messages", "Scegliere un'organizzazione di tipo agenzia immobiliare"),
        "before_from": translate("messages", "Non può essere prima della data d'inizio"),
        "below_min": translate("messages", "Non può essere inferiore al minimo"),
        "before_given": translate("messages", "Non può essere prima della data del consenso"),
        "before_start": translate("messages", "Non può essere prima della data di inizio"),
        "school_year_format": translate("messages", "Scrivere l'anno scolastico come 2026/27"),
        "not_integer": translate("messages", "Scrivere un numero intero"),
        "not_number": translate("messages", "Scrivere un numero"),
        "negative": translate("messages", "Il numero non può essere negativo"),
        "list_repeated": translate("messages", "«{detail}» è scritto due volte"),
        "not_boolean": translate("messages", "Scrivere sì o no"),
        "unknown_field": translate("messages", "Colonna sconosciuta"),
        "mismatch": translate("messages", "Le due password non coincidono"),
        "vat_number": translate("messages", "Partita IVA non valida: 11 cifre con la cifra "
                                            "di controllo giusta"),
        "ateco": translate("messages", "Non è un codice della classificazione ATECO 2025"),
        "consent_needed": translate(
            "messages", "Senza il consenso al trattamento dei dati non si registra nessuno"),
    }


def _refusals() -> dict[str, str]:
    return {
        "no_network": translate("messages", "Questa postazione non fa ancora parte di una rete."),
        "coordinator_only": translate("messages", "Solo il coordinamento può farlo."),
        "catalog_coordinator_only": translate(
            "messages", "Punti e contesti abitativi si creano e si modificano al coordinamento."
        ),
        "out_of_scope": translate(
            "messages", "Questo dato è fuori dall'ambito di questa postazione."
        ),
        "admin_only": translate("messages", "Solo un amministratore può farlo."),
        "cannot_disable_self": translate("messages", "Non puoi disattivare il tuo stesso profilo."),
        "household_deleted": translate(
            "messages", "Il nucleo familiare è stato eliminato: ripristinarlo prima."
        ),
        "point_in_use": translate("messages", "Il punto ha ancora nuclei familiari attivi."),
        "not_deleted": translate("messages", "Il dato non è eliminato."),
        "erased": translate(
            "messages", "I dati di questa persona sono stati cancellati (GDPR): non si possono ripristinare."
        ),
        "demo_seed_used": translate(
            "messages", "Le famiglie dimostrative sono già state caricate in questo archivio."
        ),
        "id_taken": translate("messages", "Esiste già un dato con questo identificativo."),
        # The adolescents' plan (services/youth/): {day} is filled by error_text.
        "minor_needs_activities_consent": translate(
            "messages", "La persona è minorenne il {day}: per iscriverla a un laboratorio "
                        "serve il consenso alle attività dato da un genitore o dal tutore. "
                        "Registrare prima il consenso."),
        "minor_needs_school_work_consent": translate(
            "messages", "La persona è minorenne il {day}: per la formazione scuola-lavoro "
                        "serve il consenso dato da un genitore o dal tutore. Registrare "
                        "prima il consenso."),
        "minor_export_needs_requester": translate(
            "messages", "La persona è minorenne: i suoi dati si esportano su richiesta di un "
                        "genitore o del tutore, di cui va indicato il nome."),
        "export_requester_invalid": translate(
            "messages", "Per l'esportazione indicare il nome di chi la richiede e se è un "
                        "genitore o il tutore."),
        "photos_without_consent": translate(
            "messages", "Tra i presenti all'incontro c'è chi non ha un consenso alle immagini "
                        "valido (per un minore, di un genitore o del tutore): le foto non si "
                        "registrano. La colonna «Foto» dei partecipanti dice chi."),
        "youth_file_too_old": translate(
            "messages", "Il {day} la persona ha più di 25 anni: il piano segue i ragazzi e i "
                        "giovani fino a 25 anni."),
        "youth_file_exists": translate(
            "messages", "La persona ha già una scheda: modificare quella."),
        "safety_training_missing": translate(
            "messages", "Manca la data della formazione sulla sicurezza: prima di quella "
                        "non si registrano ore."),
        "hours_before_safety_training": translate(
            "messages", "Non si registrano ore prima della formazione sulla sicurezza "
                        "(del {day})."),
        "safety_training_after_hours": translate(
            "messages", "Ci sono già ore registrate il {day}: la formazione sulla sicurezza "
                        "non può essere dopo o mancare. Eliminare prima quelle ore."),
        # Community life (services/community/)
        "already_enrolled": translate(
            "messages", "Questa persona è già iscritta al laboratorio."),
        "enrolment_other_point": translate(
            "messages", "La persona appartiene a un nucleo di un altro punto: registrarla in "
                        "questo punto come contatto."),
        "not_enrolled": translate(
            "messages", "La persona non è iscritta al laboratorio di questo incontro."),
        "already_marked": translate(
            "messages", "La presenza di questa persona a questo incontro è già registrata."),
        "pair_fixed": translate(
            "messages", "Laboratorio, incontro e persona non si cambiano: eliminare il dato "
                        "e crearne uno nuovo."),
        "decided_on_needed": translate(
            "messages", "Per accogliere o respingere un'iniziativa serve la data della "
                        "decisione."),
        "support_not_granted": translate(
            "messages", "Il sostegno si concede solo a un'iniziativa accolta, in corso o "
                        "conclusa."),
        # Sync (services/network/sync.py)
        "site_name_required": translate("messages", "Dare un nome alla nuova postazione."),
        "role_invalid": translate("messages", "Scegliere se è un punto di comunità o un portatile."),
        "point_unknown": translate("messages", "Questo punto di comunità non esiste qui."),
        "point_required": translate(
            "messages", "Per un punto di comunità bisogna indicare quale punto."
        ),
        "site_name_taken": translate(
            "messages", "Nella rete c'è già una postazione con questo nome."
        ),
        "cannot_revoke_self": translate(
            "messages", "Il coordinamento non può escludere sé stesso."
        ),
        "recipient_required": translate(
            "messages", "Scegliere la postazione a cui è destinato il pacchetto."
        ),
        "recipient_is_self": translate(
            "messages", "Non si prepara un pacchetto per questa stessa postazione."
        ),
        "recipient_revoked": translate(
            "messages", "Questa postazione è stata esclusa dalla rete: nessun pacchetto per lei."
        ),
        "no_key_yet": translate(
            "messages",
            "Questa postazione non ha ancora completato l'iscrizione: importare prima il suo "
            "primo pacchetto.",
        ),
        "this_site_revoked": translate(
            "messages",
            "Questa postazione è stata esclusa dalla rete dal coordinamento: non può più "
            "inviare pacchetti.",
        ),
    }


def _bundle_refusals() -> dict[str, str]:
    """Why a bundle or an invitation was refused, by the code of the sync errors."""
    return {
        "not_a_bundle": translate("messages", "Questo file non è un pacchetto di genera."),
        "truncated": translate(
            "messages", "Il pacchetto è incompleto: copiarlo di nuovo dalla postazione che "
            "l'ha preparato."
        ),
        "corrupt": translate("messages", "Il pacchetto è danneggiato o è stato modificato."),
        "bad_signature": translate(
            "messages",
            "Il pacchetto non viene davvero dalla postazione che dice: è stato modificato "
            "o falsificato.",
        ),
        "changed": translate(
            "messages", "Il file è cambiato mentre veniva letto: riprovare."
        ),
        "wrong_recipient": translate(
            "messages", "Questo pacchetto è destinato a un'altra postazione."
        ),
        "unsupported_format": translate(
            "messages",
            "Il pacchetto è stato preparato da una versione più recente di genera: "
            "aggiornare il programma.",
        ),
        "newer_schema": translate(
            "messages",
            "Il pacchetto è stato preparato da una versione più recente di genera: "
            "aggiornare il programma.",
        ),
        "unknown_sender": translate(
            "messages", "Questo pacchetto viene da una postazione che questo archivio non conosce."
        ),
        "revoked_sender": translate(
            "messages", "Questo pacchetto viene da una postazione esclusa dalla rete."
        ),
        "suspended_sender": translate(
            "messages",
            "Questo pacchetto viene da una postazione sospesa perché due computer dicono di "
            "essere lei: il coordinamento deve iscriverla di nuovo.",
        ),
        "sequence_reused": translate(
            "messages",
            "Due computer dicono di essere la stessa postazione (un archivio copiato?): la "
            "postazione è sospesa finché il coordinamento non la iscrive di nuovo.",
        ),
        "invitation_used": translate(
            "messages",
            "Questo pacchetto viene da un secondo computer che ha usato un invito già usato: "
            "la postazione è sospesa finché il coordinamento non la iscrive di nuovo.",
        ),
        "bad_token": translate(
            "messages", "Il pacchetto non corrisponde all'invito di questa postazione."
        ),
        "not_enrolled": translate(
            "messages",
            "Questa postazione non ha ancora completato l'iscrizione: manca il suo primo "
            "pacchetto.",
        ),
        "other_network": translate("messages", "Questo pacchetto appartiene a un'altra rete."),
        "unreadable": translate("messages", "Impossibile leggere il file."),
        "not_an_invitation": translate("messages", "Questo file non è un invito di genera."),
        "unsupported_version": translate(
            "messages",
            "L'invito è stato preparato da una versione più recente di genera: "
            "aggiornare il programma.",
        ),
        "tampered": translate(
            "messages", "L'invito è stato modificato: chiederne uno nuovo al coordinamento."
        ),
        "invalid": translate(
            "messages", "L'invito è incompleto: chiederne uno nuovo al coordinamento."
        ),
    }


def _backup_refusals() -> dict[str, str]:
    """Why a backup cannot be restored, by the codes of services.backup.BackupInvalid."""
    return {
        "not_a_backup": translate("messages", "Questo file non è una copia di sicurezza di genera."),
        "damaged": translate(
            "messages",
            "La copia è danneggiata, incompleta o è stata modificata: non è stato "
            "ripristinato nulla.",
        ),
        "unsupported_format": translate(
            "messages",
            "La copia è stata fatta da una versione più recente di genera: aggiornare il "
            "programma.",
        ),
        "plaintext": translate(
            "messages",
            "La copia contiene un archivio non cifrato: non è stata fatta da genera.",
        ),
        "newer_schema": translate(
            "messages",
            "La copia è stata fatta da una versione più recente di genera: aggiornare il "
            "programma.",
        ),
    }


def backup_refusal_text(code: str) -> str:
    """Why a backup was refused, in plain words."""
    return _backup_refusals().get(
        code, translate("messages", "La copia non può essere ripristinata.")
    )


def bundle_refusal_text(code: str) -> str:
    """Why a bundle or invitation was refused, in plain words."""
    return _bundle_refusals().get(
        code, translate("messages", "Il pacchetto non è stato accettato.")
    )


def field_message(err: FieldError) -> str:
    """What is wrong with one field, as shown under it."""
    if err.code in ("date_format", "date") and err.detail == "no such day":
        return translate("messages", "Questa data non esiste")
    template = _field_templates().get(err.code) or work_messages.field_text(err)
    if template is None:
        return translate("messages", "Valore non valido")
    return template.format(detail=err.detail)


def error_text(err: BaseException) -> str:
    """A whole error as one or two plain sentences (for a message box or a status line)."""
    if isinstance(err, ValidationFailed):
        return translate(
            "messages", "Alcuni campi non sono corretti: controllare i messaggi in rosso."
        )
    if isinstance(err, FieldError):
        return field_message(err)
    if isinstance(err, AuthFailed):
        return translate("messages", "Nome utente o password errati")
    if isinstance(err, StoreMissing):
        return translate("messages", "In questa cartella non c'è ancora un archivio.")
    if isinstance(err, StoreExists):
        return translate("messages", "In questa cartella c'è già un archivio.")
    if isinstance(err, StoreNewer):
        return translate(
            "messages",
            "L'archivio è stato creato da una versione più recente di genera: "
            "aggiornare il programma.",
        )
    if isinstance(err, NotFound):
        return translate("messages", "Il dato cercato non esiste più (forse è stato eliminato).")
    if isinstance(err, BackupInvalid):
        return backup_refusal_text(err.code)
    if isinstance(err, BundleRefused | SyncFileError):
        return bundle_refusal_text(err.code)
    if isinstance(err, Refused) and err.code == "area_access":
        from genera_desktop.ui import labels

        return translate("messages", "Il tuo profilo non ha accesso all'area «{area}».").format(
            area=labels.label(labels.ACCESS_AREAS, err.detail))
    if isinstance(err, MoveRefused):
        from genera_desktop.ui import labels

        return translate("messages", "Non si può passare da «{old}» a «{new}».").format(
            old=labels.label(vocab.INITIATIVE_STATUS.labels, err.from_status),
            new=labels.label(vocab.INITIATIVE_STATUS.labels, err.to_status))
    if isinstance(err, Refused) and (housing := housing_refusal(err)) is not None:
        return housing
    if isinstance(err, Refused) and (work := work_messages.refusal_text(err)) is not None:
        return work
    if isinstance(err, Refused):
        # Some sync checks raise Refused with a bundle's code (sync/enrolment.py).
        text = _refusals().get(err.code) or _bundle_refusals().get(err.code)
        if text and "{day}" in text:
            from genera_desktop.ui.common.rows import format_date

            text = text.format(day=format_date(err.detail))
        return text or translate("messages", "Operazione non consentita.")
    if isinstance(err, ClockSetBack):
        return translate(
            "messages",
            "La data o l'ora del computer sono state portate indietro: correggerle "
            "prima di modificare i dati.",
        )
    if isinstance(err, Cancelled):
        return translate("messages", "Operazione annullata: non è stato salvato nulla.")
    if isinstance(err, GeneraError):
        return translate("messages", "Operazione non riuscita.")
    if isinstance(err, OSError):
        return translate("messages", "Impossibile leggere o scrivere il file: {reason}").format(
            reason=err.strerror or type(err).__name__
        )
    log.error("unexpected error shown to the user: %s", type(err).__name__)
    return translate(
        "messages", "Si è verificato un errore imprevisto. Se si ripete, rivolgersi all'assistenza."
    )
