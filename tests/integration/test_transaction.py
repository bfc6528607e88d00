"""Services own their transactions: given the store, a service commits and announces."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from genera_desktop.domain.errors import GeneraError
from genera_desktop.services import records
from genera_desktop.services.network import sync
from genera_desktop.services.transaction import EVERYTHING, Changes, reads, subscribe, writes
from genera_desktop.store.store import Store
from genera_desktop.store.uow import ReadOnlyWrite, UnitOfWork
from tests.conftest import ADMIN, PASSWORD


@writes
def _add_point(uow: UnitOfWork, code: str, *, fail: bool = False) -> str:
    rid = records.add(uow, "point", {"code": code, "name": f"Punto {code}"})
    if fail:
        raise GeneraError("refused after the write")
    return rid


@reads
def _codes(uow: UnitOfWork) -> list[str]:
    return sorted(item["code"] for item in records.list_records(uow, "point", None))


@writes
def _two_points(uow: UnitOfWork) -> None:
    _add_point(uow, "AAA")
    _add_point(uow, "BBB")


@pytest.fixture
def heard() -> Iterator[list[Changes]]:
    got: list[Changes] = []
    stop = subscribe(got.append)
    yield got
    stop()


def test_given_the_store_a_write_commits_and_announces_its_tables(
        coordinator: Store, heard: list[Changes]) -> None:
    _add_point(coordinator, "VIS")
    assert "VIS" in _codes(coordinator)
    assert len(heard) == 1
    assert heard[0].touches("point") and not heard[0].touches("household")


def test_a_refused_write_leaves_the_store_as_it_was_and_says_nothing(
        coordinator: Store, heard: list[Changes]) -> None:
    before = _codes(coordinator)
    with pytest.raises(GeneraError):
        _add_point(coordinator, "VIS", fail=True)
    assert _codes(coordinator) == before
    assert heard == []


def test_services_compose_in_one_transaction_announced_once(
        coordinator: Store, heard: list[Changes]) -> None:
    _two_points(coordinator)
    assert {"AAA", "BBB"} <= set(_codes(coordinator))
    assert len(heard) == 1


def test_given_a_unit_of_work_the_caller_keeps_the_transaction(
        coordinator: Store, heard: list[Changes]) -> None:
    with coordinator.unit_of_work() as uow:
        _add_point(uow, "REM")
        assert "REM" in _codes(uow)
        # not committed: leaving the block rolls it back
    assert "REM" not in _codes(coordinator)
    assert heard == []


def test_a_read_cannot_write(coordinator: Store, heard: list[Changes]) -> None:
    @reads
    def sneaky(uow: UnitOfWork) -> None:
        records.add(uow, "point", {"code": "SNK", "name": "Punto"})

    with pytest.raises(ReadOnlyWrite):
        sneaky(coordinator)
    assert "SNK" not in _codes(coordinator)
    assert heard == []


def test_a_listener_stops_hearing_once_unsubscribed(coordinator: Store) -> None:
    got: list[Changes] = []
    stop = subscribe(got.append)
    stop()
    _add_point(coordinator, "CAR")
    assert got == []


def test_an_imported_bundle_is_announced_as_everything(
        coordinator: Store, heard: list[Changes], tmp_path: Path) -> None:
    """Applied below the ORM, a bundle names no tables: every page may show news."""
    invited = sync.invite(coordinator, site_name="Punto Montichiari", role="point",
                          point_code="MON", out=tmp_path / "point.invite")
    point = sync.join(tmp_path / "point", invited.path, admin_user=ADMIN,
                      password=PASSWORD).store
    try:
        sync.export(point, tmp_path / "week.genera")
        heard.clear()
        sync.import_file(coordinator, tmp_path / "week.genera")
    finally:
        point.close()
    assert [c.tables for c in heard] == [frozenset({EVERYTHING})]
