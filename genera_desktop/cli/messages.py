"""Plain-words error lines for the command line (spec/cli.md, "Conventions")."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, time
from typing import Any

import sqlcipher3

from genera_desktop.cli import messages_work as _work
from genera_desktop.cli import messages_youth as _youth
from genera_desktop.cli.messages_housing import HOUSING_FIELD_MESSAGES, HOUSING_REFUSALS
from genera_desktop.domain.errors import (
    AuthFailed,
    BundleRefused,
    Cancelled,
    ClockSetBack,
    FieldError,
    GeneraError,
    NotFound,
    Refused,
    StoreExists,
    StoreMissing,
    StoreNewer,
    SyncFileError,
    ValidationFailed,
)
from genera_desktop.services.session import BUSY_TIMEOUT_S

FIELD_MESSAGES = {
    "required": "is required",
    "unknown_field": "is not a field of this kind of record",
    "read_only": "is assigned by the store and cannot be given",
    "not_text": "must be text",
    "not_boolean": "must be true or false",
    "not_integer": "must be a whole number",
    "not_number": "must be a number",
    "negative": "must not be negative",
    "not_list": "must be a list of codes",
    "list_repeated": "is given twice",
    "choice": "must be one of: {detail}",
    "too_long": "is too long (at most {detail} characters)",
    "date_format": "must be a date written YYYY-MM-DD",
    "date": "must be a date written YYYY-MM-DD",
    "time_format": "must be a time written HH:MM",
    "birth_date_range": "must be a birth date between 1900 and today",
    "phone": "is not a phone number (6 to 15 digits)",
    "email": "is not an e-mail address",
    "tax_code": "is not a valid codice fiscale ({detail})",
    "unknown_point": "names no point held here",
    "unknown_reference": "names no {detail} held here",
    "point_code_format": ("must be 2 to 12 letters, digits, '-' or '_', starting with a "
                          "letter or digit"),
    "catalog_code_format": ("must be 2 to {detail} letters, digits, '-' or '_', starting "
                            "with a letter or digit"),
    "duplicate": "is already taken",
    "case_number_fixed": "is assigned once and for all: it cannot be removed or changed",
    "contradicts_tax_code": "cannot be true when a tax_code is given",
    "password_short": "must be at least {detail} characters long",
    "password_common": ("is one of the commonest passwords, or made like one (a common word "
                        "or your name with digits): choose one harder to guess"),
    "username_format": "must be 2 to 60 letters, digits, dots, dashes or underscores",
    "invalid_json": "is not valid JSON ({detail})",
    "not_object": "must be a JSON object",
    "differs": "differs from line {detail} of the same household_ref",
    "repeated": "is on line {detail} too",
    "out_of_scope": "is outside what this site may change",
    "out_of_range": "must be between {detail}",
    "contradicts_grant": "cannot be granted and revoked at once",
    "vat_number": "is not a valid partita IVA ({detail})",
    "ateco": "is not a code of the ATECO 2025 classification",
    "consent_needed": "must include {detail}: without it nobody is registered",
}

VAT_NUMBER_REASONS = {
    "format": "digits only",
    "length": "11 digits",
    "office": "no such provincial office code",
    "check_digit": "wrong check digit",
}

TAX_CODE_REASONS = {
    "length": "wrong length: 16 characters, or 11 digits for a provisional code",
    "characters": "characters not allowed",
    "check_digit": "wrong check character",
    "check": "wrong check character",
    "date": "impossible birth date",
    "place": "unknown birthplace code",
}

REFUSALS = {
    "no_network": "this store is not part of a network yet",
    "coordinator_only": "only the coordinator may do this ({detail})",
    "catalog_coordinator_only": "{detail} records are created and changed at the coordinator",
    "out_of_scope": "this {detail} is outside what this site may change",
    "area_access": "your account has no access to {detail}",
    "admin_only": "only an administrator may do this",
    "not_deleted": "the record {detail} is not deleted",
    "erased": "the record {detail} was erased (GDPR) and cannot be restored",
    "household_deleted": "its household {detail} is deleted: restore the household first",
    "point_in_use": "the point still has {detail} live households",
    "cannot_disable_self": "you cannot disable your own account",
    "merge_same_record": "a record cannot be merged into itself ({detail})",
    "merge_mixed_kinds": "only two households or two persons can be merged, not: {detail}",
    "merge_deleted": "{detail} is deleted: restore it before merging",
    "already_merged": "{detail} is already merged into another record: unmerge it first",
    "not_merged": "{detail} is not merged into another record",
    "conflict_closed": "the conflict is already decided ({detail})",
    "conflict_not_restorable": ("the conflict is about '{detail}', which is not a value of "
                                "the record: restore or delete the record instead"),
    "conflict_record_gone": "{detail} is deleted: restore it before restoring its value",
    "demo_seed_used": "the demo data of seed {detail} are already in this store: give another --seed",
    "id_taken": "a record with id {detail} already exists",
}

# Community life (services/community/): refusals by code.
REFUSALS.update({
    "already_enrolled": "this person is already enrolled in this workshop (enrolment {detail})",
    "enrolment_other_point": ("the person belongs to a household of another point ({detail}): "
                              "register them at this workshop's point, as a contact"),
    "not_enrolled": "the person is not enrolled in the workshop of this session",
    "already_marked": ("this person's attendance at this session is already recorded "
                       "(attendance {detail}): change it instead"),
    "pair_fixed": "{detail} cannot change: delete the record and make a new one",
    "decided_on_needed": "an initiative that is {detail} needs its decision date (decided_on)",
    "support_not_granted": ("support_granted is only for an initiative accepted, in progress "
                            "or completed (this one is {detail})"),
    "initiative_move": "an initiative cannot move {detail}",
})

REFUSALS.update(HOUSING_REFUSALS)

# The adolescents' plan (services/youth/): refusals by code.
REFUSALS.update({
    "minor_needs_activities_consent": (
        "the person is under 18 on {detail}: enrolling them in a workshop needs a live "
        "'activities' consent given by a parent or guardian (none holds on that day; "
        "record it with 'genera consent add')"),
    "minor_needs_school_work_consent": (
        "the person is under 18 on {detail}: school-work needs a live 'school_work' consent "
        "given by a parent or guardian (none holds on that day; record it with "
        "'genera consent add')"),
    "safety_training_missing": ("the school-work experience {detail} has no safety training "
                                "date (safety_training_on): no hours before it is recorded"),
    "hours_before_safety_training": ("hours cannot be logged on a day before the safety "
                                     "training (safety_training_on {detail})"),
    "safety_training_after_hours": ("hours are already logged on {detail}: the safety training "
                                    "(safety_training_on) cannot be after them or removed; "
                                    "delete those hours first"),
    "minor_export_needs_requester": (
        "the person is under 18: their access export is requested by a parent or guardian, "
        "who must be named (--requested-by NAME --relation parent|guardian)"),
    "export_requester_invalid": (
        "the requester of an access export needs a name and a relation, parent or guardian"),
})
FIELD_MESSAGES.update({
    "not_a_school": "names an organisation that is not a school (org_type school)",
    "before_given": "is before the day the consent was given ({detail})",
})
REFUSALS.update(_youth.REFUSALS)
FIELD_MESSAGES.update(_youth.FIELD_MESSAGES)

# Sync (services/network/sync.py): refusals by the code of a Refused error.
REFUSALS.update({
    "site_name_required": "give the new site a name (--site-name)",
    "role_invalid": "the role must be point or laptop, not '{detail}'",
    "point_unknown": "no point with code {detail} is held here",
    "point_required": "a point site needs its point: --point CODE",
    "site_name_taken": "a site named '{detail}' is already in the network",
    "cannot_revoke_self": "the coordinator cannot revoke itself",
    "recipient_required": ("at the coordinator, say which site the bundle is for: --to SITE "
                           "(or --all --out-dir DIR)"),
    "recipient_is_self": "a bundle for this very site makes no sense: choose another site",
    "recipient_revoked": "the site '{detail}' is revoked: no bundle is written for it",
    "no_key_yet": ("no key for the site '{detail}' yet: import its first bundle to complete "
                   "its enrolment, then write one for it"),
    "this_site_revoked": "this site was revoked by the coordinator: it can send no bundle",
})

# The work plan (services/work/): refusals and field errors by code.
REFUSALS.update(_work.REFUSALS)
FIELD_MESSAGES.update(_work.FIELD_MESSAGES)
FIELD_MESSAGES.update(HOUSING_FIELD_MESSAGES)

# Bundles and invitations refused, by code (sync/importer.py, domain/errors.py).
BUNDLE_REFUSALS = {
    "not_a_bundle": "{file} is not a genera bundle",
    "truncated": "the bundle {file} is incomplete (truncated): copy it again from its site",
    "corrupt": "the bundle {file} is damaged or was altered",
    "bad_signature": ("the bundle {file} is not signed by the site it claims to come from "
                      "(altered or forged)"),
    "changed": "the bundle {file} changed while it was being read: try again",
    "wrong_recipient": "the bundle {file} is addressed to another site",
    "unsupported_format": ("the bundle {file} was made by a newer version of genera: "
                           "update this installation"),
    "newer_schema": ("the bundle {file} was made by a newer release of genera: "
                     "update this installation"),
    "unknown_sender": "the bundle {file} comes from a site this store does not know",
    "revoked_sender": "the bundle {file} comes from the site '{detail}', which is revoked",
    "suspended_sender": ("the bundle {file} comes from the site '{detail}', suspended because "
                         "two stores claim it: the coordinator must enrol it again"),
    "sequence_reused": ("the bundle {file} repeats sequence number {detail} with different "
                        "content: two stores claim its site (a copied store?); the site is "
                        "suspended until the coordinator enrols it again"),
    "invitation_used": ("the bundle {file} comes from a second store that joined with the "
                        "invitation of '{detail}', already used; the site is suspended until "
                        "the coordinator enrols it again"),
    "bad_token": ("the bundle {file} does not carry the enrolment token of the invitation "
                  "for '{detail}'"),
    "not_enrolled": ("the bundle {file} comes from '{detail}', which has not sent its keys: "
                     "its enrolment is not complete"),
    "other_network": "the bundle {file} belongs to another network",
    "unreadable": "cannot read {file}: {detail}",
    "not_an_invitation": "{file} is not a genera invitation",
    "unsupported_version": ("the invitation {file} was made by a newer version of genera: "
                            "update this installation"),
    "tampered": "the invitation {file} was altered: ask the coordinator for a new one",
    "invalid": "the invitation {file} is incomplete ({detail}): ask the coordinator for a new one",
}


# What each access area (vocab.ACCESS_AREAS) covers, in the command line's words; an
# area not named here is "the AREA area".
AREA_WORDS = {
    "health": "health and disability data",
    "adolescents": "the adolescents' plan",
    "work": "the work plan",
    "housing": "the housing plan",
}


def bundle_refusal(code: str, file: str, detail: str = "") -> str:
    """The plain-words line for a refused bundle or invitation."""
    template = BUNDLE_REFUSALS.get(code, "the bundle {file} was refused ({code}: {detail})")
    return template.format(file=file, detail=detail, code=code)


def field_message(err: FieldError) -> str:
    """'field: what is wrong' for one field."""
    detail = err.detail
    if err.code == "tax_code":
        detail = TAX_CODE_REASONS.get(detail, detail)
    if err.code == "vat_number":
        detail = VAT_NUMBER_REASONS.get(detail, detail or "wrong")
    template = FIELD_MESSAGES.get(err.code, err.code.replace("_", " "))
    text = template.format(detail=detail)
    if err.value is not None and err.code not in ("required", "unknown_field", "read_only"):
        text = f"{_show(err.value)} {text}"
    return f"{err.field}: {text}"


def _show(value: Any) -> str:
    text = shown_value(value)
    return text if len(text) <= 60 else text[:57] + "...'"


def shown_value(value: Any) -> str:
    """A value as the user wrote it or would write it: text and dates (ISO, as the
    command line takes them) in quotes, the rest as JSON; never Python's repr."""
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, date | datetime | time):
        return f"'{value.isoformat()}'"
    return json.dumps(value, ensure_ascii=False, default=str)


