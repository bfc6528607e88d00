"""Plain-words error lines for the command line (spec/cli.md, "Conventions")."""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlcipher3

from genera_desktop.domain.errors import (
    AuthFailed,
    ClockSetBack,
    FieldError,
    GeneraError,
    NotFound,
    Refused,
    StoreExists,
    StoreMissing,
    StoreNewer,
    ValidationFailed,
)

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
    "point_code_format": "must be 2 to 12 letters or digits",
    "duplicate": "is already taken",
    "contradicts_tax_code": "cannot be true when a tax_code is given",
    "password_short": "must be at least {detail} characters long",
    "username_format": "must be 2 to 60 letters, digits, dots, dashes or underscores",
    "invalid_json": "is not valid JSON ({detail})",
    "not_object": "must be a JSON object",
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
    "health_access": "your account has no access to health and disability data",
    "admin_only": "only an administrator may do this",
    "not_deleted": "the record {detail} is not deleted",
    "household_deleted": "its household {detail} is deleted: restore the household first",
    "point_in_use": "the point still has {detail} live households",
    "cannot_disable_self": "you cannot disable your own account",
}


def field_message(err: FieldError) -> str:
    """'field: what is wrong' for one field."""
    detail = err.detail
    if err.code == "tax_code":
        detail = TAX_CODE_REASONS.get(detail, detail)
    template = FIELD_MESSAGES.get(err.code, err.code.replace("_", " "))
    text = template.format(detail=detail)
    if err.value is not None and err.code not in ("required", "unknown_field", "read_only"):
        text = f"{_show(err.value)} {text}"
    return f"{err.field}: {text}"


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "...'"


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
    if isinstance(exc, Refused):
        template = REFUSALS.get(exc.code, exc.code.replace("_", " ") + " {detail}")
        return prefix + template.format(detail=exc.detail).strip()
    if isinstance(exc, ClockSetBack):
        return ("this computer's date and time were set back; edits are refused until "
                "the clock is corrected")
    if isinstance(exc, GeneraError):
        return prefix + str(exc)
    if isinstance(exc, sqlite3.OperationalError | sqlcipher3.OperationalError):
        if "full" in str(exc):
            return "the disk is full: nothing was saved"
        if "locked" in str(exc) or "busy" in str(exc):
            return "the store is busy in another window or command: try again"
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)
    return f"unexpected failure: {type(exc).__name__}: {exc}"
