"""The adolescents' plan is seen only by staff with its access area (spec/programme.md,
"Piano integrato adolescenti"): a front-desk operator without it gets none of its records
from list, show, dump, search, a person's access export or a print, yet still sees the
family's children as members of their household; and `genera print school-work`."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from genera_desktop.cli import main
from genera_desktop.services import accounts, records
from tests.conftest import ADMIN, PASSWORD, make_coordinator

DESK, EDUCATOR, SECRET = "front", "educ", "tulipano-giallo-7"
KINDS = ("consent", "school_work", "school_work_hours")


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    data_dir = tmp_path / "store"
    store = make_coordinator(data_dir)
    with store.unit_of_work() as uow:
        add = lambda kind, **data: records.add(uow, kind, data)  # noqa: E731
        add("point", code="MON", name="Punto Montichiari")
        hh = add("household", point="MON", address="Via Zanardelli 77")
        add("person", household=hh, first_name="Anna", last_name="Quintavalle",
            birth_date="1980-01-01")
        teen = add("person", household=hh, first_name="Ottavio", last_name="Quintavalle",
                   birth_date=(date.today() - timedelta(days=15 * 365)).isoformat())
        school = add("organisation", name="Liceo Bagatta", org_type="school")
        host = add("organisation", name="Biblioteca Zanardelli", org_type="association")
        ids = {"hh": hh, "teen": teen, "school": school}
        ids["consent"] = add("consent", person=teen, consent_type="school_work",
                             date="2026-09-01", given_by="parent",
                             given_by_name="Anna Quintavalle Madre")
        ids["school_work"] = add("school_work", person=teen, school=school, host=host,
                                 school_type="liceo", title="Catalogazione fondi antichi",
                                 start_date="2026-10-01", safety_training_on="2026-09-30")
        ids["school_work_hours"] = add("school_work_hours", school_work=ids["school_work"],
                                       date="2026-10-02", hours=3,
                                       activity="Schedatura dei registri")
        accounts.add_account(uow, DESK, SECRET, role="operator")
        accounts.add_account(uow, EDUCATOR, SECRET, role="operator",
                             access_areas=["adolescents"])
        accounts.commit_accounts(uow)
    store.close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GENERA_PASSWORD", SECRET)
    monkeypatch.setenv("GENERA_USER", DESK)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    yield ids


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def as_user(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("GENERA_USER", user)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD if user == ADMIN else SECRET)


PLAN_WORDS = ("Catalogazione", "Schedatura", "Madre", "Liceo Bagatta")


def test_the_front_desk_gets_no_record_of_the_plan_from_any_command(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for kind in KINDS:
        for argv in ((kind, "list", "--json"), (kind.replace("_", "-"), "list"),
                     (kind, "list", "--search", "Schedatura"),
                     (kind, "show", world[kind], "--json"),
                     (kind, "restore", world[kind])):  # not even "is not deleted"
            code, out, err = run(capsys, *argv)
            assert (code, out) == (1, ""), argv
            assert err == "error: your account has no access to the adolescents' plan\n", argv
    code, out, err = run(capsys, "dump")
    assert code == 0
    assert {json.loads(line)["kind"] for line in out.splitlines()}.isdisjoint(KINDS)
    assert not any(word in out for word in PLAN_WORDS[:3])
    # The warning names the access area left out, not its twenty kinds.
    assert err.startswith("warning: ") and "adolescents" in err
    out_file = tmp_path / "accesso.json"
    code, _, err = run(capsys, "person", "export", world["teen"], "--out", str(out_file),
                       "--requested-by", "Anna Quintavalle", "--relation", "parent")
    assert code == 0, err
    exported = out_file.read_text("utf-8")
    assert set(json.loads(exported)["withheld"]) == set(KINDS)
    assert not any(word in exported for word in PLAN_WORDS[:3])
    pdf = tmp_path / "registro.pdf"
    code, out, err = run(capsys, "print", "school-work", "--id", world["school_work"],
                         "--out", str(pdf))
    assert (code, out, err) == (1, "", "error: your account has no access to the "
                                       "adolescents' plan\n")
    assert not pdf.exists()


def test_the_front_desks_delete_of_a_person_says_nothing_of_the_plans_records(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The records go with the person (a deleted teenager's consents do not stay live),
    # but the front desk is not told how many: that would say they exist.
    assert run(capsys, "person", "delete", world["teen"]) == (0, "", "")
    as_user(monkeypatch, EDUCATOR)
    for kind in KINDS:
        code, out, _ = run(capsys, kind, "list", "--json")
        assert (code, json.loads(out)) == (0, []), kind
    code, _, err = run(capsys, "person", "restore", world["teen"])
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "consent", "list", "--json")
    assert [c["id"] for c in json.loads(out)] == [world["consent"]]
    assert run(capsys, "person", "delete", world["teen"]) == (
        0, "", "deleted with it: 3 records\n")


def test_the_front_desk_still_sees_the_children_as_members(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "household", "show", world["hh"], "--json")
    assert code == 0
    members = {p["first_name"] for p in json.loads(out)["persons"]}
    assert members == {"Anna", "Ottavio"}
    assert not any(word in out for word in PLAN_WORDS)
    code, out, _ = run(capsys, "person", "list", "--search", "Ottavio", "--json")
    assert code == 0 and [p["id"] for p in json.loads(out)] == [world["teen"]]


def test_staff_with_the_area_see_the_plan_and_print_the_register(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    as_user(monkeypatch, EDUCATOR)
    code, out, err = run(capsys, "consent", "list", "--json")
    assert code == 0 and [c["id"] for c in json.loads(out)] == [world["consent"]]
    code, out, err = run(capsys, "dump")
    assert code == 0 and not any(k in err for k in KINDS)
    assert {json.loads(line)["kind"] for line in out.splitlines()} >= set(KINDS)
    pdf = tmp_path / "registro.pdf"
    code, out, err = run(capsys, "print", "school-work", "--id", world["school_work"],
                         "--out", str(pdf))
    assert (code, err) == (0, "") and out.strip() == str(pdf)
    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    for expected in ("Registro ore", "Quintavalle Ottavio", "Liceo Bagatta",
                     "Biblioteca Zanardelli", "02/10/2026", "Schedatura dei registri",
                     "Ore richieste nel triennio 90", "Un genitore o il tutore legale"):
        assert expected in text, expected


def test_a_print_of_what_is_not_there_is_refused_and_writes_nothing(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    as_user(monkeypatch, EDUCATOR)
    pdf = tmp_path / "registro.pdf"
    missing = "01a24e7c-0000-7000-8000-000000000000"
    code, out, err = run(capsys, "print", "school-work", "--id", missing, "--out", str(pdf))
    assert (code, out) == (1, "")
    assert err == f"error: school_work {missing} not found in this store\n"
    code, out, err = run(capsys, "print", "school-work", "--id", world["school_work"])
    assert (code, out) == (1, "") and err.startswith("error: give --out")
    assert not pdf.exists()


def test_the_consent_form_is_printed_for_staff_with_the_area_only(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pdf = tmp_path / "consenso.pdf"
    argv = ("print", "consent", "--person", world["teen"], "--type", "school_work",
            "--out", str(pdf))
    code, out, err = run(capsys, *argv)
    assert (code, out) == (1, "") and "adolescents' plan" in err and not pdf.exists()
    as_user(monkeypatch, EDUCATOR)
    code, out, err = run(capsys, "print", "consent", "--person", world["teen"], "--type",
                         "holidays", "--out", str(pdf))
    assert (code, out) == (1, "") and err.startswith("error: consent_type: 'holidays'")
    assert err.count("\n") == 1 and not pdf.exists()
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "") and out.strip() == str(pdf)
    text = " ".join(" ".join(p.extract_text() for p in
                             PdfReader(io.BytesIO(pdf.read_bytes())).pages).split())
    assert "Formazione scuola-lavoro" in text and "Quintavalle Ottavio" in text
    assert "Anna Quintavalle Madre" in text and "Firma del genitore o del tutore" in text
