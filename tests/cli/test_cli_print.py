"""`genera print intake|custode ...`: the forms as PDF files, their refusals and the audit."""

from __future__ import annotations

import io
import os
import re
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
from genera_desktop.services.coordination import audit
from genera_desktop.services.custode import visits as custode
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator

TODAY = date.today().strftime("%d/%m/%Y")
CF = encode("Marchetti", "Nicolò", "M", date(1979, 4, 23), "Montichiari")


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data_dir = tmp_path / "store"
    store = make_coordinator(data_dir, site_name="Coordinamento Montichiari")
    store.close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    monkeypatch.chdir(tmp_path)
    yield data_dir


@pytest.fixture
def family(store_dir: Path) -> dict[str, str]:
    """A context, a family of three living there with intake and health, and a visit."""
    store = Store.open(store_dir, ADMIN, PASSWORD)
    try:
        with store.unit_of_work() as uow:
            records.add(uow, "point", {"code": "MON", "name": "Punto di Comunità Montichiari",
                                       "municipality": "Montichiari"})
            ctx = records.add(uow, "housing_context", {
                "name": "ALER Via Boschetti", "address": "Via Boschetti di Sopra 12",
                "municipality": "Montichiari", "manager": "aler", "custode_site": store.site_id})
            hid = records.add(uow, "household", {
                "point": "MON", "municipality": "Montichiari", "address": "Via Boschetti 12",
                "flat": "Scala A, int. 4", "phone": "030 9651234", "housing_context": ctx})
            ref = records.add(uow, "person", {
                "household": hid, "first_name": "Nicolò", "last_name": "Marchetti",
                "tax_code": CF, "birth_date": "1979-04-23", "sex": "M", "is_reference": True,
                "relation": "reference", "work_status": "unemployed"})
            records.add(uow, "person", {"household": hid, "first_name": "Ștefania",
                                        "last_name": "Marchetti", "birth_date": "1982-11-02",
                                        "relation": "spouse", "sex": "F"})
            records.add(uow, "person", {"household": hid, "first_name": "Luca",
                                        "last_name": "Marchetti", "birth_date": "2012-06-15",
                                        "relation": "child", "work_status": "student"})
            records.add(uow, "intake", {"household": hid, "date": "2026-02-03", "point": "MON",
                                        "operator": ADMIN, "channel": "direct",
                                        "needs_stated": ["work", "housing"],
                                        "isee_value": 6200.5, "isee_date": "2026-01-15"})
            records.add(uow, "health", {"person": ref, "disability": True,
                                        "disability_percent": 67, "conditions": "Diabete"})
            vid = custode.record_visit(uow, {
                "housing_context": ctx, "household": hid, "person": ref, "date": "2026-03-02",
                "time": "10:30", "contact_type": "home_visit", "flagged_by": "neighbour",
                "issues": ["loneliness", "digital_help"], "actions": "Aiuto per attivare lo SPID",
                "referrals": ["point"], "outcome": "Da rivedere", "next_visit": "2026-03-16"})
            uow.commit()
    finally:
        store.close()
    return {"context": ctx, "household": hid, "visit": vid}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def printed(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a print command that must succeed; return the PDF's text, whitespace folded."""
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    path = Path(out.strip())
    assert path.name.endswith(".pdf") and path.is_file()
    return pdf_text(path.read_bytes())


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == "", (code, out, err)
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def prints(store_dir: Path) -> list[tuple[Any, Any, Any]]:
    store = Store.open(store_dir, ADMIN, PASSWORD)
    try:
        with store.unit_of_work() as uow:
            return [(e["kind"], e["record_id"], e["detail"])
                    for e in reversed(audit.entries(uow, action="print"))]
    finally:
        store.close()


def test_the_intake_form_is_filled_from_the_household(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str]) -> None:
    text = printed(capsys, "print", "intake", "--household", family["household"],
                   "--out", "intake.pdf")
    for expected in ("Scheda di accoglienza", "Marchetti Nicolò", "Marchetti Ștefania",
                     CF, "23/04/1979", "15/06/2012", "03/02/2026", "Punto di Comunità Montichiari",
                     "Scala A, int. 4", "Coordinamento Montichiari", f"Stampato il {TODAY}",
                     "Pagina 1 di"):
        assert expected in text, expected
    assert "2026-02-03" not in text  # dates the Italian way only
    assert "Salute e disabilità" not in text and "Diabete" not in text
    assert prints(store_dir) == [("household", family["household"],
                                  {"form": "intake", "health": False})]


