"""`genera network create`, `genera KIND add|update|delete|restore|list|show` and `dump`
against spec/cli.md: what each prints, and every refusal as exit 1 with one `error:`
line and the store unchanged. Most run in-process (quick); what only a real process
shows (exit codes, no traceback, --version, stdout holding JSON alone) runs as one."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from genera_desktop.cli import main
from genera_desktop.domain.codice_fiscale import encode
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
CF = encode("Rossi", "Nicolò", "M", date(1980, 1, 1), "Montichiari")


def genera(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "genera_desktop.cli", *argv], env=env,
                          capture_output=True, text=True, timeout=300)


def one_error_line(err: str) -> None:
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


def test_in_real_processes(cli_env: dict[str, str]) -> None:
    created = genera("network", "create", "--name", "Bassa Bresciana", "--site-name", "Coord",
                     "--admin-user", ADMIN, env=cli_env)
    assert created.returncode == 0, created.stderr
    assert "recovery key" in created.stdout and "coordinator" in created.stdout

    version = genera("--version", env=cli_env)
    assert version.returncode == 0 and re.match(r"genera \d+\.\d+", version.stdout)

    added = genera("point", "add", "--json", '{"code": "MON", "name": "Punto"}', env=cli_env)
    assert added.returncode == 0 and UUID.match(added.stdout.strip())
    assert added.stdout.count("\n") == 1  # the id alone

    listed = genera("point", "list", "--json", env=cli_env)
    assert json.loads(listed.stdout)[0]["code"] == "MON"  # stdout is JSON and nothing else

    bad = genera("household", "add", "--json", '{"point": "ZZZ"}', env=cli_env)
    assert bad.returncode == 1 and bad.stdout == ""
    one_error_line(bad.stderr)
    assert "point" in bad.stderr

    usage = genera("household", "add", env=cli_env)  # --json missing
    assert usage.returncode == 2 and "usage:" in usage.stderr

    for user, password in ((ADMIN, "wrong-password"), ("nobody", PASSWORD)):
        denied = genera("point", "list", env={**cli_env, "GENERA_USER": user,
                                              "GENERA_PASSWORD": password})
        assert denied.returncode == 1 and denied.stdout == ""
        one_error_line(denied.stderr)
        assert "password" in denied.stderr


# -- in-process ---------------------------------------------------------------------


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A coordinator's store with two points; the environment speaks as its admin."""
    data_dir = tmp_path / "store"
    make_coordinator(data_dir).close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    yield data_dir


class Cli:
    """`genera` in this process, its output captured; ``store`` reads the dump quickly."""

    def __init__(self, capsys: pytest.CaptureFixture[str], store: Store) -> None:
        self.capsys = capsys
        self.store = store

    def run(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv: str) -> str:
        code, out, err = self.run(*argv)
        assert code == 0, err
        return out

    def add(self, kind: str, **data: Any) -> str:
        out = self.ok(kind, "add", "--json", json.dumps(data))
        assert UUID.match(out.strip()) and out.count("\n") == 1, out
        return out.strip()

    def show(self, kind: str, rid: str) -> dict[str, Any]:
        return dict(json.loads(self.ok(kind, "show", rid, "--json")))

    def list(self, kind: str, *search: str) -> list[dict[str, Any]]:
        args = ("--search", search[0]) if search else ()
        return list(json.loads(self.ok(kind, "list", "--json", *args)))

    def dump(self) -> str:
        with self.store.unit_of_work() as uow:
            return "".join(line + "\n" for line in dump_lines(uow))

    def refused(self, *argv: str, says: str = "") -> str:
        """Exit 1, nothing on stdout, one plain `error:` line, the store unchanged."""
        before = self.dump()
        code, out, err = self.run(*argv)
        assert code == 1 and out == "", (code, out, err)
        one_error_line(err)
        assert says.lower() in err.lower(), err
        assert self.dump() == before
        return err


