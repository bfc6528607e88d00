"""Reading a table of rows from CSV, XLSX or JSON Lines, with the line each row sits on.

The importer works on ``(line, {column: value})`` pairs whatever the file was. A line
number is what the user sees: in CSV and XLSX the row number a spreadsheet shows (the
header is line 1), in JSON Lines the line of the file counted from 1. Values come out as
the file holds them (text from CSV, typed cells from XLSX and JSON); empty cells are
left out, so an empty cell and a missing column mean the same: the field is absent.

An XLSX formula cell is read by the value the spreadsheet saved with it. A program that
writes formulas without computing them leaves none: such a cell comes out as
``NoSavedValue``, for the importer to refuse on its line and field (never as empty).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import zip_longest
from pathlib import Path
from typing import Any

from genera_desktop.domain.errors import GeneraError

Row = tuple[int, dict[str, Any]]
DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class Table:
    """The rows of a file and its columns: a header's (CSV, XLSX), or every key met
    (JSON Lines, where ``has_header`` is False and a line may leave keys out)."""

    file_format: str
    columns: list[str]
    rows: list[Row]
    has_header: bool


@dataclass(frozen=True)
class NoSavedValue:
    """An XLSX formula cell the file holds no computed value for."""

    formula: str

    def __str__(self) -> str:
        return self.formula


class BadFile(GeneraError):
    """The file cannot be read as a table at all (not a single row is judged).

    ``code`` says what: ``unreadable``, ``not_utf8``, ``empty``, ``no_header``,
    ``duplicate_column``, ``extra_cells`` (a value under no header; ``detail`` is the
    column number), ``bad_csv``, ``bad_json``, ``not_object``, ``unknown_format`` (an old
    .xls or an .ods: ``detail`` is the extension). ``line`` is where, if known.
    """

    def __init__(self, code: str, detail: str = "", line: int | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.line = line


def column_key(name: object) -> str:
    """A header as a field name: trimmed, lower case, spaces and dashes as underscores."""
    text = "" if name is None else str(name)
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def file_format(path: Path) -> str:
    """``csv``, ``xlsx`` or ``jsonl``: by extension, else by the first bytes."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".xls", ".ods", ".numbers"):
        raise BadFile("unknown_format", suffix)
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError as err:
        raise BadFile("unreadable", err.strerror or str(err)) from None
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "jsonl"
    return "csv"


def read_table(path: Path) -> Table:
    """The file's columns and rows. Rows with no value at all are skipped: spreadsheets
    keep empty rows at the end. A file without a single row is refused as ``empty``."""
    fmt = file_format(path)
    try:
        if fmt == "xlsx":
            table = Table(fmt, *_read_xlsx(path), has_header=True)
        else:
            text = _decode(path.read_bytes())
            if fmt == "jsonl":
                table = Table(fmt, *_read_jsonl(text), has_header=False)
            else:
                table = Table(fmt, *_read_csv(text), has_header=True)
    except OSError as err:
        raise BadFile("unreadable", err.strerror or str(err)) from None
    if not table.rows:
        raise BadFile("empty")
    return table


def read_headings(path: Path) -> list[str]:
    """The headings of a file as written on its first line (CSV, XLSX), or the keys of
    its JSON Lines in the order met: what the importer will read, before it reads it.
    BadFile as ``read_table`` when the file cannot be read."""
    fmt = file_format(path)
    try:
        if fmt == "xlsx":
            return _xlsx_headings(path)
        text = _decode(path.read_bytes())
    except OSError as err:
        raise BadFile("unreadable", err.strerror or str(err)) from None
    if fmt == "jsonl":
        return _read_jsonl(text)[0]
    first = text.split("\n", 1)[0].rstrip("\r")
    if not first.strip():
        raise BadFile("empty" if not text.strip() else "no_header", "", 1)
    try:
        cells = next(csv.reader([first], delimiter=sniff_delimiter(first)))
    except csv.Error as err:
        raise BadFile("bad_csv", str(err), 1) from None
    return _trimmed([c.strip() for c in cells])


def _xlsx_headings(path: Path) -> list[str]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise BadFile("unreadable", str(err)) from None
    try:
        for cells in book.worksheets[0].iter_rows(max_row=1, values_only=True):
            return _trimmed(["" if c is None else str(c).strip() for c in cells])
        raise BadFile("empty")
    finally:
        book.close()


