"""`genera dump`: every live record, byte-identical wherever the same records are held."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from sqlalchemy import select

from genera_desktop.services.records import to_dict
from genera_desktop.services.transaction import reads
from genera_desktop.store.models import MODELS
from genera_desktop.store.uow import UnitOfWork

BATCH = 2000


def dump_lines(uow: UnitOfWork) -> Iterator[str]:
    """JSON Lines, keys sorted, records sorted by kind then id; reading changes nothing."""
    session = uow.session
    for kind in sorted(MODELS):
        model = MODELS[kind]
        query = (
            select(model).where(model.cl % 2 == 1).order_by(model.id)
            .execution_options(yield_per=BATCH)
        )
        for obj in session.scalars(query):
            yield json.dumps(to_dict(obj), ensure_ascii=False, sort_keys=True)
        session.expunge_all()


@reads
def write_dump(uow: UnitOfWork, out: TextIO) -> None:
    """Write every dump line to ``out`` as it is read (a million records stay streamed)."""
    for line in dump_lines(uow):
        out.write(line + "\n")
