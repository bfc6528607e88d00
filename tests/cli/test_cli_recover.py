"""`genera user recover --user NAME`: the recovery key gives an administrator a new
password and is replaced; every refusal is one `error:` line and changes nothing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from genera_desktop.domain.errors import AuthFailed
from genera_desktop.services import accounts
from genera_desktop.services.network import membership as network
from genera_desktop.store.keyring import KEYRING_FILE
from genera_desktop.store.store import Store
from tests.conftest import ADMIN, PASSWORD

NEW = "nuova-password-7"
KEY = re.compile(r"\b[A-Z2-7]{5}(?:-[A-Z2-7]{5}){7}\b")


@pytest.fixture
def store_key(cli_env: dict[str, str]) -> str:
    """The store of cli_env, with the operator bruno; its recovery key."""
    created = network.create_network(Path(cli_env["GENERA_DATA_DIR"]),
                                      network_name="Bassa Bresciana", site_name="Coordinamento",
                                      admin_user=ADMIN, password=PASSWORD)
    with created.store.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "operatore-bruno-7")
        accounts.commit_accounts(uow)
    created.store.close()
    return created.recovery_key


def genera(env: dict[str, str], *argv: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "genera_desktop.cli", *argv],
                          env={**env, **extra}, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_the_key_from_the_environment_sets_the_password_and_is_replaced(
        cli_env: dict[str, str], store_key: str) -> None:
    data_dir = Path(cli_env["GENERA_DATA_DIR"])
    result = genera(cli_env, "user", "recover", "--user", ADMIN,
                    GENERA_RECOVERY_KEY=store_key.replace("-", " "), GENERA_PASSWORD=NEW)

    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.count("\n") == 1 and "new password set for anna" in result.stdout
    found = KEY.findall(result.stdout)
    assert len(found) == 1 and found[0] != store_key
    Store.open(data_dir, ADMIN, NEW).close()
    Store.open_with_recovery(data_dir, found[0]).close()
    with pytest.raises(AuthFailed):
        Store.open_with_recovery(data_dir, store_key)
    listed = genera(cli_env, "user", "list", GENERA_PASSWORD=NEW)
    assert listed.returncode == 0 and "anna  admin  active" in listed.stdout


def test_refusals_change_nothing(cli_env: dict[str, str], store_key: str) -> None:
    keys = Path(cli_env["GENERA_DATA_DIR"]) / KEYRING_FILE
    before = keys.read_bytes()
    wrong = ("B" if store_key[0] != "B" else "C") + store_key[1:]

    err = one_error_line(genera(cli_env, "user", "recover", "--user", ADMIN,
                                "--recovery-key", wrong, GENERA_PASSWORD=NEW))
    assert "recovery key does not open the store" in err
    err = one_error_line(genera(cli_env, "user", "recover", "--user", "bruno",
                                "--recovery-key", store_key, GENERA_PASSWORD=NEW))
    assert "no administrator named bruno" in err
    err = one_error_line(genera(cli_env, "user", "recover", "--user", ADMIN,
                                "--recovery-key", store_key, GENERA_PASSWORD="corta"))
    assert "10" in err and "password" in err
    err = one_error_line(genera(cli_env, "user", "recover", "--user", ADMIN))
    assert "no recovery key" in err  # stdin is not a terminal: no prompt to hang on

    assert keys.read_bytes() == before
    Store.open(Path(cli_env["GENERA_DATA_DIR"]), ADMIN, PASSWORD).close()


def test_an_administrator_prints_a_new_key_and_the_old_one_stops_working(
        cli_env: dict[str, str], store_key: str) -> None:
    data_dir = Path(cli_env["GENERA_DATA_DIR"])
    result = genera(cli_env, "user", "new-recovery-key")

    assert (result.returncode, result.stderr) == (0, "")
    new_key = result.stdout.strip()
    assert result.stdout == new_key + "\n" and KEY.fullmatch(new_key) and new_key != store_key
    Store.open_with_recovery(data_dir, new_key).close()
    with pytest.raises(AuthFailed):
        Store.open_with_recovery(data_dir, store_key)
    Store.open(data_dir, ADMIN, PASSWORD).close()  # the password is unchanged


def test_an_operator_cannot_make_a_new_key(cli_env: dict[str, str], store_key: str) -> None:
    keys = Path(cli_env["GENERA_DATA_DIR"]) / KEYRING_FILE
    before = keys.read_bytes()
    err = one_error_line(genera(cli_env, "user", "new-recovery-key", "--user", "bruno",
                                GENERA_PASSWORD="operatore-bruno-7"))
    assert "only an administrator" in err
    assert keys.read_bytes() == before
    Store.open_with_recovery(keys.parent, store_key).close()
