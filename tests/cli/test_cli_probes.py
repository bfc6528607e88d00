"""The small findings of the probes (issue 10, point 6) at the command line: the store
owner-only, dates said as dates, the recovery key's variable named, weak passwords
refused, a Windows-1252 CSV from Excel read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from genera_desktop.cli import main
from genera_desktop.services import records
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD, make_coordinator


def genera(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "genera_desktop.cli", *argv], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data_dir = tmp_path / "store"
    store = make_coordinator(data_dir)
    with store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
        uow.commit()
    store.close()
    monkeypatch.setenv("GENERA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    yield data_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_store_is_its_owner_s_alone(cli_env: dict[str, str]) -> None:
    old = os.umask(0o022)  # the usual: files readable by all unless told otherwise
    try:
        created = genera("network", "create", "--name", "Bassa", "--site-name", "Coord",
                         "--admin-user", ADMIN, env=cli_env)
        assert created.returncode == 0, created.stderr
        added = genera("point", "add", "--json", '{"code": "MON", "name": "Punto"}',
                       env=cli_env)
        assert added.returncode == 0, added.stderr
    finally:
        os.umask(old)
    folder = Path(cli_env["GENERA_DATA_DIR"])
    assert folder.stat().st_mode & 0o777 == 0o700
    files = [p for p in folder.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"genera.db", "keys.json"}
    assert {p.name: p.stat().st_mode & 0o777 for p in files} == \
        {p.name: 0o600 for p in files}


def test_an_error_says_a_date_as_a_date(store_dir: Path, capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    code, out, _ = run(capsys, "household", "add", "--json", '{"point": "MON"}')
    household = out.strip()
    code, out, err = run(capsys, "person", "add", "--json", json.dumps({
        "household": household, "first_name": "Nicolò", "last_name": "Rossi",
        "birth_date": "2099-01-01"}))
    assert code == 1 and out == ""
    assert "'2099-01-01'" in err and "datetime" not in err, err
    csv = tmp_path / "a.csv"
    csv.write_text("household_ref,point,first_name,last_name,birth_date\n"
                   "1,MON,Nicolò,Rossi,01/01/2099\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(csv))
    assert code == 1
    assert "line 2: birth_date: '2099-01-01' must be a birth date" in err
    assert "datetime" not in err


def test_recover_help_names_the_recovery_key_variable(capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    with pytest.raises(SystemExit):
        main(["user", "recover", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "The key: --recovery-key KEY, or GENERA_RECOVERY_KEY" in text
    assert "The new password: GENERA_NEW_PASSWORD" in text
    with pytest.raises(SystemExit):
        main(["user", "--help"])
    listing = " ".join(capsys.readouterr().out.split())
    # The key was said to come from the password's variable.
    assert "recovery key (--recovery-key or GENERA_RECOVERY_KEY)" in listing
    assert "(GENERA_PASSWORD)" not in listing


@pytest.mark.parametrize(("password", "says"), [
    ("12345678", "must be at least 10 characters long"),
    ("1234567890", "commonest passwords"),
    ("password123", "commonest passwords"),
    ("Juventus1897", "commonest passwords"),
    ("bruno2024!!", "commonest passwords"),  # the user's own name and digits
])
def test_a_weak_password_is_refused(store_dir: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch, password: str,
                                    says: str) -> None:
    keys = (store_dir / "keys.json").read_bytes()
    monkeypatch.setenv("GENERA_NEW_PASSWORD", password)
    code, out, err = run(capsys, "user", "add", "bruno", "--role", "operator")
    assert code == 1 and out == ""
    assert err.startswith("error: password: ") and err.count("\n") == 1, err
    assert says in err and password not in err
    assert (store_dir / "keys.json").read_bytes() == keys
    monkeypatch.setenv("GENERA_NEW_PASSWORD", "tulipano-giallo-7")
    code, _, err = run(capsys, "user", "add", "bruno", "--role", "operator")
    assert code == 0, err
    Store.open(store_dir, "bruno", "tulipano-giallo-7").close()


def test_an_excel_csv_in_windows_1252_with_semicolons_imports(
        store_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "famiglie.csv"
    path.write_bytes(("household_ref;point;municipality;address;first_name;last_name\r\n"
                      "F1;MON;Montichiari;Via dell'Università 3;Nicolò;Rossi\r\n"
                      ).encode("cp1252"))
    code, out, err = run(capsys, "import", str(path))
    assert (code, err) == (0, "")
    assert out == "imported 1 households with 1 persons from 1 rows\n"
    code, out, _ = run(capsys, "person", "list", "--json")
    assert json.loads(out)[0]["first_name"] == "Nicolò"
