"""The SQL of a search over the word index (store/search_index.py): which persons or
households match what was typed, and how well.

Every typed word must start a word of the record. One typed word, the rarest (the
"driver"), is read from the index in full: its rows come record by record (the index
orders them by rowid within a word's first letter), so each record's matches gather
without a sort. Every other typed word is then looked up for each candidate alone, by
its key (kind, head, rowid): a few reads a candidate, instead of reading the typed
word's every match and intersecting.

The rank says how much matches: the typed words matched whole ("rossi" is the word
Rossi, not only the start of Rossini) count 16 each, then (``words``) one for each
word of the record matched (a surname and a name, a comune and a street: more fields).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from genera_desktop.store.search_index import HEAD, HOUSEHOLD, PERSON, TABLE, TOP, query_words

# Typed words beyond this many are left out: no one types more, and each one is a
# lookup per candidate.
MAX_TERMS = 12
# A driver with more index rows than this matches thousands of records: a list that
# shows the first screen may rather walk its own order and look each record up.
COMMON_ROWS = 5_000

Query = tuple[str, dict[str, str]]


@dataclass(frozen=True)
class Typed:
    """A search ready for the index: its words, their parameters, the rarest word
    (``driver``) and how many index rows it has (-1: not counted)."""

    terms: list[str]
    params: dict[str, str]
    driver: int
    rows: int
    counts: tuple[int, ...] = ()  # index rows of each typed word (several typed)

    @property
    def common(self) -> bool:
        return self.rows > COMMON_ROWS

    def gathered(self, i: int) -> bool:
        """Whether typed word ``i`` (not the driver) is better read whole once than
        looked up for each candidate: a one-letter word has a head for each second
        letter, so each lookup is that many (a read is about two lookups a row)."""
        heads = sum(1 for k in self.params if k.startswith(f"h{i}_"))
        return heads > 1 and self.rows * heads > 2 * self.counts[i]


def typed(conn: Connection, search: str | None, kind: str) -> Typed | None:
    """The typed words of a search for persons ("person") or households
    ("household", whose members' words count too); None when nothing was typed."""
    terms = query_words(search or "")[:MAX_TERMS]
    if not terms:
        return None
    kinds = f"{PERSON}" if kind == "person" else f"{PERSON}, {HOUSEHOLD}"
    params: dict[str, str] = {}
    for i, term in enumerate(terms):
        params[f"w{i}"], params[f"z{i}"] = term, term + TOP
        if len(term) >= HEAD:
            params[f"h{i}"] = term[:HEAD]
        else:  # one letter: every head that starts with it
            for j, head in enumerate(_heads(conn, kinds, term) or [term]):
                params[f"h{i}_{j}"] = head
    if len(terms) == 1:
        if kind == "person":  # nothing to choose, and nothing asks how common
            return Typed(terms, params, 0, -1)
        # Only whether it is common: counting stops there.
        rows = conn.execute(text(
            f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {_words(kinds, 0, params)} "
            f"LIMIT {COMMON_ROWS + 1})"), params).scalar_one()
        return Typed(terms, params, 0, int(rows))
    counts = ", ".join(f"(SELECT count(*) FROM {TABLE} WHERE {_words(kinds, i, params)})"
                       for i in range(len(terms)))
    found = tuple(int(n) for n in conn.execute(text(f"SELECT {counts}"), params).one())
    driver = min(range(len(terms)), key=lambda i: found[i])
    return Typed(terms, params, driver, found[driver], found)


def _heads(conn: Connection, kinds: str, letter: str) -> list[str]:
    """The heads in the index that start with a letter, one seek each (the index's
    distinct values skipped through, not read)."""
    out: set[str] = set()
    for kind in kinds.split(", "):
        out.update(h for (h,) in conn.execute(text(
            "WITH RECURSIVE hs(h) AS ("
            f"SELECT (SELECT min(head) FROM {TABLE} WHERE kind = {kind} "
            "AND head >= :lo AND head < :hi) "
            f"UNION ALL SELECT (SELECT min(head) FROM {TABLE} WHERE kind = {kind} "
            "AND head > hs.h AND head < :hi) FROM hs WHERE hs.h IS NOT NULL"
            ") SELECT h FROM hs WHERE h IS NOT NULL"
        ), {"lo": letter, "hi": letter + TOP}))
    return sorted(out)


def _words(kind: int | str, i: int, params: dict[str, str], *, exact: bool = False) -> str:
    """The index rows of typed word ``i`` (of a kind, or of kinds "1, 2"), or of the
    word whole. The head is an equality (its rows come in rowid order), or for a
    one-letter word a list of them."""
    if f"h{i}" in params:
        head = f"head = :h{i}"
    else:
        heads = ", ".join(f":{k}" for k in params if k.startswith(f"h{i}_"))
        head = f"head IN ({heads})"
    if exact:
        return f"kind IN ({kind}) AND {head} AND word = :w{i}"
    return f"kind IN ({kind}) AND {head} AND word >= :w{i} AND word < :z{i}"


def _stream(t: Typed, kind: int, i: int, *, exact: bool = False) -> str:
    """Records of a kind matching typed word ``i``: ``r`` rowid, ``x`` 1 if a word is
    the typed word whole, ``k`` how many of its words start with it."""
    return (f"SELECT record_rowid AS r, max(word = :w{i}) AS x, count(*) AS k "
            f"FROM {TABLE} WHERE {_words(kind, i, t.params, exact=exact)} GROUP BY record_rowid")


def _probe(t: Typed, kind: int, i: int, rowid: str) -> str:
    """Typed word ``i`` against one record: NULL if no word of it matches, else how
    many do, plus 256 when one is the typed word whole."""
    if i != t.driver and t.gathered(i):
        return f"(SELECT (x << 8) + k FROM {_gathered_name(kind, i)} WHERE r = {rowid})"
    return (f"(SELECT nullif((max(word = :w{i}) << 8) + count(*), 0) FROM {TABLE} "
            f"WHERE {_words(kind, i, t.params)} AND record_rowid = {rowid})")


def _gathered_name(kind: int, i: int) -> str:
    return f"g{kind}_{i}"


def _gathered(t: Typed, kinds: tuple[int, ...]) -> str:
    """The CTEs of the typed words read whole once (``Typed.gathered``), each then
    looked up through an index SQLite builds on it; "" when there are none."""
    ctes = [f"{_gathered_name(kind, i)} AS MATERIALIZED ({_stream(t, kind, i)})"
            for i in range(len(t.terms)) if i != t.driver and t.gathered(i) for kind in kinds]
    return "".join(f"{cte}, " for cte in ctes)


def _exists(t: Typed, kind: int, i: int, rowid: str) -> str:
    return f"EXISTS (SELECT 1 FROM {TABLE} WHERE {_words(kind, i, t.params)} AND record_rowid = {rowid})"


def _rank(exact: str, words: str | None) -> str:
    return f"({exact}) * 16" + (f" + min({words}, 15)" if words else "")


def _query(sql: str, params: dict[str, str]) -> Query:
    """The SQL with the parameters it names."""
    used = set(re.findall(r":(\w+)", sql))
    return sql, {k: v for k, v in params.items() if k in used}


def persons(t: Typed) -> Query:
    """SQL and parameters of the persons matching, as rows (``r`` the person's rowid,
    ``rank``): every typed word starts a word of their surname, name, codice fiscale
    or phone."""
    d = t.driver
    others = [i for i in range(len(t.terms)) if i != d]
    stream = _stream(t, PERSON, d)
    if not others:
        return _query(f"SELECT r, {_rank('x', 'k')} AS rank FROM ({stream})", t.params)
    probes = "".join(f", {_probe(t, PERSON, i, 's.r')} AS p{i}" for i in others)
    exact = " + ".join(["x", *(f"(p{i} >> 8)" for i in others)])
    words = " + ".join(["k", *(f"(p{i} & 255)" for i in others)])
    found = " AND ".join(f"p{i} IS NOT NULL" for i in others)
    # Materialized: each lookup runs once a candidate, not once each place it is used.
    sql = (f"WITH {_gathered(t, (PERSON,))}"
           f"c AS MATERIALIZED (SELECT s.r AS r, s.x AS x, s.k AS k{probes} "
           f"FROM ({stream}) AS s) "
           f"SELECT r, {_rank(exact, words)} AS rank FROM c WHERE {found}")
    return _query(sql, t.params)


def households(t: Typed, *, words: bool = True) -> Query:
    """SQL and parameters of the households matching, as rows (``r`` the household's
    rowid, ``rank``; without ``words``, only the typed words matched whole rank):
    every typed word starts a word of the household (address, comune, case number,
    phone) or of one same live member (surname, name, codice fiscale, phone)."""
    return _query(_households(t, t.driver, exact=False, words=words), t.params)


def exact_households(t: Typed) -> Query:
    """As ``households`` without ``words``, only those where a typed word matches a
    word whole: the top of the list, which a common search then walks on from."""
    if len(t.terms) == 1:
        return _query(_households(t, 0, exact=True, words=False), t.params)
    each = " UNION ALL ".join(
        f"SELECT * FROM ({_households(t, i, exact=True, words=False)})"
        for i in range(len(t.terms)))
    return _query(f"SELECT r, max(rank) AS rank FROM ({each}) GROUP BY r", t.params)


def household_condition(t: Typed) -> Query:
    """A condition on the table ``household`` that holds when it matches: for a list
    that walks its own order and stops at the first screen (a common search)."""
    n = range(len(t.terms))
    own = [_exists(t, HOUSEHOLD, i, "household.rowid") for i in n]
    either = [f"({own[i]} OR {_exists(t, PERSON, i, 'pp.rowid')})" for i in n]
    sql = (f"(({' AND '.join(own)}) OR EXISTS (SELECT 1 FROM person AS pp "
           f"WHERE pp.household = household.id AND pp.cl % 2 = 1 AND {' AND '.join(either)}))")
    return _query(sql, t.params)


def _households(t: Typed, d: int, *, exact: bool, words: bool) -> str:
    """Households matching with typed word ``d`` as the driver (``exact``: matching it
    whole), as rows (r, rank), one a household."""
    others = [i for i in range(len(t.terms)) if i != d]
    own = _stream(t, HOUSEHOLD, d, exact=exact)
    # Members matching the driver, in their household, with the household's own words
    # for it too (``od``).
    members = (
        f"SELECT hh.rowid AS h, s.r AS p, s.x AS x, s.k AS k, "
        f"{_probe(t, HOUSEHOLD, d, 'hh.rowid')} AS od "
        f"FROM ({_stream(t, PERSON, d, exact=exact)}) AS s "
        "JOIN person AS pp ON pp.rowid = s.r JOIN household AS hh ON hh.id = pp.household "
        "WHERE pp.cl % 2 = 1"
    )
    exact_d, words_d = "max(x, coalesce(od >> 8, 0))", "k + coalesce(od & 255, 0)"
    if not others:
        # One typed word: a household by its own words, or by its best member.
        return (
            f"WITH m AS MATERIALIZED ({members}) "
            f"SELECT r, {_rank('x', 'k' if words else None)} AS rank FROM ({own}) "
            "WHERE r NOT IN (SELECT h FROM m) "
            f"UNION ALL SELECT h, max({_rank(exact_d, words_d if words else None)}) "
            "FROM m GROUP BY h"
        )
    # Candidates: (household, member or none), then every other typed word must start
    # a word of the household's or of that member's.
    candidates = (
        f"SELECT r AS h, NULL AS p, x, k, NULL AS od FROM ({own}) "
        "UNION ALL "
        f"SELECT o.r, pp.rowid, o.x, o.k, NULL FROM ({own}) AS o "
        "JOIN household AS hh ON hh.rowid = o.r "
        "JOIN person AS pp ON pp.household = hh.id AND pp.cl % 2 = 1 "
        f"UNION ALL SELECT h, p, x, k, od FROM ({members})"
    )
    probes = "".join(
        f", {_probe(t, HOUSEHOLD, i, 'e.h')} AS o{i}, "
        f"CASE WHEN e.p IS NULL THEN NULL ELSE {_probe(t, PERSON, i, 'e.p')} END AS m{i}"
        for i in others
    )
    exact_all = " + ".join([exact_d, *(
        f"max(coalesce(o{i} >> 8, 0), coalesce(m{i} >> 8, 0))" for i in others)])
    words_all = " + ".join([words_d, *(
        f"coalesce(o{i} & 255, 0) + coalesce(m{i} & 255, 0)" for i in others)])
    found = " AND ".join(f"(o{i} IS NOT NULL OR m{i} IS NOT NULL)" for i in others)
    return (
        f"WITH {_gathered(t, (PERSON, HOUSEHOLD))}"
        f"c AS MATERIALIZED (SELECT e.h AS h, e.x AS x, e.k AS k, e.od AS od{probes} "
        f"FROM ({candidates}) AS e) "
        f"SELECT h AS r, max({_rank(exact_all, words_all if words else None)}) AS rank "
        f"FROM c WHERE {found} GROUP BY h"
    )
