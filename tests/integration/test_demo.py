"""`genera demo`: synthetic data through the ORM, deterministic, cancellable, coordinator only."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from genera_desktop.domain.errors import Cancelled, Refused
from genera_desktop.services import demo
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network.site import set_setting
from genera_desktop.services.registry import households
from genera_desktop.services.validate import clean_fields
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.models import MODELS
from genera_desktop.store.store import Store
from tests.conftest import make_coordinator
from tests.integration.test_household_sort import assert_keys_as_rebuilt
from tests.integration.test_search_index import assert_words_as_rebuilt

TODAY = date(2026, 3, 2)


def dump(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(dump_lines(uow))


def fill(store: Store, households: int, seed: int = 3, **kwargs: object) -> dict[str, int]:
    with store.unit_of_work() as uow:
        counts = demo.fill(uow, households, seed, today=TODAY, **kwargs)  # type: ignore[arg-type]
        uow.commit()
    return counts


def test_counts_stamps_and_valid_records(tmp_path: Path) -> None:
    store = make_coordinator(tmp_path / "a")
    try:
        counts = fill(store, 40, batch=50)
        lines = dump(store)
        held = Counter(json.loads(line)["kind"] for line in lines)
        assert held == Counter(counts)
        assert counts["household"] == 40 and counts["point"] == 6
        assert counts["person"] >= 40
        with store.sessionmaker() as session:
            stamped = session.execute(
                text("SELECT count(*) FROM field_clock WHERE field = 'cl'")).scalar()
        assert stamped == len(lines)  # change capture saw every record
        for line in lines:  # what demo stores passes the rules an edit would meet
            record = json.loads(line)
            model = MODELS[record.pop("kind")]
            record.pop("id")
            for name in KINDS[model.KIND].set_by_app:  # the app's, as records.add sets them
                record.pop(name, None)
            clean_fields(model, record, partial=False)
    finally:
        store.close()


def test_same_seed_same_data_and_a_seed_loads_once(tmp_path: Path) -> None:
    first, second = make_coordinator(tmp_path / "a"), make_coordinator(tmp_path / "b")
    try:
        fill(first, 25)
        fill(second, 25)
        assert dump(first) == dump(second)
        before = dump(first)
        with pytest.raises(Refused) as info:
            fill(first, 5)
        assert info.value.code == "demo_seed_used"
        fill(first, 5, seed=4)  # another seed adds; the points are already there
        after = Counter(json.loads(line)["kind"] for line in dump(first))
        assert after["household"] == 30 and after["point"] == 6
        assert set(before) <= set(dump(first))
    finally:
        first.close()
        second.close()


def test_points_already_held_are_kept(coordinator: Store) -> None:
    counts = fill(coordinator, 10)
    assert counts["point"] == 4  # MON and CAL were there already
    names = [json.loads(line)["name"] for line in dump(coordinator)
             if json.loads(line)["kind"] == "point"]
    assert "Punto Montichiari" in names


def test_cancel_rolls_everything_back(coordinator: Store) -> None:
    before = dump(coordinator)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(Cancelled):
        fill(coordinator, 60, progress=progress, batch=40)
    assert len(calls) == 3 and calls[-1][1] == 60
    assert calls[0][0] <= calls[1][0] <= calls[2][0] < 60
    assert dump(coordinator) == before


def test_refused_at_a_member_site_and_for_a_bad_count(coordinator: Store) -> None:
    from genera_desktop.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        fill(coordinator, 0)
    with coordinator.unit_of_work() as uow:
        set_setting(uow.session, "role", "laptop")
        uow.commit()
    before = dump(coordinator)
    with pytest.raises(Refused) as info:
        fill(coordinator, 5)
    assert info.value.code == "coordinator_only"
    assert dump(coordinator) == before


def test_the_demo_households_are_found_and_sorted_as_any(coordinator: Store) -> None:
    """The fill adds the search words and sort keys of its rows in one go at its end:
    exactly what the triggers (and a rebuild) give; a cancelled fill leaves the
    triggers as they were."""
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    with coordinator.engine.connect() as conn:
        before = conn.execute(text(triggers)).all()
    with pytest.raises(Cancelled):
        fill(coordinator, 30, progress=lambda done, total: False, batch=20)
    fill(coordinator, 30)
    with coordinator.engine.connect() as conn:
        assert conn.execute(text(triggers)).all() == before
    assert_words_as_rebuilt(coordinator)
    assert_keys_as_rebuilt(coordinator)
    with coordinator.unit_of_work() as uow:
        row = households.household_rows(uow, households.household_ids(uow, limit=1))
        name = next(iter(row.values())).reference_name
    with coordinator.unit_of_work() as uow:
        assert households.household_ids(uow, search=name)
