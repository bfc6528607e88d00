"""`genera dump`: every live record, byte-identical wherever the same records are held."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy import select

from genera_desktop.services.permissions import readable_kinds
from genera_desktop.services.records import to_dict
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.uow import UnitOfWork

BATCH = 2000


def dump_lines(uow: UnitOfWork) -> Iterator[str]:
    """JSON Lines, keys sorted, records sorted by kind then id; reading changes nothing.

    The kinds of an access area the user lacks are left out (spec/cli.md); computed
    fields too: a dump holds what was stored.
    """
    session = uow.session
    readable = readable_kinds(session, uow.username)
    for kind in sorted(KINDS):
        if kind not in readable:
            continue
        model = KINDS[kind].model
        query = (
            select(model).where(model.cl % 2 == 1).order_by(model.id)
            .execution_options(yield_per=BATCH)
        )
        for obj in session.scalars(query):
            yield json.dumps(to_dict(obj), ensure_ascii=False, sort_keys=True)
        session.expunge_all()