def error_line(exc: BaseException, *, where: str = "", data_dir: str = "") -> str:
    """The one ``error:`` line for an exception."""
    prefix = f"{where}: " if where else ""
    if isinstance(exc, ValidationFailed):
        return prefix + "; ".join(field_message(e) for e in exc.errors)
    if isinstance(exc, FieldError):
        return prefix + field_message(exc)
    if isinstance(exc, AuthFailed):
        return f"wrong user name or password for the store in {data_dir}"
    if isinstance(exc, StoreMissing):
        return (f"no store in {exc.path}: make one with 'genera network create' "
                "or 'genera network join'")
    if isinstance(exc, StoreExists):
        return f"a store already exists in {exc.path}; choose another --data-dir"
    if isinstance(exc, StoreNewer):
        return "this store was written by a newer release of genera: update this installation"
    if isinstance(exc, NotFound):
        if exc.kind == "kind":
            return f"'{exc.ident}' is not a kind of record"
        return f"{exc.kind} {exc.ident} not found in this store"
    if isinstance(exc, Refused) and exc.code == "area_access":
        words = AREA_WORDS.get(exc.detail, f"the {exc.detail} area")
        return prefix + REFUSALS["area_access"].format(detail=words)
    if isinstance(exc, Refused) and exc.code in _work.SPECIAL_REFUSALS:
        return prefix + _work.SPECIAL_REFUSALS[exc.code](exc.detail)
    if isinstance(exc, Refused):
        template = REFUSALS.get(exc.code, exc.code.replace("_", " ") + " {detail}")
        return prefix + template.format(detail=exc.detail).strip()
    if isinstance(exc, ClockSetBack):
        return ("this computer's date and time were set back; edits are refused until "
                "the clock is corrected")
    if isinstance(exc, Cancelled):
        return prefix + "cancelled: nothing was saved"
    if isinstance(exc, SyncFileError):
        return bundle_refusal(exc.code, exc.path.name, exc.detail)
    if isinstance(exc, BundleRefused):
        return bundle_refusal(exc.code, exc.path.name, exc.detail)
    if isinstance(exc, GeneraError):
        return prefix + str(exc)
    database = _database_error(exc)
    if database is not None:
        return database_line(database)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)
    # Its message may hold a value from the store: the type alone, the rest on request.
    return (f"unexpected failure ({type(exc).__name__}); nothing was saved "
            "(set GENERA_DEBUG=1 to see the details)")


