"""Persons and households that arrive by bundle are found by search, whether the search
words follow each row or are rebuilt once after a big bundle."""

from __future__ import annotations

import pytest

from genera_desktop.services import households, records
from genera_desktop.store import derived
from tests.integration.test_search_index import assert_words_as_rebuilt
from tests.sync.syncnet import Net


@pytest.mark.parametrize("threshold", [derived.BULK_THRESHOLD, 0])
def test_synced_persons_are_searchable(net: Net, monkeypatch: pytest.MonkeyPatch,
                                       threshold: int) -> None:
    monkeypatch.setattr(derived, "BULK_THRESHOLD", threshold)
    suspended = []
    suspend = derived.suspend
    monkeypatch.setattr(derived, "suspend", lambda conn: suspended.append(1) or suspend(conn))
    hh = net.household("mon", address="Via Vighizzolo 9", municipality="Montichiari")
    net.person("mon", hh, "Përparim")
    net.roundtrip("mon")
    assert bool(suspended) == (threshold == 0)  # the bulk path, or a trigger per row
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
