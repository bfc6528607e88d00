"""`genera duplicates|conflicts ...` and `genera person export`, as a coordinator runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from genera_desktop.cli import main
from genera_desktop.domain.codice_fiscale import encode
from genera_desktop.services import records
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.local import Conflict
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator

ROSSI = encode("Rossi", "Mario", "M", date(1980, 1, 1), "Montichiari")


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A coordinator's store with two families of one Mario Rossi at two points."""
    data_dir = tmp_path / "store"
    store = make_coordinator(data_dir)
    with store.unit_of_work() as uow:
        for code in ("MON", "CAL"):
            records.add(uow, "point", {"code": code, "name": f"Punto {code}"})
        uow.commit()
    store.close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    yield data_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return out


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Exit 1, one plain `error:` line, nothing on stdout, no traceback."""
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    return err


def add(capsys: pytest.CaptureFixture[str], kind: str, **data: Any) -> str:
    return ok(capsys, kind, "add", "--json", json.dumps(data)).strip()


def families(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    h1 = add(capsys, "household", point="MON", address="Via Roma 1")
    h2 = add(capsys, "household", point="CAL", address="Via Roma 1")
    return {
        "h1": h1, "h2": h2,
        "p1": add(capsys, "person", household=h1, first_name="Mario", last_name="Rossi",
                  tax_code=ROSSI),
        "p2": add(capsys, "person", household=h2, first_name="Mario", last_name="Rossi",
                  tax_code=ROSSI),
        "c2": add(capsys, "contact", household=h2, date="2025-02-01", notes="Primo colloquio"),
    }


def test_duplicates_list_merge_unmerge(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = families(capsys)
    found = json.loads(ok(capsys, "duplicates", "list", "--json"))
    assert found[0] == {"kind": "person", "ids": sorted([ids["p1"], ids["p2"]]), "score": 1.0,
                        "reason": "same_tax_code"}
    household = next(c for c in found if c["kind"] == "household")
    assert household["ids"] == sorted([ids["h1"], ids["h2"]])
    plain = ok(capsys, "duplicates", "list")
    assert "same_tax_code" in plain and "Rossi" in plain

    dump_before = ok(capsys, "dump")
    ok(capsys, "duplicates", "merge", ids["h1"], ids["h2"])
    listed = [h["id"] for h in json.loads(ok(capsys, "household", "list", "--json"))]
    assert listed == [ids["h1"]]
    contact = json.loads(ok(capsys, "contact", "show", ids["c2"], "--json"))
    assert contact["household"] == ids["h1"]
    assert [c["kind"] for c in json.loads(ok(capsys, "duplicates", "list", "--json"))] == ["person"]

    ok(capsys, "duplicates", "unmerge", ids["h2"])
    assert ok(capsys, "dump") == dump_before


def test_merge_refusals_are_one_line_and_change_nothing(
    store_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = families(capsys)
    before = ok(capsys, "dump")
    assert "itself" in refused(capsys, "duplicates", "merge", ids["h1"], ids["h1"])
    assert "household" in refused(capsys, "duplicates", "merge", ids["h1"], ids["p1"])
    assert "not merged" in refused(capsys, "duplicates", "unmerge", ids["h2"])
    refused(capsys, "duplicates", "merge", ids["h1"], "0190c0de-0000-7000-8000-000000000000")
    ok(capsys, "duplicates", "merge", ids["p1"], ids["p2"])
    assert "already merged" in refused(capsys, "duplicates", "merge", ids["p1"], ids["p2"])
    ok(capsys, "duplicates", "unmerge", ids["p2"])
    assert ok(capsys, "dump") == before

    store = Store.open(store_dir, ADMIN, PASSWORD)
    with store.unit_of_work() as uow:
        set_setting(uow.session, "role", "point")
        set_setting(uow.session, "point_code", "MON")
        uow.commit()
    store.close()
    assert "coordinator" in refused(capsys, "duplicates", "merge", ids["h1"], ids["h2"])
    assert ok(capsys, "dump") == before


def log_conflict(store_dir: Path, rid: str) -> None:
    store = Store.open(store_dir, ADMIN, PASSWORD)
    with store.unit_of_work() as uow:
        uow.session.add(Conflict(
            id="0190c0de-aaaa-7000-8000-000000000001", kind="household", rid=rid,
            field="address", winner_value="Via Roma 1", winner_hlc=1 << 40,
            winner_site=store.site_id, loser_value="Via Verdi 7", loser_hlc=1 << 39,
            loser_site="0190c0de-bbbb-7000-8000-000000000002",
            detected_at="2025-03-02T08:00:00+00:00", detected_by=store.site_id,
        ))
        uow.commit()
    store.close()


def test_conflicts_list_restore_keep(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = families(capsys)
    log_conflict(store_dir, ids["h1"])
    cid = "0190c0de-aaaa-7000-8000-000000000001"
    [item] = json.loads(ok(capsys, "conflicts", "list", "--json"))
    assert {k: item[k] for k in ("id", "kind", "record_id", "field", "winner_value",
                                 "loser_value", "winner_site", "status")} == {
        "id": cid, "kind": "household", "record_id": ids["h1"], "field": "address",
        "winner_value": "Via Roma 1", "loser_value": "Via Verdi 7",
        "winner_site": "Coordinamento", "status": "open",
    }
    # A site this store never heard of is shown by its id; times are ISO UTC.
    assert item["loser_site"] == "0190c0de-bbbb-7000-8000-000000000002"
    assert item["winner_at"].endswith("+00:00") and item["loser_at"] < item["winner_at"]
    assert "Via Verdi 7" in ok(capsys, "conflicts", "list")

    ok(capsys, "conflicts", "keep", cid)
    assert "already" in refused(capsys, "conflicts", "keep", cid)
    ok(capsys, "conflicts", "restore", cid.upper())
    shown = json.loads(ok(capsys, "household", "show", ids["h1"], "--json"))
    assert shown["address"] == "Via Verdi 7"
    [item] = json.loads(ok(capsys, "conflicts", "list", "--json"))
    assert item["status"] == "restored"
    assert json.loads(ok(capsys, "conflicts", "list", "--json", "--status", "open")) == []
    assert "not found" in refused(capsys, "conflicts", "restore", "nope")


def test_person_export_json_and_pdf(store_dir: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    ids = families(capsys)
    out = tmp_path / "rossi.json"
    ok(capsys, "person", "export", ids["p2"], "--out", str(out))
    report = json.loads(out.read_text("utf-8"))
    assert report["person"]["tax_code"] == ROSSI
    assert report["household"]["id"] == ids["h2"]
    assert [r["id"] for r in report["records"]] == [ids["c2"]]
    pdf = tmp_path / "rossi.PDF"
    ok(capsys, "person", "export", ids["p2"], "--out", str(pdf))
    body = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Rossi" in body and "Primo colloquio" in body and ROSSI in body

    bad = tmp_path / "rossi.txt"
    assert ".json or .pdf" in refused(capsys, "person", "export", ids["p2"], "--out", str(bad))
    assert not bad.exists()
    refused(capsys, "person", "export", "0190c0de-0000-7000-8000-000000000000",
            "--out", str(tmp_path / "none.json"))
    assert not (tmp_path / "none.json").exists()
    # The existing `person` commands are intact beside the new action.
    assert ok(capsys, "person", "show", ids["p1"], "--json")


def test_the_installed_command_runs_the_desk(store_dir: Path) -> None:
    import os

    done = subprocess.run(
        [sys.executable, "-m", "genera_desktop.cli", "duplicates", "list", "--json"],
        capture_output=True, text=True, env=dict(os.environ), timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