def test_the_health_page_only_when_asked(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str]) -> None:
    text = printed(capsys, "print", "intake", "--household", family["household"], "--health",
                   "--out", "intake.pdf")
    assert "Salute e disabilità" in text and "Diabete" in text and "67 %" in text


def test_blank_forms_carry_no_personal_data(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str]) -> None:
    intake = printed(capsys, "print", "intake", "--blank", "--out", "blank-intake.pdf")
    visit = printed(capsys, "print", "custode", "--blank", "--out", "blank-visit.pdf")
    for text in (intake, visit):
        assert "Pagina 1 di" in text and "Coordinamento Montichiari" in text
        for personal in ("Marchetti", "Nicolò", CF, "Boschetti", ADMIN):
            assert personal not in text
    assert "Scheda di accoglienza" in intake and "Salute e disabilità" in intake
    assert "Scheda visita" in visit and "Solitudine" in visit
    assert [detail["form"] for _, _, detail in prints(store_dir)] == [
        "intake_blank", "visit_report_blank"]


def test_the_round_sheet_lists_the_residents(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str]) -> None:
    text = printed(capsys, "print", "custode", "--housing-context", family["context"],
                   "--out", "giro.pdf")
    for expected in ("Scheda del giro", "ALER Via Boschetti", "Via Boschetti di Sopra 12",
                     "Marchetti Nicolò", "Marchetti Luca", "Scala A, int. 4", "Pagina 1 di 1",
                     f"Stampato il {TODAY}"):
        assert expected in text, expected
    assert prints(store_dir) == [("housing_context", family["context"], {"form": "round_sheet"})]


def test_all_the_round_sheets_of_a_custode(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str]) -> None:
    text = printed(capsys, "print", "custode", "--all-contexts", "--custode",
                   "coordinamento montichiari", "--out", "giri.pdf")
    assert "ALER Via Boschetti" in text and "Marchetti Nicolò" in text
    assert refused(capsys, "print", "custode", "--all-contexts", "--custode", "Nessuno",
                   "--out", "giri.pdf") == "error: site Nessuno not found in this store\n"


def test_the_visit_report_is_filled(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str]) -> None:
    text = printed(capsys, "print", "custode", "--visit", family["visit"], "--out", "visita.pdf")
    for expected in ("Scheda visita", "Visita del 02/03/2026", "10:30", "ALER Via Boschetti",
                     "Marchetti Nicolò", "Aiuto per attivare lo SPID", "Da rivedere",
                     "16/03/2026", "Pagina 1 di 1"):
        assert expected in text, expected
    assert prints(store_dir) == [("visit", family["visit"], {"form": "visit_report"})]


def test_all_intake_forms_in_one_pdf_each_numbered_apart(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str]) -> None:
    store = Store.open(store_dir, ADMIN, PASSWORD)
    with store.unit_of_work() as uow:
        other = records.add(uow, "household", {"point": "MON", "address": "Via Roma 1"})
        records.add(uow, "person", {"household": other, "first_name": "Awa",
                                    "last_name": "Diallo"})
        uow.commit()
    store.close()
    code, out, err = run(capsys, "print", "intake", "--all", "--out", "tutte.pdf")
    assert code == 0, err
    reader = PdfReader("tutte.pdf")
    numbers = [re.search(r"Pagina (\d+) di (\d+)", p.extract_text()) for p in reader.pages]
    assert all(numbers)
    # Every household starts again at "Pagina 1".
    firsts = [i for i, m in enumerate(numbers) if m and m.group(1) == "1"]
    assert len(firsts) == 2
    text = pdf_text(Path("tutte.pdf").read_bytes())
    assert "Marchetti Nicolò" in text and "Diallo Awa" in text
    assert {rid for _, rid, _ in prints(store_dir)} == {family["household"], other}


