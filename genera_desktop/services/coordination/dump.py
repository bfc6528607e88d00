"""`genera dump`: every live record, byte-identical wherever the same records are held.

Only the kinds the user's access covers (services/permissions.py): a dump made by a user
without an access area leaves that area's kinds out, and ``withheld`` names them so the
command line can say the dump is not a whole copy (docs/dev/decisions.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from sqlalchemy import select

from genera_desktop.services import permissions
from genera_desktop.services.records import to_dict
from genera_desktop.services.transaction import reads
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.uow import UnitOfWork

BATCH = 2000


@reads
def withheld(uow: UnitOfWork) -> list[str]:
    """The access areas whose kinds a dump by this user leaves out, sorted (none for
    full access): a line naming two dozen kinds would hide what the user should do."""
    return sorted({KINDS[kind].area or kind
                   for kind in permissions.withheld_kinds(uow.session, uow.username)})


def dump_lines(uow: UnitOfWork) -> Iterator[str]:
    """JSON Lines, keys sorted, records sorted by kind then id; reading changes nothing.

    The kinds of an access area the user lacks are left out (spec/cli.md); computed
    fields too: a dump holds what was stored.
    """
    session = uow.session
    readable = permissions.readable_kinds(session, uow.username)
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


@reads
def write_dump(uow: UnitOfWork, out: TextIO) -> None:
    """Write every dump line to ``out`` as it is read (a million records stay streamed)."""
    for line in dump_lines(uow):
        out.write(line + "\n")
