"""The household list's sort by surname (store/household_sort.py): the stored keys stay
what a rebuild from scratch would give, through edits, reference changes, deletes and
restores, merges, sync applies (per row and bulk) and the upgrade from schema 0001."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from genera_desktop.services import records
from genera_desktop.services.coordination import duplicates
from genera_desktop.services.registry import households
from genera_desktop.store import derived, household_sort, migrate
from genera_desktop.store.schema import SCHEMA_HEAD
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD
from tests.sync.conftest import net, template  # noqa: F401  (fixtures)
from tests.sync.syncnet import Net
from tests.ui.families import add_family


def by_surname(store: Store, descending: bool = False, **kwargs: object) -> list[str]:
    with store.unit_of_work() as uow:
        return households.household_ids(uow, sort_key="reference", descending=descending,
                                        **kwargs)  # type: ignore[arg-type]


def stored_keys(store: Store) -> dict[str, str | None]:
    with store.engine.connect() as conn:
        return dict(conn.execute(  # type: ignore[arg-type]
            text("SELECT household_id, reference_key FROM household_sort")).all())


def assert_keys_as_rebuilt(store: Store) -> None:
    """The triggers left exactly what a rebuild from the records gives."""
    kept = stored_keys(store)
    with store.engine.begin() as conn:
        household_sort.rebuild(conn)
    assert kept == stored_keys(store)


@pytest.fixture
def families(coordinator: Store) -> dict[str, str]:
    return {
        "zanola": add_family(coordinator, [{"first_name": "Aldo", "last_name": "Zanola"}]),
        # Accents fold away: "Èrcoli" sorts as "ercoli", between Bodei and Ferrari.
        "ercoli": add_family(coordinator, [{"first_name": "Nicolò", "last_name": "Èrcoli"}]),
        "bodei": add_family(coordinator, [
            {"first_name": "Sara", "last_name": "Bodei"},
            {"first_name": "Anna", "last_name": "Abati", "relation": "spouse"},
        ]),
        "ferrari": add_family(coordinator, [{"first_name": "Giulia", "last_name": "Ferrari"}],
                              point="CAL"),
    }


def test_sorted_by_the_folded_name_the_list_shows(coordinator: Store,
                                                  families: dict[str, str]) -> None:
    expected = [families[n] for n in ("bodei", "ercoli", "ferrari", "zanola")]
    assert by_surname(coordinator) == expected
    assert by_surname(coordinator, descending=True) == expected[::-1]
    # With a search rare enough to skip the index walk, the order is the same.
    assert by_surname(coordinator, search="nicolo") == [families["ercoli"]]
    assert by_surname(coordinator, point="MON") == [families[n] for n in
                                                    ("bodei", "ercoli", "zanola")]
    assert stored_keys(coordinator)[families["ercoli"]] == "ercoli nicolo"
    assert_keys_as_rebuilt(coordinator)


def test_a_new_reference_person_moves_the_household(coordinator: Store,
                                                    families: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        anna = next(p for p in records.persons_of(uow.session, families["bodei"])
                    if p.first_name == "Anna")
        households.set_reference_person(uow, families["bodei"], anna.id)
        uow.commit()
    assert by_surname(coordinator)[0] == families["bodei"]
    assert stored_keys(coordinator)[families["bodei"]] == "abati anna"
    # A renamed reference person moves it again.
    with coordinator.unit_of_work() as uow:
        records.update(uow, "person", anna.id, {"last_name": "Zucchi"})
        uow.commit()
    assert by_surname(coordinator)[-1] == families["bodei"]
    assert_keys_as_rebuilt(coordinator)


def test_deleted_members_and_households_then_restored(coordinator: Store,
                                                      families: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        sara = next(p for p in records.persons_of(uow.session, families["bodei"])
                    if p.first_name == "Sara")
        households.remove_person(uow, sara.id)
        uow.commit()
    # Without its reference person the list shows (and sorts by) the remaining member.
    assert stored_keys(coordinator)[families["bodei"]] == "abati anna"
    with coordinator.unit_of_work() as uow:
        records.delete(uow, "household", families["ercoli"])
        uow.commit()
    assert families["ercoli"] not in by_surname(coordinator)
    with coordinator.unit_of_work() as uow:
        records.restore(uow, "household", families["ercoli"])
        records.restore(uow, "person", sara.id)
        uow.commit()
    assert by_surname(coordinator) == [families[n] for n in
                                       ("bodei", "ercoli", "ferrari", "zanola")]
    assert stored_keys(coordinator)[families["bodei"]] == "bodei sara"
    assert_keys_as_rebuilt(coordinator)


def test_a_merge_moves_the_members_and_their_keys(coordinator: Store,
                                                  families: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        duplicates.merge(uow, families["zanola"], families["bodei"])
        uow.commit()
    assert families["bodei"] not in by_surname(coordinator)
    # The survivor's reference is still Aldo Zanola; the loser kept no live member.
    assert stored_keys(coordinator)[families["zanola"]] == "zanola aldo"
    assert stored_keys(coordinator)[families["bodei"]] is None
    assert_keys_as_rebuilt(coordinator)


@pytest.mark.parametrize("threshold", [derived.BULK_THRESHOLD, 0])
def test_keys_follow_sync_applies(net: Net, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
                                  threshold: int) -> None:
    """Per row (triggers) and in bulk (triggers dropped, one rebuild at the end), for
    edits and for a merge."""
    monkeypatch.setattr(derived, "BULK_THRESHOLD", threshold)
    first = net.household("mon")
    net.person("mon", first, "Zeno", last_name="Zulian", is_reference=True)
    second = net.household("mon")
    net.person("mon", second, "Ada", last_name="Àlberti", is_reference=True)
    net.roundtrip("mon")
    coord = net.stores["coord"]
    assert by_surname(coord, point="MON")[:2] == [second, first]
    # A change of reference person made at the point arrives as field changes.
    later = net.person("mon", first, "Bruno", last_name="Abbiati")
    net.update("mon", "person", later, {"is_reference": True})
    with net.stores["mon"].unit_of_work() as uow:
        zeno = next(p.id for p in records.persons_of(uow.session, first)
                    if p.first_name == "Zeno")
    net.update("mon", "person", zeno, {"is_reference": False})
    net.roundtrip("mon")
    assert by_surname(coord, point="MON")[:2] == [first, second]
    assert stored_keys(coord)[first] == "abbiati bruno"
    assert_keys_as_rebuilt(coord)
    # the triggers are back after a bulk apply: a local edit is followed
    net.update("coord", "person", later, {"last_name": "Zanetti"})
    assert stored_keys(coord)[first] == "zanetti bruno"
    # A merge made at the coordinator moves members at the point too.
    with coord.unit_of_work() as uow:
        duplicates.merge(uow, second, first)
        uow.commit()
    net.roundtrip("mon")
    mon = net.stores["mon"]
    assert first not in by_surname(mon) and second in by_surname(mon)
    assert stored_keys(mon)[second] == "alberti ada"  # still the reference person
    assert stored_keys(mon)[first] is None
    assert_keys_as_rebuilt(mon)


@pytest.fixture
def store_at_0001(coordinator: Store) -> Iterator[Path]:
    """The coordinator's store as release 0001 left it, with households in it."""
    add_family(coordinator, [{"first_name": "Aldo", "last_name": "Zanola"}])
    add_family(coordinator, [{"first_name": "Sara", "last_name": "Bodei"}])
    from alembic import command

    with coordinator.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0001")
    data_dir = coordinator.data_dir
    coordinator.close()
    yield data_dir


