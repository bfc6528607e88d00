"""A kind's own rules, checked on every add and update whoever asks (the command line,
a page, an import): one enrolment per person and workshop, an initiative's flow...

The generic services (services/records.py) call ``before_add`` and ``before_update``
with the clean values; an area's package registers its kinds' rules here when it is
imported (services/community/). A kind without rules has none to check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from genera_desktop.store.base import Replicated
from genera_desktop.store.uow import UnitOfWork

# (uow, values) -> the record's id when the kind decides it (a deterministic id), else None
AddRule = Callable[[UnitOfWork, dict[str, Any]], str | None]
# (uow, the record as stored, the values changing)
UpdateRule = Callable[[UnitOfWork, Replicated, dict[str, Any]], None]
# (uow, the record just written, the names of the fields given)
AfterRule = Callable[[UnitOfWork, Replicated, frozenset[str]], None]
# (uow, the deleted record about to come back)
RestoreRule = Callable[[UnitOfWork, Replicated], None]
# (uow, the record about to be deleted on its own, not with its household)
DeleteRule = Callable[[UnitOfWork, Replicated], None]


@dataclass(frozen=True)
class KindRules:
    on_add: AddRule | None = None  # before a record is added: refuse, or give its id
    on_update: UpdateRule | None = None  # before a change: refuse
    after_write: AfterRule | None = None  # after an add or update, in its transaction
    on_restore: RestoreRule | None = None  # before one record's own restore: refuse
    on_delete: DeleteRule | None = None  # before a delete of the record itself: refuse


_RULES: dict[str, KindRules] = {}


def register(kind: str, rules: KindRules) -> None:
    """Give ``kind`` its rules (once, at import of the area's package)."""
    _RULES[kind] = rules


def _rules(kind: str) -> KindRules | None:
    # The packages that register rules; imported here, late, since they use the
    # generic services that call this module.
    import genera_desktop.services.community  # noqa: F401
    import genera_desktop.services.housing  # noqa: F401
    import genera_desktop.services.work  # noqa: F401
    import genera_desktop.services.youth  # noqa: F401

    return _RULES.get(kind)


def before_add(uow: UnitOfWork, kind: str, values: dict[str, Any]) -> str | None:
    """Check a new record's values against its kind's rules (Refused if they break
    one); return the id the kind gives it, if it gives one."""
    rules = _rules(kind)
    if rules is None or rules.on_add is None:
        return None
    return rules.on_add(uow, values)


def before_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    """Check a change against its kind's rules (Refused if it breaks one)."""
    rules = _rules(obj.KIND)
    if rules is not None and rules.on_update is not None:
        rules.on_update(uow, obj, values)


def after_write(uow: UnitOfWork, obj: Replicated, given: frozenset[str]) -> None:
    """What a kind does once one of its records is added or changed (an organisation
    links the referrals that name it)."""
    rules = _rules(obj.KIND)
    if rules is not None and rules.after_write is not None:
        rules.after_write(uow, obj, given)


def before_restore(uow: UnitOfWork, obj: Replicated) -> None:
    """Check that a deleted record may come back as it was (Refused if the rules it
    was written under no longer let it: hours before a safety training moved since)."""
    rules = _rules(obj.KIND)
    if rules is not None and rules.on_restore is not None:
        rules.on_restore(uow, obj)


def before_delete(uow: UnitOfWork, obj: Replicated) -> None:
    """Check a record's own delete against its kind's rules (Refused if it breaks one)."""
    rules = _rules(obj.KIND)
    if rules is not None and rules.on_delete is not None:
        rules.on_delete(uow, obj)
