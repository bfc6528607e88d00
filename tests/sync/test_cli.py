"""`genera network invite|join|status|revoke` and `genera sync export|import` through a
subprocess: exit codes, the single `error:` line, and refused imports that change nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from genera_desktop.services import records
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network import membership as network
from genera_desktop.store.store import Store

ADMIN, PASSWORD = "anna", "correct-horse-9"


class Cli:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {**os.environ, "GENERA_USER": ADMIN, "GENERA_PASSWORD": PASSWORD}
        self.env.pop("GENERA_DEBUG", None)
        self.env.pop("GENERA_DATA_DIR", None)

    def run(self, site: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "genera_desktop.cli", "--data-dir", str(self.root / site),
             *args], env=self.env, capture_output=True, text=True, cwd=self.root, timeout=120)

    def ok(self, site: str, *args: str) -> str:
        done = self.run(site, *args)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        return done.stdout

    def add(self, site: str, kind: str, data: dict) -> str:
        store = Store.open(self.root / site, ADMIN, PASSWORD)
        try:
            with store.unit_of_work() as uow:
                rid = records.add(uow, kind, data)
                uow.commit()
            return rid
        finally:
            store.close()

    def dump(self, site: str) -> list[str]:
        """`genera dump`, read in this process (the command's own test is elsewhere)."""
        store = Store.open(self.root / site, ADMIN, PASSWORD)
        try:
            with store.unit_of_work() as uow:
                return list(dump_lines(uow))
        finally:
            store.close()

    def refused(self, site: str, *args: str) -> str:
        done = self.run(site, *args)
        assert done.returncode == 1, (done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
        return lines[0]


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """A coordinator and one point made through the command line, shared by the tests
    of this module in order (each builds on the previous)."""
    return Cli(tmp_path_factory.mktemp("cli"))


def test_network_invite_join_and_status(cli: Cli) -> None:
    store = network.create_network(cli.root / "coord", network_name="Bassa",
                                   site_name="Coordinamento", admin_user=ADMIN,
                                   password=PASSWORD).store
    with store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
        uow.commit()
    store.close()
    line = cli.refused("coord", "network", "invite", "--site-name", "Punto", "--role", "point",
                       "--out", "x.invite")
    assert "--point" in line
    out = cli.ok("coord", "network", "invite", "--site-name", "Punto Montichiari", "--role",
                 "point", "--point", "MON", "--out", "mon.invite")
    assert "fingerprint" in out and (cli.root / "mon.invite").exists()
    out = cli.ok("mon", "network", "join", "mon.invite", "--admin-user", ADMIN)
    assert "key fingerprint" in out
    status = json.loads(cli.ok("mon", "network", "status", "--json"))
    assert status["role"] == "point" and status["point"] == "MON"
    sites = {s["site_name"]: s for s in status["sites"]}
    coord_status = json.loads(cli.ok("coord", "network", "status", "--json"))
    assert sites["Coordinamento"]["fingerprint"] == coord_status["fingerprint"]
    assert status["fingerprint"] in out
    joined = {s["site_name"]: s for s in coord_status["sites"]}["Punto Montichiari"]
    assert joined["fingerprint"] is None and joined["last_in"] is None  # keys not yet in
    assert sum('"MON"' in line for line in cli.dump("mon")) == 1  # the catalogs came with it


def test_export_before_enrolment_and_the_first_exchange(cli: Cli) -> None:
    line = cli.refused("coord", "sync", "export", "--to", "Punto Montichiari", "--out",
                       "early.genera")
    assert "no key" in line and "Punto Montichiari" in line
    assert not (cli.root / "early.genera").exists()
    cli.refused("coord", "sync", "export", "--out", "x.genera")  # --to required here
    cli.add("mon", "household", {"point": "MON", "address": "Via Roma 1"})
    cli.ok("mon", "sync", "export", "--out", "m1.genera")
    report = json.loads(cli.ok("coord", "sync", "import", "m1.genera", "--json"))
    assert [(r["file"], r["from"]) for r in report] == [("m1.genera", "Punto Montichiari")]
    assert report[0]["applied"] > 0 and report[0]["already_known"] == 0
    again = json.loads(cli.ok("coord", "sync", "import", "m1.genera", "--json"))
    assert again[0]["applied"] == 0 and again[0]["already_applied"] is True
    out = cli.ok("coord", "sync", "export", "--all", "--out-dir", "week")
    assert (cli.root / "week" / "Punto_Montichiari.genera").exists(), out
    cli.ok("mon", "sync", "import", str(Path("week") / "Punto_Montichiari.genera"))
    status = json.loads(cli.ok("coord", "network", "status", "--json"))
    mon = {s["site_name"]: s for s in status["sites"]}["Punto Montichiari"]
    assert mon["last_in"] and mon["last_out"] and mon["fingerprint"]
    assert cli.ok("coord", "dump").splitlines() == cli.dump("mon")


def test_refused_imports_change_nothing_and_say_which_file(cli: Cli) -> None:
    cli.add("mon", "household", {"point": "MON", "address": "Via Verdi 2"})
    cli.ok("mon", "sync", "export", "--out", "m2.genera")
    data = bytearray((cli.root / "m2.genera").read_bytes())
    data[-10] ^= 0xFF
    (cli.root / "bad.genera").write_bytes(bytes(data))
    before = cli.ok("coord", "dump")  # `genera dump` itself, before and after
    line = cli.refused("coord", "sync", "import", "bad.genera")
    assert "bad.genera" in line
    assert cli.ok("coord", "dump") == before
    line = cli.refused("mon", "sync", "import", "m2.genera")  # addressed to the coordinator
    assert "m2.genera" in line and "another site" in line
    # one refused among several: the others still apply, the exit code is 1
    done = cli.run("coord", "sync", "import", "bad.genera", "m2.genera", "--json")
    assert done.returncode == 1 and done.stderr.count("error: ") == 1
    results = json.loads(done.stdout)
    assert [bool(r.get("error")) for r in results] == [True, False]
    assert cli.ok("coord", "dump") != before


def test_revoke_and_a_revoked_sites_bundle(cli: Cli) -> None:
    cli.ok("mon", "sync", "export", "--out", "m3.genera")
    out = cli.ok("coord", "network", "revoke", "Punto Montichiari")
    assert "revoked" in out
    before = cli.dump("coord")
    line = cli.refused("coord", "sync", "import", "m3.genera")
    assert "revoked" in line and "m3.genera" in line
    assert cli.dump("coord") == before
    line = cli.refused("mon", "network", "revoke", "Coordinamento")
    assert "coordinator" in line
    status = json.loads(cli.ok("coord", "network", "status", "--json"))
    assert {s["site_name"]: s for s in status["sites"]}["Punto Montichiari"]["revoked"] is True


def test_quarantine_and_erase_commands(cli: Cli) -> None:
    assert json.loads(cli.ok("coord", "quarantine", "list", "--json")) == []
    line = cli.refused("coord", "quarantine", "accept", "nope")
    assert "nope" in line
    hh = cli.add("coord", "household", {"point": "MON"})
    person = cli.add("coord", "person", {"household": hh, "first_name": "Ada",
                                         "last_name": "Neri"})
    cli.refused("mon", "person", "erase", person)
    cli.ok("coord", "person", "erase", person)
    assert not any(person in line for line in cli.dump("coord"))
