"""Clock faults (hard case 5): a clock a year ahead, a clock set back, many edits in one
millisecond; and the quarantine that keeps a far-future stamp from winning."""

from __future__ import annotations

import pytest
from sqlalchemy import text

import genera_desktop.sync.clock as clock
from genera_desktop.domain.errors import ClockSetBack
from genera_desktop.services.network import sync
from genera_desktop.sync.clock import COUNTER_MAX, FUTURE_TOLERANCE_MS, HybridClock, unpack
from tests.sync.syncnet import Net

YEAR_MS = 365 * 24 * 3600 * 1000


def max_stamp(net: Net, site: str) -> int:
    with net.stores[site].sessionmaker() as s:
        return int(s.execute(text("SELECT COALESCE(MAX(hlc), 0) FROM field_clock "
                                  "WHERE hlc < :erase"), {"erase": 1 << 62}).scalar_one())


def test_hard_case_5_a_clock_a_year_ahead_is_quarantined_and_decided(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    hh = net.household("coord", housing_context=net.ctx["A"], phone="030 1000000")
    net.roundtrip("mon", "l1")
    real = clock.wall_ms()
    monkeypatch.setattr(clock, "wall_ms", lambda: real + YEAR_MS)
    net.update("l1", "household", hh, {"phone": "030 9999999", "notes": "dal futuro"})
    ahead = net.export("l1", "coord")
    monkeypatch.setattr(clock, "wall_ms", lambda: real)
    report = net.load("coord", ahead)
    assert report.quarantined == 2 and report.applied == 0
    assert net.get("coord", "household", hh)["phone"] == "030 1000000"
    with net.stores["coord"].unit_of_work() as uow:
        held = {q["field"]: q for q in sync.quarantine_list(uow)}
    assert set(held) == {"phone", "notes"}
    assert held["phone"]["site"] == "Laptop Anna"
    with net.stores["coord"].unit_of_work() as uow:
        assert sync.quarantine_decide(uow, held["phone"]["id"], accept=True) == "accepted"
    with net.stores["coord"].unit_of_work() as uow:
        assert sync.quarantine_decide(uow, held["notes"]["id"], accept=False) == "rejected"
    assert net.get("coord", "household", hh)["phone"] == "030 9999999"
    # The laptop's date is still wrong and its guard sees the correct one as set back.
    with pytest.raises(ClockSetBack):
        net.update("l1", "household", hh, {"phone": "030 7777777"})
    report = net.send("coord", "l1")
    assert report.clock_ahead
    net.send("coord", "mon")
    for site in ("coord", "mon", "l1"):
        got = net.get(site, "household", hh)
        assert got["phone"] == "030 9999999", site
        assert "notes" not in got, site
        assert unpack(max_stamp(net, site))[0] < real + FUTURE_TOLERANCE_MS, site
    # Its clock was reset from the coordinator's: it edits again, and its edit wins.
    net.update("l1", "household", hh, {"phone": "030 7777777"})
    net.roundtrip("mon", "l1")
    for site in ("coord", "mon", "l1"):
        assert net.get(site, "household", hh)["phone"] == "030 7777777", site


def test_hard_case_5_a_clock_set_back_refuses_edits_not_bundles(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    hh = net.household("mon")
    net.update("mon", "household", hh, {"notes": "prima"})
    real = clock.wall_ms()
    monkeypatch.setattr(clock, "wall_ms", lambda: real - 10 * 60 * 1000)
    with pytest.raises(ClockSetBack):
        net.update("mon", "household", hh, {"phone": "030 1234567"})
    # The edits already made still travel (issue 15: the custode's week of visits).
    report = net.load("coord", net.export("mon", "coord"))
    assert report.applied and net.get("coord", "household", hh)["notes"] == "prima"
    with pytest.raises(ClockSetBack):  # and the guard still holds
        net.update("mon", "household", hh, {"phone": "030 1234567"})
    monkeypatch.setattr(clock, "wall_ms", lambda: real)
    net.update("mon", "household", hh, {"phone": "030 1234567"})
    net.send("mon", "coord")
    assert net.get("coord", "household", hh)["phone"] == "030 1234567"


def test_hard_case_5_many_edits_in_one_millisecond(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = clock.wall_ms() + 1000
    hc = HybridClock(now=lambda: frozen)
    stamps = [hc.tick() for _ in range(COUNTER_MAX + 10)]
    assert stamps == sorted(set(stamps))  # strictly increasing
    assert unpack(stamps[-1])[0] == frozen + 1  # the counter overflowed into the next ms
    monkeypatch.setattr(clock, "wall_ms", lambda: frozen)
    hh = net.household("mon")
    for i in range(200):
        net.update("mon", "household", hh, {"notes": f"nota {i}"})
    net.send("mon", "coord")
    assert net.get("coord", "household", hh)["notes"] == "nota 199"
    assert unpack(max_stamp(net, "mon")) == (frozen, 200)


def test_an_import_moves_the_clock_past_the_stamps_it_applied(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    hh = net.household("coord")
    net.send("coord", "mon")
    ahead = clock.wall_ms() + 60 * 60 * 1000  # an hour ahead: not quarantined
    monkeypatch.setattr(clock, "wall_ms", lambda: ahead)
    net.update("coord", "household", hh, {"phone": "030 8888888"})
    bundle = net.export("coord", "mon")
    monkeypatch.undo()
    report = net.load("mon", bundle)
    assert report.applied == 1 and report.quarantined == 0
    with net.stores["mon"].sessionmaker() as s:
        hlc = s.execute(text("SELECT hlc FROM clock_state")).scalar_one()
    assert hlc >= max_stamp(net, "coord")
    net.update("mon", "household", hh, {"phone": "030 9999990"})  # later, so it wins
    assert net.get("mon", "household", hh)["phone"] == "030 9999990"
    with net.stores["mon"].sessionmaker() as s:
        mine = s.execute(text("SELECT hlc FROM field_clock WHERE rid = :r AND "
                              "field = 'phone'"), {"r": hh}).scalar_one()
    assert mine > hlc


DAY_MS = 24 * 3600 * 1000


def test_a_clock_that_ran_ahead_and_was_corrected_still_sends_its_week(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15: a custode's laptop ran two days ahead, its date was fixed; the week's
    visits still go to the coordinator, whose answer resets the guard."""
    hh = net.household("coord", housing_context=net.ctx["A"])
    net.roundtrip("mon", "l1")
    real = clock.wall_ms()
    monkeypatch.setattr(clock, "wall_ms", lambda: real + 2 * DAY_MS)
    visit = net.add("l1", "visit", {"housing_context": net.ctx["A"], "household": hh,
                                    "date": "2026-03-02", "notes": "tutto bene"})
    monkeypatch.setattr(clock, "wall_ms", lambda: real)  # the date corrected
    with pytest.raises(ClockSetBack):
        net.update("l1", "visit", visit, {"notes": "aggiunta"})
    report = net.send("l1", "coord")  # refused before the fix: "set back"
    assert report.quarantined and net.get("coord", "visit", visit) is None
    with net.stores["coord"].unit_of_work() as uow:
        for held in sync.quarantine_list(uow):
            sync.quarantine_decide(uow, held["id"], accept=True)
    assert net.get("coord", "visit", visit)["notes"] == "tutto bene"
    assert net.send("coord", "l1").clock_ahead
    net.update("l1", "visit", visit, {"notes": "aggiunta"})  # the guard was reset
    net.send("l1", "coord")
    assert net.get("coord", "visit", visit)["notes"] == "aggiunta"


def test_genera_sync_export_works_after_the_date_was_set_back(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line: the export is written; an edit is still refused."""
    import os
    import subprocess
    import sys

    hh = net.household("mon")
    real = clock.wall_ms()
    monkeypatch.setattr(clock, "wall_ms", lambda: real + 2 * DAY_MS)
    net.update("mon", "household", hh, {"notes": "dal futuro"})
    monkeypatch.undo()  # this process and the commands below read the real clock
    env = {**os.environ, "GENERA_USER": "anna", "GENERA_PASSWORD": "correct-horse-9",
           "GENERA_DATA_DIR": str(net.root / "mon")}
    env.pop("GENERA_DEBUG", None)

    def genera(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "genera_desktop.cli", *argv], env=env,
                              capture_output=True, text=True, timeout=120)

    out = net.root / "settimana.genera"
    done = genera("sync", "export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    refused = genera("household", "update", hh, "--json", '{"phone": "030 1234567"}')
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert refused.stderr.startswith("error: ") and "set back" in refused.stderr
    assert "phone" not in (net.get("mon", "household", hh) or {})
    assert net.load("coord", out).quarantined  # the bundle is whole: its edit is held