def _trimmed(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()  # trailing empty header cells: Excel's stray formatting
    return cells


def _decode(data: bytes) -> str:
    """The text of a CSV or JSON Lines file: UTF-8 (with or without Excel's BOM), UTF-16
    with its BOM (Excel's "Unicode text"), else Windows-1252, what Excel on an Italian PC
    writes for "CSV (separato da punto e virgola)". ``not_utf8`` only when it is none of
    them (the line of the first byte that fits no encoding)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise BadFile("not_utf8", "", line) from None


def _header(cells: list[Any]) -> list[str]:
    for index, cell in enumerate(cells):
        if isinstance(cell, NoSavedValue):  # a name the file does not hold
            raise BadFile("no_header", f"column {index + 1}", 1)
    keys = [column_key(c) for c in cells]
    while keys and not keys[-1]:
        keys.pop()  # trailing empty header cells: Excel's stray formatting
    if not keys:
        raise BadFile("no_header", "", 1)
    seen: set[str] = set()
    for index, key in enumerate(keys):
        if not key:
            raise BadFile("no_header", f"column {index + 1}", 1)
        if key in seen:
            raise BadFile("duplicate_column", key, 1)
        seen.add(key)
    return keys


def _row(keys: list[str], cells: list[Any] | tuple[Any, ...], line: int) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for index, value in enumerate(cells):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if index >= len(keys):
            raise BadFile("extra_cells", str(index + 1), line)
        row[keys[index]] = value
    return row


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that splits the header into the most columns (Italian Excel: ';')."""
    counts = {d: len(next(csv.reader([header_line], delimiter=d))) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: counts[d])  # ties: the first, ';'


def _read_csv(text: str) -> tuple[list[str], list[Row]]:
    first = text.split("\n", 1)[0].rstrip("\r")
    if not first.strip():
        raise BadFile("empty" if not text.strip() else "no_header", "", 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first))
    keys: list[str] = []
    rows: list[Row] = []
    try:
        # A record is a spreadsheet row even when a quoted cell spans several lines of
        # the file, so the line number is the record's position, not the reader's line.
        for number, cells in enumerate(reader, start=1):
            if number == 1:
                keys = _header(cells)
                continue
            row = _row(keys, cells, number)
            if row:
                rows.append((number, row))
    except csv.Error as err:
        raise BadFile("bad_csv", str(err), reader.line_num) from None
    return keys, rows


def _read_jsonl(text: str) -> tuple[list[str], list[Row]]:
    keys: dict[str, None] = {}
    rows: list[Row] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            raise BadFile("bad_json", err.msg, number) from None
        if not isinstance(value, dict):
            raise BadFile("not_object", "", number)
        row: dict[str, Any] = {}
        for name, cell in value.items():
            key = column_key(name)
            keys.setdefault(key)
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue
            row[key] = cell
        if row:
            rows.append((number, row))
    return list(keys), rows


def _read_xlsx(path: Path) -> tuple[list[str], list[Row]]:
    from openpyxl import load_workbook

    books = []
    try:
        books.append(load_workbook(path, read_only=True, data_only=True))
        # The formulas themselves, only when the file has any: a second read costs time.
        if _has_formulas(path):
            books.append(load_workbook(path, read_only=True, data_only=False))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        for book in books:
            book.close()
        raise BadFile("unreadable", str(err)) from None
    try:
        values = books[0].worksheets[0].iter_rows(values_only=True)
        formulas = books[1].worksheets[0].iter_rows() if len(books) > 1 else iter(())
        keys: list[str] = []
        rows: list[Row] = []
        # Read-only sheets yield every row from 1, empty ones too, so the position is
        # the row number the spreadsheet shows.
        for number, (cells, raw) in enumerate(zip_longest(values, formulas, fillvalue=()),
                                              start=1):
            row_values = _without_lost_formulas([_xlsx_value(c) for c in cells], raw)
            if number == 1:
                keys = _header(row_values)
                continue
            row = _row(keys, row_values, number)
            if row:
                rows.append((number, row))
        return keys, rows
    finally:
        for book in books:
            book.close()


def _without_lost_formulas(values: list[Any], raw: Any) -> list[Any]:
    """The row's values, a formula cell with no saved value as ``NoSavedValue``."""
    for index, cell in enumerate(raw):
        if getattr(cell, "data_type", None) != "f":
            continue
        while len(values) <= index:
            values.append(None)
        if values[index] is None or values[index] == "":
            values[index] = NoSavedValue(str(cell.value))
    return values


_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >/]")


def _has_formulas(path: Path) -> bool:
    """Whether any sheet of the workbook holds a formula (its XML has an ``<f>``)."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            tail = b""
            with archive.open(name) as member:
                while chunk := member.read(1 << 20):
                    if _FORMULA_TAG.search(tail + chunk):
                        return True
                    tail = chunk[-8:]
    return False


def _xlsx_value(value: Any) -> Any:
    # Excel keeps dates as numbers formatted as dates; openpyxl gives them back as
    # datetimes at midnight. A date-time with a real time keeps it (no field wants one).
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value
