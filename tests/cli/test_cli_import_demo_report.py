"""`genera import`, `genera demo` and `genera report` as the coordinator runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from genera_desktop.cli import main
from genera_desktop.services import records
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator

GOOD = ("household_ref;point;municipality;address;phone;first_name;last_name;tax_code;"
        "birth_date;sex\n"
        "1;MON;Montichiari;Via Roma 1;030 1234567;Nicolò;Rossi;;1980-01-01;M\n"
        "1;MON;Montichiari;Via Roma 1;030 1234567;Anna;Bianchi;;1982-02-02;F\n"
        "2;MON;Montichiari;Via Po 2;;Luca;Verdi;;;\n")
BAD = ("household_ref,point,address,first_name,last_name,sex\n"
       "3,MON,Via Roma 1,Nicolò,Rossi,M\n"
       "3,MON,Via Roma 2,Anna,Bianchi,F\n"
       "4,ZZZ,,Luca,,X\n")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A coordinator's store with the point MON; the environment speaks as its admin."""
    data_dir = tmp_path / "store"
    opened = make_coordinator(data_dir)
    with opened.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
        uow.commit()
    monkeypatch.setenv("GENERA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    yield opened
    opened.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(dump_lines(uow))


def test_import_good_and_bad_files(store: Store, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "famiglie.csv"
    good.write_text(GOOD, encoding="utf-8-sig")
    code, out, err = run(capsys, "import", str(good))
    assert (code, err) == (0, "")
    assert out == "imported 2 households with 3 persons from 3 rows\n"

    before = dump(store)
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    code, out, err = run(capsys, "import", str(bad))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"error: import {bad}: 2 bad rows, nothing was imported",
        "line 3: address: 'Via Roma 2' differs from line 2 ('Via Roma 1') of the same "
        "household_ref",
        "line 4: sex: 'X' must be one of: F, M",
        "line 4: last_name: is required",
        "line 4: point: 'ZZZ' names no point held here",
    ]
    assert dump(store) == before

    for text, says in (("household_ref,point,soprannome\n1,MON,A\n",
                        "unknown column 'soprannome'"),
                       ("", "holds no rows")):
        bad.write_text(text, encoding="utf-8")
        code, out, err = run(capsys, "import", str(bad))
        assert code == 1 and out == "" and err.count("\n") == 1 and says in err, err
    code, out, err = run(capsys, "import", str(tmp_path / "missing.csv"))
    assert code == 1 and err.startswith("error: import ") and err.count("\n") == 1
    assert dump(store) == before


def test_importing_the_same_file_again_is_refused_and_says_where(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "famiglie.csv"
    good.write_text(GOOD, encoding="utf-8-sig")
    assert run(capsys, "import", str(good))[0] == 0
    before = dump(store)
    held = {json.loads(line)["import_ref"]: json.loads(line) for line in before
            if json.loads(line)["kind"] == "household"}
    code, out, err = run(capsys, "import", str(good))
    assert (code, out) == (1, "")
    first, second = held["1"], held["2"]
    assert err.splitlines() == [
        f"error: import {good}: 3 bad rows, nothing was imported",
        f"line 2: household_ref: '1' already imported (household {first['id']}, "
        f"{first['case_number']})",
        f"line 3: household_ref: '1' already imported (household {first['id']}, "
        f"{first['case_number']})",
        f"line 4: household_ref: '2' already imported (household {second['id']}, "
        f"{second['case_number']})",
    ]
    assert dump(store) == before


def test_import_reads_italian_dates_and_names_wrong_ones(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dates = tmp_path / "date.csv"
    dates.write_text("household_ref;point;first_name;last_name;birth_date\n"
                     "1;MON;Nicolò;Rossi;3/4/1980\n"
                     "2;MON;Anna;Bianchi;31/04/1980\n"
                     "3;MON;Luca;Verdi;03/04/80\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(dates))
    assert code == 1 and err.splitlines()[1:] == [
        "line 3: birth_date: '31/04/1980' must be a date written DD/MM/YYYY or YYYY-MM-DD "
        "(no such day)",
        "line 4: birth_date: '03/04/80' must be a date written DD/MM/YYYY or YYYY-MM-DD "
        "(write the year in full)",
    ]
    dates.write_text("household_ref;point;first_name;last_name;birth_date\n"
                     "1;MON;Nicolò;Rossi;3/4/1980\n", encoding="utf-8")
    assert run(capsys, "import", str(dates))[:2] == (0, "imported 1 households with 1 "
                                                         "persons from 1 rows\n")
    persons = [r for r in map(json.loads, dump(store)) if r["kind"] == "person"]
    assert [p["birth_date"] for p in persons] == ["1980-04-03"]


def test_import_as_a_real_process(store: Store, tmp_path: Path, cli_env: dict[str, str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"household_ref": "1", "point": "MON", "first_name": "A"}\n', "utf-8")
    env = {**cli_env, "GENERA_DATA_DIR": str(store.data_dir)}
    done = subprocess.run([sys.executable, "-m", "genera_desktop.cli", "import", str(bad)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and done.stdout == "" and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[1:] == ["line 1: last_name: is required"]
    shown = subprocess.run([sys.executable, "-m", "genera_desktop.cli", "report", "--json"],
                           env=env, capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0 and json.loads(shown.stdout)["households_total"] == 0


def test_demo_and_report(store: Store, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "demo", "--households", "12", "--seed", "9")
    assert code == 0 and out.startswith("added ") and "12 household" in out
    code, out, err = run(capsys, "demo", "--households", "3", "--seed", "9")
    assert code == 1 and "seed 9" in err and err.count("\n") == 1
    code, out, err = run(capsys, "demo", "--households", "-1")
    assert code == 1 and "households" in err

    code, out, err = run(capsys, "report", "--json")
    ind = json.loads(out)
    assert code == 0 and ind["households_total"] == 12 and ind["target"] == 4500
    assert sum(ind["by_point"].values()) == 12 and sum(ind["by_municipality"].values()) == 12
    for key in ("new_7_days", "new_30_days", "visits_by_context", "persons_total",
                "active_cases", "follow_ups_overdue_by_point", "referrals_by_status",
                "visits_by_issue", "referrals_by_destination", "sites"):
        assert key in ind
    weeks = ind["new_by_week"]
    assert len(weeks) == 52 and sum(w["new"] for w in weeks) <= 12
    assert weeks[-1]["start"] == (date.today() - timedelta(days=date.today().weekday())).isoformat()

    code, out, err = run(capsys, "report")
    assert code == 0 and "households reached: 12 of 4500" in out and "by point:" in out
    assert "new households per week, 52 weeks from " in out
    assert "referrals by destination and outcome:" in out and "visits by observed issue: " in out

    xlsx, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    code, out, err = run(capsys, "report", "--xlsx", str(xlsx), "--pdf", str(pdf))
    assert code == 0 and out.splitlines() == [f"wrote {xlsx}", f"wrote {pdf}"]
    assert pdf.read_bytes().startswith(b"%PDF")
    sheet = load_workbook(xlsx, read_only=True)["Sintesi"]
    assert ("Nuclei familiari raggiunti", 12) in [tuple(r[:2]) for r in
                                                   sheet.iter_rows(values_only=True)]


def test_demo_is_refused_at_a_member_site(store: Store,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with store.unit_of_work() as uow:
        set_setting(uow.session, "role", "point")
        set_setting(uow.session, "point_code", "MON")
        uow.commit()
    before = dump(store)
    code, out, err = run(capsys, "demo", "--households", "5")
    assert code == 1 and out == "" and err == "error: only the coordinator may do this (demo)\n"
    assert dump(store) == before


def test_a_formula_without_a_saved_value_is_named_and_nothing_imported(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["household_ref", "point", "first_name", "last_name", "birth_date"])
    book.active.append(["1", "MON", "Nicolò", "Rossi", "=DATE(1972,1,2)"])
    path = tmp_path / "formule.xlsx"
    book.save(path)
    before = dump(store)
    code, out, err = run(capsys, "import", str(path))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"error: import {path}: 1 bad row, nothing was imported",
        "line 2: birth_date: the formula '=DATE(1972,1,2)' has no saved value: open the "
        "file in a spreadsheet program and save it, or type the value itself",
    ]
    assert dump(store) == before


def test_italian_headings_import_and_are_named(store: Store, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "famiglie.csv"
    path.write_text("Rif. nucleo;Punto;Comune;Indirizzo;Nome;Cognome;Data di nascita;Sesso\n"
                    "1;MON;Montichiari;Via Roma 1;Nicolò;Rossi;01/01/1980;M\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert code == 0
    assert out == "imported 1 households with 1 persons from 1 rows\n"  # as ever
    assert err == ("note: headings read as columns: 'Rif. nucleo' as household_ref, 'Punto' "
                   "as point, 'Comune' as municipality, 'Indirizzo' as address, 'Nome' as "
                   "first_name, 'Cognome' as last_name, 'Data di nascita' as birth_date, "
                   "'Sesso' as sex\n")
