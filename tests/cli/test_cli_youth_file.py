"""A young person's file through `genera youth-file` (issue 14; the declaration in
store/kinds_youth.py, the rules in services/youth/files.py): add, show and list as
written, and every refusal exit 1 with one `error:` line and the store unchanged (the
same `genera dump` before and after), also for a user without the adolescents' area."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from genera_desktop.services import accounts
from genera_desktop.services.youth.files import file_id
from tests.cli.test_cli_youth_rules import Cli
from tests.conftest import ADMIN, PASSWORD, make_coordinator

DESK, SECRET = "front", "tulipano-giallo-7"


def years_ago(years: int, days: int = 0) -> str:
    today = date.today()
    return (today.replace(year=today.year - years) - timedelta(days=days)).isoformat() \
        if (today.month, today.day) != (2, 29) else f"{today.year - years}-02-28"


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    store = make_coordinator(tmp_path / "store")
    with store.unit_of_work() as uow:
        accounts.add_account(uow, DESK, SECRET, role="operator")
        accounts.commit_accounts(uow)
    store.close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    yield Cli(capsys)


@pytest.fixture
def world(cli: Cli) -> dict[str, str]:
    """At MON: Ada (15), Bruno (25 until tomorrow), Carlo (26 since yesterday); a school
    and a company."""
    cli.add("point", code="MON", name="Punto Montichiari")
    ids = {"hh": cli.add("household", point="MON")}
    for name, born in (("Ada", years_ago(15)), ("Bruno", years_ago(26, -1)),
                       ("Carlo", years_ago(26, 1))):
        ids[name.lower()] = cli.add("person", household=ids["hh"], first_name=name,
                                    last_name="Ferri", birth_date=born)
    ids["school"] = cli.add("organisation", name="IIS Don Milani", org_type="school")
    ids["firm"] = cli.add("organisation", name="Forno Bertoni", org_type="company")
    return ids


def a_file(world: dict[str, str], **more: Any) -> dict[str, Any]:
    return {"person": world["ada"], "school": world["school"], "class_name": "3B",
            "school_year": "2026/27", "facilitator": "educ",
            "followed_since": "2026-09-15", "notes": "Segue il gruppo compiti", **more}


def test_a_file_goes_in_and_comes_out_as_written(cli: Cli, world: dict[str, str]) -> None:
    made = cli.add("youth_file", **a_file(world))
    assert made == file_id(world["ada"])  # the same id on every site
    shown = cli.show("youth_file", made)
    assert {k: shown[k] for k in a_file(world)} == a_file(world)
    assert shown["household"] == world["hh"]  # set by the app: held like the family
    listed = json.loads(cli.ok("youth-file", "list", "--json"))
    assert [(r["id"], r["class_name"], r["facilitator"]) for r in listed] == \
        [(made, "3B", "educ")]
    cli.ok("youth_file", "update", made, "--json", json.dumps({"class_name": "4B",
                                                               "school_year": "2027/28"}))
    assert (cli.show("youth_file", made)["class_name"],
            cli.show("youth_file", made)["school_year"]) == ("4B", "2027/28")
    # Bruno is 25: a young adult the plan may follow; no followed_since means today.
    bruno = cli.add("youth_file", person=world["bruno"])
    assert cli.show("youth_file", bruno)["person"] == world["bruno"]
    # Deleted and made again, it is the same record, alive.
    cli.ok("youth_file", "delete", made)
    assert cli.add("youth_file", **a_file(world, class_name="5B")) == made
    assert cli.show("youth_file", made)["class_name"] == "5B"


@pytest.mark.parametrize(("data", "message"), [
    ({"school": "firm"},
     "error: school: '{firm}' names an organisation that is not a school (org_type school)"),
    ({"school_year": "2026/28"},
     "error: school_year: '2026/28' must be a school year written YYYY/YY, two "
     "consecutive years (2026/27)"),
    ({"school_year": "2026-27"},
     "error: school_year: '2026-27' must be a school year written YYYY/YY, two "
     "consecutive years (2026/27)"),
    ({"school_year": "2099/00"}, None),  # accepted: 2099 to 2100
    ({"person": "carlo", "followed_since": None},
     "error: the person is over 25 on {today} (followed_since, today when not given): "
     "the plan follows young people up to 25"),
    ({"person": "bruno", "followed_since": "2099-01-01"},
     "error: the person is over 25 on 2099-01-01 (followed_since, today when not given): "
     "the plan follows young people up to 25"),
    ({"followed_since": "15/09/2026"}, "error: followed_since: "),
    ({"person": None}, "error: person: is required"),
    ({"facilitator": "x" * 61}, "error: facilitator: "),
])
def test_every_refusal_of_an_add_is_one_line_and_changes_nothing(
        cli: Cli, world: dict[str, str], data: dict[str, Any], message: str | None) -> None:
    values = a_file(world, **{k: world.get(v, v) if isinstance(v, str) and k != "school_year"
                              and k != "followed_since" else v for k, v in data.items()})
    values = {k: v for k, v in values.items() if v is not None}
    if message is None:
        cli.add("youth_file", **values)
        return
    err = cli.refused_add("youth_file", **values)
    expected = message.format(today=date.today().isoformat(), **world).replace(
        "error: ", "error: youth_file: ", 1)
    assert err.startswith(expected), err
    assert "Ferri" not in err and "Ada" not in err  # no personal data in the line


def test_a_second_file_and_a_change_of_person_or_age_are_refused(
        cli: Cli, world: dict[str, str]) -> None:
    made = cli.add("youth_file", **a_file(world))
    assert cli.refused_add("youth_file", **a_file(world, class_name="4A")) == (
        f"error: youth_file: this person already has a youth file ({made}): change it instead\n")
    assert cli.refused("youth_file", "update", made, "--json",
                       json.dumps({"person": world["bruno"]})) == (
        f"error: youth_file {made}: youth_file person cannot change: delete the record and make a new one\n")
    assert cli.refused("youth_file", "update", made, "--json",
                       json.dumps({"followed_since": "2040-01-01"})).startswith(
        f"error: youth_file {made}: the person is over 25 on 2040-01-01")
    assert cli.refused("youth_file", "update", made, "--json",
                       json.dumps({"school": world["firm"]})).startswith(
        f"error: youth_file {made}: school: ")
    assert cli.refused("youth_file", "update", made, "--json",
                       json.dumps({"school_year": "26/27"})).startswith(
        f"error: youth_file {made}: school_year: ")


def test_a_user_without_the_area_gets_no_file_and_cannot_make_one(
        cli: Cli, world: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    made = cli.add("youth_file", **a_file(world))
    monkeypatch.setenv("GENERA_USER", DESK)
    monkeypatch.setenv("GENERA_PASSWORD", SECRET)
    no_access = "error: your account has no access to the adolescents' plan\n"
    for argv in (("youth_file", "list", "--json"), ("youth-file", "list"),
                 ("youth_file", "show", made, "--json"),
                 ("youth_file", "add", "--json",
                  json.dumps(a_file(world, person=world["bruno"]))),
                 ("youth_file", "update", made, "--json", json.dumps({"class_name": "1A"})),
                 ("youth_file", "delete", made)):
        monkeypatch.setenv("GENERA_USER", ADMIN)
        monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
        before = cli.ok("dump")
        monkeypatch.setenv("GENERA_USER", DESK)
        monkeypatch.setenv("GENERA_PASSWORD", SECRET)
        code, out, err = cli.run(*argv)
        assert (code, out) == (1, ""), argv
        # list and show say it plainly; a write names the record first, as every refusal.
        assert err.startswith("error: ") and err.endswith(no_access[len("error: "):]), err
        assert err.count("\n") == 1
        monkeypatch.setenv("GENERA_USER", ADMIN)
        monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
        assert cli.ok("dump") == before, argv
    monkeypatch.setenv("GENERA_USER", DESK)
    monkeypatch.setenv("GENERA_PASSWORD", SECRET)
    code, out, err = cli.run("dump")
    assert code == 0 and "youth_file" not in out and "Segue il gruppo" not in out
