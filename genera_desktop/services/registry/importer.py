"""`genera import FILE`: households with their persons from CSV, XLSX or JSON Lines.

One row per person; rows sharing ``household_ref`` form one household. Columns are the
fields of docs/dev/records.md, or their Italian headings («Cognome», «Rif. nucleo»...:
services/registry/headings.py): a household's (point, municipality, address, flat, phone,
email, housing_context, status, case_number, registered_on, notes) and a person's (the
rest). Three names belong to both kinds: ``phone``, ``email`` and ``notes`` go to the
household, as on the intake form where the family's phone is the one to call; a
person's own are the columns ``person_phone``, ``person_email`` and ``person_notes``.

Dates may be written the Italian way (``dd/mm/yyyy``, ``d/m/yyyy``, with ``/``, ``.``
or ``-``) as well as ISO; a day that does not exist, or a two-digit year, is refused.

Each household remembers its ``household_ref`` as ``import_ref``: a row whose point and
household_ref were already imported (a live household holds them) is refused, so running
the same file twice stores nothing the second time and says why.

All rows or none: every row is checked first with the rules ``records.add`` applies
(validate.clean_fields, references, permissions.check_write, the household defaults),
every problem is collected with its line, and only a clean file is stored, in the
caller's one transaction. An empty cell means the field is absent; rows of one
household that leave a household column empty simply do not say it, while two rows
that give it different values are an error naming both lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from genera_desktop.domain.days import NotADay, read_day
from genera_desktop.domain.errors import (
    Cancelled,
    FieldError,
    GeneraError,
    Refused,
    ValidationFailed,
)
from genera_desktop.domain.text import fold
from genera_desktop.services import permissions
from genera_desktop.services.coordination import audit
from genera_desktop.services.network.site import SiteInfo, site_info
from genera_desktop.services.records import CaseNumbers, fill_household_defaults
from genera_desktop.services.registry.headings import Heading, file_headings, recognise
from genera_desktop.services.registry.tabular import BadFile, NoSavedValue, read_table
from genera_desktop.services.transaction import writes
from genera_desktop.services.validate import clean_fields, reference_errors
from genera_desktop.store import base as ft
from genera_desktop.store.base import Replicated, field_info
from genera_desktop.store.ids import new_id
from genera_desktop.store.models import Household, Person
from genera_desktop.store.uow import UnitOfWork

REF_COLUMN = "household_ref"
REF_MAX = int(field_info(Household)["import_ref"]["max_length"])
REQUIRED_COLUMNS = (REF_COLUMN, "point", "first_name", "last_name")
# Fields a file cannot set: links the store makes, or the importer does.
NOT_IMPORTED = frozenset({"merged_into", "household", "import_ref"})
# Person fields whose column has this prefix, because the bare name is the household's.
PERSON_PREFIX = "person_"
BATCH = 1000  # records per flush (and per progress report): memory stays flat
_IN_CHUNK = 500  # values per IN (...): well under SQLite's variable limit

Progress = Callable[[int, int], bool]


def _columns(model: type[Replicated], taken: frozenset[str] = frozenset()) -> dict[str, str]:
    return {
        (PERSON_PREFIX + name if name in taken else name): name
        for name in field_info(model)
        if name not in NOT_IMPORTED
    }


HOUSEHOLD_COLUMNS = _columns(Household)
PERSON_COLUMNS = _columns(Person, frozenset(HOUSEHOLD_COLUMNS))
COLUMNS = (REF_COLUMN, *HOUSEHOLD_COLUMNS, *PERSON_COLUMNS)


@dataclass(frozen=True)
class Problem:
    """One wrong field of one row."""

    line: int
    error: FieldError


class ImportFailed(GeneraError):
    """Some rows are wrong: nothing was imported. ``problems`` are sorted by line."""

    code = "import_failed"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: p.line)
        self.bad_rows = len({p.line for p in problems})
        super().__init__(f"{self.bad_rows} bad rows")


class BadColumns(GeneraError):
    """The header names columns the importer does not know, or lacks required ones."""

    code = "bad_columns"

    def __init__(self, unknown: list[str], missing: list[str], in_header: bool = True) -> None:
        super().__init__(f"unknown: {unknown}; missing: {missing}")
        self.unknown = unknown
        self.missing = missing
        self.in_header = in_header  # False for JSON Lines: the names are keys of lines


@dataclass(frozen=True)
class ImportResult:
    """What an import stored, and the headings it read (each with its column)."""

    households: int
    persons: int
    rows: int
    file_format: str
    headings: tuple[Heading, ...] = ()


@dataclass
class _Household:
    ref: str
    first_line: int
    values: dict[str, Any] = field(default_factory=dict)
    given_at: dict[str, int] = field(default_factory=dict)  # field -> line that gave it
    persons: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


@writes
def import_file(uow: UnitOfWork, path: Path, *, progress: Progress | None = None,
                today: date | None = None) -> ImportResult:
    """Check every row of the file, then store them all; the caller commits.

    Raises BadFile (unreadable), BadColumns (header), ImportFailed (bad rows, with every
    problem), Refused (this site may not import), Cancelled (``progress`` said stop).
    """
    session = uow.session
    site = site_info(session)
    if site.role is None:
        raise Refused("no_network")
    table = read_table(path)
    read_as = recognise(table.columns, COLUMNS)
    columns = [h.column or h.text for h in read_as]
    check_columns(columns, required=table.has_header)
    rows = _renamed(table.rows, read_as)
    households, problems = _parse(rows)
    _check_households(uow, households, site, problems)
    _check_not_imported_before(uow, households, problems)
    if problems:
        raise ImportFailed(_one_problem_per_formula(problems))

    numbers = CaseNumbers(session)
    persons = 0
    pending: list[Replicated] = []
    done = 0
    for hh in households.values():
        values = {**hh.values, "import_ref": hh.ref}
        fill_household_defaults(values, numbers, today)
        household = Household(id=new_id(), **values)
        pending.append(household)
        for _, person in hh.persons:
            pending.append(Person(id=new_id(), household=household.id, **person))
        persons += len(hh.persons)
        done += len(hh.persons)
        if len(pending) >= BATCH:
            uow.write_batch(pending)
            if progress is not None and not progress(done, len(rows)):
                raise Cancelled()
    uow.write_batch(pending)
    audit.record(uow, "import", "household", None, {
        "file": path.name, "households": len(households), "persons": persons,
    })
    session.flush()
    if progress is not None:
        progress(len(rows), len(rows))
    return ImportResult(len(households), persons, len(rows), table.file_format, tuple(read_as))


def read_headings(path: Path) -> list[Heading]:
    """The file's headings and the column each is read as (an Italian heading as its
    column), from the first line alone: what the import dialog shows before the user
    confirms. BadFile when the file cannot be read as a table."""
    return file_headings(path, COLUMNS)


def missing_columns(headings: list[Heading]) -> list[str]:
    """The required columns no heading names (a file with a header needs them all)."""
    named = {h.column for h in headings}
    return [c for c in REQUIRED_COLUMNS if c not in named]


def _renamed(rows: list[tuple[int, dict[str, Any]]],
             read_as: list[Heading]) -> list[tuple[int, dict[str, Any]]]:
    """The rows keyed by column: an Italian heading's cells under its column's name."""
    names = {h.text: h.column for h in read_as if h.column and h.column != h.text}
    if not names:
        return rows
    return [(line, {names.get(k, k): v for k, v in row.items()}) for line, row in rows]


def check_columns(keys: list[str], *, required: bool = True) -> None:
    """Refuse a column the importer does not know, or (``required``: a file with a
    header) a header without a required column; JSON Lines name a missing field per line."""
    unknown = [k for k in keys if k not in COLUMNS]
    missing = [k for k in REQUIRED_COLUMNS if k not in keys] if required else []
    if unknown or missing:
        raise BadColumns(unknown, missing, in_header=required)




# -- checking -------------------------------------------------------------------------

def _parse(rows: list[tuple[int, dict[str, Any]]]) -> tuple[dict[str, _Household], list[Problem]]:
    """Clean every row, group the rows into households, collect every problem."""
    problems: list[Problem] = []
    households: dict[str, _Household] = {}
    hh_rules = field_info(Household)
    person_rules = field_info(Person)
    tax_codes: dict[str, int] = {}
    # Rows of one household repeat its columns: clean each distinct set of them once.
    cleaned: dict[tuple[tuple[str, Any], ...], dict[str, Any]] = {}
    for line, row in rows:
        row = _without_lost_formulas(line, row, problems)
        ref = _text(row.get(REF_COLUMN))
        if not ref:
            problems.append(Problem(line, FieldError(REF_COLUMN, "required")))
        elif len(ref) > REF_MAX:
            problems.append(Problem(line, FieldError(REF_COLUMN, "too_long", str(REF_MAX),
                                                     value=ref)))
        hh_raw: dict[str, Any] = {}
        person_raw: dict[str, Any] = {}
        for column, value in row.items():
            if column in HOUSEHOLD_COLUMNS:
                name, raw, rules = HOUSEHOLD_COLUMNS[column], hh_raw, hh_rules
            elif column in PERSON_COLUMNS:
                name, raw, rules = PERSON_COLUMNS[column], person_raw, person_rules
            else:
                continue
            try:
                raw[name] = coerce(rules[name], value)
            except FieldError as err:  # a date in words the importer reads, but wrong
                problems.append(Problem(line, FieldError(column, err.code, err.detail, value)))
        key = _hashable(hh_raw)
        hh_values = cleaned.get(key) if key is not None else None
        if hh_values is None:
            count = len(problems)
            hh_values = _clean(Household, hh_raw, line, problems, partial=True)
            if hh_values is not None and key is not None and len(problems) == count:
                cleaned[key] = hh_values
        person = _clean(Person, person_raw, line, problems, partial=False)
        code = person.get("tax_code") if person else None
        if code:
            if code in tax_codes:
                problems.append(Problem(line, FieldError(
                    "tax_code", "repeated", str(tax_codes[code]), value=code)))
            else:
                tax_codes[code] = line
        if not ref:
            continue
        hh = households.get(ref)
        if hh is None:
            hh = households[ref] = _Household(ref, line)
        hh.lines.append(line)
        if hh_values is not None:
            _merge(hh, hh_values, line, problems)
        if person is not None:
            hh.persons.append((line, person))
    return households, problems


def _without_lost_formulas(line: int, row: dict[str, Any],
                           problems: list[Problem]) -> dict[str, Any]:
    """The row without its formula cells that have no saved value, each a problem of its
    line and column (its value is unknown: never read as empty)."""
    lost = [column for column, value in row.items() if isinstance(value, NoSavedValue)]
    for column in lost:
        problems.append(Problem(line, FieldError(column, "formula_without_value",
                                                 value=str(row[column]))))
    return {k: v for k, v in row.items() if k not in lost} if lost else row


def _one_problem_per_formula(problems: list[Problem]) -> list[Problem]:
    """A lost formula's field also looks missing to the other checks: say it once."""
    lost = {(p.line, p.error.field) for p in problems
            if p.error.code == "formula_without_value"}
    if not lost:
        return problems
    return [p for p in problems if p.error.code == "formula_without_value"
            or (p.line, p.error.field) not in lost]


