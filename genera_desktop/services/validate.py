"""Checking a record's fields as given (JSON, a form, an import row).

Returns clean values ready for the model, or raises ValidationFailed listing every
wrong field at once, so a form or an import can show all of them together.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain.catalogs import ateco_entry
from genera_desktop.domain.codice_fiscale import InvalidTaxCode, classify
from genera_desktop.domain.errors import FieldError, ValidationFailed
from genera_desktop.domain.validation import (
    check_birth_date,
    check_email,
    check_phone,
    check_vat_number,
    parse_date,
    parse_time,
)
from genera_desktop.store import base as ft
from genera_desktop.store.base import Replicated, field_info
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.models import Point

# Fields the store fills in; given in input they are refused, not silently dropped.
READ_ONLY = frozenset({"id"})
POINT_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,11}$")
# Another kind's ``code`` (an incentive's): kept as typed, found case-insensitively
# (services/work/hirings.py), so ``adi`` comes out ``adi`` (spec/cli.md).
CATALOG_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]+$")


def clean_fields(model: type[Replicated], data: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    """Check field names, types and formats (no database look-ups).

    With ``partial`` (an update) required fields may be missing but not nulled.
    Empty strings count as absent, as an empty cell does in an import.
    """
    info = field_info(model)
    # Fields the app computes or sets (the kind's declaration) are not for the caller.
    refused = KINDS[model.KIND].refused_on_input
    errors: list[FieldError] = []
    out: dict[str, Any] = {}
    for name, raw in data.items():
        if name == "kind" and raw == model.KIND:
            continue
        if name in READ_ONLY or name in refused:
            errors.append(FieldError(name, "read_only"))
            continue
        rules = info.get(name)
        if rules is None:
            errors.append(FieldError(name, "unknown_field"))
            continue
        value = raw.strip() if isinstance(raw, str) else raw
        if value == "" or value is None:
            if rules["required"]:
                errors.append(FieldError(name, "required"))
            else:
                out[name] = None
            continue
        try:
            out[name] = _clean_value(name, rules, value, model.KIND)
        except FieldError as err:
            errors.append(err)
    if not partial:
        for name, rules in info.items():
            if rules["required"] and out.get(name) is None and not _has_error(errors, name):
                errors.append(FieldError(name, "required"))
    if out.get("tax_code") and out.get("tax_code_missing"):
        errors.append(FieldError("tax_code_missing", "contradicts_tax_code"))
    if errors:
        raise ValidationFailed(errors)
    return out


def _has_error(errors: list[FieldError], name: str) -> bool:
    return any(e.field == name for e in errors)


def _clean_value(name: str, rules: dict[str, Any], value: Any, kind: str = "") -> Any:
    ftype = rules["type"]
    if ftype == ft.BOOL:
        if not isinstance(value, bool):
            raise FieldError(name, "not_boolean", value=value)
        return value
    if ftype == ft.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise FieldError(name, "not_integer", value=value)
        if value < 0:  # every whole-number field is a count: people, hours, rooms, months
            raise FieldError(name, "negative", value=value)
        return value
    if ftype == ft.NUMBER:
        # NaN and Infinity (which Python's JSON reader takes) are no amount: they would
        # come out as JSON no reader takes.
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value):
            raise FieldError(name, "not_number", value=value)
        if value < 0:
            raise FieldError(name, "negative", value=value)
        return value
    if ftype == ft.LIST:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FieldError(name, "not_list", value=value)
        bad = [v for v in value if rules["choices"] and v not in rules["choices"]]
        if bad:
            raise FieldError(name, "choice", ", ".join(rules["choices"]), value=bad[0])
        twice = [v for n, v in enumerate(value) if v in value[:n]]
        if twice:  # refused, not dropped: a field comes out as it went in (spec/cli.md)
            raise FieldError(name, "list_repeated", twice[0], value=twice[0])
        return list(value)
    if ftype == ft.DAY_NUMBERS:
        if not isinstance(value, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise FieldError(name, "not_day_numbers", value=value)
        bad = [v for v in value if not 1 <= v <= 31]
        if bad:
            raise FieldError(name, "out_of_range", "1 and 31", value=bad[0])
        twice = [v for n, v in enumerate(value) if v in value[:n]]
        if twice:  # a day given twice is a slip the count would hide
            raise FieldError(name, "day_repeated", str(twice[0]), value=twice[0])
        return list(value)  # as given: a field comes out as it went in (spec/cli.md)
    if not isinstance(value, str):
        raise FieldError(name, "not_text", value=value)
    if rules["max_length"] and len(value) > rules["max_length"] and ftype not in (ft.REF,):
        raise FieldError(name, "too_long", str(rules["max_length"]), value=value)
    if ftype == ft.DATE:
        day = parse_date(value, name)
        if name == "birth_date":
            check_birth_date(day, name)
        return day.isoformat()
    if ftype == ft.TIME:
        return parse_time(value, name).strftime("%H:%M")
    if ftype == ft.ENUM:
        if value not in rules["choices"]:
            raise FieldError(name, "choice", ", ".join(rules["choices"]), value=value)
        return value
    if ftype == ft.PHONE:
        check_phone(value, name)
        return value
    if ftype == ft.EMAIL:
        check_email(value, name)
        return value
    if ftype == ft.TAX_CODE:
        try:
            return classify(value).normalized
        except InvalidTaxCode as err:
            raise FieldError(name, "tax_code", err.reason, value=value) from None
    if ftype == ft.VAT_NUMBER:
        return check_vat_number(value, name)
    if ftype == ft.ATECO:
        entry = ateco_entry(value)
        if entry is None:
            raise FieldError(name, "ateco", value=value)
        return entry.code
    if ftype == ft.POINT_CODE:
        return value.upper()
    if ftype == ft.REF:
        return value.lower()
    if name == "code" and kind != "point":
        if not CATALOG_CODE_RE.match(value):
            raise FieldError(name, "catalog_code_format", str(rules["max_length"] or 200),
                             value=value)
        return value
    if name == "code":
        code = value.upper()
        if not POINT_CODE_RE.match(code):
            raise FieldError(name, "point_code_format", value=value)
        return code
    return value


def check_references(session: Session, model: type[Replicated], values: dict[str, Any]) -> None:
    """Every reference given must name a live record this site holds."""
    errors = reference_errors(session, model, [values])[0]
    if errors:
        raise ValidationFailed(errors)


def reference_errors(
    session: Session, model: type[Replicated], rows: Sequence[dict[str, Any]]
) -> list[list[FieldError]]:
    """For each row of clean values, its references that name no live record held here.

    One query per reference field for all the rows together, so an import of thousands
    of rows checks them in a handful of queries; ``check_references`` is the one-row case.
    """
    from genera_desktop.store.models import MODELS

    out: list[list[FieldError]] = [[] for _ in rows]
    for name, rules in field_info(model).items():
        if rules["type"] not in (ft.POINT_CODE, ft.REF) or name == "merged_into":
            continue
        wanted = {row[name] for row in rows if row.get(name) is not None}
        if not wanted:
            continue
        if rules["type"] == ft.POINT_CODE:
            found = _live_values(session, Point, Point.code, wanted)
            code, detail = "unknown_point", ""
        else:
            target = MODELS[rules["ref"]]
            found = _live_values(session, target, target.id, wanted)
            code, detail = "unknown_reference", rules["ref"]
        for row, errors in zip(rows, out, strict=True):
            value = row.get(name)
            if value is not None and value not in found:
                errors.append(FieldError(name, code, detail, value=value))
    return out


def _live_values(session: Session, model: type[Replicated], column: Any, wanted: set[Any]) -> set[Any]:
    """The values among ``wanted`` that live records hold in ``column``."""
    found: set[Any] = set()
    items = sorted(wanted)
    # SQLite caps the parameters of one statement; 500 stays far under every build's cap.
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        found.update(session.scalars(
            select(column).where(column.in_(chunk), model.cl % 2 == 1)
        ))
    return found
