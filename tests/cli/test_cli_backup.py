"""`genera backup --out FILE` and `genera restore FILE`: round trip, refusals, exit codes."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from genera_desktop.cli import main
from genera_desktop.services import records
from genera_desktop.services.network import membership as network
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data_dir = tmp_path / "store"
    created = network.create_network(data_dir, network_name="Bassa Bresciana",
                                      site_name="Coordinamento", admin_user=ADMIN,
                                      password=PASSWORD)
    with created.store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari",
                                   "municipality": "Montichiari"})
        hh = records.add(uow, "household", {"point": "MON", "address": "Via Zanardelli 77"})
        records.add(uow, "person", {"household": hh, "first_name": "Gertrude",
                                    "last_name": "Quintavalle"})
        uow.commit()
    created.store.close()
    (tmp_path / "recovery.txt").write_text(created.recovery_key)
    monkeypatch.setenv("GENERA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GENERA_USER", ADMIN)
    monkeypatch.setenv("GENERA_PASSWORD", PASSWORD)
    monkeypatch.delenv("GENERA_DEBUG", raising=False)
    monkeypatch.chdir(tmp_path)
    yield data_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_backup_then_restore_gives_the_same_dump(store_dir: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "backup", "--out", "week.genera-backup")
    assert (code, err) == (0, "")
    assert "week.genera-backup" in out
    _, before, _ = run(capsys, "dump")
    _, hh, _ = run(capsys, "household", "add", "--json",
                   '{"point": "MON", "address": "Via Dopo 2"}')
    assert run(capsys, "restore", "week.genera-backup", "--check")[0] == 0
    assert "Via Dopo 2" in run(capsys, "dump")[1]  # --check replaces nothing

    code, out, err = run(capsys, "restore", "week.genera-backup")

    assert (code, err) == (0, "")
    assert "replaced store is kept in" in out and "new incarnation" in out
    assert run(capsys, "dump")[1] == before
    aside = [p for p in store_dir.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1
    kept = Store.open(aside[0], ADMIN, PASSWORD)
    kept.close()


def test_restore_into_an_empty_folder_with_the_recovery_key(
        store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(capsys, "backup", "--out", "b.genera-backup")[0] == 0
    _, before, _ = run(capsys, "dump")
    recovery = (tmp_path / "recovery.txt").read_text()
    monkeypatch.setattr("sys.stdin", io.StringIO(recovery + "\n"))  # --recovery-key -
    code, out, err = run(capsys, "--data-dir", "new-pc", "restore", "b.genera-backup",
                         "--recovery-key", "-")
    assert (code, err) == (0, "")
    assert "kept in" not in out  # nothing was there to replace
    assert run(capsys, "--data-dir", "new-pc", "dump")[1] == before


@pytest.mark.parametrize(("env", "args", "message"), [
    ({"GENERA_PASSWORD": "not-the-password"}, [],
     "wrong user name or password for the backup b.genera-backup"),
    ({"GENERA_USER": "nobody"}, [],
     "wrong user name or password for the backup b.genera-backup"),
    ({}, ["--recovery-key", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH"],
     "the recovery key does not open the backup b.genera-backup"),
])
def test_a_refused_restore_replaces_nothing(
        store_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        env: dict[str, str], args: list[str], message: str) -> None:
    assert run(capsys, "backup", "--out", "b.genera-backup")[0] == 0
    before = files_of(store_dir)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    code, out, err = run(capsys, "restore", "b.genera-backup", *args)
    assert (code, out) == (1, "")
    assert err == f"error: {message}\n"
    assert files_of(store_dir) == before


@pytest.mark.parametrize("damage", ["flip", "truncate", "not_a_backup", "missing"])
def test_a_damaged_backup_is_refused_with_one_line(
        store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        damage: str) -> None:
    assert run(capsys, "backup", "--out", "b.genera-backup")[0] == 0
    raw = bytearray((tmp_path / "b.genera-backup").read_bytes())
    bad = tmp_path / "bad.genera-backup"
    if damage == "flip":
        raw[len(raw) // 2] ^= 0x10
        bad.write_bytes(raw)
    elif damage == "truncate":
        bad.write_bytes(raw[: len(raw) - 1000])
    elif damage == "not_a_backup":
        bad.write_text("first_name,last_name\nGertrude,Quintavalle\n")
    before = files_of(store_dir)
    code, out, err = run(capsys, "restore", "bad.genera-backup")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "Traceback" not in err
    expected = {"flip": "is damaged, incomplete or was altered",
                "truncate": "is damaged, incomplete or was altered",
                "not_a_backup": "bad.genera-backup is not a genera backup",
                "missing": "no backup file bad.genera-backup"}[damage]
    assert expected in err
    assert files_of(store_dir) == before


def test_restore_is_for_administrators(store_dir: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERA_NEW_PASSWORD", "bruno-password")
    assert run(capsys, "user", "add", "bruno")[0] == 0
    assert run(capsys, "backup", "--out", "b.genera-backup")[0] == 0
    before = files_of(store_dir)
    monkeypatch.setenv("GENERA_USER", "bruno")
    monkeypatch.setenv("GENERA_PASSWORD", "bruno-password")
    code, _, err = run(capsys, "restore", "b.genera-backup")
    assert code == 1 and err == "error: only an administrator may do this\n"
    assert files_of(store_dir) == before


def test_backup_refusals(store_dir: Path, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, "backup", "--out", "no-such-folder/b.genera-backup")
    assert code == 1 and "the folder no-such-folder does not exist" in err
    monkeypatch.setenv("GENERA_PASSWORD", "not-the-password")
    code, _, err = run(capsys, "backup", "--out", "b.genera-backup")
    assert code == 1 and err.startswith("error: wrong user name or password")
    assert not Path("b.genera-backup").exists()
    with pytest.raises(SystemExit) as usage:
        main(["backup"])
    assert usage.value.code == 2


def test_the_genera_command_in_a_subprocess(cli_env: dict[str, str], tmp_path: Path) -> None:
    def genera(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "genera_desktop.cli", *argv],
                              env=cli_env, cwd=tmp_path, capture_output=True, text=True,
                              timeout=120)

    assert genera("network", "create", "--name", "N", "--site-name", "S",
                  "--admin-user", ADMIN).returncode == 0
    done = genera("backup", "--out", "s.genera-backup")
    assert done.returncode == 0, done.stderr
    done = genera("restore", "s.genera-backup")
    assert done.returncode == 0, done.stderr
    assert genera("network", "status", "--json").returncode == 0