def _clean(model: type[Replicated], raw: dict[str, Any], line: int, problems: list[Problem],
           *, partial: bool) -> dict[str, Any] | None:
    """Clean values, or None for a person with a bad field. A household keeps its good
    fields, so one bad phone does not also make its point look missing."""
    if model is Person:
        # The importer links persons to their household itself; a stand-in keeps
        # clean_fields' "household is required" quiet (REF values are not looked up there).
        raw = {**raw, "household": _NO_HOUSEHOLD}
    try:
        values = clean_fields(model, raw, partial=partial)
    except ValidationFailed as err:
        problems.extend(Problem(line, _as_column(model, e)) for e in err.errors)
        if model is Person:
            return None
        bad = {e.field for e in err.errors}
        values = clean_fields(model, {k: v for k, v in raw.items() if k not in bad},
                              partial=True)
    return {k: v for k, v in values.items() if v is not None and k != "household"}


_NO_HOUSEHOLD = "00000000-0000-0000-0000-000000000000"


def _hashable(raw: dict[str, Any]) -> tuple[tuple[str, Any], ...] | None:
    key = tuple(raw.items())
    try:
        hash(key)
    except TypeError:  # a JSON list or object in a text column: judged, not cached
        return None
    return key


def _as_column(model: type[Replicated], err: FieldError) -> FieldError:
    """The error named by its column, so 'person_phone' is not mistaken for 'phone'."""
    if model is Person and err.field in HOUSEHOLD_COLUMNS:
        return FieldError(PERSON_PREFIX + err.field, err.code, err.detail, err.value)
    return err


