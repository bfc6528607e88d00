"""The search words follow every write to persons and households (ORM, Core, merges),
are rebuilt whole when lost or made by other rules, and a store of schema 0002 (with
the trigram index of before) migrates to them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from genera_desktop.services import records
from genera_desktop.services.coordination import duplicates
from genera_desktop.services.registry import households, persons
from genera_desktop.store import migrate, search_index
from genera_desktop.store.schema import SCHEMA_HEAD
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD
from tests.ui.families import add_family

WORDS = "SELECT kind, head, record_rowid, word, field FROM search_word"


def names(store: Store, query: str) -> list[str]:
    with store.unit_of_work() as uow:
        return sorted(p.last_name or "" for p in records.find(uow.session, "person", query))


def stored_words(store: Store) -> list[Any]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(text(WORDS)).all())


def assert_words_as_rebuilt(store: Store) -> None:
    """The triggers left exactly what a rebuild from the records gives."""
    kept = stored_words(store)
    with store.engine.begin() as conn:
        search_index.rebuild(conn)
    assert kept == stored_words(store) and kept


def test_words_follow_inserts_updates_deletes_and_row_deletes(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        hh = records.add(uow, "household", {"point": "MON", "address": "Via Roma 1"})
        pid = records.add(uow, "person", {"household": hh, "first_name": "Ștefan",
                                          "last_name": "Popescu"})
        records.add(uow, "person", {"household": hh, "first_name": "Ana", "last_name": "Pop"})
        uow.commit()
    assert names(coordinator, "stefan pope") == ["Popescu"]
    assert names(coordinator, "pop") == ["Pop", "Popescu"]
    assert names(coordinator, "an") == ["Pop"]  # two letters: from the index too
    assert names(coordinator, "na") == []  # inside a word is not the start of one
    assert_words_as_rebuilt(coordinator)
    with coordinator.unit_of_work() as uow:
        records.update(uow, "person", pid, {"last_name": "Ionescu"})
        records.update(uow, "household", hh, {"address": "Via Garibaldi 3"})
        uow.commit()
    assert_words_as_rebuilt(coordinator)
    with coordinator.unit_of_work() as uow:  # each field's words change alone
        records.update(uow, "person", pid, {"phone": "333 1234567", "first_name": "Ștefana"})
        records.update(uow, "household", hh, {"municipality": "Calvisano", "phone": None})
        uow.commit()
    assert names(coordinator, "stefana 3331") == ["Ionescu"]
    assert names(coordinator, "stefan ionescu") == ["Ionescu"]
    assert_words_as_rebuilt(coordinator)
    assert names(coordinator, "popescu") == []
    assert names(coordinator, "ionesc") == ["Ionescu"]
    with coordinator.unit_of_work() as uow:
        assert households.household_ids(uow, search="garibaldi") == [hh]
        assert households.household_ids(uow, search="roma") == []
    assert_words_as_rebuilt(coordinator)
    with coordinator.unit_of_work() as uow:
        records.delete(uow, "person", pid)
        uow.commit()
    assert names(coordinator, "ionescu") == []  # deleted: its words stay, unlisted
    with coordinator.unit_of_work() as uow:
        records.restore(uow, "person", pid)
        uow.commit()
    assert names(coordinator, "ionescu") == ["Ionescu"]
    # An eviction removes rows through Core: their words go with them.
    with coordinator.engine.begin() as conn:
        conn.execute(text("DELETE FROM person WHERE id = :i"), {"i": pid})
    assert names(coordinator, "ionescu") == []
    assert_words_as_rebuilt(coordinator)


def test_words_follow_a_merge_of_duplicate_households(coordinator: Store) -> None:
    first = add_family(coordinator, [{"first_name": "Aldo", "last_name": "Zanola"}],
                       address="Via Trieste 4")
    second = add_family(coordinator, [{"first_name": "Sara", "last_name": "Bodei"}])
    with coordinator.unit_of_work() as uow:
        duplicates.merge(uow, first, second)
        uow.commit()
    with coordinator.unit_of_work() as uow:
        # Sara now belongs to the survivor: found by her name with its street.
        assert households.household_ids(uow, search="bodei trieste") == [first]
        assert households.household_ids(uow, search="sara") == [first]
    assert_words_as_rebuilt(coordinator)


def test_rebuild_restores_lost_words(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        hh = records.add(uow, "household", {"point": "MON"})
        records.add(uow, "person", {"household": hh, "first_name": "Gülşen", "last_name": "Yılmaz"})
        uow.commit()
    with coordinator.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_word"))
    assert names(coordinator, "yilmaz") == []
    with coordinator.engine.begin() as conn:
        search_index.rebuild(conn)
    assert names(coordinator, "gulsen") == ["Yılmaz"]


def test_triggers_of_other_word_rules_are_replaced_on_open(coordinator: Store) -> None:
    add_family(coordinator, [{"first_name": "Nicolò", "last_name": "Èrcoli"}])
    with coordinator.engine.begin() as conn:
        # as if an older release had split words otherwise, with a trigger of its own,
        # and lost one of ours
        conn.execute(text("DROP TRIGGER search_word_person_au_last_name"))
        conn.execute(text("CREATE TRIGGER search_word_person_au_last_name AFTER UPDATE ON "
                          "person BEGIN SELECT 1; END"))
        conn.execute(text("CREATE TRIGGER search_word_person_au AFTER UPDATE ON person "
                          "BEGIN DELETE FROM search_word; END"))
        conn.execute(text("DROP TRIGGER search_word_household_ai"))
        conn.execute(text("UPDATE search_word SET word = 'stale' WHERE kind = 1"))
    data_dir = coordinator.data_dir
    coordinator.close()
    store = Store.open(data_dir, ADMIN, PASSWORD)
    try:
        assert names(store, "ercoli") == ["Èrcoli"]
        with store.unit_of_work() as uow:
            person = records.find(uow.session, "person", "nicolo")[0]
            records.update(uow, "person", person.id, {"last_name": "Zucchi"})
            uow.commit()
        assert names(store, "zucchi") == ["Zucchi"]
        assert_words_as_rebuilt(store)
        with store.engine.connect() as conn:
            ours = {name for (name,) in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE name LIKE 'search_word_%'"))}
        assert ours == set(search_index.TRIGGERS)
    finally:
        store.close()


# What opening a store made before schema 0004 left in it: the trigram index.
OLD_INDEX = (
    "CREATE VIRTUAL TABLE person_fts USING fts5(search_text, content='person', "
    "content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN INSERT INTO "
    "person_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "INSERT INTO person_fts(person_fts) VALUES ('rebuild')",
)


@pytest.fixture
def store_at_0002(coordinator: Store) -> Iterator[Path]:
    """The coordinator's store as release 0002 left it, with households in it."""
    add_family(coordinator, [{"first_name": "Angela", "last_name": "Rossi"}],
               address="Via Mazzini 4")
    add_family(coordinator, [{"first_name": "Mariangela", "last_name": "Facchetti"}],
               point="CAL")
    from alembic import command

    with coordinator.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0002")
        for statement in OLD_INDEX:
            conn.execute(text(statement))
    data_dir = coordinator.data_dir
    coordinator.close()
    yield data_dir


