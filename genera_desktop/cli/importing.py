"""`genera import FILE`: households and persons from CSV, XLSX or JSON Lines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from genera_desktop.cli.context import Context
from genera_desktop.cli.messages import field_message, shown_value
from genera_desktop.domain.errors import FieldError

FILE_PROBLEMS = {
    "unreadable": "cannot be read ({detail})",
    "not_utf8": ("is not text in UTF-8 or Windows-1252 (line {line}): save it as 'CSV "
                 "UTF-8'"),
    "empty": "holds no rows",
    "no_header": "line 1 must name the columns ({detail})",
    "duplicate_column": "the column '{detail}' is there twice (line 1)",
    "extra_cells": "line {line} has a value in column {detail}, which has no name on line 1",
    "bad_csv": "is not valid CSV at line {line} ({detail})",
    "bad_json": "line {line} is not valid JSON ({detail})",
    "not_object": "line {line} is not a JSON object",
    "unknown_format": "is not CSV, XLSX or JSON Lines ({detail}): save it as XLSX or CSV UTF-8",
}


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    from genera_desktop.services.registry.importer import HOUSEHOLD_COLUMNS, PERSON_COLUMNS

    p = sub.add_parser(
        "import", help="import households with their persons (CSV, XLSX, JSON Lines)",
        description="One row per person; rows sharing household_ref form one household. "
        "phone, email and notes are the household's; person_phone, person_email and "
        "person_notes the person's. An empty cell means the field is absent. "
        "All rows or none: a single bad row and nothing is imported.",
        epilog="columns: household_ref; household: " + ", ".join(HOUSEHOLD_COLUMNS)
        + "; person: " + ", ".join(PERSON_COLUMNS) + ". Italian headings are read too, "
        "whatever their case and accents: Nucleo (or Rif. nucleo), Punto, Comune, "
        "Indirizzo, Telefono, Nome, Cognome, Codice fiscale, Data di nascita, Sesso...",
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_import)
    common(p)


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.services.registry import importer
    from genera_desktop.services.registry.tabular import BadFile

    where = f"import {args.file}"
    args.error_where = where
    try:
        result = importer.import_file(ctx.store, Path(args.file))
    except BadFile as exc:
        template = FILE_PROBLEMS.get(exc.code, exc.code.replace("_", " ") + " {detail}")
        _fail(f"{where}: " + template.format(detail=exc.detail, line=exc.line))
        return 1
    except importer.BadColumns as exc:
        _fail(f"{where}: " + columns_problem(exc.unknown, exc.missing, exc.in_header))
        return 1
    except importer.ImportFailed as exc:
        rows = "1 bad row" if exc.bad_rows == 1 else f"{exc.bad_rows} bad rows"
        _fail(f"{where}: {rows}, nothing was imported",
              [f"line {p.line}: {problem_message(p.error)}" for p in exc.problems])
        return 1
    ctx.say(f"imported {result.households} households with {result.persons} persons "
            f"from {result.rows} rows")
    _say_italian_headings(Path(args.file))
    return 0


def _say_italian_headings(path: Path) -> None:
    """Which Italian headings were read as which column, on stderr (stdout stays what it
    always was); nothing for a file that uses the column names."""
    from genera_desktop.services.registry import importer
    from genera_desktop.services.registry.headings import translated
    from genera_desktop.services.registry.tabular import BadFile

    try:
        read_as = translated(importer.read_headings(path))
    except (BadFile, OSError):
        return
    if read_as:
        sys.stderr.write("note: headings read as columns: " + ", ".join(
            f"'{h.text}' as {h.column}" for h in read_as) + "\n")


# An import reads dates the Italian way too, and knows files it stored before: its own
# words for those, every other problem as any command says it.
DATE_REASONS = {"no such day": "no such day", "year not in full": "write the year in full"}


def problem_message(err: FieldError) -> str:
    """'column: what is wrong' for one problem of an import row."""
    if err.code == "already_imported":
        return (f"{err.field}: {_quoted(err.value)} already imported "
                f"(household {err.detail})")
    if err.code == "formula_without_value":
        formula = str(err.value)
        formula = formula if len(formula) <= 40 else formula[:37] + "..."
        return (f"{err.field}: the formula '{formula}' has no saved value: open the "
                "file in a spreadsheet program and save it, or type the value itself")
    if err.code == "date_format":
        reason = DATE_REASONS.get(err.detail)
        return (f"{err.field}: {_quoted(err.value)} must be a date written DD/MM/YYYY or "
                f"YYYY-MM-DD" + (f" ({reason})" if reason else ""))
    return field_message(err)


def _quoted(value: object) -> str:
    return shown_value(value)


def columns_problem(unknown: list[str], missing: list[str], in_header: bool = True) -> str:
    """The header's fault in words (line 1 of the file; the keys of JSON Lines)."""
    parts = []
    if unknown:
        names = ", ".join(f"'{u}'" for u in unknown)
        where = " on line 1" if in_header else ""
        parts.append(f"unknown column{'s' if len(unknown) > 1 else ''} {names}{where} "
                     "(the columns are listed by 'genera import --help')")
    if missing:
        names = ", ".join(missing)
        parts.append(f"line 1 lacks the column{'s' if len(missing) > 1 else ''} {names}")
    return "; ".join(parts)


def _fail(line: str, details: list[str] | None = None) -> None:
    sys.stderr.write(f"error: {line}\n")
    for detail in details or []:
        sys.stderr.write(f"{detail}\n")