@pytest.fixture
def cli(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    store = Store.open(store_dir, ADMIN, PASSWORD)
    yield Cli(capsys, store)
    store.close()


def test_dump_status_and_bad_usage(cli: Cli) -> None:
    cli.add("point", code="MON", name="Punto")
    assert cli.ok("dump") == cli.dump() == cli.ok("dump")  # reading changes nothing
    assert json.loads(cli.ok("network", "status", "--json"))["role"] == "coordinator"
    for argv in (["nosuchkind", "list"], ["point", "show"], ["point", "list", "--bogus"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 2


def test_every_kind_goes_in_and_comes_out_the_same(cli: Cli) -> None:
    given: dict[str, dict[str, Any]] = {
        "point": {"code": "MON", "name": "Punto Montichiari", "municipality": "Montichiari"},
        "housing_context": {"name": "ALER Via Prati", "address": "Via Prati 25",
                            "municipality": "Calcinato", "custode_site": "x-site"},
    }
    ids = {kind: cli.add(kind, **data) for kind, data in given.items()}
    given["household"] = {"point": "MON", "municipality": "Montichiari", "address": "Via Roma 1",
                          "phone": "030 1234567", "housing_context": ids["housing_context"],
                          "status": "active"}
    ids["household"] = cli.add("household", **given["household"])
    given["person"] = {"household": ids["household"], "first_name": "Nicolò",
                       "last_name": "Rossi", "tax_code": CF, "birth_date": "1980-01-01",
                       "sex": "M", "phone": "333 1234567"}
    ids["person"] = cli.add("person", **given["person"])
    hh, person, ctx = ids["household"], ids["person"], ids["housing_context"]
    given.update({
        "intake": {"household": hh, "date": "2026-01-10", "needs_stated": ["housing"],
                   "isee_value": 8450.5, "homeless": False},
        "health": {"person": person, "disability": True, "disability_percent": 45},
        "contact": {"household": hh, "date": "2026-01-11", "contact_type": "interview"},
        "referral": {"household": hh, "date": "2026-01-12", "status": "sent"},
        "follow_up": {"household": hh, "due_date": "2026-02-01", "done": False},
        "visit": {"housing_context": ctx, "date": "2026-01-13", "household": hh,
                  "contact_type": "home_visit", "notes": "Tutto bene"},
    })
    for kind in ("intake", "health", "contact", "referral", "follow_up", "visit"):
        ids[kind] = cli.add(kind, **given[kind])
    dumped = {json.loads(line)["id"]: json.loads(line) for line in cli.dump().splitlines()}
    for kind, data in given.items():
        shown = cli.show(kind, ids[kind])
        shown.pop("persons", None)
        for record in (shown, dumped[ids[kind]]):
            extra = {k: v for k, v in record.items() if k not in data}
            assert {k: record[k] for k in data} == data, kind
            assert set(extra) <= {"kind", "id", "case_number", "registered_on", "household"}, kind
        assert [r["id"] for r in cli.list(kind)] == [ids[kind]]
    household = cli.show("household", hh)
    assert [p["id"] for p in household["persons"]] == [person]
    # plain (not --json) listings and shows work too
    assert ids["point"] in cli.ok("point", "list")
    assert "Rossi" in cli.ok("household", "show", hh)


def test_update_changes_named_fields_and_null_removes(cli: Cli) -> None:
    cli.add("point", code="MON", name="Punto")
    hh = cli.add("household", point="MON", address="Via Roma 1", phone="030 1234567")
    assert cli.ok("household", "update", hh, "--json", '{"address": "Via Po 2", "phone": null}') == ""
    shown = cli.show("household", hh)
    assert shown["address"] == "Via Po 2" and "phone" not in shown and shown["point"] == "MON"
    assert '"phone"' not in next(line for line in cli.dump().splitlines() if hh in line)


def test_search_ignores_case_and_accents(cli: Cli) -> None:
    cli.add("point", code="MON", name="Punto")
    hh = cli.add("household", point="MON", address="Via Mazzini 4", phone="030 9612210")
    other = cli.add("household", point="MON", address="Via Roma 1")
    nicolo = cli.add("person", household=hh, first_name="Nicolò", last_name="D'Angelo",
                     tax_code=CF, phone="+39 333 123 4567")
    cli.add("person", household=other, first_name="Anna", last_name="Bianchi")
    for text in ("nicolo", "NICOLÒ", "d'angelo", "angelo nic", CF.lower(), "3331234567",
                 "333 123 4567"):
        assert [p["id"] for p in cli.list("person", text)] == [nicolo], text
    assert cli.list("person", "zzz") == []
    assert [h["id"] for h in cli.list("household", "nicolo")] == [hh]  # by a member
    assert [h["id"] for h in cli.list("household", "mazzini")] == [hh]
    assert [h["id"] for h in cli.list("household", "030 961 2210")] == [hh]


def test_household_delete_takes_its_records_and_restore_brings_them_back(cli: Cli) -> None:
    cli.add("point", code="MON", name="Punto")
    hh = cli.add("household", point="MON")
    person = cli.add("person", household=hh, first_name="A", last_name="B")
    contact = cli.add("contact", household=hh, date="2026-01-02")
    code, out, err = cli.run("household", "delete", hh)
    assert code == 0 and out == "" and "2 records" in err
    assert cli.list("household") == [] and cli.list("person") == [] and cli.list("contact") == []
    cli.refused("person", "restore", person, says="restore the household first")
    cli.refused("person", "show", person, says="not found")
    cli.refused("household", "update", hh, "--json", '{"address": "x"}', says="not found")
    assert cli.ok("household", "restore", hh) == ""
    assert [p["id"] for p in cli.list("person")] == [person]
    assert [c["id"] for c in cli.list("contact")] == [contact]
    cli.refused("household", "restore", hh, says="not deleted")
    # a person deleted on their own comes back on their own
    cli.ok("person", "delete", person)
    cli.ok("person", "restore", person)
    assert cli.show("person", person)["first_name"] == "A"


def test_refusals_of_bad_input(cli: Cli) -> None:
    cli.add("point", code="MON", name="Punto")
    hh = cli.add("household", point="MON")
    cli.refused("point", "add", "--json", '{"code": "MON", "name": "Again"}', says="code")
    cli.refused("point", "add", "--json", '{"name": "No code"}', says="code: is required")
    cli.refused("household", "add", "--json", "{not json", says="not valid JSON")
    cli.refused("household", "add", "--json", "[1, 2]", says="JSON object")
    cli.refused("household", "add", "--json", '{"point": "MON", "colour": "red"}',
                says="colour")
    cli.refused("household", "add", "--json", f'{{"point": "MON", "id": "{hh}"}}', says="id")
    cli.refused("person", "add", "--json", json.dumps(
        {"household": hh, "first_name": "A", "last_name": "B", "tax_code": "RSSNCL80A01F471X"}),
        says="tax_code")
    cli.refused("person", "add", "--json", json.dumps(
        {"household": hh, "first_name": "A", "last_name": "B", "birth_date": "01/02/1980"}),
        says="birth_date")
    cli.refused("person", "add", "--json", json.dumps(
        {"household": hh, "first_name": "A", "last_name": "B", "sex": "X"}), says="sex")
    cli.refused("household", "add", "--json", '{"point": "MON", "phone": "12"}', says="phone")
    cli.refused("household", "update", hh, "--json", '{"point": null}', says="point")
    cli.refused("household", "show", "01234567-89ab-7def-8123-456789abcdef", says="not found")
    cli.refused("household", "delete", "nonsense", says="not found")


def test_references_must_name_records_held_here(cli: Cli) -> None:
    cli.add("point", code="MON", name="Punto")
    hh = cli.add("household", point="MON")
    missing = "01234567-89ab-7def-8123-456789abcdef"
    cli.refused("household", "add", "--json", '{"point": "CAL"}', says="point")
    cli.refused("person", "add", "--json", json.dumps(
        {"household": missing, "first_name": "A", "last_name": "B"}), says="household")
    cli.refused("visit", "add", "--json", json.dumps(
        {"housing_context": missing, "date": "2026-01-02"}), says="housing_context")
    cli.refused("household", "update", hh, "--json", json.dumps({"housing_context": missing}),
                says="housing_context")
    cli.refused("point", "delete", cli.list("point")[0]["id"], says="live households")


def test_who_may_change_what_at_a_point_site(cli: Cli) -> None:
    mon = cli.add("point", code="MON", name="Punto")
    cli.add("point", code="CAL", name="Punto Calcinato")
    theirs = cli.add("household", point="CAL")
    ours = cli.add("household", point="MON")
    with cli.store.unit_of_work() as uow:  # as `network join` leaves a point site
        set_setting(uow.session, "role", "point")
        set_setting(uow.session, "point_code", "MON")
        uow.commit()
    cli.refused("point", "add", "--json", '{"code": "VIS", "name": "Visano"}',
                says="coordinator")
    cli.refused("point", "update", mon, "--json", '{"name": "Nuovo"}', says="coordinator")
    cli.refused("housing_context", "add", "--json", '{"name": "Torre"}', says="coordinator")
    cli.refused("household", "add", "--json", '{"point": "CAL"}', says="outside")
    cli.refused("household", "update", theirs, "--json", '{"address": "x"}', says="outside")
    cli.refused("person", "add", "--json", json.dumps(
        {"household": theirs, "first_name": "A", "last_name": "B"}), says="outside")
    cli.refused("household", "delete", theirs, says="outside")
    cli.add("person", household=ours, first_name="A", last_name="B")
    cli.ok("household", "update", ours, "--json", '{"point": "CAL"}')  # the family moved
    cli.refused("household", "update", ours, "--json", '{"address": "x"}', says="outside")


def test_a_laptop_changes_only_the_households_of_its_contexts(cli: Cli) -> None:
    cli.add("point", code="MON", name="Punto")
    covered = cli.add("housing_context", name="ALER Via Prati", custode_site=cli.store.site_id)
    other = cli.add("housing_context", name="Torre Nord")
    with cli.store.unit_of_work() as uow:
        set_setting(uow.session, "role", "laptop")
        uow.commit()
    cli.add("household", point="MON", housing_context=covered)
    cli.add("visit", housing_context=covered, date="2026-01-02")
    cli.refused("household", "add", "--json", json.dumps(
        {"point": "MON", "housing_context": other}), says="outside")
    cli.refused("visit", "add", "--json", json.dumps(
        {"housing_context": other, "date": "2026-01-02"}), says="outside")
    cli.refused("household", "add", "--json", '{"point": "MON"}', says="outside")


def test_health_data_need_health_access(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.add("point", code="MON", name="Punto")
    hh = cli.add("household", point="MON")
    person = cli.add("person", household=hh, first_name="A", last_name="B")
    health = cli.add("health", person=person, disability=True)
    monkeypatch.setenv("GENERA_NEW_PASSWORD", "another-pass-1")
    cli.ok("user", "add", "bruno")
    monkeypatch.setenv("GENERA_USER", "bruno")
    monkeypatch.setenv("GENERA_PASSWORD", "another-pass-1")
    assert cli.show("person", person)["first_name"] == "A"
    cli.refused("health", "show", health, says="health")
    cli.refused("health", "list", says="health")
    cli.refused("health", "add", "--json", json.dumps({"person": person}), says="health")


def test_user_areas_are_granted_at_add_and_changed_later(cli: Cli,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    cli.add("point", code="MON", name="Punto")
    hh = cli.add("household", point="MON")
    person = cli.add("person", household=hh, first_name="A", last_name="B")
    health = cli.add("health", person=person, disability=True)
    monkeypatch.setenv("GENERA_NEW_PASSWORD", "another-pass-1")
    cli.ok("user", "add", "bruno", "--role", "operator", "--name", "Bruno Neri",
           "--access", "health", "--access", "work")
    cli.refused("user", "add", "carla", "--access", "finance", says="access")
    cli.ok("user", "add", "carla")
    accounts = {a["username"]: a for a in json.loads(cli.ok("user", "list", "--json"))}
    assert accounts["bruno"]["access_areas"] == ["health", "work"]
    assert accounts["carla"]["access_areas"] == []
    assert accounts[ADMIN]["access_areas"] == ["health", "adolescents", "work", "housing"]
    assert cli.ok("user", "access", "carla", "--grant", "health", "--grant", "housing") \
        == "health housing\n"
    assert cli.ok("user", "access", "bruno", "--revoke", "health") == "work\n"
    cli.refused("user", "access", "bruno", "--grant", "x", says="grant")
    cli.refused("user", "access", "nobody", "--grant", "work", says="nobody")
    assert cli.run("user", "access", "bruno")[0] == 1  # nothing asked
    monkeypatch.setenv("GENERA_PASSWORD", "another-pass-1")
    monkeypatch.setenv("GENERA_USER", "carla")
    assert cli.show("health", health)["disability"] is True
    assert '"kind": "health"' in cli.ok("dump")
    cli.refused("user", "access", "carla", "--grant", "work", says="administrator")
    monkeypatch.setenv("GENERA_USER", "bruno")
    cli.refused("health", "show", health, says="health")
    assert '"kind": "health"' not in cli.ok("dump") and '"kind": "person"' in cli.ok("dump")
