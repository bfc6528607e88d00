"""Persons and households that arrive by bundle are found by search, whether the search
words follow each row or are rebuilt once after a big bundle."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from genera_desktop.services import records
from genera_desktop.services.registry import households
from genera_desktop.store import derived
from genera_desktop.sync.importer import BundleRefused
from tests.integration.test_household_sort import assert_keys_as_rebuilt
from tests.integration.test_search_index import assert_words_as_rebuilt
from tests.sync.syncnet import Net

TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"


@pytest.mark.parametrize("threshold", [derived.BULK_THRESHOLD, 0])
def test_synced_persons_are_searchable(net: Net, monkeypatch: pytest.MonkeyPatch,
                                       threshold: int) -> None:
    monkeypatch.setattr(derived, "BULK_THRESHOLD", threshold)
    suspended, added = [], []
    suspend, add = derived.suspend, derived.add_inserted
    monkeypatch.setattr(derived, "suspend", lambda conn: suspended.append(1) or suspend(conn))
    monkeypatch.setattr(derived, "add_inserted",
                        lambda conn, mark: added.append(mark) or add(conn, mark))
    hh = net.household("mon", address="Via Vighizzolo 9", municipality="Montichiari")
    net.person("mon", hh, "Përparim")
    net.roundtrip("mon")
    # The bulk path (rebuilt whole), or the new rows' words and keys added in one go.
    assert bool(suspended) == (threshold == 0) and (bool(added) or threshold == 0)
    coord = net.stores["coord"]
    with coord.unit_of_work() as uow:
        found = records.find(uow.session, "person", "perparim")
        assert [p.first_name for p in found] == ["Përparim"]
        assert households.household_ids(uow, search="rossi vighiz") == [hh]
        assert households.household_ids(uow, search="montichiari perp") == [hh]
        # the triggers are back: a later local edit is indexed too
        records.update(uow, "person", found[0].id, {"first_name": "Ștefan"})
        uow.commit()
    with coord.unit_of_work() as uow:
        assert [p.first_name for p in records.find(uow.session, "person", "stefan")] == ["Ștefan"]
    assert_words_as_rebuilt(coord)


@pytest.mark.parametrize("threshold", [derived.BULK_THRESHOLD, 0])
def test_synced_edits_and_deletes_keep_the_words(net: Net, monkeypatch: pytest.MonkeyPatch,
                                                 threshold: int) -> None:
    monkeypatch.setattr(derived, "BULK_THRESHOLD", threshold)
    hh = net.household("mon")
    pid = net.person("mon", hh, "Aldo", last_name="Zanola")
    net.roundtrip("mon")
    net.update("mon", "person", pid, {"last_name": "Zucchi"})
    net.update("mon", "household", hh, {"address": "Via Chiarini 2"})
    net.roundtrip("mon")
    coord = net.stores["coord"]
    with coord.unit_of_work() as uow:
        assert households.household_ids(uow, search="zucchi chiarini") == [hh]
        assert households.household_ids(uow, search="zanola") == []
    net.delete("mon", "household", hh)
    net.roundtrip("mon")
    with coord.unit_of_work() as uow:
        assert households.household_ids(uow, search="zucchi") == []
    assert_words_as_rebuilt(coord)
    assert_words_as_rebuilt(net.stores["mon"])


def test_new_members_of_a_household_held_rekey_it(net: Net) -> None:
    """A bundle that brings a member to a household the store already holds: its words
    and the household's sort key come with it, added once the bundle is applied."""
    hh = net.household("mon")
    net.person("mon", hh, "Zeno", last_name="Zulian", is_reference=True)
    net.roundtrip("mon")
    with net.stores["mon"].unit_of_work() as uow:
        added = households.save_person(uow, hh, None, {"first_name": "Ada",
                                                       "last_name": "Àlberti",
                                                       "is_reference": True})
        uow.commit()
    net.roundtrip("mon")
    coord = net.stores["coord"]
    with coord.unit_of_work() as uow:
        assert households.household_ids(uow, search="alberti") == [hh]
        assert households.household_rows(uow, [hh])[hh].reference_name == "Àlberti Ada"
        assert records.find(uow.session, "person", "ada")[0].id == added
    assert_keys_as_rebuilt(coord)
    assert_words_as_rebuilt(coord)


def test_a_failed_import_keeps_the_triggers_of_new_rows(net: Net) -> None:
    hh = net.household("mon")
    net.person("mon", hh, "Ottavio")
    path = net.export("mon", "coord")
    path.write_bytes(path.read_bytes()[:-100])
    coord = net.stores["coord"]
    with coord.engine.connect() as conn:
        before = conn.execute(text(TRIGGERS)).all()
    with pytest.raises(BundleRefused):
        net.load("coord", path)
    with coord.engine.connect() as conn:
        assert conn.execute(text(TRIGGERS)).all() == before
    other = net.household("coord", address="Via Novagli 1")
    net.person("coord", other, "Ugo", last_name="Zilioli")
    with coord.unit_of_work() as uow:
        assert households.household_ids(uow, search="zilioli novagli") == [other]
    assert_keys_as_rebuilt(coord)
    assert_words_as_rebuilt(coord)
