"""The adolescents' plan through `genera` (spec/programme.md, "Piano integrato
adolescenti"): the kinds in and out as written, their computed fields, and every
refusal of its rules as exit 1 with one `error:` line naming the missing consent, and
the store unchanged (the same `genera dump` before and after)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from genera_desktop.cli import main
from tests.conftest import ADMIN, PASSWORD, make_coordinator


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def run(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv: str) -> str:
        code, out, err = self.run(*argv)
        assert code == 0 and err == "", (argv, err)
        return out.strip()

    def add(self, kind: str, **data: Any) -> str:
        return self.ok(kind, "add", "--json", json.dumps(data))

    def show(self, kind: str, rid: str) -> dict[str, Any]:
        return json.loads(self.ok(kind, "show", rid, "--json"))

    def refused(self, *argv: str) -> str:
        """Run a command that must be refused: exit 1, nothing on stdout, one
        `error:` line, and the store exactly as it was."""
        before = self.ok("dump")
        code, out, err = self.run(*argv)
        assert code == 1 and out == "", (argv, code, out, err)
        assert err.startswith("error: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
        assert self.ok("dump") == before
        return err

    def refused_add(self, kind: str, **data: Any) -> str:
        return self.refused(kind, "add", "--json", json.dumps(data))


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    make_coordinator(tmp_path / "store").close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    yield Cli(capsys)


@pytest.fixture
def world(cli: Cli) -> dict[str, str]:
    """A family at MON: a mother, Luca, who turns 18 on 2027-05-10, and Ada, who is 15
    today; a workshop; a school and a host."""
    cli.add("point", code="MON", name="Punto Montichiari")
    ids: dict[str, str] = {}
    ids["hh"] = cli.add("household", point="MON")
    ids["mother"] = cli.add("person", household=ids["hh"], first_name="Anna",
                            last_name="Ferri", birth_date="1980-02-03")
    ids["luca"] = cli.add("person", household=ids["hh"], first_name="Luca",
                          last_name="Ferri", birth_date="2009-05-10")
    ids["ada"] = cli.add("person", household=ids["hh"], first_name="Ada",
                         last_name="Ferri",
                         birth_date=(date.today() - timedelta(days=15 * 365)).isoformat())
    ids["workshop"] = cli.add("workshop", title="Radio di quartiere", point="MON",
                              audience="youth")
    ids["school"] = cli.add("organisation", name="IIS Don Milani", org_type="school")
    ids["host"] = cli.add("organisation", name="Forno Bertoni", org_type="company")
    return ids


def consent(cli: Cli, person: str, kind: str, day: str, by: str = "parent",
            **more: Any) -> str:
    return cli.add("consent", person=person, consent_type=kind, date=day, given_by=by,
                   given_by_name="Anna Ferri" if by != "self" else None, **more)


def experience(world: dict[str, str], **more: Any) -> dict[str, Any]:
    return {"person": world["luca"], "school": world["school"], "host": world["host"],
            "school_type": "tecnico", "title": "Panificazione", **more}


def test_the_kinds_go_in_and_come_out_with_their_computed_fields(
        cli: Cli, world: dict[str, str]) -> None:
    given = consent(cli, world["luca"], "school_work", "2026-09-01")
    shown = cli.show("consent", given)
    assert (shown["person"], shown["consent_type"], shown["given_by"], shown["household"]) \
        == (world["luca"], "school_work", "parent", world["hh"])
    sw = cli.add("school_work", **experience(world, start_date="2026-10-05",
                                             safety_training_on="2026-10-01",
                                             planned_hours=40))
    shown = cli.show("school_work", sw)
    assert (shown["hours_done"], shown["hours_required"]) == (0, 150)
    assert '"hours_done": 0,' in cli.ok("school_work", "show", sw, "--json")  # not 0.0
    assert shown["household"] == world["hh"]
    for day, hours in (("2026-10-05", 4), ("2026-10-06", 3.5)):
        cli.add("school_work_hours", school_work=sw, date=day, hours=hours,
                activity="Laboratorio")
    shown = cli.show("school_work", sw)
    assert shown["hours_done"] == 7.5
    listed = json.loads(cli.ok("school_work", "list", "--json"))
    assert [(r["id"], r["hours_done"], r["hours_required"]) for r in listed] == \
        [(sw, 7.5, 150)]
    hours = json.loads(cli.ok("school-work-hours", "list", "--json"))
    assert {(h["person"], h["household"]) for h in hours} == {(world["luca"], world["hh"])}
    dump = [json.loads(line) for line in cli.ok("dump").splitlines()]
    (stored,) = [r for r in dump if r["kind"] == "school_work"]
    assert "hours_done" not in stored and "hours_required" not in stored
    assert stored["planned_hours"] == 40
    # A liceo's three years ask 90 hours; the computed fields are not for the caller.
    cli.ok("school_work", "update", sw, "--json", json.dumps({"school_type": "liceo"}))
    assert cli.show("school_work", sw)["hours_required"] == 90
    err = cli.refused("school_work", "update", sw, "--json", json.dumps({"hours_done": 3}))
    assert "hours_done" in err


def test_a_minor_is_enrolled_only_with_a_parents_live_activities_consent(
        cli: Cli, world: dict[str, str]) -> None:
    enrol = {"workshop": world["workshop"], "person": world["luca"],
             "enrolled_on": "2026-03-02"}
    err = cli.refused_add("enrolment", **enrol)
    assert "under 18 on 2026-03-02" in err and "'activities' consent" in err
    assert "parent or guardian" in err and "Luca" not in err and "Ferri" not in err
    # His own consent is recorded, but does not count for a minor.
    consent(cli, world["luca"], "activities", "2026-02-01", by="self")
    assert "'activities' consent" in cli.refused_add("enrolment", **enrol)
    # A parent's of another type does not either.
    consent(cli, world["luca"], "school_work", "2026-02-01")
    assert "'activities' consent" in cli.refused_add("enrolment", **enrol)
    # Given after the day, or withdrawn on it: not live that day.
    consent(cli, world["luca"], "activities", "2026-03-03")
    assert "'activities' consent" in cli.refused_add("enrolment", **enrol)
    consent(cli, world["luca"], "activities", "2026-01-01", withdrawn_on="2026-03-02")
    assert "'activities' consent" in cli.refused_add("enrolment", **enrol)
    # Live from its date, until the day it is withdrawn.
    consent(cli, world["luca"], "activities", "2026-03-02", by="guardian",
            withdrawn_on="2026-03-03")
    enrolment = cli.add("enrolment", **enrol)
    assert cli.show("enrolment", enrolment)["person"] == world["luca"]


def test_the_enrolment_day_is_today_when_not_given(cli: Cli, world: dict[str, str]) -> None:
    # Without enrolled_on the day is today, when Ada is 15.
    err = cli.refused_add("enrolment", workshop=world["workshop"], person=world["ada"])
    assert f"under 18 on {date.today().isoformat()}" in err
    assert "'activities' consent" in err


def test_an_adult_or_a_person_without_birth_date_needs_no_consent(
        cli: Cli, world: dict[str, str]) -> None:
    # 18 on the very day of the birthday.
    cli.add("enrolment", workshop=world["workshop"], person=world["luca"],
            enrolled_on="2027-05-10")
    unknown = cli.add("person", household=world["hh"], first_name="Ivo", last_name="Ferri")
    cli.add("enrolment", workshop=world["workshop"], person=unknown, enrolled_on="2026-03-02")
    cli.add("enrolment", workshop=world["workshop"], person=world["mother"])


def test_a_minors_school_work_needs_a_parents_school_work_consent(
        cli: Cli, world: dict[str, str]) -> None:
    data = experience(world, start_date="2026-10-05", safety_training_on="2026-10-01")
    err = cli.refused_add("school_work", **data)
    assert "under 18 on 2026-10-05" in err and "'school_work' consent" in err
    consent(cli, world["luca"], "activities", "2026-09-01")
    consent(cli, world["luca"], "school_work", "2026-09-01", by="self")
    assert "'school_work' consent" in cli.refused_add("school_work", **data)
    # Without a start date the day is today, when Ada is 15.
    no_start = {k: v for k, v in data.items() if k != "start_date"}
    no_start["person"] = world["ada"]
    err = cli.refused_add("school_work", **no_start)
    assert f"under 18 on {date.today().isoformat()}" in err and "'school_work' consent" in err
    consent(cli, world["luca"], "school_work", "2026-09-01", withdrawn_on="2026-10-20")
    sw = cli.add("school_work", **data)
    # Moving the start before the consent was given is refused too.
    err = cli.refused("school_work", "update", sw, "--json",
                      json.dumps({"start_date": "2026-08-31"}))
    assert "under 18 on 2026-08-31" in err
    # Hours need the consent live on their own day: withdrawn on 2026-10-20.
    cli.add("school_work_hours", school_work=sw, date="2026-10-19", hours=4)
    err = cli.refused_add("school_work_hours", school_work=sw, date="2026-10-20", hours=4)
    assert "under 18 on 2026-10-20" in err and "'school_work' consent" in err


def test_hours_come_after_the_safety_training(cli: Cli, world: dict[str, str]) -> None:
    mother_sw = cli.add("school_work", **experience(world, person=world["mother"],
                                                    start_date="2026-10-05"))
    err = cli.refused_add("school_work_hours", school_work=mother_sw, date="2026-10-05",
                          hours=4)
    assert "safety training" in err and "safety_training_on" in err
    cli.ok("school_work", "update", mother_sw, "--json",
           json.dumps({"safety_training_on": "2026-10-06"}))
    err = cli.refused_add("school_work_hours", school_work=mother_sw, date="2026-10-05",
                          hours=4)
    assert "before the safety training" in err and "2026-10-06" in err
    hours = cli.add("school_work_hours", school_work=mother_sw, date="2026-10-06", hours=4)
    err = cli.refused("school_work_hours", "update", hours, "--json",
                      json.dumps({"date": "2026-10-04"}))
    assert "before the safety training" in err
    err = cli.refused_add("school_work_hours", school_work=mother_sw, date="2026-10-07",
                          hours=25)
    assert "hours: 25 must be between 0 (excluded) and 24" in err


def test_the_school_is_a_school_and_the_student_stays(cli: Cli, world: dict[str, str]) -> None:
    err = cli.refused_add("school_work", **experience(world, person=world["mother"],
                                                      school=world["host"]))
    assert f"school: '{world['host']}' names an organisation that is not a school" in err
    sw = cli.add("school_work", **experience(world, person=world["mother"]))
    err = cli.refused("school_work", "update", sw, "--json",
                      json.dumps({"school": world["host"]}))
    assert "not a school" in err
    err = cli.refused("school_work", "update", sw, "--json",
                      json.dumps({"person": world["luca"]}))
    assert "person cannot change" in err


def test_a_consent_is_withdrawn_after_it_is_given(cli: Cli, world: dict[str, str]) -> None:
    err = cli.refused_add("consent", person=world["luca"], consent_type="images",
                          date="2026-05-01", given_by="parent", withdrawn_on="2026-04-30")
    assert "withdrawn_on: '2026-04-30' is before the day the consent was given" in err
    err = cli.refused_add("consent", person=world["luca"], consent_type="holidays",
                          date="2026-05-01", given_by="parent")
    assert "consent_type" in err
    err = cli.refused_add("consent", person=world["luca"], consent_type="images",
                          date="2026-05-01", given_by="parent", household=world["hh"])
    assert "household" in err


def test_the_report_counts_the_young_people_reached(cli: Cli, world: dict[str, str]) -> None:
    assert json.loads(cli.ok("report", "--json"))["youth_reached"] == 0
    # Ada (15) with a consent is reached; her mother is not.
    consent(cli, world["ada"], "images", "2026-01-10")
    consent(cli, world["mother"], "images", "2026-01-10", by="self")
    assert json.loads(cli.ok("report", "--json"))["youth_reached"] == 1


def test_a_fresh_genera_process_knows_the_plans_kinds_in_creation_order(
        cli: Cli, world: dict[str, str]) -> None:
    """As staff run it: a new process, whichever module is imported first (the kinds'
    declarations before the models, here), has the kinds, referenced kinds first."""
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c",
         "import genera_desktop.store.kinds_youth\n"
         "from genera_desktop.store.models import MODELS\n"
         "print(' '.join(MODELS))"],
        capture_output=True, text=True, timeout=120)
    kinds = done.stdout.split()
    assert kinds.index("person") < kinds.index("consent") < kinds.index("school_work") \
        < kinds.index("school_work_hours"), kinds
    listed = subprocess.run([sys.executable, "-m", "genera_desktop.cli", "school-work-hours",
                             "list", "--json"], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ))
    assert (listed.returncode, listed.stderr, listed.stdout.strip()) == (0, "", "[]")
