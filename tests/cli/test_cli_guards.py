"""What the command line refuses so that nothing changes unless the user means it
(issue 15), in real processes: exit 1, one `error:` line, the store as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from genera_desktop.services import records
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator


class Cli:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.env = {**os.environ, "GENERA_DATA_DIR": str(data_dir), "GENERA_USER": ADMIN,
                    "GENERA_PASSWORD": PASSWORD}
        self.env.pop("GENERA_DEBUG", None)

    def run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "genera_desktop.cli", *argv],
                              env=self.env, capture_output=True, text=True, timeout=120)

    def ok(self, *argv: str) -> str:
        done = self.run(*argv)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def refused(self, *argv: str) -> str:
        """Exit 1 with one plain `error:` line and nothing on stdout; the store unchanged."""
        before = self.dump()
        done = self.run(*argv)
        assert done.returncode == 1 and done.stdout == "", (done.stdout, done.stderr)
        assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert self.dump() == before
        return done.stderr.strip()

    def dump(self) -> list[str]:
        store = Store.open(self.data_dir, ADMIN, PASSWORD)
        try:
            with store.unit_of_work() as uow:
                return list(dump_lines(uow))
        finally:
            store.close()

    def add(self, kind: str, data: dict[str, Any]) -> str:
        return self.ok(f"{kind}", "add", "--json", json.dumps(data)).strip()

    def show(self, kind: str, rid: str) -> dict[str, Any]:
        return json.loads(self.ok(kind, "show", rid, "--json"))


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    """A coordinator's store with the MON point (made in this process: a cheap key)."""
    data_dir = tmp_path / "store"
    store = make_coordinator(data_dir)
    with store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
        uow.commit()
    store.close()
    yield Cli(data_dir)


def test_a_case_number_cannot_be_emptied_or_changed(cli: Cli) -> None:
    hid = cli.add("household", {"point": "MON", "address": "Via Roma 1"})
    number = cli.show("household", hid)["case_number"]
    line = cli.refused("household", "update", hid, "--json", '{"case_number": null}')
    assert f"household {hid}" in line and "case_number" in line
    line = cli.refused("household", "update", hid, "--json", '{"case_number": "MON-1999-0001"}')
    assert "case_number" in line
    assert cli.show("household", hid)["case_number"] == number


def test_an_intake_next_appointment_becomes_a_follow_up(cli: Cli) -> None:
    hid = cli.add("household", {"point": "MON"})
    intake = cli.add("intake", {"household": hid, "date": "2026-03-02", "operator": "anna",
                                "next_appointment": "2026-03-20"})
    follow_ups = json.loads(cli.ok("follow-up", "list", "--json"))
    assert [(f["household"], f["due_date"], f["operator"]) for f in follow_ups] == [
        (hid, "2026-03-20", "anna")]
    cli.ok("intake", "update", intake, "--json", '{"next_appointment": "2026-03-27"}')
    follow_ups = json.loads(cli.ok("follow-up", "list", "--json"))
    assert [(f["due_date"], f.get("done", False)) for f in follow_ups] == [("2026-03-27", False)]
