"""Small parsers for the fields of a record. Each returns the clean value or raises
``FieldError`` with a machine code; the UI and the CLI turn the code into words.

They check one value; whether a field may be empty is the caller's rule, so an empty
value is simply not a date, a phone or an e-mail here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from stdnum import exceptions as stdnum_errors
from stdnum.it import iva

from genera_desktop.domain.errors import FieldError

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})")
# What people put between the digits of a phone number.
_PHONE_SEPARATORS = re.compile(r"[\s./()\-]")
_PHONE_DIGITS = re.compile(r"[0-9]{6,15}")
# Deliberately loose: one @, no spaces, a dot in the domain. Anything stricter rejects
# real addresses; the only real check is a message that arrives.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")

EARLIEST_BIRTH_DATE = date(1900, 1, 1)


def parse_date(value: object, field: str = "date") -> date:
    """Parse an ISO ``YYYY-MM-DD`` date (a ``date`` passes through); code "date_format".

    Only ISO: "03/04/2025" is ambiguous between day-first and month-first sources.
    """
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = value.strip() if isinstance(value, str) else ""
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise FieldError(field, "date_format", "no such day", value) from None
    raise FieldError(field, "date_format", "expected YYYY-MM-DD", value)


def parse_time(value: object, field: str = "time") -> time:
    """Parse a 24-hour ``HH:MM`` time (``H:MM`` too; a ``time`` passes through); code
    "time_format"."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    match = _TIME.fullmatch(value.strip()) if isinstance(value, str) else None
    if match:
        hour, minute = int(match[1]), int(match[2])
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise FieldError(field, "time_format", "expected HH:MM", value)


def check_phone(value: object, field: str = "phone") -> str:
    """Return the phone number as typed (trimmed) if it has 6 to 15 digits once a leading
    + and spaces, dots, dashes, slashes and parentheses are set aside; code "phone"."""
    text = value.strip() if isinstance(value, str) else ""
    rest = _PHONE_SEPARATORS.sub("", text.removeprefix("+"))
    if not _PHONE_DIGITS.fullmatch(rest):
        raise FieldError(field, "phone", "6 to 15 digits", value)
    return text


def check_email(value: object, field: str = "email") -> str:
    """Return the e-mail address trimmed if it looks like one; code "email"."""
    text = value.strip() if isinstance(value, str) else ""
    if not _EMAIL.fullmatch(text):
        raise FieldError(field, "email", "", value)
    return text


def check_birth_date(value: date, field: str = "birth_date", today: date | None = None) -> date:
    """Return the birth date if it is neither in the future nor before 1900; code
    "birth_date_range"."""
    if not EARLIEST_BIRTH_DATE <= value <= (today or date.today()):
        raise FieldError(field, "birth_date_range", "", value)
    return value


# What stdnum found wrong with a partita IVA, as the detail of the "vat_number" code.
# InvalidLength is a kind of InvalidFormat in stdnum: it must be asked first.
_VAT_DETAIL: tuple[tuple[type[stdnum_errors.ValidationError], str], ...] = (
    (stdnum_errors.InvalidLength, "length"),
    (stdnum_errors.InvalidChecksum, "check_digit"),
    (stdnum_errors.InvalidComponent, "office"),
    (stdnum_errors.InvalidFormat, "format"),
)


def check_vat_number(value: object, field: str = "vat_number") -> str:
    """Return an Italian partita IVA as its 11 digits; code "vat_number".

    Spaces, dashes and a leading "IT" (as on an invoice or a VIES query) are dropped.
    python-stdnum does the check: digits only (the first seven not all zeros), eleven of
    them, a provincial office code that exists (digits 8-10) and the check digit. The
    detail says which failed: "format", "length", "office" or "check_digit".
    """
    text = value.strip() if isinstance(value, str) else ""
    try:
        return str(iva.validate(text))
    except stdnum_errors.ValidationError as err:
        detail = next((d for kind, d in _VAT_DETAIL if isinstance(err, kind)), "")
        raise FieldError(field, "vat_number", detail, value) from None
