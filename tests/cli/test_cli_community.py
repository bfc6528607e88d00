"""Community life through `genera` in real processes (spec/programme.md, "Community
life", "Printing", "Reports"): the kinds' commands, every refusal as exit 1 with one
`error:` line and the store unchanged, the printed sheets and the report's figures."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.conftest import make_coordinator


def genera(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "genera_desktop.cli", *argv], env=env,
                          capture_output=True, text=True, timeout=120)


def ok(env: dict[str, str], *argv: str) -> str:
    done = genera(env, *argv)
    assert done.returncode == 0 and not done.stderr, (argv, done.stderr)
    return done.stdout.strip()


def add(env: dict[str, str], kind: str, **data: Any) -> str:
    return ok(env, kind, "add", "--json", json.dumps(data))


def refused(env: dict[str, str], *argv: str) -> str:
    done = genera(env, *argv)
    assert done.returncode == 1 and done.stdout == "", (argv, done.returncode, done.stdout)
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    return done.stderr


@pytest.fixture
def env(cli_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    make_coordinator(Path(cli_env["GENERA_DATA_DIR"])).close()
    return cli_env


@pytest.fixture
def world(env: dict[str, str]) -> dict[str, str]:
    for code, name in (("MON", "Punto Montichiari"), ("CAL", "Punto Calcinato")):
        add(env, "point", code=code, name=name)
    ids: dict[str, str] = {}
    ids["hh"] = add(env, "household", point="MON")
    ids["ida"] = add(env, "person", household=ids["hh"], first_name="Ida", last_name="Ferri")
    ids["eva"] = add(env, "person", household=add(env, "household", point="CAL"),
                     first_name="Eva", last_name="Neri")
    ids["place"] = add(env, "place", name="Parco delle Rogge", point="MON", place_type="park")
    ids["workshop"] = add(env, "workshop", title="Genitori in cammino", point="MON",
                          theme="parenting", audience="families", place=ids["place"])
    ids["session"] = ok(env, "workshop-session", "add", "--json", json.dumps(
        {"workshop": ids["workshop"], "date": "2026-03-02", "start_time": "17:30",
         "guests": 2}))
    return ids


def test_the_kinds_go_in_and_come_out_as_written(env: dict[str, str],
                                                 world: dict[str, str]) -> None:
    enrolment = add(env, "enrolment", workshop=world["workshop"], person=world["ida"])
    shown = json.loads(ok(env, "enrolment", "show", enrolment, "--json"))
    assert (shown["status"], shown["workshop"], shown["person"]) == (
        "enrolled", world["workshop"], world["ida"])
    attendance = add(env, "attendance", session=world["session"], person=world["ida"])
    assert json.loads(ok(env, "attendance", "show", attendance, "--json"))["status"] == "present"
    org = add(env, "organisation", name="Cooperativa Il Ponte", org_type="cooperative",
              vat_number="00743110157", ateco="88.99.02", is_partner=True, employees=14)
    listed = json.loads(ok(env, "organisation", "list", "--search", "ponte", "--json"))
    assert [o["id"] for o in listed] == [org] and listed[0]["is_partner"] is True
    initiative = add(env, "initiative", title="Orto condiviso", point="MON",
                     proposer_person=world["ida"], proposer_organisation=org,
                     support_requested=1200.5)
    ok(env, "initiative", "update", initiative, "--json", '{"status": "evaluating"}')
    ok(env, "initiative", "update", initiative, "--json",
       '{"status": "accepted", "decided_on": "2026-04-01", "support_granted": 800}')
    shown = json.loads(ok(env, "initiative", "show", initiative, "--json"))
    assert (shown["status"], shown["support_granted"], shown["support_requested"]) == (
        "accepted", 800, 1200.5)
    kinds = {json.loads(line)["kind"] for line in ok(env, "dump").splitlines()}
    assert {"place", "workshop", "workshop_session", "enrolment", "attendance",
            "organisation", "initiative"} <= kinds

    report = json.loads(ok(env, "report", "--json"))
    assert (report["workshops"], report["workshop_sessions"],
            report["workshop_participants"]) == (1, 1, 1)
    assert report["initiatives_by_status"] == {"accepted": 1}
    assert report["organisations_by_type"] == {"cooperative": 1}


def test_every_refusal_is_one_error_line_and_changes_nothing(
        env: dict[str, str], world: dict[str, str]) -> None:
    enrolment = add(env, "enrolment", workshop=world["workshop"], person=world["ida"])
    initiative = add(env, "initiative", title="Festa di via", point="MON")
    before = ok(env, "dump")
    cases = [
        (("enrolment", "add", "--json", json.dumps(
            {"workshop": world["workshop"], "person": world["ida"]})), "already enrolled"),
        (("enrolment", "add", "--json", json.dumps(
            {"workshop": world["workshop"], "person": world["eva"]})), "another point"),
        (("enrolment", "update", enrolment, "--json", json.dumps({"person": world["eva"]})),
         "cannot change"),
        (("enrolment", "add", "--json", json.dumps(
            {"workshop": world["workshop"], "person": world["ida"], "point": "CAL"})),
         "point"),
        (("attendance", "add", "--json", json.dumps(
            {"session": world["session"], "person": world["eva"]})), "not enrolled"),
        (("attendance", "add", "--json", json.dumps(
            {"session": world["session"], "person": world["ida"], "status": "late"})),
         "status"),
        (("initiative", "update", initiative, "--json", '{"status": "completed"}'),
         "from proposed to completed"),
        (("initiative", "update", initiative, "--json", '{"support_granted": 100}'),
         "support_granted"),
        (("initiative", "add", "--json", json.dumps(
            {"title": "X", "point": "MON", "status": "rejected"})), "decided_on"),
        (("organisation", "add", "--json", json.dumps(
            {"name": "Ente", "org_type": "company", "vat_number": "00743110158"})),
         "vat_number"),
        (("organisation", "add", "--json", json.dumps(
            {"name": "Ente", "org_type": "company", "ateco": "99.99.99"})), "ateco"),
        (("organisation", "add", "--json", json.dumps({"name": "Ente"})), "org_type"),
        (("workshop", "add", "--json", json.dumps({"title": "Senza punto"})), "point"),
        (("print", "signin", "--session", "no-such-session", "--out", "x.pdf"),
         "not found"),
    ]
    for argv, words in cases:
        assert words in refused(env, *argv), argv
    assert ok(env, "dump") == before


def test_print_signin_and_register(env: dict[str, str], world: dict[str, str],
                                   tmp_path: Path) -> None:
    add(env, "enrolment", workshop=world["workshop"], person=world["ida"])
    add(env, "attendance", session=world["session"], person=world["ida"])
    for form, flag, rid, words in (
            ("signin", "--session", world["session"], ("Foglio firme", "Ferri Ida",
                                                       "02/03/2026", "Parco delle Rogge")),
            ("register", "--workshop", world["workshop"], ("Registro presenze", "Ferri Ida",
                                                           "02/03"))):
        out = tmp_path / f"{form}.pdf"
        assert ok(env, "print", form, flag, rid, "--out", str(out)) == str(out)
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
        text = " ".join(text.split())
        for word in words:
            assert word in text, (form, word)
    refused(env, "print", "register", "--workshop", world["session"], "--out",
            str(tmp_path / "no.pdf"))
    assert not (tmp_path / "no.pdf").exists()