def _merge(hh: _Household, values: dict[str, Any], line: int, problems: list[Problem]) -> None:
    for name, value in values.items():
        if name not in hh.values:
            hh.values[name] = value
            hh.given_at[name] = line
        elif hh.values[name] != value:
            first = hh.given_at[name]
            detail = f"{first} ({_shown(hh.values[name])})"
            problems.append(Problem(line, FieldError(name, "differs", detail, value=value)))


def _shown(value: Any) -> str:
    if isinstance(value, date):  # never Python's repr in a message
        return f"'{value.isoformat()}'"
    return f"'{value}'" if isinstance(value, str) else str(value)


def _check_households(uow: UnitOfWork, households: dict[str, _Household], site: SiteInfo,
                      problems: list[Problem]) -> None:
    """Required household fields, references (one query per field) and scope; adds to
    ``problems``, which hold those of the rows already."""
    session = uow.session
    items = list(households.values())
    bad_points = {p.line for p in problems if p.error.field == "point"}
    for hh in items:
        if "point" not in hh.values and not bad_points.intersection(hh.lines):
            problems.append(Problem(hh.first_line, FieldError("point", "required")))
    refused_field = "housing_context" if site.role == "laptop" else "point"
    references = reference_errors(session, Household, [h.values for h in items])
    for hh, errors in zip(items, references, strict=True):
        for e in errors:
            problems.append(Problem(hh.given_at.get(e.field, hh.first_line), e))
        if errors or "point" not in hh.values:
            continue  # its scope cannot be judged on values already refused
        try:
            permissions.check_write(session, site, None, Household, hh.values)
        except Refused:
            line = hh.given_at.get(refused_field, hh.first_line)
            problems.append(Problem(line, FieldError(
                refused_field, "out_of_scope", value=hh.values.get(refused_field))))