def _database_error(exc: BaseException) -> BaseException | None:
    """The driver's error behind an exception, if the database raised it."""
    from sqlalchemy.exc import StatementError

    if isinstance(exc, StatementError):
        return exc.orig if exc.orig is not None else exc
    if isinstance(exc, sqlite3.Error | sqlcipher3.Error):
        return exc
    return None


def database_line(err: BaseException) -> str:
    """A database failure in plain words. Never its text: SQLAlchemy's carries the SQL
    and its parameters (addresses, phones, case numbers), and SQLite's is read only to
    tell a full disk or a busy store from the rest."""
    text = str(err).lower() if isinstance(err, sqlite3.Error | sqlcipher3.Error) else ""
    if "full" in text:
        return "the disk is full: nothing was saved"
    if "locked" in text or "busy" in text:
        return (f"the store stayed busy for {BUSY_TIMEOUT_S} seconds (another window or "
                "command was writing to it): nothing was saved, try again")
    if "readonly" in text or "read-only" in text:
        return "the store's files cannot be written (read-only): nothing was saved"
    return "the store could not complete the command (a database error): nothing was saved"


def warning_line(code: str, detail: str = "") -> str:
    """The words of a service's warning (services/notices.py), after ``warning: ``."""
    return _work.warning_line(code, detail)
