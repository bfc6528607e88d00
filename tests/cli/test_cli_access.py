"""What a user may not read, no command shows them (spec/cli.md, "Conventions"): an
operator without health access gets no health record from dump, list, show, the
conflict and quarantine lists, or a person's access export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from genera_desktop.cli import main
from genera_desktop.services import accounts, records
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.local import Conflict
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator

OPERATOR, OPERATOR_PASSWORD = "op1", "tulipano-giallo-7"


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A coordinator with a family, its health record, a conflict about each, and an
    operator without health access."""
    data_dir = tmp_path / "store"
    store = make_coordinator(data_dir)
    with store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
        hh = records.add(uow, "household", {"point": "MON", "address": "Via Zanardelli 77"})
        person = records.add(uow, "person", {"household": hh, "first_name": "Gertrude",
                                             "last_name": "Quintavalle"})
        health = records.add(uow, "health", {"person": person,
                                             "conditions": "Diabete di tipo 2"})
        for n, (kind, rid, field, loser) in enumerate((
                ("person", person, "phone", "347 1112223"),
                ("health", health, "conditions", "Cardiopatia ischemica"))):
            uow.session.add(Conflict(
                id=f"00000000-0000-7000-8000-00000000000{n}", kind=kind, rid=rid, field=field,
                winner_value="x", winner_hlc=1, winner_site="a", loser_value=loser,
                loser_hlc=1, loser_site="b", detected_at=f"2026-01-0{n + 1}T10:00:00+00:00",
                detected_by="a"))
        accounts.add_account(uow, OPERATOR, OPERATOR_PASSWORD, role="operator")
        accounts.commit_accounts(uow)
    store.close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GENERA_USER", OPERATOR)
    monkeypatch.setenv("GENERA_PASSWORD", OPERATOR_PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    yield {"dir": data_dir, "household": hh, "person": person, "health": health}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def as_admin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)


def test_dump_leaves_out_health_and_says_it_is_not_whole(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, "dump")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]  # stdout: JSON Lines alone
    kinds = {line["kind"] for line in lines}
    assert "health" not in kinds and {"household", "person", "point"} <= kinds
    assert "Diabete" not in out and world["health"] not in out
    assert err.startswith("warning: ") and err.count("\n") == 1
    assert "health" in err and "not a whole copy" in err
    # The areas are named, not their two dozen kinds.
    assert "access areas" in err and "guarantee_application" not in err

    as_admin(monkeypatch)
    code, full, err = run(capsys, "dump")
    assert code == 0 and err == ""
    assert world["health"] in full
    # The operator's dump is the administrator's without the health lines.
    assert [line for line in full.splitlines() if '"kind": "health"' not in line] == \
        out.splitlines()


def test_lists_and_show_refuse_or_leave_out_health(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    for argv in (("health", "list"), ("health", "show", world["health"])):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and "health" in err
    code, out, _ = run(capsys, "household", "show", world["household"], "--json")
    assert code == 0 and "Diabete" not in out
    code, out, _ = run(capsys, "conflicts", "list", "--json")
    assert code == 0
    assert [c["kind"] for c in json.loads(out)] == ["person"]
    assert "Cardiopatia" not in out
    as_admin(monkeypatch)
    code, out, _ = run(capsys, "conflicts", "list", "--json")
    assert sorted(c["kind"] for c in json.loads(out)) == ["health", "person"]


def test_person_export_holds_the_conflict_log_values_it_may_show(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out_file = tmp_path / "accesso.json"
    code, _, err = run(capsys, "person", "export", world["person"], "--out", str(out_file))
    assert code == 0, err
    report = json.loads(out_file.read_text("utf-8"))
    assert [(c["field"], c["loser_value"]) for c in report["conflicts"]] == \
        [("phone", "347 1112223")]
    assert "Cardiopatia" not in out_file.read_text("utf-8")
    assert report["health_withheld"] is True

    as_admin(monkeypatch)
    code, _, err = run(capsys, "person", "export", world["person"], "--out", str(out_file))
    assert code == 0, err
    report = json.loads(out_file.read_text("utf-8"))
    assert [c["loser_value"] for c in report["conflicts"]] == \
        ["347 1112223", "Cardiopatia ischemica"]


def test_the_access_pdf_prints_the_conflict_log_values(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    as_admin(monkeypatch)
    out_file = tmp_path / "accesso.pdf"
    code, _, err = run(capsys, "person", "export", world["person"], "--out", str(out_file))
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out_file.read_bytes())).pages)
    assert "registro dei conflitti" in text
    assert "347 1112223" in text and "Cardiopatia ischemica" in text


def test_the_decision_is_made_in_one_place(world: dict[str, Any]) -> None:
    from genera_desktop.services import permissions

    store = Store.open(world["dir"], OPERATOR, OPERATOR_PASSWORD)
    try:
        with store.unit_of_work(read_only=True) as uow:
            readable = permissions.readable_kinds(uow.session, uow.username)
            assert "health" not in readable and "person" in readable
            # Without any area: health and every other area's kinds (the plans').
            withheld = permissions.withheld_kinds(uow.session, uow.username)
            assert "health" in withheld and "person" not in withheld
            assert withheld == sorted(k for k, s in KINDS.items() if s.area)
            assert permissions.readable_kinds(uow.session, ADMIN) >= {"health", "person"}
            assert "health" not in permissions.readable_kinds(uow.session, None)
    finally:
        store.close()