@pytest.mark.parametrize("argv, message", [
    (["intake", "--out", "x.pdf"], "say what to print"),
    (["intake", "--household", "h", "--blank", "--out", "x.pdf"],
     "--household and --blank cannot go together"),
    (["custode", "--visit", "v", "--blank", "--out", "x.pdf"],
     "--visit and --blank cannot go together"),
    (["custode", "--blank", "--custode", "x", "--out", "x.pdf"], "--custode goes with"),
    (["custode", "--blank"], "give --out"),
    (["custode", "--blank", "--out", "missing/x.pdf"], "does not exist"),
])
def test_wrong_combinations_are_refused_before_opening_the_store(
        capsys: pytest.CaptureFixture[str], store_dir: Path, monkeypatch: pytest.MonkeyPatch,
        argv: list[str], message: str) -> None:
    monkeypatch.delenv("GENERA_PASSWORD")  # never asked: the refusal comes first
    assert message in refused(capsys, "print", *argv)
    assert not Path("x.pdf").exists()


def test_unknown_records_are_refused(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str]) -> None:
    unknown = "0190aaaa-0000-7000-8000-00000000dead"
    assert unknown in refused(capsys, "print", "intake", "--household", unknown,
                              "--out", "x.pdf")
    assert "not found" in refused(capsys, "print", "custode", "--visit", unknown,
                                  "--out", "x.pdf")
    assert "not found" in refused(capsys, "print", "custode", "--housing-context", unknown,
                                  "--out", "x.pdf")
    assert not Path("x.pdf").exists() and prints(store_dir) == []


def test_an_unwritable_target_is_refused(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str],
        tmp_path: Path) -> None:
    Path("a-file").write_text("not a folder")
    assert "does not exist" in refused(capsys, "print", "custode", "--blank",
                                       "--out", "a-file/x.pdf")
    os.mkdir("folder.pdf")
    assert "is a folder" in refused(capsys, "print", "custode", "--blank", "--out", "folder.pdf")


def test_a_failed_print_leaves_the_old_file_and_no_trace(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from genera_desktop.printing import custode as forms

    Path("giro.pdf").write_bytes(b"the old round sheet")

    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise OSError(28, "No space left on device", "giro.pdf")

    monkeypatch.setattr(forms, "round_sheet", broken)
    refused(capsys, "print", "custode", "--housing-context", family["context"],
            "--out", "giro.pdf")
    assert Path("giro.pdf").read_bytes() == b"the old round sheet"
    assert sorted(p.name for p in Path(".").iterdir() if p.name.startswith(".")) == []
    assert prints(store_dir) == []


def test_a_refused_health_page_prints_nothing(
        capsys: pytest.CaptureFixture[str], store_dir: Path, family: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(store_dir, ADMIN, PASSWORD)
    from genera_desktop.services import accounts

    with store.unit_of_work() as uow:
        accounts.add_account(uow, "mario", "password-mario-1")
        accounts.commit_accounts(uow)
    store.close()
    monkeypatch.setenv("GENERA_USER", "mario")
    monkeypatch.setenv("GENERA_PASSWORD", "password-mario-1")
    err = refused(capsys, "print", "intake", "--household", family["household"], "--health",
                  "--out", "x.pdf")
    assert err.endswith(": your account has no access to health and disability data\n")
    assert not Path("x.pdf").exists()
    assert printed(capsys, "print", "intake", "--household", family["household"],
                   "--out", "x.pdf")


def test_the_installed_command_prints(store_dir: Path, family: dict[str, str],
                                      tmp_path: Path) -> None:
    out = tmp_path / "visita.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "genera_desktop.cli", "print", "custode", "--visit",
         family["visit"], "--out", str(out)],
        capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert "Marchetti Nicolò" in pdf_text(out.read_bytes())
    bad = subprocess.run(
        [sys.executable, "-m", "genera_desktop.cli", "print", "custode", "--out", str(out)],
        capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert bad.returncode == 1 and bad.stderr.startswith("error: ") and bad.stdout == ""