def test_a_store_of_schema_0002_migrates_to_the_words(store_at_0002: Path) -> None:
    store = Store.open(store_at_0002, ADMIN, PASSWORD)
    try:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == SCHEMA_HEAD
            tables = {name for (name,) in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"))}
        assert not {t for t in tables if t.startswith("person_fts")}
        assert names(store, "rossi angela") == ["Rossi"]
        with store.unit_of_work() as uow:
            found = households.household_ids(uow, search="calcinato")
            assert [households.household_rows(uow, found)[h].reference_name
                    for h in found] == ["Facchetti Mariangela"]
        assert_words_as_rebuilt(store)
    finally:
        store.close()


def test_short_terms_read_the_word_index_not_the_records(coordinator: Store) -> None:
    """One or two letters, and each word of "De Sa": a search of the word index, and
    the persons and households read by rowid, never scanned."""
    add_family(coordinator, [{"first_name": "Sara", "last_name": "De Santis"}])
    add_family(coordinator, [{"first_name": "Dario", "last_name": "Sala"}])
    statements: list[tuple[str, Any]] = []

    def seen(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        if "search_word" in statement:
            statements.append((statement, parameters))

    event.listen(coordinator.engine, "before_cursor_execute", seen)
    with coordinator.unit_of_work() as uow:
        assert [r.last_name for r in persons.find_persons(uow, "De Sa").rows] == ["De Santis"]
        assert len(persons.find_persons(uow, "d").rows) == 2
        assert len(households.household_ids(uow, search="de sa", limit=300)) == 1
        assert len(households.household_ids(uow, search="s")) == 2
        records.find(uow.session, "household", "sa")
    event.remove(coordinator.engine, "before_cursor_execute", seen)
    assert statements
    with coordinator.engine.connect() as conn:
        for statement, parameters in statements:
            plan = [row[3] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters)]
            assert any("SEARCH search_word USING PRIMARY KEY (kind=? AND head" in p
                       for p in plan), plan
            scans = [p for p in plan
                     if re.match(r"SCAN (person|household|search_word|pp|hh)( |$)", p)]
            assert not scans, (statement, plan)
