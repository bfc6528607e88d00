"""A bundle imported from the command line while the app writes to the same store: the
import waits for the write to end, then applies (spec/cli.md, "Conventions")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from genera_desktop.services import records
from tests.sync.syncnet import ADMIN, PASSWORD, Net


def test_a_sync_import_waits_for_a_writer_then_applies(net: Net) -> None:
    household = net.household("mon", address="Via Solferino 3")
    bundle = net.export("mon", "coord")
    env = {**os.environ, "GENERA_USER": ADMIN, "GENERA_PASSWORD": PASSWORD}
    env.pop("GENERA_DEBUG", None)
    with net.stores["coord"].unit_of_work() as uow:  # the desk saving a household
        records.add(uow, "household", {"point": "CAL", "address": "Via Mazzini 9"})
        uow.session.flush()
        proc = subprocess.Popen(
            [sys.executable, "-m", "genera_desktop.cli", "--data-dir",
             str(net.root / "coord"), "sync", "import", str(bundle), "--json"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)  # the import has read the store by now and waits for the lock
        assert proc.poll() is None
        uow.commit()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert json.loads(out)[0]["applied"] > 0
    assert net.get("coord", "household", household) is not None
