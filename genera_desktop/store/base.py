"""Declarative base and the column helper that records each field's rules.

Every replicated model keeps its field rules in the column's ``info`` so that one list
(the model) drives validation, JSON, dump, change capture and sync alike.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from genera_desktop.store.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Field types: how a JSON value is checked and stored.
TEXT, DATE, TIME, BOOL, INT, NUMBER, LIST, ENUM, REF, POINT_CODE, TAX_CODE, PHONE, EMAIL = (
    "text", "date", "time", "bool", "int", "number", "list", "enum", "ref", "point_code",
    "tax_code", "phone", "email",
)
# A partita IVA (11 digits, valid check digit) and an ATECO 2025 code (the shipped
# catalogue's, domain/catalogs.py): stored as their canonical writing.
VAT_NUMBER, ATECO = "vat_number", "ateco"
# Days of a month by number (1 to 31), each once, a JSON list: an internship month's
# attended days.
DAY_NUMBERS = "day_numbers"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def field(
    ftype: str = TEXT,
    *,
    required: bool = False,
    choices: tuple[str, ...] = (),
    ref: str = "",
    max_length: int = 0,
    index: bool = False,
) -> Any:
    """A replicated field: a nullable column whose ``info`` holds its rules."""
    if ftype == BOOL:
        coltype: Any = Boolean()
    elif ftype == INT:
        coltype = Integer()
    elif ftype in (LIST, NUMBER, DAY_NUMBERS):
        coltype = JSON()
    elif ftype in (TEXT,) and not max_length:
        coltype = Text()
    else:
        coltype = String(max_length or 200)
    info = {
        "type": ftype,
        "required": required,
        "choices": choices,
        "ref": ref,
        "max_length": max_length,
    }
    return mapped_column(coltype, nullable=True, index=index, info=info)


class Replicated(Base):
    """A record that replicates between sites, field by field."""

    __abstract__ = True

    KIND: ClassVar[str]
    # Columns that never travel: derived locally from replicated fields.
    LOCAL_COLUMNS: ClassVar[frozenset[str]] = frozenset({"search_text"})
    # Replicated bookkeeping that is never shown as a field.
    HIDDEN: ClassVar[frozenset[str]] = frozenset({"cl"})

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # Causal length: odd = alive, even = deleted (spec/sync.md rule 3).
    cl: Mapped[int] = mapped_column(Integer, default=1, nullable=False)

    @property
    def alive(self) -> bool:
        return self.cl % 2 == 1


def field_info(model: type[Replicated]) -> dict[str, dict[str, Any]]:
    """The visible replicated fields of a model and their rules, in column order."""
    cache = model.__dict__.get("_field_info_cache")
    if cache is None:
        cache = {
            col.key: col.info
            for col in model.__table__.columns
            if col.info.get("type") and col.key not in model.HIDDEN
        }
        model._field_info_cache = cache
    return cache


def replicated_columns(model: type[Replicated]) -> tuple[str, ...]:
    """Every column that change capture stamps: the fields, hidden ones and ``cl``."""
    cache = model.__dict__.get("_replicated_cache")
    if cache is None:
        cache = tuple(
            col.key
            for col in model.__table__.columns
            if col.key != "id" and col.key not in model.LOCAL_COLUMNS
        )
        model._replicated_cache = cache
    return cache
