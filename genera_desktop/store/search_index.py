"""The index of search words: every word of a person's and a household's names,
address, comune, case number, phones and codice fiscale, folded, one row each.

Staff type the start of words ("de sa" for De Santis, "ross ang" for Rossi Angela):
each typed word must start a word of the record. With the words in an index keyed by
their first two letters, that is an index read (``head = 'sa' AND word >= 'sa' AND
word < 'sa' || U+10FFFF``) however short the typed word, instead of reading every
person (a search as you type at 50,000 households answers in tens of milliseconds;
store/search_query.py writes the searches).

Rows name their record by its table's rowid, not by its id: a quarter of the size,
and the join back to the record is one lookup. The store never vacuums (which could
renumber rowids); ``rebuild`` restores the words if one ever does. Triggers on
``person`` and ``household`` keep the words, so ORM writes, sync's Core writes,
evictions and erasures alike; a sync apply adds its new rows' words in one go at its
end, a bulk one rebuilds them all (store/derived.py). Like ``household_sort`` the table is local and derived: not
replicated, not captured, not dumped.

Before 0004 the store held an FTS5 trigram index over ``person.search_text`` instead
(infix matching, and nothing for terms under three letters); the migration drops it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, Integer, Text, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapped, mapped_column

from genera_desktop.domain.text import digits, fold
from genera_desktop.store.base import Base

TABLE = "search_word"
# Record kinds in the index (the ``kind`` column).
PERSON, HOUSEHOLD = 1, 2
# The fields words come from, with the code each word keeps (which field it is of).
FIELDS: dict[str, tuple[tuple[str, int], ...]] = {
    "person": (("last_name", 0), ("first_name", 1), ("tax_code", 2), ("phone", 3)),
    "household": (("address", 4), ("municipality", 5), ("case_number", 6), ("phone", 7)),
}
KIND_CODE = {"person": PERSON, "household": HOUSEHOLD}
# The SQL function the triggers split fields into words with. Its name carries the
# version of the word rules: a release that changes them renames it, so that opening
# a store finds its triggers different and rebuilds the words (``ensure``).
WORDS_FUNCTION = "genera_search_words_1"
# Above every character: ``word < term || TOP`` bounds the words starting with term.
TOP = "\U0010ffff"
# A word longer than this is kept cut: nobody types more of one word.
MAX_WORD = 40


class SearchWord(Base):
    """One word of one field of one record. The primary key is the index searches
    walk: a kind, the word's first two letters (``head``), then the records in rowid
    order, so that the words starting with a typed word come out record by record
    (no sort to gather each record's matches) and one record's words are a lookup."""

    __tablename__ = TABLE
    __table_args__ = {"sqlite_with_rowid": False}

    kind: Mapped[int] = mapped_column(Integer, primary_key=True)
    head: Mapped[str] = mapped_column(Text, primary_key=True)
    record_rowid: Mapped[int] = mapped_column(Integer, primary_key=True)
    word: Mapped[str] = mapped_column(Text, primary_key=True)
    field: Mapped[int] = mapped_column(Integer, primary_key=True)


# -- words --------------------------------------------------------------------------

HEAD = 2  # letters of a word's head
_NOT_WORD = re.compile(r"[\W_]+")
_DIGIT_GROUPS = re.compile(r"[0-9]+")
# A phone without its country code is a word of its own when this long at least.
MIN_PHONE_TAIL = 6


def text_words(value: str | None, *, whole: bool = False) -> list[str]:
    """The folded words of a field: split at spaces and punctuation. A word joined by
    punctuation also counts whole ("D'Angelo": "d", "angelo", "dangelo"; a search
    typed "d'angelo" looks for "dangelo"), and with ``whole`` (names) so does the
    field ("De Santis" also "desantis")."""
    if not value:
        return []
    out: list[str] = []
    every: list[str] = []
    for chunk in fold(value).split():
        if chunk.isalnum():  # the common case, without the split
            out.append(chunk)
            every.append(chunk)
            continue
        parts = [p for p in _NOT_WORD.split(chunk) if p]
        out.extend(parts)
        every.extend(parts)
        if len(parts) > 1:
            out.append("".join(parts))
    if whole and len(every) > 1:
        out.append("".join(every))
    return list(dict.fromkeys(out))


def case_number_words(value: str | None) -> list[str]:
    """A case number whole ("MON-2026-0042": "mon20260042") and its last part ("0042"):
    its point and year alone would make every household of a point a match."""
    parts = [p for p in _NOT_WORD.split(fold(value or "")) if p]
    if not parts:
        return []
    return ["".join(parts), parts[-1]] if len(parts) > 1 else parts


def phone_words(value: str | None) -> list[str]:
    """A phone's digits as one word, and again without its country code when it has
    one: "+39 333 123 4567" is found by "39333…" and by "333…" (staff type numbers as
    dialled here); "030 961 2210" by "030…" only."""
    if not value:
        return []
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
    groups = _DIGIT_GROUPS.findall(value)
    full = "".join(groups)
    if not full:
        return []
    national = ""
    if full.startswith("0039"):
        national = full[4:]
    elif full.startswith("39") and value.lstrip().startswith("+"):
        national = full[2:]
    elif value.lstrip().startswith(("+", "00")) and len(groups) > 1:
        national = "".join(groups[1:])  # another country: its code as written apart
    return [full, national] if len(national) >= MIN_PHONE_TAIL else [full]


def field_words(name: str, value: str) -> list[str]:
    """The words of one field's value, once each, as the index keeps them."""
    if value.isalnum() and value.isascii():  # one plain word: most names, every code
        return [value.lower()[:MAX_WORD]] if name != "phone" else phone_words(value)
    if name == "phone":
        words = phone_words(value)
    elif name == "case_number":
        words = case_number_words(value)
    else:
        words = text_words(value, whole=name in ("last_name", "first_name"))
    if len(words) == 1:
        return [words[0][:MAX_WORD]]
    return list(dict.fromkeys(word[:MAX_WORD] for word in words))


def record_words(kind: str, values: tuple[Any, ...]) -> list[tuple[str, int]]:
    """Every (word, field code) of a record, once each; ``values`` in ``FIELDS`` order."""
    return list(_words_of_values(kind, values))


# Names, streets, comuni repeat: a sync apply or a rebuild asks for thousands of
# records, so the words of the values last seen are kept (a value of its own, a codice
# fiscale, only passes through).
@functools.lru_cache(maxsize=65_536)
def _value_words(name: str, code: int, value: str) -> tuple[tuple[str, str, int], ...]:
    """(head, word, field code) of a field's value."""
    return tuple((word[:HEAD], word, code) for word in field_words(name, value))


def _words_of_values(kind: str, values: Iterable[Any]) -> Iterator[tuple[str, int]]:
    """``record_words``, with the words of repeated values kept between records."""
    for (name, code), value in zip(FIELDS[kind], values, strict=True):
        if value is not None:
            for _, word, _ in _value_words(name, code, str(value)):
                yield word, code


def _words_json(kind: int, a: Any, b: Any, c: Any, d: Any) -> str:
    """``record_words`` as a JSON array, for the triggers' ``json_each``."""
    # Words hold letters and digits only (split at everything else): nothing to escape.
    return "[" + ",".join(f'["{word}",{code}]' for word, code in _words_of_values(
        "person" if kind == PERSON else "household", (a, b, c, d))) + "]"


def register(dbapi_connection: Any) -> None:
    """Give a raw SQLite connection the word function the triggers call."""
    dbapi_connection.create_function(WORDS_FUNCTION, 5, _words_json, deterministic=True)


def _ensure_function(conn: Connection) -> None:
    """Register the word function on a connection the store's engine did not make
    (Alembic's checks run on a plain in-memory one)."""
    try:
        conn.exec_driver_sql(f"SELECT {WORDS_FUNCTION}(1, NULL, NULL, NULL, NULL)").scalar()
    except OperationalError:
        register(conn.connection.driver_connection)


# -- triggers -----------------------------------------------------------------------


def _words_of(kind: str, row: str, only: str | None = None) -> str:
    """The words of a row (``only``: of that field alone), for ``json_each``."""
    cols = ", ".join(f"{row}.{name}" if only in (None, name) else "NULL"
                     for name, _ in FIELDS[kind])
    return f"json_each({WORDS_FUNCTION}({KIND_CODE[kind]}, {cols}))"


def _add(kind: str, row: str, only: str | None = None) -> str:
    return (
        f"INSERT OR IGNORE INTO {TABLE} (kind, head, record_rowid, word, field) "
        f"SELECT {KIND_CODE[kind]}, substr(value ->> 0, 1, {HEAD}), {row}.rowid, "
        f"value ->> 0, value ->> 1 FROM {_words_of(kind, row, only)};"
    )


def _remove(kind: str, row: str, only: str | None = None) -> str:
    # The words the row had, found by the key (kind, head, rowid): no second index.
    field = "" if only is None else f"AND field = {dict(FIELDS[kind])[only]} "
    return (
        f"DELETE FROM {TABLE} WHERE kind = {KIND_CODE[kind]} AND record_rowid = {row}.rowid "
        f"{field}AND head IN (SELECT substr(value ->> 0, 1, {HEAD}) "
        f"FROM {_words_of(kind, row, only)});"
    )


def _triggers(kind: str) -> dict[str, str]:
    triggers = {
        f"{TABLE}_{kind}_ai": f"AFTER INSERT ON {kind} BEGIN {_add(kind, 'new')} END",
        f"{TABLE}_{kind}_ad": f"AFTER DELETE ON {kind} BEGIN {_remove(kind, 'old')} END",
    }
    # One a field: a change of the phone (a weekly bundle's most common) splits and
    # rewrites the phone's words only, not the whole record's.
    for name, _ in FIELDS[kind]:
        triggers[f"{TABLE}_{kind}_au_{name}"] = (
            f"AFTER UPDATE OF {name} ON {kind} WHEN old.{name} IS NOT new.{name} "
            f"BEGIN {_remove(kind, 'old', name)} {_add(kind, 'new', name)} END"
        )
    return triggers


TRIGGERS: dict[str, str] = {**_triggers("person"), **_triggers("household")}
_OURS = f"type = 'trigger' AND name LIKE '{TABLE}\\_%' ESCAPE '\\'"


def _create(name: str) -> str:
    return f"CREATE TRIGGER {name} {TRIGGERS[name]}"


def install(conn: Connection) -> None:
    """(Re)create the triggers and fill the words from the records held (the
    migration that adds the table, and a store whose triggers are missing or older).
    Triggers of the table this release does not write go."""
    _ensure_function(conn)
    for (name,) in conn.execute(text(f"SELECT name FROM sqlite_master WHERE {_OURS}")).all():
        conn.execute(text(f"DROP TRIGGER {name}"))
    for name in TRIGGERS:
        conn.execute(text(_create(name)))
    rebuild(conn)


def ensure(conn: Connection) -> None:
    """Install the triggers unless exactly these are there as this release writes them
    (one query): other word rules (another function name) get these, and a fresh fill."""
    found: dict[str, str] = dict(conn.execute(text(
        f"SELECT name, sql FROM sqlite_master WHERE {_OURS}")).all())
    if found != {name: _create(name) for name in TRIGGERS}:
        install(conn)


def suspend(conn: Connection) -> None:
    """Drop the triggers for a bulk write in this transaction; ``resume`` rebuilds."""
    for name in TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def resume(conn: Connection) -> None:
    """Recreate the triggers and refill the words after ``suspend``."""
    install(conn)


# The triggers that add a new record's words: a sync apply drops them and adds the words
# of every row it inserted in one statement (``add_inserted``), a trigger call per row
# costing more than the row itself.
INSERT_TRIGGERS = tuple(name for name in TRIGGERS if name.endswith("_ai"))


def suspend_inserts(conn: Connection) -> None:
    """Drop the insert triggers in this transaction; ``add_inserted`` brings them back."""
    for name in INSERT_TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def add_inserted(conn: Connection, person_after: int, household_after: int) -> None:
    """Add the words of the persons and households inserted since ``suspend_inserts``
    (rowids above those given: new rows are numbered after every row held) and
    recreate the insert triggers."""
    _ensure_function(conn)
    _fill(conn, "person", person_after)
    _fill(conn, "household", household_after)
    for name in INSERT_TRIGGERS:
        conn.execute(text(_create(name)))


def rebuild(conn: Connection) -> None:
    """Refill the words from the persons and households held."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    for kind in FIELDS:
        _fill(conn, kind)


# Records read and their words written at a time when filling: a bounded memory at
# 50,000 households, and batches sorted by the key (in order, an insert costs less).
FILL_BATCH = 20_000


def _fill(conn: Connection, kind: str, after: int = 0) -> None:
    """Add the words of a kind's rows (those with a rowid above ``after``). Python
    splits the fields and the driver inserts the rows: through the SQL function and
    JSON it took a third longer (a first full sync rebuilds them all)."""
    code, fields = KIND_CODE[kind], FIELDS[kind]
    cols = ", ".join(name for name, _ in fields)
    cur = conn.connection.cursor()
    while True:
        records = cur.execute(
            f"SELECT rowid, {cols} FROM {kind} WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (after, FILL_BATCH)).fetchall()
        if not records:
            return
        rows: list[tuple[int, str, int, str, int]] = []
        add = rows.extend
        for rowid, *values in records:
            for (name, field), value in zip(fields, values, strict=True):
                if value is not None:
                    add([(code, head, rowid, word, field)
                         for head, word, field in _value_words(name, field, str(value))])
        rows.sort()
        cur.executemany(f"INSERT OR IGNORE INTO {TABLE} (kind, head, record_rowid, word, "
                        "field) VALUES (?, ?, ?, ?, ?)", rows)
        after = records[-1][0]


# -- what a search asks ---------------------------------------------------------------


def query_words(search: str) -> list[str]:
    """The typed words as the index keeps words, once each, in the order typed:
    folded, split at spaces, punctuation inside a word dropped ("d'angelo" is
    "dangelo", "MON-2026-00" is "mon202600"). A number typed with spaces ("333 123
    4567") is one word of digits: a phone."""
    compact = digits(search)
    folded = fold(search)
    if len(compact) >= 5 and len(compact) >= len(folded.replace(" ", "")) - 2:
        return [compact[:MAX_WORD]]
    out: list[str] = []
    for chunk in folded.split():
        word = "".join(p for p in _NOT_WORD.split(chunk) if p)[:MAX_WORD]
        if word and word not in out:
            out.append(word)
    return out


def is_index_table(name: str) -> bool:
    """The FTS5 tables of the person index before schema 0004, which no model
    describes (a store migrating from 0002 still has them until 0004 drops them)."""
    return name == "person_fts" or name.startswith("person_fts_")
