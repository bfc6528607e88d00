"""The audit of the adolescents' plan against spec/programme.md (issue 14): what the
first build let through, each driven through `genera` as the hidden checks do — a
refusal is exit 1, one `error:` line, the store as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli_youth_rules import Cli, cli, consent, experience, world

__all__ = ["cli", "world"]  # the fixtures this module uses, from the rules' tests


def test_moving_an_enrolment_to_a_day_without_the_consent_is_refused(
        cli: Cli, world: dict[str, str]) -> None:
    """"Under 18 on the day" is the enrolment's `enrolled_on`: moving it to a day the
    parent's consent does not cover is the same refusal as enrolling on that day."""
    consent(cli, world["ada"], "activities", "2026-09-01")
    enrolment = cli.add("enrolment", workshop=world["workshop"], person=world["ada"],
                        enrolled_on="2026-09-10")
    err = cli.refused("enrolment", "update", enrolment, "--json",
                      json.dumps({"enrolled_on": "2026-08-31"}))
    assert "under 18 on 2026-08-31" in err and "'activities' consent" in err
    cli.ok("enrolment", "update", enrolment, "--json",
           json.dumps({"enrolled_on": "2026-09-01"}))
    assert cli.show("enrolment", enrolment)["enrolled_on"] == "2026-09-01"


def test_the_refusal_does_not_say_none_is_recorded_when_one_is(
        cli: Cli, world: dict[str, str]) -> None:
    """A withdrawn parent's consent, or the minor's own, is recorded but does not hold:
    the line must not claim that none is recorded."""
    consent(cli, world["ada"], "activities", "2026-09-01", withdrawn_on="2026-10-01")
    consent(cli, world["ada"], "activities", "2026-09-01", by="self")
    err = cli.refused_add("enrolment", workshop=world["workshop"], person=world["ada"],
                          enrolled_on="2026-10-05")
    assert "none is recorded" not in err and "none holds on that day" in err


def test_the_safety_training_cannot_move_after_hours_already_logged(
        cli: Cli, world: dict[str, str]) -> None:
    """No hours before the safety training: not by logging them, nor by moving the
    training after them or removing it."""
    consent(cli, world["luca"], "school_work", "2026-09-01")
    sw = cli.add("school_work", **experience(world, start_date="2026-10-05",
                                             safety_training_on="2026-10-01"))
    cli.add("school_work_hours", school_work=sw, date="2026-10-05", hours=4)
    for moved in ("2026-10-06", None):
        err = cli.refused("school_work", "update", sw, "--json",
                          json.dumps({"safety_training_on": moved}))
        assert "2026-10-05" in err and "safety_training_on" in err
    # Earlier, or up to the first day logged, is fine.
    cli.ok("school_work", "update", sw, "--json",
           json.dumps({"safety_training_on": "2026-10-05"}))
    assert cli.show("school_work", sw)["safety_training_on"] == "2026-10-05"


