"""Money decisions are the coordinator's (spec/programme.md, "Who holds what"): a member
site's change that would make or undo one is refused on import, like a change made out
of scope (the refusal becomes a directive, so the member takes the coordinator's value
back and the sites converge).

The services refuse these at the member already; this is the receiving end's check, for
the change a member made before the coordinator's decision reached it (a point marking
``assessed`` an application the coordinator had just approved) and for any other
writer. With it, every change to what a fund has committed is made at the coordinator,
one transaction after another, each checked against the budget: no fund is overspent,
whatever order the bundles arrive in.
"""

from __future__ import annotations

from typing import Any

# The states a member site may give an application: before any decision.
MEMBER_STATES = frozenset({None, "submitted", "assessed"})


def refused_from_member(kind: str, name: str, value: Any, row: dict[str, Any] | None) -> bool:
    """Whether a member site's change of field ``name`` to ``value`` is the
    coordinator's to make, ``row`` being the record as held here (None: new here)."""
    if kind == "disbursement":
        return True
    if kind != "guarantee_application":
        return False
    decided = row is not None and row.get("status") not in MEMBER_STATES
    if name == "amount_approved":
        return value is not None or (row is not None and row.get(name) is not None)
    if name == "status":
        return decided or value not in MEMBER_STATES
    if name in ("fund", "cl"):
        return decided
    return False
