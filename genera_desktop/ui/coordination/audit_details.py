"""The audit trail in words: which record an entry is about and what it did.

The trail stores ids, kinds and small JSON details (services/coordination/audit.py); the page shows
«Nucleo MON-2026-0012» instead of an id and «campi modificati: Telefono, Indirizzo»
instead of ``["address", "phone"]``. The names behind the ids come from the service
(:func:`genera_desktop.services.coordination.audit.names_for`); the kind's name is the one the
conflicts page uses (:func:`genera_desktop.ui.coordination.conflicts.kind_label`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from genera_desktop.services.coordination.audit import RecordName, TrailNames
from genera_desktop.ui import labels
from genera_desktop.ui.common.rows import format_date, format_moment
from genera_desktop.ui.coordination.conflicts import kind_label, value_text
from genera_desktop.ui.network.sync import role_label as site_role_label
from genera_desktop.ui.network.users import role_label as user_role_label

translate = QCoreApplication.translate
EMPTY = TrailNames({}, {}, {})


def entry_kind(kind: str | None) -> str:
    """The kind's name; the trail's non-record kinds too."""
    if kind == "user":
        return translate("AuditPage", "Utente")
    return kind_label(kind)


def record_text(kind: str | None, record_id: str | None, names: TrailNames = EMPTY) -> str:
    """«Nucleo familiare MON-2026-0012», «Persona Rossi Maria», «Accoglienza del
    10/01/2026 · MON-2026-0012»; the id's start when the record is not here (erased,
    or never reached this site)."""
    if not record_id:
        return ""
    known = names.records.get((kind or "", record_id))
    if known is None:
        return f"{entry_kind(kind)} ({record_id[:8]})".strip()
    text = " ".join(p for p in (entry_kind(kind), _name(known)) if p)
    if not known.alive:
        text += " " + translate("AuditPage", "(eliminato)")
    return text


def _name(known: RecordName) -> str:
    parts = []
    if known.name:
        parts.append(known.name)
    if known.day:
        parts.append(translate("AuditPage", "del {date}").format(date=format_date(known.day)))
    text = " ".join(parts)
    if known.belongs_to:
        text = f"{text} · {known.belongs_to}" if text else known.belongs_to
    return text


def form_label(code: object) -> str:
    return {
        "intake": translate("AuditPage", "scheda di accoglienza"),
        "intake_blank": translate("AuditPage", "scheda di accoglienza vuota"),
        "round_sheet": translate("AuditPage", "scheda del giro"),
        "visit_report": translate("AuditPage", "scheda visita"),
        "visit_report_blank": translate("AuditPage", "scheda visita vuota"),
    }.get(str(code), str(code))


def detail_text(entry: dict[str, Any], names: TrailNames = EMPTY) -> str:
    """What the entry's detail says, in words."""
    detail = entry.get("detail")
    if detail in (None, "", [], {}):
        return ""
    if isinstance(detail, list):  # a change: the names of the fields changed
        fields = ", ".join(labels.field_label(entry.get("kind"), str(f)) for f in detail)
        return translate("AuditPage", "campi modificati: {fields}").format(fields=fields)
    if not isinstance(detail, dict):
        return str(detail)
    if entry.get("action") == "conflict":
        return _conflict(detail, names)
    parts = [_phrase(key, value, entry, detail, names) for key, value in detail.items()]
    return " · ".join(p for p in parts if p)


def _conflict(detail: dict[str, Any], names: TrailNames) -> str:
    field = labels.field_label(detail.get("kind"), str(detail.get("field")))
    values = names.conflicts.get(str(detail.get("conflict")))
    decision = detail.get("decision")
    if values is None:  # the conflict log no longer holds it
        if decision == "restored":
            return translate("AuditPage", "{field}: ripristinato il valore scartato").format(field=field)
        return translate("AuditPage", "{field}: tenuto il valore attuale").format(field=field)
    winner, loser = value_text(values[3]), value_text(values[4])
    if decision == "restored":
        return translate("AuditPage", "{field}: {old} → {new} (ripristinato il valore scartato)").format(
            field=field, old=winner, new=loser)
    return translate("AuditPage", "{field}: tenuto {kept}, scartato {dropped}").format(
        field=field, kept=winner, dropped=loser)


def _site(names: TrailNames, site_id: object) -> str:
    return names.sites.get(str(site_id)) or str(site_id)[:8]


