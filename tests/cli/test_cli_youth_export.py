"""`genera person export` of a minor: requested by a parent or guardian, who is named
(--requested-by, --relation), recorded in the audit trail and in the export itself;
refused without them, nothing written; an adult's plain export is as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from genera_desktop.cli import main
from genera_desktop.domain.errors import Refused
from genera_desktop.services import records
from genera_desktop.services.coordination import audit
from genera_desktop.services.coordination.access_request import is_minor, save_person_report
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator


@pytest.fixture
def family(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A household with a mother and her son of 15."""
    data_dir = tmp_path / "store"
    store = make_coordinator(data_dir)
    with store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto MON"})
        hh = records.add(uow, "household", {"point": "MON"})
        mother = records.add(uow, "person", {"household": hh, "first_name": "Anna",
                                             "last_name": "Zanetti", "is_reference": True,
                                             "birth_date": "1980-02-03"})
        teen = records.add(uow, "person", {
            "household": hh, "first_name": "Ottavio", "last_name": "Zanetti",
            "relation": "child",
            "birth_date": (date.today() - timedelta(days=15 * 365)).isoformat()})
        uow.commit()
    store.close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    yield {"dir": str(data_dir), "mother": mother, "teen": teen}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == "", (code, out, err)
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def exports(data_dir: str, person: str) -> list[dict[str, object]]:
    store = Store.open(Path(data_dir), ADMIN, PASSWORD)
    try:
        with store.unit_of_work() as uow:
            return audit.entries(uow, record_id=person, action="export")
    finally:
        store.close()


def test_a_minors_export_names_the_parent_or_guardian(
        family: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    teen, out = family["teen"], tmp_path / "ottavio.json"
    said = refused(capsys, "person", "export", teen, "--out", str(out))
    assert "under 18" in said and "parent or guardian" in said
    assert "Zanetti" not in said and "Ottavio" not in said
    refused(capsys, "person", "export", teen, "--out", str(out), "--requested-by", "Anna")
    refused(capsys, "person", "export", teen, "--out", str(out), "--requested-by", "Anna",
            "--relation", "friend")
    refused(capsys, "person", "export", teen, "--out", str(out), "--requested-by", "  ",
            "--relation", "parent")
    assert not out.exists()
    assert exports(family["dir"], teen) == []

    code, shown, err = run(capsys, "person", "export", teen, "--out", str(out),
                           "--requested-by", "Anna Zanetti", "--relation", "parent")
    assert code == 0, err
    report = json.loads(out.read_text("utf-8"))
    assert report["requested_by"] == {"name": "Anna Zanetti", "relation": "parent"}
    (entry,) = exports(family["dir"], teen)
    assert entry["detail"]["requested_by"] == {"name": "Anna Zanetti",  # type: ignore[index]
                                               "relation": "parent"}
    pdf = tmp_path / "ottavio.pdf"
    code, _, err = run(capsys, "person", "export", teen, "--out", str(pdf),
                       "--requested-by", "Mario Bianchi", "--relation", "guardian")
    assert code == 0, err
    body = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Richiesta da Mario Bianchi (tutore)" in body


def test_an_adults_plain_export_is_unchanged(
        family: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "anna.json"
    code, _, err = run(capsys, "person", "export", family["mother"], "--out", str(out))
    assert code == 0, err
    report = json.loads(out.read_text("utf-8"))
    assert "requested_by" not in report
    (entry,) = exports(family["dir"], family["mother"])
    assert "requested_by" not in entry["detail"]  # type: ignore[operator]


def test_the_service_refuses_a_minors_export_without_a_requester(
        family: dict[str, str], tmp_path: Path) -> None:
    store = Store.open(Path(family["dir"]), ADMIN, PASSWORD)
    try:
        assert is_minor(store, family["teen"]) and not is_minor(store, family["mother"])
        out = tmp_path / "x.json"
        with pytest.raises(Refused) as refusal:
            save_person_report(store, family["teen"], out)
        assert refusal.value.code == "minor_export_needs_requester"
        with pytest.raises(Refused) as refusal:
            save_person_report(store, family["teen"], out,
                               requested_by={"name": "Anna", "relation": "self"})
        assert refusal.value.code == "export_requester_invalid"
        assert not out.exists()
        save_person_report(store, family["teen"], out,
                           requested_by={"name": " Anna  Zanetti ", "relation": "guardian"})
        assert json.loads(out.read_text("utf-8"))["requested_by"] == {
            "name": "Anna Zanetti", "relation": "guardian"}
    finally:
        store.close()
