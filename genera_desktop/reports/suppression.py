"""Small counts in the files that leave the coordinator: hidden, and not recomputable.

A count under 5 can point at one family, so the XLSX and PDF show it as "<5" (primary
suppression). That alone is not enough: when a table's cells add up to a total shown in
the file, a single hidden cell is the total minus the others (VIS "<5", the other
points 52 + 58 + 47 + 117 + 23, total 300: VIS = 3). So every such sum is declared as a
``Relation``, and more cells are hidden (secondary suppression, shown as "n.d.") until
no "<5" cell can be narrowed by any reader: whatever the file shows, each could still be
anything from 1 (or 0) to 4.

How a reader narrows a hidden cell: a "<5" cell is between its floor (1 where a row
exists only for a count above zero, else 0) and 4; an "n.d." cell is 5 or more; the
hidden cells of a relation add up to its total minus its shown cells. ``feasible``
tightens every hidden cell's range by each relation in turn until nothing changes. On
relations that share cells only as a forest (no two relations linked twice, directly or
round a loop), that is exactly what a reader can work out; ``suppress`` refuses
relations that are not such a forest rather than give a false assurance.

The rule: while some "<5" cell is narrowed, hide the smallest shown cell tied to it that
protects it alone (else the smallest, and look again); a sum's cells go before its
total. Tables that share a total (by point, by comune and by status all add up to the
households reached) are each protected against that total.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

SMALL = 5
SUPPRESSED = "<5"
WITHHELD = "n.d."

PRIMARY, SECONDARY = "primary", "secondary"
INF = math.inf


@dataclass(eq=False)
class Count:
    """One count the file shows. ``floor`` is the least a reader knows it can be: 1 for a
    row that exists only when its count is above zero, else 0."""

    value: int
    floor: int = 0
    hidden: str | None = None

    @property
    def shown(self) -> int | str:
        """The count as the file prints it."""
        if self.hidden == PRIMARY:
            return SUPPRESSED
        if self.hidden == SECONDARY:
            return WITHHELD
        return self.value


@dataclass(eq=False)
class Relation:
    """``parts`` add up to ``total``; or to less than it, when the total also counts
    things the parts leave out (``open``, e.g. the weeks of the last year against every
    household reached). Whether it is open is read from the values: a reader who assumed
    a closed sum would be right exactly when it is closed."""

    parts: list[Count]
    total: Count
    open: bool = field(init=False)

    def __post_init__(self) -> None:
        given = sum(p.value for p in self.parts)
        if given > self.total.value:
            raise ValueError(f"parts add up to {given}, more than their total "
                             f"{self.total.value}")
        self.open = given < self.total.value


def suppress(counts: Iterable[Count], relations: Sequence[Relation]) -> None:
    """Hide every count under 5, then more until none of them can be narrowed.

    ``counts`` in the order the file shows them (the first narrowed cell is protected
    first, so the outcome does not depend on a set's order).
    """
    ordered = list(counts)
    _check_forest(relations)
    for count in ordered:
        if count.value < SMALL:
            count.hidden = PRIMARY
    position = {id(c): i for i, c in enumerate(ordered)}
    beyond_help: set[int] = set()
    while True:
        ranges = feasible(relations)
        exposed = next((c for c in ordered if c.hidden == PRIMARY and id(c) not in beyond_help
                        and not _protected(c, ranges)), None)
        if exposed is None:
            return
        chosen = _next_to_hide(exposed, relations, position)
        if not chosen:  # every cell of its sums is hidden already: nothing more to give
            beyond_help.add(id(exposed))
        for count in chosen:
            count.hidden = SECONDARY


def _protected(count: Count, ranges: dict[int, tuple[float, float]]) -> bool:
    lo, hi = ranges.get(id(count), (count.floor, SMALL - 1))
    return lo <= max(count.floor, 1) and hi >= SMALL - 1


def _next_to_hide(exposed: Count, relations: Sequence[Relation],
                  position: dict[int, int]) -> list[Count]:
    """The cells to hide next for ``exposed``, chosen among the shown cells of the sums
    tied to it. A cell that is itself the total of a breakdown comes with that
    breakdown's smallest shown cell (else the breakdown would give it back). Preferred:
    what protects ``exposed`` at once, a sum's cells before a total that is no one's cell
    (the figures people read first), the least hidden; else the smallest cell, to make
    progress."""
    linked = _linked(exposed, relations, through_shown=True)
    is_part = {id(p) for r in relations for p in r.parts}
    candidates = sorted(
        {id(c): c for r in linked for c in (*r.parts, r.total) if c.hidden is None}.values(),
        key=lambda c: (id(c) not in is_part, c.value, position.get(id(c), 0)))
    best: tuple[tuple[bool, int], list[Count]] | None = None
    for candidate in candidates:
        group = _with_breakdowns(candidate, relations)
        for count in group:
            count.hidden = SECONDARY
        try:
            if _protected(exposed, feasible(_linked(exposed, relations))):
                cost = (id(candidate) not in is_part, sum(c.value for c in group))
                if best is None or cost < best[0]:
                    best = (cost, group)
        finally:
            for count in group:
                count.hidden = None
    if best is not None:
        return best[1]
    return candidates[:1]


def _with_breakdowns(count: Count, relations: Sequence[Relation]) -> list[Count]:
    """``count`` and, for each sum it is the total of, that sum's smallest shown cell
    (and so on down), so that hiding it does not leave it recomputable."""
    group = [count]
    for relation in relations:
        if relation.total is not count:
            continue
        shown = [p for p in relation.parts if p.hidden is None and all(p is not g for g in group)]
        if shown:
            for extra in _with_breakdowns(min(shown, key=lambda c: c.value), relations):
                if all(extra is not g for g in group):
                    group.append(extra)
    return group


def _linked(count: Count, relations: Sequence[Relation], *,
            through_shown: bool = False) -> list[Relation]:
    """The relations tied to ``count``: those holding it, and those sharing a hidden count
    (any count, ``through_shown``) with one of them, and so on."""
    found: list[Relation] = []
    frontier = [count]
    seen = {id(count)}
    while frontier:
        current = frontier.pop()
        for relation in relations:
            members = (*relation.parts, relation.total)
            if any(m is current for m in members) and all(r is not relation for r in found):
                found.append(relation)
                for member in members:
                    if (member.hidden is not None or through_shown) and id(member) not in seen:
                        seen.add(id(member))
                        frontier.append(member)
    return found


def _start(count: Count) -> tuple[float, float]:
    if count.hidden == PRIMARY:
        return (count.floor, SMALL - 1)
    return (max(count.floor, SMALL), INF)


def feasible(relations: Sequence[Relation]) -> dict[int, tuple[float, float]]:
    """What a reader can work out: each hidden count's range (by ``id``), from its label
    and the relations, tightened until nothing changes."""
    ranges: dict[int, tuple[float, float]] = {}
    for relation in relations:
        for count in (*relation.parts, relation.total):
            if count.hidden is not None and id(count) not in ranges:
                ranges[id(count)] = _start(count)
    for _ in range(1000):  # integer bounds only move inwards: this ends long before
        changed = False
        for relation in relations:
            changed |= _tighten(relation, ranges)
        if not changed:
            break
    return ranges


def _tighten(relation: Relation, ranges: dict[int, tuple[float, float]]) -> bool:
    """Tighten the ranges of a relation's hidden counts by the relation; True if any
    moved. The relation read as: sum of (sign * value) over its terms = constant."""
    terms: list[tuple[int, float, float]] = []  # (sign, lo, hi) of each unknown
    keys: list[int | None] = []
    constant = 0.0
    for count, sign in [(p, 1) for p in relation.parts] + [(relation.total, -1)]:
        if count.hidden is None:
            constant -= sign * count.value
        else:
            lo, hi = ranges[id(count)]
            terms.append((sign, lo, hi))
            keys.append(id(count))
    if relation.open:  # what the total counts beyond the parts: 0 or more
        terms.append((1, 0, INF))
        keys.append(None)
    if not terms:
        return False
    low = [s * lo if s > 0 else s * hi for s, lo, hi in terms]
    high = [s * hi if s > 0 else s * lo for s, lo, hi in terms]
    low_sum, high_sum = _Sum(low), _Sum(high)
    changed = False
    for index, key in enumerate(keys):
        if key is None:
            continue
        sign, lo, hi = terms[index]
        # sign * x = constant - rest, the rest between the sums of the others' bounds
        a = constant - high_sum.without(high[index])
        b = constant - low_sum.without(low[index])
        new_lo, new_hi = (a, b) if sign > 0 else (-b, -a)
        new_lo, new_hi = max(lo, _whole(new_lo, math.ceil)), min(hi, _whole(new_hi, math.floor))
        if (new_lo, new_hi) != (lo, hi):
            ranges[key] = (new_lo, new_hi)
            changed = True
    return changed


class _Sum:
    """A sum of bounds, some infinite (all of one sign), that can leave one term out."""

    def __init__(self, values: list[float]) -> None:
        self.finite = sum(v for v in values if not math.isinf(v))
        self.infinite = [v for v in values if math.isinf(v)]

    def without(self, value: float) -> float:
        if math.isinf(value):
            return self.infinite[0] if len(self.infinite) > 1 else self.finite
        return self.infinite[0] if self.infinite else self.finite - value


def _whole(value: float, rounding: Callable[[float], int]) -> float:
    """Counts are whole: a bound rounds inwards (an infinite one stays as it is)."""
    return value if math.isinf(value) else rounding(value)


def _check_forest(relations: Sequence[Relation]) -> None:
    """Refuse relations linked in a loop: ``feasible`` would then be too hopeful."""
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for relation in relations:
        for count in (*relation.parts, relation.total):
            a, b = root(id(relation)), root(id(count))
            if a == b:
                raise ValueError("the report's sums share cells in a loop: suppression "
                                 "could not be checked")
            parent[a] = b
