"""What each site holds (spec/sync.md, "Scopes"), as SQL for bundles and as a judge for
changes that arrive.

- coordinator: everything;
- point P: what every site holds, households whose ``point`` is P, everything that
  belongs to them;
- laptop L: what every site holds, households in housing contexts whose
  ``custode_site`` is L, everything that belongs to them, and every record of those
  contexts (visits).

Who owns a kind, and so which of these holds it, is the kind's declaration
(store/kinds.py): catalogs and the shared directory are held everywhere, a point's
records by its sites, a household's (or a person's) like their household.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from genera_desktop.store.kind import COORDINATOR, NETWORK, POINT, KindSpec
from genera_desktop.store.kinds import KINDS
from genera_desktop.sync.tables import chunks, marks


def is_catalog(kind: str) -> bool:
    """Held by every site: a catalog, or the network's shared directory."""
    return KINDS[kind].everywhere


def scope_fields(kind: str) -> tuple[str, ...]:
    """The fields whose change can move a record in or out of a scope."""
    return KINDS[kind].scope_fields()


@dataclass(frozen=True)
class Scope:
    """A site's scope: its role, id and (for a point) point code."""

    role: str
    site_id: str
    point_code: str | None = None

    @property
    def everything(self) -> bool:
        return self.role not in ("point", "laptop")

    def _contexts(self) -> tuple[str, list[Any]]:
        return "SELECT id FROM housing_context WHERE custode_site = ?", [self.site_id]

    def _households(self) -> tuple[str, list[Any]]:
        if self.role == "point":
            return "SELECT id FROM household WHERE point = ?", [self.point_code]
        ctx, params = self._contexts()
        return f"SELECT id FROM household WHERE housing_context IN ({ctx})", params

    def where(self, kind: str) -> tuple[str, list[Any]] | None:
        """An SQL condition on alias ``t`` for the records of ``kind`` in scope; None: all."""
        spec = KINDS[kind]
        if self.everything or spec.everywhere:
            return None
        if spec.owner == POINT:
            if self.role == "point":
                return f"t.{spec.owner_field} = ?", [self.point_code]
            if not spec.context_field:
                return "0", []
            ctx, params = self._contexts()
            return f"t.{spec.context_field} IN ({ctx})", params
        hh, params = self._households()
        cond = f"t.{spec.household_field} IN ({hh})"
        if spec.other_household_field:
            # A pact between two households is held where either is.
            cond = f"({cond} OR t.{spec.other_household_field} IN ({hh}))"
            params = params + params
        if spec.context_field and self.role == "laptop":
            ctx, cparams = self._contexts()
            return f"({cond} OR t.{spec.context_field} IN ({ctx}))", params + cparams
        return cond, params

    def out_where(self, kind: str) -> tuple[str, list[Any]] | None:
        """Records this site holds that are plainly outside its scope, judged on its own
        data; a record whose household it does not hold is not judged. None: none."""
        inside = self.where(kind)
        if inside is None:
            return None
        cond, params = inside
        sql = f"t.cl > 0 AND COALESCE(({cond}), 0) = 0"
        spec = KINDS[kind]
        if spec.owner != POINT:
            field = spec.household_field
            held = f"t.{field} IN (SELECT id FROM household WHERE cl > 0)"
            if spec.other_household_field:
                held = (f"({held} OR t.{spec.other_household_field} IN "
                        "(SELECT id FROM household WHERE cl > 0))")
            # A record of a context may name no household (a visit to the building).
            sql += f" AND (t.{field} IS NULL OR {held})" if spec.context_field else f" AND {held}"
        return sql, params