def test_the_training_pact_prints_for_the_area_only(
        cli: Cli, world: dict[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: "Printed: the training pact and the hours register". The pact of a
    minor's experience has a parent's signature; staff without the area get nothing."""
    consent(cli, world["ada"], "school_work", "2026-09-01")
    sw = cli.add("school_work", **experience(world, person=world["ada"],
                                             start_date="2026-10-05"))
    out = tmp_path / "patto.pdf"
    assert cli.ok("print", "school-work-pact", "--id", sw, "--out", str(out)) == str(out)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Patto formativo" in text and "Ferri Ada" in text
    assert "Il genitore o il tutore" in text and "05/10/2026" in text
    monkeypatch.setenv("GENERA_NEW_PASSWORD", "front-desk-pass-1")
    cli.ok("user", "add", "fd", "--role", "operator")
    monkeypatch.setenv("GENERA_USER", "fd")
    monkeypatch.setenv("GENERA_PASSWORD", "front-desk-pass-1")
    other = tmp_path / "other.pdf"
    code, stdout, err = cli.run("print", "school-work-pact", "--id", sw, "--out", str(other))
    assert code == 1 and stdout == "" and err.startswith("error: ")
    assert err.count("\n") == 1 and "adolescents" in err
    assert not other.exists()


def test_an_experience_does_not_end_before_it_starts(cli: Cli, world: dict[str, str]) -> None:
    """Bad input gets a clear error: an end before the start, on add or by an update
    of either date."""
    consent(cli, world["luca"], "school_work", "2026-09-01")
    err = cli.refused_add("school_work", **experience(world, start_date="2026-10-05",
                                                      end_date="2026-10-04"))
    assert "end_date" in err and "before start_date" in err
    sw = cli.add("school_work", **experience(world, start_date="2026-10-05",
                                             end_date="2026-10-30"))
    for change in ({"end_date": "2026-10-01"}, {"start_date": "2026-11-02"}):
        err = cli.refused("school_work", "update", sw, "--json", json.dumps(change))
        assert "end_date" in err and "before start_date" in err
    cli.ok("school_work", "update", sw, "--json", json.dumps({"end_date": "2026-10-05"}))


def test_restored_hours_still_come_after_the_safety_training(
        cli: Cli, world: dict[str, str]) -> None:
    """An hours entry deleted, the training then moved after its day, cannot come back
    by `restore` as hours before the training; once the training allows it, it can."""
    consent(cli, world["luca"], "school_work", "2026-09-01")
    sw = cli.add("school_work", **experience(world, start_date="2026-10-05",
                                             safety_training_on="2026-10-01"))
    hours = cli.add("school_work_hours", school_work=sw, date="2026-10-05", hours=4)
    cli.ok("school_work_hours", "delete", hours)
    cli.ok("school_work", "update", sw, "--json",
           json.dumps({"safety_training_on": "2026-10-06"}))
    err = cli.refused("school_work_hours", "restore", hours)
    assert "safety training" in err and "2026-10-06" in err
    cli.ok("school_work", "update", sw, "--json",
           json.dumps({"safety_training_on": "2026-10-05"}))
    cli.ok("school_work_hours", "restore", hours)
    assert cli.show("school_work", sw)["hours_done"] == 4


def test_an_erasure_counts_the_plans_records_as_what_they_are(
        cli: Cli, world: dict[str, str]) -> None:
    """Erasing a minor takes their consents with them; the line counts them as their
    records, not as health records."""
    consent(cli, world["ada"], "activities", "2026-09-01")
    consent(cli, world["ada"], "images", "2026-09-01")
    said = cli.ok("person", "erase", world["ada"])
    assert "(2 of their records with it)" in said and "health" not in said
    assert world["ada"] not in cli.ok("dump")


def test_hours_are_finite_numbers(cli: Cli, world: dict[str, str]) -> None:
    """Python's JSON reader takes NaN and Infinity; stored, they came out of `show
    --json` as no JSON at all. A number field refuses them."""
    consent(cli, world["luca"], "school_work", "2026-09-01")
    for bad in ("NaN", "Infinity", "1e400"):
        data = json.dumps(experience(world, start_date="2026-10-05"))[:-1] \
            + f', "planned_hours": {bad}}}'
        err = cli.refused("school_work", "add", "--json", data)
        assert "planned_hours" in err and "must be a number" in err


def test_the_access_export_names_the_school_the_host_and_the_workshop(
        cli: Cli, world: dict[str, str], tmp_path: Path) -> None:
    """The PDF a family reads names the school, the host and the workshop, not their
    ids (none of them is anyone's personal data); the JSON keeps the ids."""
    consent(cli, world["luca"], "school_work", "2026-09-01")
    consent(cli, world["luca"], "activities", "2026-09-01")
    cli.add("school_work", **experience(world, start_date="2026-10-05"))
    cli.add("enrolment", workshop=world["workshop"], person=world["luca"],
            enrolled_on="2026-10-01")
    out = tmp_path / "luca.pdf"
    cli.ok("person", "export", world["luca"], "--out", str(out), "--requested-by",
           "Anna Ferri", "--relation", "parent")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for name in ("IIS Don Milani", "Forno Bertoni", "Radio di quartiere"):
        assert name in text, name
    for rid in (world["school"], world["host"], world["workshop"]):
        assert rid not in text
    data = tmp_path / "luca.json"
    cli.ok("person", "export", world["luca"], "--out", str(data), "--requested-by",
           "Anna Ferri", "--relation", "parent")
    report = json.loads(data.read_text())
    assert "names" not in report
    (sw,) = [r for r in report["records"] if r["kind"] == "school_work"]
    assert (sw["school"], sw["host"]) == (world["school"], world["host"])
