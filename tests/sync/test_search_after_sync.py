"""Persons that arrive by bundle are found by search, whether the index follows each
row or is rebuilt once after a big bundle."""

from __future__ import annotations

import pytest

from genera_desktop.services import records
from genera_desktop.store import search_index
from tests.sync.syncnet import Net


@pytest.mark.parametrize("threshold", [search_index.BULK_THRESHOLD, 0])
def test_synced_persons_are_searchable(net: Net, monkeypatch: pytest.MonkeyPatch,
                                       threshold: int) -> None:
    monkeypatch.setattr(search_index, "BULK_THRESHOLD", threshold)
    hh = net.household("mon")
    net.person("mon", hh, "Përparim")
    net.roundtrip("mon")
    with net.stores["coord"].unit_of_work() as uow:
        found = records.find(uow.session, "person", "perparim")
        assert [p.first_name for p in found] == ["Përparim"]
        # the triggers are back: a later local edit is indexed too
        records.update(uow, "person", found[0].id, {"first_name": "Ștefan"})
        uow.commit()
    with net.stores["coord"].unit_of_work() as uow:
        assert [p.first_name for p in records.find(uow.session, "person", "stefan")] == ["Ștefan"]