def test_a_store_of_release_0001_upgrades_with_its_keys_filled(store_at_0001: Path) -> None:
    store = Store.open(store_at_0001, ADMIN, PASSWORD)
    try:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == SCHEMA_HEAD
        with store.unit_of_work() as uow:
            names = [households.household_rows(uow, [hid])[hid].reference_name
                     for hid in households.household_ids(uow, sort_key="reference",
                                                         descending=False)]
        assert names == ["Bodei Sara", "Zanola Aldo"]
        assert_keys_as_rebuilt(store)
    finally:
        store.close()


def test_triggers_an_older_release_made_are_replaced_on_open(coordinator: Store,
                                                             families: dict[str, str]) -> None:
    with coordinator.engine.begin() as conn:
        # as if a release had kept keys without folding, and lost a trigger
        conn.execute(text("DROP TRIGGER household_sort_person_au"))
        conn.execute(text("CREATE TRIGGER household_sort_person_au AFTER UPDATE ON person "
                          "BEGIN SELECT 1; END"))
        conn.execute(text("DROP TRIGGER household_sort_person_moved"))
        conn.execute(text("UPDATE household_sort SET reference_key = 'stale'"))
    data_dir = coordinator.data_dir
    coordinator.close()
    store = Store.open(data_dir, ADMIN, PASSWORD)
    try:
        assert stored_keys(store)[families["ercoli"]] == "ercoli nicolo"
        with store.unit_of_work() as uow:
            sara = next(p for p in records.persons_of(uow.session, families["bodei"])
                        if p.first_name == "Sara")
            records.update(uow, "person", sara.id, {"last_name": "Zucchi"})
            uow.commit()
        assert stored_keys(store)[families["bodei"]] == "zucchi sara"
        assert_keys_as_rebuilt(store)
    finally:
        store.close()


def test_the_first_screen_walks_the_sort_index(coordinator: Store,
                                               families: dict[str, str]) -> None:
    """No sort of every household for the first page: SQLite reads the index in order."""
    from sqlalchemy import event

    statements: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        if "household_sort" in statement:
            statements.append((statement, parameters))

    event.listen(coordinator.engine, "before_cursor_execute", keep)
    try:
        for descending in (False, True):
            by_surname(coordinator, descending=descending, limit=300)
    finally:
        event.remove(coordinator.engine, "before_cursor_execute", keep)
    assert len(statements) == 2
    with coordinator.engine.connect() as conn:
        for statement, parameters in statements:
            plan = " / ".join(row[-1] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters))
            assert "ix_household_sort_reference" in plan and "TEMP B-TREE" not in plan, plan
