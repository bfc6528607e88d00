"""Shared fixtures: real encrypted stores in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from genera_desktop.services import records
from genera_desktop.services.network import membership as network  # noqa: E402
from genera_desktop.store import keyring  # noqa: E402
from genera_desktop.store.store import Store  # noqa: E402

# Stores made in-process by tests use a cheap Argon2 setting: each slot records its own
# parameters, so such stores still open normally; the CLI in a subprocess keeps the real
# cost, and tests/integration/test_store.py checks the real default is the strong one.
keyring.KDF_PARAMS = {"memory_cost": 1024, "iterations": 1, "lanes": 1, "length": 32}

ADMIN = "anna"
PASSWORD = "correct-horse-9"


def make_coordinator(data_dir: Path, site_name: str = "Coordinamento") -> Store:
    """A new coordinator store with its administrator, nothing else."""
    created = network.create_network(
        data_dir, network_name="Bassa Bresciana", site_name=site_name,
        admin_user=ADMIN, password=PASSWORD,
    )
    return created.store


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Store]:
    """A coordinator store holding two points and one housing context."""
    store = make_coordinator(tmp_path / "coord")
    with store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari",
                                   "municipality": "Montichiari"})
        records.add(uow, "point", {"code": "CAL", "name": "Punto Calcinato",
                                   "municipality": "Calcinato"})
        uow.commit()
    yield store
    store.close()


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running `genera` in a subprocess on a fresh data folder."""
    env = dict(os.environ)
    env.update({
        "GENERA_DATA_DIR": str(tmp_path / "store"),
        "GENERA_USER": ADMIN,
        "GENERA_PASSWORD": PASSWORD,
    })
    env.pop("GENERA_DEBUG", None)
    return env
