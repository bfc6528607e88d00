"""A point may not delete or restore a guarantee application the coordinator decided
(approved, rejected, disbursed, closed): the coordinator's import would refuse it and
the two sites would disagree about the fund's money. Through `genera`: exit 1, one
`error:` line, the point's store unchanged; the coordinator still may."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from genera_desktop.services import records
from genera_desktop.services.housing import funds
from genera_desktop.services.network import sync
from tests.cli.test_cli_housing_point import genera, ok, refused
from tests.conftest import ADMIN, PASSWORD, make_coordinator

MONEY = "only the coordinator decides on guarantee money"


@pytest.fixture
def decided(cli_env: dict[str, str], tmp_path: Path) -> dict[str, Any]:
    """Point MON joined to a coordinator holding a MON family's applications: one
    approved, one rejected, one still submitted (the invitation brings them)."""
    coordinator = make_coordinator(tmp_path / "coord")
    try:
        for code in ("MON", "CAL"):
            records.add(coordinator, "point", {"code": code, "name": f"Punto {code}"})
        fund = records.add(coordinator, "guarantee_fund", {"name": "Fondo 2026",
                                                           "budget": 1000})
        household = records.add(coordinator, "household", {"point": "MON"})
        records.add(coordinator, "person", {"household": household, "first_name": "Ida",
                                            "last_name": "Ferri"})
        apps = {}
        for status in ("approved", "rejected", "submitted"):
            apps[status] = records.add(coordinator, "guarantee_application", {
                "fund": fund, "household": household, "date": "2026-02-01",
                "amount_requested": 300})
        funds.decide(coordinator, apps["approved"], "approved", decided_on="2026-02-03",
                     amount_approved=300)
        funds.decide(coordinator, apps["rejected"], "rejected", decided_on="2026-02-03")
        with coordinator.unit_of_work() as uow:
            sync.invite(uow, site_name="Punto Montichiari", role="point", point_code="MON",
                        out=tmp_path / "mon.invite")
            uow.commit()
    finally:
        coordinator.close()
    sync.join(tmp_path / "mon", tmp_path / "mon.invite", admin_user=ADMIN,
              password=PASSWORD).store.close()
    sites = {"mon": {**cli_env, "GENERA_DATA_DIR": str(tmp_path / "mon")},
             "coord": {**cli_env, "GENERA_DATA_DIR": str(tmp_path / "coord")},
             "apps": apps, "fund": fund, "household": household, "dir": tmp_path}
    roundtrip(sites)
    return sites


def roundtrip(sites: dict[str, Any]) -> None:
    """The point's bundle to the coordinator (its first completes its enrolment), the
    coordinator's back to the point."""
    mon, coord, folder = sites["mon"], sites["coord"], sites["dir"]
    up, down = folder / "mon-up.bundle", folder / "mon-down.bundle"
    ok(mon, "sync", "export", "--out", str(up))
    ok(coord, "sync", "import", str(up))
    ok(coord, "sync", "export", "--to", "Punto Montichiari", "--out", str(down))
    ok(mon, "sync", "import", str(down))


def test_a_point_may_not_delete_a_decided_application(decided: dict[str, Any]) -> None:
    mon, apps = decided["mon"], decided["apps"]
    before = ok(mon, "dump")
    for status in ("approved", "rejected"):
        line = refused(mon, "guarantee_application", "delete", apps[status])
        assert MONEY in line and f"that is {status}" in line, line
        assert "Ferri" not in line and "Ida" not in line
    assert ok(mon, "dump") == before
    shown = json.loads(ok(mon, "guarantee_fund", "show", decided["fund"], "--json"))
    assert shown["committed"] == 300
    # An application not decided yet is the point's to delete.
    ok(mon, "guarantee_application", "delete", apps["submitted"])
    ok(mon, "guarantee_application", "restore", apps["submitted"])


def test_the_coordinator_deletes_and_a_point_may_not_restore(
        decided: dict[str, Any]) -> None:
    mon, coord, apps = decided["mon"], decided["coord"], decided["apps"]
    ok(coord, "guarantee_application", "delete", apps["approved"])
    shown = json.loads(ok(coord, "guarantee_fund", "show", decided["fund"], "--json"))
    assert shown["committed"] == 0
    roundtrip(decided)
    before = ok(mon, "dump")
    assert apps["approved"] not in before
    line = refused(mon, "guarantee_application", "restore", apps["approved"])
    assert MONEY in line and "restore" in line, line
    assert ok(mon, "dump") == before
    ok(coord, "guarantee_application", "restore", apps["approved"])


def deleted(env: dict[str, str], household: str) -> None:
    done = genera(env, "household", "delete", household)
    assert done.returncode == 0 and done.stderr.startswith("deleted with it:"), done.stderr


def test_a_point_may_not_delete_a_household_with_a_decided_application(
        decided: dict[str, Any]) -> None:
    # The household's delete would take the approved application along, which the
    # coordinator's import refuses: the two sites would disagree about the money.
    mon, coord = decided["mon"], decided["coord"]
    before = ok(mon, "dump")
    line = refused(mon, "household", "delete", decided["household"])
    assert MONEY in line and "that is approved" in line, line
    assert ok(mon, "dump") == before
    deleted(coord, decided["household"])


def test_a_restore_never_spends_a_funds_money_twice(decided: dict[str, Any]) -> None:
    coord, apps = decided["coord"], decided["apps"]
    ok(coord, "guarantee_application", "delete", apps["approved"])
    other = ok(coord, "household", "add", "--json", '{"point": "CAL"}')
    spent = ok(coord, "guarantee_application", "add", "--json", json.dumps({
        "fund": decided["fund"], "household": other, "date": "2026-03-01",
        "amount_requested": 1000}))
    ok(coord, "guarantee_application", "update", spent, "--json", json.dumps(
        {"status": "approved", "amount_approved": 1000, "decided_on": "2026-03-02"}))
    before = ok(coord, "dump")
    line = refused(coord, "guarantee_application", "restore", apps["approved"])
    assert "300" in line, line
    # Nor through its household: deleted and restored, it brings back only what fits.
    ok(coord, "guarantee_application", "update", spent, "--json",
       '{"amount_approved": 700}')
    ok(coord, "guarantee_application", "restore", apps["approved"])
    deleted(coord, decided["household"])
    ok(coord, "guarantee_application", "update", spent, "--json",
       '{"amount_approved": 1000}')
    before = ok(coord, "dump")
    line = refused(coord, "household", "restore", decided["household"])
    assert "300" in line, line
    assert ok(coord, "dump") == before
    shown = json.loads(ok(coord, "guarantee_fund", "show", decided["fund"], "--json"))
    assert shown["committed"] == 1000