def _check_not_imported_before(uow: UnitOfWork, households: dict[str, _Household],
                               problems: list[Problem]) -> None:
    """A household_ref already imported at the same point (a live household, merged
    or not, holds it as ``import_ref``) is refused on each of its rows: the file was
    imported before. A deleted household does not count: deleting a wrong import and
    importing the corrected file is the way to redo one."""
    by_point: dict[str, dict[str, _Household]] = {}
    for hh in households.values():
        point = hh.values.get("point")
        if point and hh.ref and len(hh.ref) <= REF_MAX:
            by_point.setdefault(point, {})[hh.ref] = hh
    for point, wanted in by_point.items():
        refs = list(wanted)
        for start in range(0, len(refs), _IN_CHUNK):
            found = uow.session.execute(
                select(Household.import_ref, Household.id, Household.case_number)
                .where(Household.point == point,
                       Household.import_ref.in_(refs[start : start + _IN_CHUNK]),
                       Household.cl % 2 == 1)
                .order_by(Household.id)
            )
            for ref, hid, case_number in found:
                if ref not in wanted:
                    continue  # held twice (imported at two sites): one is enough to say
                hh = wanted.pop(ref)
                detail = f"{hid}, {case_number}" if case_number else hid
                problems.extend(Problem(line, FieldError(
                    REF_COLUMN, "already_imported", detail, value=ref)) for line in hh.lines)


# -- values ---------------------------------------------------------------------------

TRUE = frozenset({"true", "yes", "y", "si", "s", "1", "x", "vero"})
FALSE = frozenset({"false", "no", "n", "0", "falso"})
_LIST_SEPARATORS = re.compile(r"[;,|]")
_INTEGER = re.compile(r"[+-]?[0-9]+")


def coerce(rules: dict[str, Any], value: Any) -> Any:
    """A cell as the field's type wants it; what cannot be converted passes unchanged,
    so validation names the field and the value as the file holds it.

    A spreadsheet turns codes and phones into numbers (3331234567.0): they go back to
    their digits. Dates written day first become ISO (``italian_date``). Booleans accept
    sì/no, true/false, 1/0 and x; lists are separated by ; , or |; enumerated codes match
    whatever their case.
    """
    ftype = rules["type"]
    if isinstance(value, str):
        value = value.strip()
    if ftype == ft.BOOL:
        if isinstance(value, str):
            word = fold(value)
            if word in TRUE:
                return True
            if word in FALSE:
                return False
        elif isinstance(value, int | float) and not isinstance(value, bool) and value in (0, 1):
            return bool(value)
        return value
    if ftype == ft.INT:
        if isinstance(value, str) and _INTEGER.fullmatch(value):
            return int(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value
    if ftype == ft.NUMBER:
        if isinstance(value, str):
            try:
                return float(value.replace(",", ".")) if "," in value else float(value)
            except ValueError:
                return value
        return value
    if ftype == ft.DATE and isinstance(value, str):
        return italian_date(value)
    if ftype == ft.LIST:
        if isinstance(value, str):
            return [part.strip() for part in _LIST_SEPARATORS.split(value) if part.strip()]
        return value
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        text = _number_text(value)
        if ftype == ft.TAX_CODE and text.isdigit() and len(text) < 11:
            text = text.zfill(11)  # a provisional code stored as a number lost its zeros
        return text
    if ftype == ft.ENUM and isinstance(value, str):
        for choice in rules["choices"]:
            if choice.lower() == value.lower():
                return choice
    return value


def italian_date(text: str) -> str:
    """A date written the Italian way (day first) as ISO; other text unchanged (anything
    not written like a day is validation's to name). FieldError "date_format" for a day
    that does not exist ("no such day", as validation says it of ISO dates) or a year
    not written in full (a two-digit year could be either century)."""
    try:
        day = read_day(text)
    except NotADay as err:
        raise FieldError("", "date_format", err.reason, text) from None
    return day.isoformat() if day is not None else text


def _number_text(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_text(value)
    return str(value).strip()


__all__ = [
    "COLUMNS",
    "Heading",
    "BadColumns",
    "BadFile",
    "ImportFailed",
    "ImportResult",
    "Problem",
    "check_columns",
    "coerce",
    "import_file",
    "italian_date",
    "missing_columns",
    "read_headings",
]