class ScopeJudge:
    """Was a record in a member's scope when that member changed it? (spec/sync.md:
    "Scope is judged at the time of the change".)

    ``exit_stamp`` is None while the record is in the member's scope (or cannot be
    judged here, e.g. its household has not arrived); otherwise the stamp of the latest
    change that took it out: a change by that member stamped after it is refused.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.contexts: dict[str, tuple[str | None, int]] = {}
        self.households: dict[str, tuple[str | None, str | None, int, int]] = {}
        self.refresh()

    def refresh(self) -> None:
        """Reload contexts and forget households (after a kind of a batch was written)."""
        self.contexts = {}
        for cid, custode, stamp in self.conn.exec_driver_sql(
            "SELECT c.id, c.custode_site, COALESCE(fc.hlc, 0) FROM housing_context c "
            "LEFT JOIN field_clock fc ON fc.kind = 'housing_context' AND fc.rid = c.id "
            "AND fc.field = 'custode_site'"
        ):
            self.contexts[cid] = (custode, stamp)
        self.households = {}

    def prefetch(self, household_ids: Iterable[str]) -> None:
        """Load the scope fields (and their stamps) of these households, in one go."""
        wanted = [h for h in set(household_ids) if h and h not in self.households]
        for part in chunks(wanted):
            rows = {
                hid: [point, ctx, 0, 0]
                for hid, point, ctx in self.conn.exec_driver_sql(
                    "SELECT id, point, housing_context FROM household WHERE id IN "
                    + marks(len(part)), tuple(part))
            }
            for rid, fname, hlc in self.conn.exec_driver_sql(
                "SELECT rid, field, hlc FROM field_clock WHERE kind = 'household' AND "
                "field IN ('point', 'housing_context') AND rid IN " + marks(len(part)),
                tuple(part),
            ):
                if rid in rows:
                    rows[rid][2 if fname == "point" else 3] = hlc
            for hid, (point, ctx, ps, cs) in rows.items():
                self.households[hid] = (point, ctx, ps, cs)

    def _context_exit(self, ctx: str | None, ctx_stamp: int, scope: Scope) -> int | None:
        if ctx is not None:
            custode, custode_stamp = self.contexts.get(ctx, (None, 0))
            if custode == scope.site_id:
                return None
            return max(ctx_stamp, custode_stamp)
        return ctx_stamp

    def _household_exit(self, point: str | None, ctx: str | None, point_stamp: int,
                        ctx_stamp: int, scope: Scope) -> int | None:
        if scope.role == "point":
            if point is None or point == scope.point_code:
                return None
            return point_stamp
        return self._context_exit(ctx, ctx_stamp, scope)

    def exit_stamp(self, kind: str, values: dict[str, Any], stamps: dict[str, int],
                   scope: Scope) -> int | None:
        """See the class docstring. ``values``/``stamps``: the record's scope fields."""
        if scope.everything:
            return None
        spec = KINDS[kind]
        if spec.everywhere:
            return None if _writes_everywhere(spec, scope) else -1
        if spec.owner == POINT:
            owner, context = spec.owner_field, spec.context_field
            return self._household_exit(values.get(owner), values.get(context),
                                        stamps.get(owner, 0), stamps.get(context, 0), scope)
        via_context = -1
        if spec.context_field and scope.role == "laptop":
            by_context = self._context_exit(values.get(spec.context_field),
                                            stamps.get(spec.context_field, 0), scope)
            if by_context is None:
                return None
            via_context = by_context
        exits = [via_context]
        for field in (spec.household_field, spec.other_household_field):
            if not field:
                continue
            # Held with either household (a pact's two): out only when out of both.
            hid = values.get(field)
            if hid is None:
                exits.append(stamps.get(field, 0))
                continue
            if hid not in self.households:
                self.prefetch([hid])
            known = self.households.get(hid)
            if known is None:
                return None  # its household has not arrived here: cannot judge
            point, ctx, ps, cs = known
            via_household = self._household_exit(point, ctx, ps, cs, scope)
            if via_household is None:
                return None
            exits += [stamps.get(field, 0), via_household]
        return max(exits)


def _writes_everywhere(spec: KindSpec, scope: Scope) -> bool:
    """Whether a member may change a record every site holds: the shared directory is
    any point's to change; a catalog is the coordinator's alone."""
    if spec.writers == COORDINATOR:
        return False
    return spec.writers == NETWORK and scope.role == "point"
