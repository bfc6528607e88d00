"""`genera demo`: fill a coordinator's store with the synthetic data of demo_data.

The records go in through the ORM, so change capture stamps every field as it would a
real edit, and they replicate like any other. All in the caller's one transaction:
a cancel (``progress`` returning False) raises Cancelled and the caller's unit of
work rolls everything back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from genera_desktop.domain import settings
from genera_desktop.domain.errors import Cancelled, FieldError, Refused, ValidationFailed
from genera_desktop.services import demo_data, permissions
from genera_desktop.services.coordination import audit
from genera_desktop.services.network.site import site_info
from genera_desktop.services.transaction import writes
from genera_desktop.store import derived
from genera_desktop.store.base import Replicated
from genera_desktop.store.models import MODELS, HousingContext, Point
from genera_desktop.store.settings import set_setting
from genera_desktop.store.uow import UnitOfWork

BATCH = 2000  # records per flush: one executemany per table and one for their stamps
MAX_HOUSEHOLDS = 200_000

Progress = Callable[[int, int], bool]
DEMO_SETTING = settings.DEMO_NETWORK


@writes
def fill_demo_network(uow: UnitOfWork, households: int, seed: int,
                      progress: Progress | None = None) -> dict[str, int]:
    """A new store filled with demo families, all or none, and marked a demo network."""
    counts = fill(uow, households, seed=seed, progress=progress)
    set_setting(uow.session, settings.DEMO_NETWORK, True)
    return counts


@writes
def fill(uow: UnitOfWork, households: int, seed: int = 1, *, today: date | None = None,
         progress: Progress | None = None, batch: int = BATCH) -> dict[str, int]:
    """Add ``households`` synthetic households (and the catalog) and return the count of
    records added per kind; the caller commits.

    Only the coordinator holds catalogs, so only the coordinator may load them. Points
    whose code the store already holds are kept as they are (the generated households
    refer to points by code). The same seed on the same day gives the same records,
    ids included; loading one seed twice is refused rather than half-done.
    ``progress(done, total)`` counts households and may return False to cancel.
    """
    if households < 1 or households > MAX_HOUSEHOLDS:
        raise ValidationFailed([FieldError("households", "out_of_range", f"1-{MAX_HOUSEHOLDS}",
                                           value=households)])
    session = uow.session
    permissions.require_coordinator(site_info(session), "demo")
    today = today or date.today()
    held_points = set(session.scalars(select(Point.code).where(Point.cl % 2 == 1)))
    counts: Counter[str] = Counter()
    pending: list[Replicated] = []
    done = 0
    first_context = True
    # The new rows' search words and sort keys in one go at the end, not a trigger call
    # a row (store/derived.py): a tenth of the fill.
    mark = derived.suspend_inserts(session.connection())
    for kind, record in demo_data.generate(households, seed, today):
        if kind == "point" and record["code"] in held_points:
            continue
        if kind == "housing_context" and first_context:
            first_context = False
            if session.get(HousingContext, record["id"]) is not None:
                raise Refused("demo_seed_used", str(seed))
        if kind == "household":
            done += 1
        # None and [] are what the generator gives for "not said"; False is an answer.
        values = {k: v for k, v in record.items() if v is not None and v != []}
        pending.append(MODELS[kind](**values))
        counts[kind] += 1
        if len(pending) >= batch:
            uow.write_batch(pending)
            if progress is not None and not progress(done, households):
                raise Cancelled()
    uow.write_batch(pending)
    derived.add_inserted(session.connection(), mark)
    audit.record(uow, "import", None, None, {
        "source": "demo", "seed": seed, "households": households, "records": dict(counts),
    })
    session.flush()
    if progress is not None:
        progress(households, households)
    return dict(counts)


