"""Search as staff type it: persons and households found by the starts of their words,
the best matches first. The household list, the persons page and ``genera KIND list
--search`` all ask here (store/search_index.py keeps the words, store/search_query.py
writes the SQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Subquery, column, func, literal_column, select, text
from sqlalchemy.orm import Session

from genera_desktop.store import search_query
from genera_desktop.store.household_sort import HouseholdSort
from genera_desktop.store.models import Household, Person
from genera_desktop.store.search_query import Query, Typed


def typed(session: Session, kind: str, search: str | None) -> Typed | None:
    """The search's words for a kind ("person" or "household"); None without any."""
    return search_query.typed(session.connection(), search, kind)


def as_subquery(query: Query, name: str) -> Subquery:
    """Rows (``r`` a rowid, ``rank``) as a subquery to join and order by."""
    sql, params = query
    return (text(sql).bindparams(**params)
            .columns(column("r", Integer), column("rank", Integer)).subquery(name))


def ranked(session: Session, kind: str, search: str | None, *,
           words: bool = True) -> Subquery | None:
    """The records of a kind matching a search, as a subquery of ``r`` (the record's
    rowid, see ``rowid``) and ``rank`` (higher: more of it matches; without ``words``
    only the typed words matched whole count). None when the search has no word."""
    found = typed(session, kind, search)
    if found is None:
        return None
    if kind == "person":
        return as_subquery(search_query.persons(found), "person_match")
    return as_subquery(search_query.households(found, words=words), "household_match")


def rowid(kind: str) -> Any:
    """The rowid column of a kind's table, what ``ranked`` rows name."""
    return literal_column(f"{kind}.rowid")


def joined(session: Session, query: Any, kind: str, search: str | None, *,
           words: bool = True) -> tuple[Any, Subquery | None]:
    """``query`` (over the kind's table) narrowed to the records matching ``search``,
    and the ranking subquery to order by (None when nothing narrows it)."""
    match = ranked(session, kind, search, words=words)
    if match is not None:
        query = query.join(match, rowid(kind) == match.c.r)
    return query, match


def household_condition(found: Typed) -> Any:
    """A WHERE condition on households: they match the search (looked up one by one)."""
    sql, params = search_query.household_condition(found)
    return text(sql).bindparams(**params)


def best_first(kind: str, match: Subquery) -> list[Any]:
    """The order of a search's results when the caller has none of its own: how much
    matches, then by surname (a household by its reference person's), then creation."""
    if kind == "person":
        return [match.c.rank.desc(), func.lower(Person.last_name), func.lower(Person.first_name),
                Person.id]
    key = (
        select(HouseholdSort.reference_key)
        .where(HouseholdSort.household_id == Household.id)
        .scalar_subquery()
    )
    return [match.c.rank.desc(), key, Household.id]
