"""The trigram index follows every write to persons, ORM or Core alike."""

from __future__ import annotations

from sqlalchemy import text

from genera_desktop.services import records
from genera_desktop.store import search_index
from genera_desktop.store.store import Store


def names(store: Store, query: str) -> list[str]:
    with store.unit_of_work() as uow:
        return sorted(p.last_name or "" for p in records.find(uow.session, "person", query))


def test_index_follows_inserts_updates_and_row_deletes(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        hh = records.add(uow, "household", {"point": "MON"})
        pid = records.add(uow, "person", {"household": hh, "first_name": "Ștefan",
                                          "last_name": "Popescu"})
        records.add(uow, "person", {"household": hh, "first_name": "Ana", "last_name": "Pop"})
        uow.commit()
    assert names(coordinator, "stefan pope") == ["Popescu"]
    assert names(coordinator, "pop") == ["Pop", "Popescu"]
    assert names(coordinator, "na") == ["Pop"]  # short term: LIKE fallback
    with coordinator.unit_of_work() as uow:
        records.update(uow, "person", pid, {"last_name": "Ionescu"})
        uow.commit()
    assert names(coordinator, "popescu") == []
    assert names(coordinator, "ionesc") == ["Ionescu"]
    # An eviction removes rows through Core: the index must forget them too.
    with coordinator.engine.begin() as conn:
        conn.execute(text("DELETE FROM person WHERE id = :i"), {"i": pid})
    assert names(coordinator, "ionescu") == []


def test_rebuild_restores_a_lost_index(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        hh = records.add(uow, "household", {"point": "MON"})
        records.add(uow, "person", {"household": hh, "first_name": "Gülşen", "last_name": "Yılmaz"})
        uow.commit()
    with coordinator.engine.begin() as conn:
        conn.execute(text(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) "
                          "VALUES ('delete-all')"))
    assert names(coordinator, "yilmaz") == []
    with coordinator.engine.begin() as conn:
        search_index.rebuild(conn)
    assert names(coordinator, "gulsen") == ["Yılmaz"]
