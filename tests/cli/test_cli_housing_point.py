"""The housing plan's rules at a point, through `genera`: money decisions, the funds
and the zones are the coordinator's; each refusal is exit 1 with one `error:` line and
the point's store unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from genera_desktop.services import records
from genera_desktop.services.network import sync
from tests.conftest import ADMIN, PASSWORD, make_coordinator


@pytest.fixture
def point(cli_env: dict[str, str], tmp_path: Path) -> dict[str, Any]:
    """Point MON joined to a coordinator holding a fund (the invitation brings it)."""
    coordinator = make_coordinator(tmp_path / "coord")
    try:
        for code in ("MON", "CAL"):
            records.add(coordinator, "point", {"code": code, "name": f"Punto {code}"})
        fund = records.add(coordinator, "guarantee_fund", {"name": "Fondo 2026",
                                                           "budget": 1000})
        with coordinator.unit_of_work() as uow:
            sync.invite(uow, site_name="Punto Montichiari", role="point", point_code="MON",
                        out=tmp_path / "mon.invite")
            uow.commit()
    finally:
        coordinator.close()
    sync.join(tmp_path / "mon", tmp_path / "mon.invite", admin_user=ADMIN,
              password=PASSWORD).store.close()
    return {"env": {**cli_env, "GENERA_DATA_DIR": str(tmp_path / "mon")}, "fund": fund}


def genera(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "genera_desktop.cli", *argv], env=env,
                          capture_output=True, text=True, timeout=120)


def ok(env: dict[str, str], *argv: str) -> str:
    done = genera(env, *argv)
    assert done.returncode == 0 and not done.stderr, (argv, done.stderr)
    return done.stdout.strip()


def refused(env: dict[str, str], *argv: str) -> str:
    done = genera(env, *argv)
    assert done.returncode == 1 and done.stdout == "", (argv, done.returncode, done.stdout)
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    return done.stderr


def test_a_point_submits_and_assesses_and_the_coordinator_decides(
        point: dict[str, Any]) -> None:
    env, fund = point["env"], point["fund"]
    household = ok(env, "household", "add", "--json", '{"point": "MON"}')
    ida = ok(env, "person", "add", "--json", json.dumps(
        {"household": household, "first_name": "Ida", "last_name": "Ferri"}))
    app = ok(env, "guarantee_application", "add", "--json", json.dumps(
        {"fund": fund, "household": household, "date": "2026-02-01",
         "amount_requested": 500, "isee_value": 9000}))
    ok(env, "guarantee_application", "update", app, "--json", '{"status": "assessed"}')
    before = ok(env, "dump")
    money = "only the coordinator decides on guarantee money"
    cases = [
        (("guarantee_application", "update", app, "--json", json.dumps(
            {"status": "approved", "amount_approved": 500, "decided_on": "2026-02-03"})),
         money),
        (("guarantee_application", "update", app, "--json", '{"status": "rejected"}'), money),
        (("guarantee_application", "update", app, "--json", '{"amount_approved": 100}'),
         money),
        (("guarantee_application", "add", "--json", json.dumps(
            {"fund": fund, "household": household, "date": "2026-02-02",
             "status": "approved", "amount_approved": 10})), money),
        (("disbursement", "add", "--json", json.dumps(
            {"application": app, "date": "2026-02-05", "amount": 1})), money),
        (("guarantee_fund", "update", fund, "--json", '{"budget": 99999}'),
         "created and changed at the coordinator"),
        (("rent_zone", "add", "--json", json.dumps(
            {"zone": "A", "municipality": "Montichiari", "band_min": 5, "band_max": 8})),
         "created and changed at the coordinator"),
        # A guest of another point's household is not held here: a pact between two
        # points' households is made at the coordinator.
        (("cohousing_pact", "add", "--json", json.dumps(
            {"host": ida, "guest": "01a24e78-0000-7000-8000-000000000000",
             "start_date": "2026-02-01"})), "guest"),
    ]
    for argv, words in cases:
        assert words in refused(env, *argv), argv
    assert ok(env, "dump") == before
    shown = json.loads(ok(env, "guarantee_fund", "show", fund, "--json"))
    assert (shown["committed"], shown["available"]) == (0, 1000)