def _phrase(key: str, value: Any, entry: dict[str, Any], detail: dict[str, Any],
            names: TrailNames) -> str:
    kind, action = entry.get("kind"), entry.get("action")

    def record(rid: object) -> str:
        return record_text(kind, str(rid), names)

    if key == "with":
        return translate("AuditPage", "insieme a {n} dati collegati").format(n=value)
    if key == "into":
        return translate("AuditPage", "unito a {record}").format(record=record(value))
    if key == "from":
        if action == "merge":
            return translate("AuditPage", "ha ricevuto i dati di {record}").format(record=record(value))
        if action == "unmerge":
            return translate("AuditPage", "separato da {record}").format(record=record(value))
        return translate("AuditPage", "da «{site}»").format(site=_site(names, value))
    if key == "loser":
        return translate("AuditPage", "separato {record}").format(record=record(value))
    if key == "moved":
        return translate("AuditPage", "{n} dati spostati").format(n=value)
    if key == "kept":
        return translate("AuditPage", "{n} dati tenuti").format(n=value)
    if key == "form":
        return form_label(value)
    if key == "health":
        return translate("AuditPage", "con i dati sanitari") if value else ""
    if key == "batch":
        return translate("AuditPage", "stampa di {n} schede").format(n=value)
    if key == "to":
        return translate("AuditPage", "per «{site}»").format(site=_site(names, value))
    if key == "sequence":
        return translate("AuditPage", "pacchetto n. {n}").format(n=value)
    if key == "full":
        return translate("AuditPage", "completo") if value else ""
    if key == "file":
        return translate("AuditPage", "file {name}").format(name=value)
    if key == "applied":
        return translate("AuditPage", "{n} modifiche applicate").format(n=value)
    if key == "format":
        return translate("AuditPage", "in {format}").format(format=str(value).upper())
    if key == "records":
        total = sum(value.values()) if isinstance(value, dict) else value
        return translate("AuditPage", "{n} dati").format(n=total)
    if key == "source":
        return translate("AuditPage", "dati dimostrativi") if value == "demo" else str(value)
    if key == "seed":
        return ""
    if key == "households":
        return translate("AuditPage", "{n} nuclei").format(n=value)
    if key == "persons":
        return translate("AuditPage", "{n} persone").format(n=value)
    if key == "add":
        return translate("AuditPage", "nuovo utente {user}").format(user=value)
    if key == "role":
        role = site_role_label(value) if "invite" in detail else user_role_label(str(value))
        return translate("AuditPage", "ruolo: {role}").format(role=role)
    if key == "password":
        return translate("AuditPage", "nuova password per {user}").format(user=value)
    if key == "user":
        return str(value)
    if key == "active":
        return translate("AuditPage", "riattivato") if value else translate("AuditPage", "disattivato")
    if key == "password_recovered":
        return translate("AuditPage", "password di {user} recuperata con la chiave di recupero").format(user=value)
    if key == "recovery_key":
        return translate("AuditPage", "nuova chiave di recupero")
    if key == "invite":
        return translate("AuditPage", "invito per «{site}»").format(site=_site(names, value))
    if key == "join":
        return translate("AuditPage", "ingresso nella rete")
    if key == "revoke":
        return translate("AuditPage", "«{site}» esclusa dalla rete").format(site=_site(names, value))
    if key == "suspend":
        return translate("AuditPage", "«{site}» sospesa").format(site=_site(names, value))
    if key == "reason":
        return translate("AuditPage", "motivo: {reason}").format(reason=value)
    if key == "quarantine":
        return translate("AuditPage", "modifica con data nel futuro")
    if key == "decision":
        return {"accepted": translate("AuditPage", "accettata"), "rejected": translate("AuditPage", "rifiutata"),
                "out_of_scope": translate("AuditPage", "non più di competenza")}.get(str(value), str(value))
    if key == "backup":
        return translate("AuditPage", "copia di sicurezza")
    if key == "backup_created_at":
        return translate("AuditPage", "del {moment}").format(moment=format_moment(value))
    if key == "replaced":
        return translate("AuditPage", "archivio sostituito conservato in «{name}»").format(name=value) if value \
            else ""
    if key == "report":
        return translate("AuditPage", "indicatori") if value == "indicators" else str(value)
    return f"{key}: {value_text(value)}"
