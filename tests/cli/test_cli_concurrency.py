"""One store, several programs at once (spec/cli.md, "Conventions"): a writer waits for
another instead of failing, nothing one of them wrote is lost, and a failure line never
carries the SQL or its values."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from genera_desktop.cli.messages import error_line
from genera_desktop.services import records
from genera_desktop.store.engine import DB_FILE, connect_factory
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator


def start(data_dir: Path, *argv: str) -> subprocess.Popen[str]:
    env = {"GENERA_DATA_DIR": str(data_dir), "GENERA_USER": ADMIN, "GENERA_PASSWORD": PASSWORD,
           "PATH": "/usr/bin:/bin"}
    return subprocess.Popen([sys.executable, "-m", "genera_desktop.cli", *argv], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


@pytest.fixture
def store_dir(tmp_path: Path) -> Iterator[Path]:
    data_dir = tmp_path / "store"
    store = make_coordinator(data_dir)
    with store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
        uow.commit()
    store.close()
    yield data_dir


@contextmanager
def another_writer(data_dir: Path) -> Iterator[None]:
    """Another program in the middle of a write transaction; it commits a change when
    the block ends (so a deferred reader that started meanwhile could not upgrade)."""
    store = Store.open(data_dir, ADMIN, PASSWORD)
    key = store.key
    store.close()
    conn = connect_factory(data_dir / DB_FILE, key)()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO audit (at, username, action) VALUES ('2026-01-01', 'x', 'view')")
    try:
        yield
    finally:
        conn.execute("COMMIT")
        conn.close()


def test_eight_writers_on_one_store_all_succeed(store_dir: Path) -> None:
    procs = [start(store_dir, "household", "add", "--json",
                   json.dumps({"point": "MON", "address": f"Via Roma {n}"}))
             for n in range(8)]
    results = [finish(p) for p in procs]
    assert [code for code, _, _ in results] == [0] * 8, [err for _, _, err in results]
    ids = {out.strip() for _, out, _ in results}
    assert len(ids) == 8
    store = Store.open(store_dir, ADMIN, PASSWORD)
    try:
        with store.unit_of_work(read_only=True) as uow:
            held = {h["id"]: h for h in records.list_records(uow, "household")}
    finally:
        store.close()
    assert set(held) == ids
    assert {h["address"] for h in held.values()} == {f"Via Roma {n}" for n in range(8)}
    # Eight households, eight case numbers: none was handed out twice.
    assert len({h["case_number"] for h in held.values()}) == 8


def test_commands_wait_for_a_writer_instead_of_failing(store_dir: Path) -> None:
    add = finish(start(store_dir, "household", "add", "--json", '{"point": "MON"}'))
    household = add[1].strip()
    with another_writer(store_dir):
        show = start(store_dir, "household", "show", household, "--json")  # audits a view
        adding = start(store_dir, "household", "add", "--json", '{"point": "MON"}')
        dump = start(store_dir, "dump")  # reads only: it does not wait at all
        dumped = finish(dump)
        assert dumped[0] == 0 and household in dumped[1]
        time.sleep(3)  # the others have read by now and are waiting for the lock
        assert show.poll() is None and adding.poll() is None
    code, out, err = finish(show)
    assert code == 0, err
    assert json.loads(out)["id"] == household
    code, out, err = finish(adding)
    assert code == 0, err


def test_a_failure_line_never_carries_the_sql_or_its_values() -> None:
    params = ("Via Garibaldi 12", "3331234567", "MON-2026-0042")
    for driver_error, words in (
        (sqlite3.OperationalError("database is locked"), "busy"),
        (sqlite3.OperationalError("database or disk is full"), "disk is full"),
        (sqlite3.IntegrityError("UNIQUE constraint failed: household.case_number"),
         "database error"),
    ):
        exc = OperationalError(
            "INSERT INTO household (address, phone, case_number) VALUES (?, ?, ?)",
            params, driver_error)
        assert any(p in str(exc) for p in params)  # what used to be printed
        line = error_line(exc)
        assert words in line and "nothing was saved" in line
        assert "INSERT" not in line and not any(p in line for p in params), line


def test_an_unexpected_failure_names_its_type_only() -> None:
    line = error_line(KeyError("Rossi Mario, Via Garibaldi 12"))
    assert "KeyError" in line and "Rossi" not in line and "Garibaldi" not in line
