"""The hybrid logical clock of spec/sync.md: 48-bit UTC milliseconds, 16-bit counter.

A stamp is one int, ``ms << 16 | counter``, so stamps compare as ints; ties between
sites break on the site id, compared as a string, which every site does the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from genera_desktop.domain.errors import ClockSetBack

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1
# How far the wall clock may fall behind our own latest reading before we call it
# "set back" (spec/sync.md rule 4). NTP corrections are seconds, not minutes.
SET_BACK_TOLERANCE_MS = 5 * 60 * 1000
# Changes stamped further ahead than this are quarantined on import.
FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000


def pack(ms: int, counter: int) -> int:
    """Make a stamp from milliseconds and counter."""
    return (ms << COUNTER_BITS) | counter


def unpack(stamp: int) -> tuple[int, int]:
    """Split a stamp into (milliseconds, counter)."""
    return stamp >> COUNTER_BITS, stamp & COUNTER_MAX


def wall_ms() -> int:
    """The wall clock in UTC milliseconds."""
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues monotonic stamps from the wall clock and what this site has seen.

    ``last`` is the highest stamp issued or observed; ``last_wall`` the highest
    wall-clock reading this site made (never a received stamp, or one fast site
    would lock every other one out).
    """

    def __init__(
        self, last: int = 0, last_wall: int = 0, now: Callable[[], int] | None = None
    ) -> None:
        self.last = last
        self.last_wall = last_wall
        # Looked up at each call, so tests (and a clock-fault drill) can move time.
        self._now = now or (lambda: wall_ms())

    def check_wall(self) -> int:
        """Read the wall clock; raise ClockSetBack if it went back too far."""
        wall = self._now()
        if wall < self.last_wall - SET_BACK_TOLERANCE_MS:
            raise ClockSetBack(wall, self.last_wall)
        return wall

    def tick(self, *, guarded: bool = True) -> int:
        """A new stamp, higher than every stamp issued or observed so far.

        ``guarded`` (an edit) raises ClockSetBack on a wall clock set back. Unguarded is
        for what carries edits already made (a bundle's own stamp): such a stamp still
        follows every earlier one, since it never goes below ``last``.
        """
        wall = self.check_wall() if guarded else self._now()
        last_ms, last_counter = unpack(self.last)
        if wall > last_ms:
            ms, counter = wall, 0
        elif last_counter < COUNTER_MAX:
            ms, counter = last_ms, last_counter + 1
        else:  # counter would overflow: borrow the next millisecond
            ms, counter = last_ms + 1, 0
        self.last = pack(ms, counter)
        self.last_wall = max(self.last_wall, wall)
        return self.last

    def observe(self, stamp: int) -> None:
        """Move past a stamp received from another site."""
        if stamp > self.last:
            self.last = stamp

    def reset(self, last: int, wall: int) -> None:
        """Start again from a corrected wall clock (after a date was fixed)."""
        self.last = last
        self.last_wall = wall
