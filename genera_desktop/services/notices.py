"""Warnings a service gives as data: the write succeeds, the caller shows them.

A rule that warns instead of refusing (spec/programme.md: "A rule this page calls a
warning does not refuse") calls ``warn``; whoever asked for the write collects them
with ``collect()`` around the call: the command line prints one ``warning:`` line each
(cli/messages.py words them), a page shows them. Nobody collecting: they are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """A warning: its code and a detail (numbers, codes; never personal data)."""

    code: str
    detail: str = ""


_current: ContextVar[list[Notice] | None] = ContextVar("genera_notices", default=None)


def warn(code: str, detail: str = "") -> None:
    """Give a warning to whoever collects them."""
    found = _current.get()
    if found is not None and Notice(code, detail) not in found:
        found.append(Notice(code, detail))


@contextmanager
def collect() -> Iterator[list[Notice]]:
    """Collect the warnings of the service calls made inside the block."""
    found: list[Notice] = []
    token = _current.set(found)
    try:
        yield found
    finally:
        _current.reset(token)
