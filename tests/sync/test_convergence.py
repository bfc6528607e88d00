"""Convergence under random operations and random exchanges (hard case 10).

3 to 6 real stores (the coordinator, points, laptops) take random inserts, edits,
deletes, restores and scope changes, and exchange bundles along any pair of sites,
with bundles lost, duplicated and delivered out of order. After full exchanges with
the coordinator, every site holds exactly its scope of the coordinator's records, field
for field, and no record deleted at the coordinator is alive anywhere.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import text

from genera_desktop.domain.errors import GeneraError
from tests.sync.syncnet import MEMBERS, SPARE, Net, copy_network

EXAMPLES = int(os.environ.get("GENERA_SYNC_EXAMPLES", "15"))
STEPS = int(os.environ.get("GENERA_SYNC_STEPS", "40"))
ALL_MEMBERS = [*MEMBERS, *SPARE]
POINTS = {"mon": "MON", "cal": "CAL", "rem": "REM"}
TEXTS = st.sampled_from(["a", "b", "c", "d"])


class Convergence(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.workdir = Path(tempfile.mkdtemp(prefix="genera-conv-"))
        self.net: Net | None = None
        self.records: list[tuple[str, str]] = []  # (kind, id) made anywhere
        self.mailbox: list[tuple[Path, str]] = []  # (bundle, recipient)

    @initialize(members=st.lists(st.sampled_from(ALL_MEMBERS), min_size=2, max_size=5,
                                 unique=True))
    def start(self, members: list[str]) -> None:
        names = ("coord", *sorted(members))
        self.net = Net(copy_network(self.template, self.workdir / "net", names), list(names))
        self.sites = list(names)

    # -- helpers ------------------------------------------------------------------------

    @property
    def n(self) -> Net:
        assert self.net is not None
        return self.net

    def attempt(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """An operation a site may refuse (scope, a deleted record): then it is a no-op."""
        try:
            return action(*args, **kwargs)
        except GeneraError:
            return None

    def pick(self, data: st.DataObject, kind: str | None = None) -> tuple[str, str] | None:
        pool = [r for r in self.records if kind is None or r[0] == kind]
        return data.draw(st.sampled_from(pool)) if pool else None

    # -- operations ---------------------------------------------------------------------

    @rule(data=st.data())
    def add_household(self, data: st.DataObject) -> None:
        site = data.draw(st.sampled_from(self.sites))
        point = POINTS.get(site) or data.draw(st.sampled_from(sorted(POINTS.values())))
        context = data.draw(st.sampled_from([None, "A", "B"]))
        fields: dict[str, Any] = {"point": point, "address": data.draw(TEXTS)}
        if context:
            fields["housing_context"] = self.n.ctx[context]
        rid = self.attempt(self.n.add, site, "household", fields)
        if rid:
            self.records.append(("household", rid))

    @rule(data=st.data())
    def add_person(self, data: st.DataObject) -> None:
        site = data.draw(st.sampled_from(self.sites))
        hh = self.pick(data, "household")
        if hh:
            rid = self.attempt(self.n.person, site, hh[1], data.draw(TEXTS))
            if rid:
                self.records.append(("person", rid))

    @rule(data=st.data())
    def add_visit(self, data: st.DataObject) -> None:
        site = data.draw(st.sampled_from(self.sites))
        hh = self.pick(data, "household")
        fields = {"housing_context": self.n.ctx[data.draw(st.sampled_from(["A", "B"]))],
                  "date": "2026-06-01"}
        if hh and data.draw(st.booleans()):
            fields["household"] = hh[1]
        rid = self.attempt(self.n.add, site, "visit", fields)
        if rid:
            self.records.append(("visit", rid))

    @rule(data=st.data())
    def edit(self, data: st.DataObject) -> None:
        record = self.pick(data)
        if record:
            site = data.draw(st.sampled_from(self.sites))
            field = {"household": "notes", "person": "first_name", "visit": "notes"}[record[0]]
            self.attempt(self.n.update, site, record[0], record[1], {field: data.draw(TEXTS)})

    @rule(data=st.data())
    def delete_or_restore(self, data: st.DataObject) -> None:
        record = self.pick(data)
        if record:
            site = data.draw(st.sampled_from(self.sites))
            action = self.n.delete if data.draw(st.booleans()) else self.n.restore
            self.attempt(action, site, *record)

    @rule(data=st.data())
    def move_household(self, data: st.DataObject) -> None:
        record = self.pick(data, "household")
        if record:
            site = data.draw(st.sampled_from(self.sites))
            point = data.draw(st.sampled_from(sorted(POINTS.values())))
            self.attempt(self.n.update, site, "household", record[1], {"point": point})

    @rule(data=st.data())
    def give_context(self, data: st.DataObject) -> None:
        context = self.n.ctx[data.draw(st.sampled_from(["A", "B"]))]
        custode = data.draw(st.sampled_from(["l1", "l2", None]))
        value = self.n.ids.get(custode) if custode else None
        if custode and value is None:
            value = self.template_id(custode)
        self.attempt(self.n.update, "coord", "housing_context", context, {"custode_site": value})

    def template_id(self, name: str) -> str:
        with self.n.stores["coord"].sessionmaker() as s:
            return str(s.execute(text("SELECT site_id FROM site WHERE name = :n"),
                                 {"n": {"l1": "Laptop Anna", "l2": "Laptop Bruno"}[name]}
                                 ).scalar_one())

    # -- exchanges ----------------------------------------------------------------------

    @rule(data=st.data())
    def export(self, data: st.DataObject) -> None:
        frm = data.draw(st.sampled_from(self.sites))
        to = data.draw(st.sampled_from([s for s in self.sites if s != frm]))
        path = self.attempt(self.n.export, frm, to, full=data.draw(st.integers(0, 9)) == 0)
        if path:
            self.mailbox.append((path, to))

    @rule(data=st.data())
    def deliver(self, data: st.DataObject) -> None:
        if not self.mailbox:
            return
        index = data.draw(st.integers(0, len(self.mailbox) - 1))
        path, to = self.mailbox[index]
        if not data.draw(st.booleans()):  # else kept: it may be delivered twice
            del self.mailbox[index]
        self.n.load(to, path)  # never refused here: a refusal fails the test

    @rule(data=st.data())
    def lose(self, data: st.DataObject) -> None:
        if self.mailbox:
            del self.mailbox[data.draw(st.integers(0, len(self.mailbox) - 1))]

    # -- the end ------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if self.net is not None:
                self.check()
        finally:
            if self.net is not None:
                self.net.close()
            shutil.rmtree(self.workdir, ignore_errors=True)

    def check(self) -> None:
        net = self.n
        members = [s for s in self.sites if s != "coord"]
        for _ in range(3):
            for m in members:
                net.send(m, "coord")
            for m in members:
                net.send("coord", m)
        coord_lines = net.dump("coord")
        households, custodes, deleted = self.coordinator_state()
        for m in members:
            expected = [line for line in coord_lines if self.in_scope(m, json.loads(line),
                                                                     households, custodes)]
            got = net.dump(m)
            assert got == expected, f"{m} differs from its scope of the coordinator"
            alive = {json.loads(line)["id"] for line in got}
            assert not alive & deleted, f"{m} holds records deleted at the coordinator"

    def coordinator_state(self) -> tuple[dict[str, tuple[Any, Any]], dict[str, Any], set[str]]:
        with self.n.stores["coord"].sessionmaker() as s:
            households = {r[0]: (r[1], r[2]) for r in s.execute(
                text("SELECT id, point, housing_context FROM household"))}
            custodes = {r[0]: r[1] for r in s.execute(
                text("SELECT id, custode_site FROM housing_context"))}
            deleted = set()
            for table in ("household", "person", "visit"):
                deleted |= {r[0] for r in s.execute(
                    text(f"SELECT id FROM {table} WHERE cl % 2 = 0"))}
        return households, custodes, deleted

    def in_scope(self, site: str, rec: dict[str, Any], households: dict[str, Any],
                 custodes: dict[str, Any]) -> bool:
        kind = rec["kind"]
        if kind in ("point", "housing_context"):
            return True
        site_id = self.n.ids[site]
        if site in POINTS:
            def held(h: str | None) -> bool:
                return h in households and households[h][0] == POINTS[site]
        else:
            def held(h: str | None) -> bool:
                return h in households and custodes.get(households[h][1]) == site_id
        if kind == "household":
            return held(rec["id"])
        if kind == "visit" and site not in POINTS and \
                custodes.get(rec.get("housing_context")) == site_id:
            return True
        return held(rec.get("household"))


def test_hard_case_10_convergence_under_random_operations_and_exchanges(
        template: Path) -> None:
    class Machine(Convergence):
        pass

    Machine.template = template
    run_state_machine_as_test(Machine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
        suppress_health_check=list(HealthCheck),
        # Real stores make each step slow: shrink only when asked to (GENERA_SYNC_SHRINK).
        phases=list(Phase) if os.environ.get("GENERA_SYNC_SHRINK") else
        [Phase.explicit, Phase.reuse, Phase.generate]))
