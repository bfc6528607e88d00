"""Candidate duplicates among persons and households (spec/sync.md rule 6).

Nothing is merged automatically: ``find_candidates`` ranks pairs for the coordinator
to review, and ``merge`` / ``unmerge`` act on the pair they choose. Three kinds of
evidence:

- the same codice fiscale, homocodes included (score 1.0);
- similar names with the same birth date (rapidfuzz ``token_sort_ratio`` of the folded
  "last first" at least 85, scaled to 0.6–0.95);
- two households at different points that share a person candidate.

It must stay fast on the coordinator's whole store (150,000 persons): people are only
ever compared within a block (same tax-code base, same birth date), never all pairs.
``person_matches`` answers the same question for one person being typed in, with the
same rules (``compare``), so the new-person form and the desk agree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Any, NamedTuple

from rapidfuzz import fuzz
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from genera_desktop.domain.codice_fiscale import InvalidTaxCode, classify
from genera_desktop.domain.errors import NotFound, Refused
from genera_desktop.domain.text import fold
from genera_desktop.services import permissions
from genera_desktop.services.coordination import audit
from genera_desktop.services.network.site import site_info
from genera_desktop.services.records import persons_of, to_dict
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.base import REF, Replicated, field_info
from genera_desktop.store.kind import PERSON
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.models import MODELS, Household, Person
from genera_desktop.store.uow import UnitOfWork

NAME_THRESHOLD = 85.0
NAME_SCORE_LOW, NAME_SCORE_HIGH = 0.6, 0.95
# Two full codes that differ say "two people"; the names may still be a typo'd
# duplicate, so such pairs stay on the list but well below the rest.
DIFFERENT_CODES_PENALTY = 0.25

SAME_TAX_CODE = "same_tax_code"
HOMOCODE = "homocode"
SIMILAR_NAME = "similar_name_same_birth_date"
SHARED_MEMBER = "shared_member"
# On equal scores, the stronger evidence first.
_REASON_RANK = {SAME_TAX_CODE: 0, HOMOCODE: 1, SIMILAR_NAME: 2, SHARED_MEMBER: 3}

# Positions of a 16-character code that homocodes turn into letters (codice_fiscale.py).
_TO_DIGITS = str.maketrans("LMNPQRSTUV", "0123456789")


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two records that may be one: ``ids`` sorted, ``score`` from 0 to 1."""

    kind: str
    ids: tuple[str, str]
    score: float
    reason: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The candidate as `genera duplicates list --json` prints it."""
        return {"kind": self.kind, "ids": list(self.ids), "score": round(self.score, 3),
                "reason": self.reason, **self.extra}


class PersonKey(NamedTuple):
    """What matching needs of a person, precomputed once (a tuple: 150,000 are built)."""

    id: str
    household: str | None
    # The folded words of "last first", sorted: plain ``ratio`` of two such strings is
    # ``token_sort_ratio`` of the names, without re-sorting a person at every comparison.
    name: str
    birth_date: str | None
    tax_code: str | None
    tax_key: str | None  # see tax_code_key


def tax_code_key(code: str | None) -> str | None:
    """A key equal for two codes exactly when their ``classify(...).base`` is equal.

    The base is the code with homocode letters turned back into digits and the check
    letter recomputed; comparing the first 15 characters so translated is the same test
    without ``classify``'s 27 µs per code (4 s over 150,000 persons). Provisional codes
    are their own key.
    """
    if not code:
        return None
    if len(code) != 16:
        return code
    if code[6:8].isdigit() and code[9:11].isdigit() and code[12:15].isdigit():
        return code[:15]  # no homocode letter: the common case, kept cheap
    # Only the digit positions (6-7, 9-10, 12-14) translate: the month letter (8) and
    # the place letter (11) use the same alphabet and must stay.
    return (code[:6] + code[6:8].translate(_TO_DIGITS) + code[8]
            + code[9:11].translate(_TO_DIGITS) + code[11] + code[12:15].translate(_TO_DIGITS))


def person_key(pid: str, household: str | None, first_name: str | None, last_name: str | None,
               tax_code: str | None, birth_date: str | None) -> PersonKey:
    """Build the matching key of a person from its fields."""
    code = tax_code or None
    if code and not (code.isupper() and code.isalnum()):  # stored codes are clean already
        code = "".join(code.split()).upper()
    name = " ".join(sorted(fold(f"{last_name or ''} {first_name or ''}").split()))
    return PersonKey(pid, household, name, birth_date or None, code, tax_code_key(code))


def compare(a: PersonKey, b: PersonKey) -> tuple[float, str] | None:
    """Score two persons: (score, reason), or None when nothing suggests one person."""
    same_family = bool(a.household) and a.household == b.household
    if a.tax_key and a.tax_key == b.tax_key:
        if a.tax_code == b.tax_code:
            return 1.0, SAME_TAX_CODE
        # The Agenzia gives a homocode to the second of two people whose codes would
        # clash: in one family that is twins (Marco and Mirco), not one child twice.
        return None if same_family else (1.0, HOMOCODE)
    if not a.birth_date or a.birth_date != b.birth_date or not a.name or not b.name:
        return None
    # Two full codes (keys of 15) that differ name two people; a provisional number and
    # a full code may be one person before and after their permit.
    codes_differ = len(a.tax_key or "") == 15 == len(b.tax_key or "")  # equal ones returned
    if codes_differ and same_family:
        return None  # twins again: two checked codes in one family are two children
    ratio = fuzz.ratio(a.name, b.name, score_cutoff=NAME_THRESHOLD)  # names pre-sorted
    if not ratio:
        return None
    score = NAME_SCORE_LOW + (NAME_SCORE_HIGH - NAME_SCORE_LOW) * (ratio - NAME_THRESHOLD) / (
        100.0 - NAME_THRESHOLD)
    if codes_differ:
        score -= DIFFERENT_CODES_PENALTY
    return score, SIMILAR_NAME


# -- the whole store ------------------------------------------------------------------


@reads
def find_candidates(uow: UnitOfWork) -> list[Candidate]:
    """Every candidate pair among live, unmerged persons and households, best first."""
    session = uow.session
    persons = _load_persons(session)
    pairs = person_pairs(persons)
    points: dict[str, str | None] = {
        hid: point for hid, point in session.execute(
            select(Household.id, Household.point)
            .where(Household.cl % 2 == 1, Household.merged_into.is_(None)))
    }
    out = [Candidate("person", ids, score, reason) for ids, (score, reason) in pairs.items()]
    out += household_candidates(persons, pairs, points)
    out.sort(key=lambda c: (-round(c.score, 3), _REASON_RANK.get(c.reason, 9), c.kind, c.ids))
    return out


def _load_persons(session: Session) -> dict[str, PersonKey]:
    # Core, not ORM rows: 150,000 plain tuples, none of the ORM's per-row bookkeeping.
    rows = session.connection().execute(
        select(Person.id, Person.household, Person.first_name, Person.last_name,
               Person.tax_code, Person.birth_date)
        .where(Person.cl % 2 == 1, Person.merged_into.is_(None))
    )
    return {row[0]: person_key(*row) for row in rows}


def person_pairs(persons: Mapping[str, PersonKey]) -> dict[tuple[str, str], tuple[float, str]]:
    """Candidate person pairs (ids sorted) with their score and reason."""
    by_tax: dict[str, list[PersonKey]] = defaultdict(list)
    by_birth: dict[str, list[PersonKey]] = defaultdict(list)
    for key in persons.values():
        if key.tax_key:
            by_tax[key.tax_key].append(key)
        if key.birth_date and key.name:
            by_birth[key.birth_date].append(key)
    found: dict[tuple[str, str], tuple[float, str]] = {}
    for block in (*by_tax.values(), *by_birth.values()):
        if len(block) < 2:
            continue
        # A pair met in both kinds of block scores the same both times (compare looks
        # at the code first), so it is simply written twice: cheaper than checking.
        for a, b in combinations(block, 2):
            result = compare(a, b)
            if result is not None:
                found[(a.id, b.id) if a.id < b.id else (b.id, a.id)] = result
    return found


def household_candidates(persons: Mapping[str, PersonKey],
                         pairs: Mapping[tuple[str, str], tuple[float, str]],
                         points: Mapping[str, str | None]) -> list[Candidate]:
    """Households at different points that share at least one person candidate.

    The score is the best shared pair's, lowered (down to 85%) when only part of the
    smaller household has a match: one shared grandparent is weaker than a whole family.
    """
    sizes: dict[str | None, int] = defaultdict(int)
    for key in persons.values():
        sizes[key.household] += 1
    shared: dict[tuple[str, str], list[float]] = defaultdict(list)
    for (a, b), (score, _reason) in pairs.items():
        ha, hb = persons[a].household, persons[b].household
        if not ha or not hb or ha == hb or ha not in points or hb not in points:
            continue
        if points[ha] == points[hb]:
            continue
        shared[(ha, hb) if ha < hb else (hb, ha)].append(score)
    out = []
    for ids, scores in shared.items():
        smaller = max(1, min(sizes[ids[0]], sizes[ids[1]]))
        coverage = min(1.0, len(scores) / smaller)
        score = max(scores) * (0.85 + 0.15 * coverage)
        out.append(Candidate("household", ids, score, SHARED_MEMBER, {"members": len(scores)}))
    return out


# -- one person being typed in --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    """An existing person who may be the one being registered."""

    person_id: str
    household_id: str | None
    score: float
    reason: str


def person_matches(session: Session, fields: Mapping[str, Any], *,
                   exclude_ids: Iterable[str] = (), limit: int = 10) -> list[Match]:
    """Existing live, unmerged persons that ``fields`` may describe, best first.

    ``fields`` holds any of ``first_name``, ``last_name``, ``tax_code``, ``birth_date``
    (ISO) and ``household`` as a form has them. A valid code with no birth date given
    lends its own date. Uses the tax-code and birth-date indexes: a few milliseconds on
    a full store, so a form may call it as the user types.
    """
    code = "".join(str(fields.get("tax_code") or "").split()).upper() or None
    birth = fields.get("birth_date") or None
    if code and not birth:
        try:
            decoded = classify(code).birth_date
        except InvalidTaxCode:
            decoded = None
        birth = decoded.isoformat() if isinstance(decoded, date) else None
    probe = person_key("", fields.get("household"), fields.get("first_name"),
                       fields.get("last_name"), code, birth)
    conditions = []
    if probe.tax_key and len(probe.tax_key) == 15:
        # Homocodes keep the six name letters: a range on the indexed column finds them.
        prefix = probe.tax_key[:6]
        conditions.append(and_(Person.tax_code >= prefix, Person.tax_code < prefix + "\uffff"))
    elif probe.tax_key:
        conditions.append(Person.tax_code == probe.tax_key)
    if probe.birth_date:
        conditions.append(Person.birth_date == probe.birth_date)
    if not conditions:
        return []
    excluded = set(exclude_ids)
    rows = session.execute(
        select(Person.id, Person.household, Person.first_name, Person.last_name,
               Person.tax_code, Person.birth_date)
        .where(Person.cl % 2 == 1, Person.merged_into.is_(None), or_(*conditions))
    )
    out = []
    for row in rows:
        if row[0] in excluded:
            continue
        result = compare(probe, person_key(*row))
        if result is not None:
            out.append(Match(row[0], row[1], result[0], result[1]))
    out.sort(key=lambda m: (-m.score, _REASON_RANK[m.reason], m.person_id))
    return out[:limit]


# -- merging --------------------------------------------------------------------------


@writes
def merge(uow: UnitOfWork, survivor_id: str, loser_id: str) -> list[list[str]]:
    """Merge the loser into the survivor (two households or two persons); the caller commits.

    The loser gets ``merged_into`` and leaves the lists; every reference to it (a
    household's persons, intakes, health, contacts, referrals, follow-ups and visits; a
    person's health, contacts, visits and the intakes naming it as reference person)
    moves to the survivor. Each move is recorded in the loser's ``merge_moved`` as
    ``[kind, id, field]`` so that ``unmerge`` moves exactly those back. Everything goes
    through the ORM, so it is stamped and replicates like any edit. Returns the moves.
    """
    session = uow.session
    permissions.require_coordinator(site_info(session), "merge")
    survivor_id, loser_id = _clean_id(survivor_id), _clean_id(loser_id)
    if survivor_id == loser_id:
        raise Refused("merge_same_record", loser_id)
    survivor, loser = _load_mergeable(session, survivor_id), _load_mergeable(session, loser_id)
    if type(survivor) is not type(loser):
        raise Refused("merge_mixed_kinds", f"{survivor.KIND}, {loser.KIND}")
    for record in (survivor, loser):
        if not record.alive:
            raise Refused("merge_deleted", f"{record.KIND} {record.id}")
        if record.merged_into:
            raise Refused("already_merged", f"{record.KIND} {record.id}")
    moves: list[list[str]] = []
    # One flush at the end: the merge is one change, stamped with one sequence number
    # (a query per kind would otherwise flush the moves made so far).
    with session.no_autoflush:
        for model, name in _references_to(loser.KIND):
            column = getattr(model, name)
            for obj in session.scalars(select(model).where(column == loser.id)
                                       .order_by(model.id)):
                if _twin_of(session, obj, name, survivor.id) is not None:
                    # The survivor has its own (both persons enrolled in one workshop):
                    # one stays, the survivor's; the loser's is deleted, not doubled.
                    obj.cl += 1
                    moves.append([obj.KIND, obj.id, DELETED])
                    continue
                setattr(obj, name, survivor.id)
                follows = _household_follows(obj.KIND, name)
                if follows:
                    # Held with its person's household (a health section, an enrolment).
                    setattr(obj, follows, _household_of(survivor))
                moves.append([obj.KIND, obj.id, name])
        loser.merged_into = survivor.id
        loser.merge_moved = moves
    session.flush()
    audit.record(uow, "merge", loser.KIND, loser.id, {"into": survivor.id, "moved": len(moves)})
    audit.record(uow, "merge", survivor.KIND, survivor.id, {"from": loser.id})
    return moves


@writes
def unmerge(uow: UnitOfWork, loser_id: str) -> tuple[int, int]:
    """Undo a merge: move back what the merge moved and clear ``merged_into``.

    A record whose field was changed again since the merge (no longer pointing at the
    survivor) is left as it is now: that later edit was deliberate. Returns (moved
    back, left as they are). The caller commits.
    """
    session = uow.session
    permissions.require_coordinator(site_info(session), "unmerge")
    loser = _load_mergeable(session, _clean_id(loser_id))
    survivor_id = loser.merged_into
    if not survivor_id:
        raise Refused("not_merged", f"{loser.KIND} {loser.id}")
    moved = kept = 0
    for kind, rid, name in loser.merge_moved or []:
        model = MODELS.get(kind)
        obj = session.get(model, rid) if model is not None else None
        if obj is not None and name == DELETED:
            if obj.alive:  # restored meanwhile, by hand: leave it
                kept += 1
            else:
                obj.cl += 1
                moved += 1
            continue
        if obj is None or getattr(obj, name, None) != survivor_id:
            kept += 1
            continue
        setattr(obj, name, loser.id)
        follows = _household_follows(kind, name)
        if follows:
            setattr(obj, follows, _household_of(loser))
        moved += 1
    loser.merged_into = None
    loser.merge_moved = None
    session.flush()
    audit.record(uow, "unmerge", loser.KIND, loser.id,
                 {"from": survivor_id, "moved": moved, "kept": kept})
    audit.record(uow, "unmerge", loser.KIND, survivor_id, {"loser": loser.id})
    return moved, kept


# In a merge's record of moves, a record the merge deleted instead of moving.
DELETED = "*deleted"


def _twin_of(session: Session, obj: Replicated, name: str, survivor_id: str) -> Any:
    """The survivor's live record that ``obj`` would duplicate once its ``name`` points
    at the survivor, for a kind unique by fields (``one_per``); None otherwise."""
    spec = KINDS.get(obj.KIND)
    if spec is None or name not in spec.one_per:
        return None
    model = type(obj)
    same = [getattr(model, f) == (survivor_id if f == name else getattr(obj, f))
            for f in spec.one_per]
    return session.scalars(select(model).where(*same, model.cl % 2 == 1,
                                               model.id != obj.id)).first()


def _household_follows(kind: str, name: str) -> str:
    """The household field that follows the person reference ``name`` of ``kind``
    (declared by ``household_via``, or a person's record's owner), or ''."""
    spec = KINDS.get(kind)
    if spec is None or not spec.household_field:
        return ""
    via = spec.household_via or (spec.owner_field if spec.owner == PERSON else "")
    return spec.household_field if via == name else ""


def _clean_id(rid: str) -> str:
    return rid.strip().lower()


def _load_mergeable(session: Session, rid: str) -> Household | Person:
    """The household or person with this id, whatever its state; NotFound otherwise."""
    found: Household | Person | None = session.get(Household, rid) or session.get(Person, rid)
    if found is None:
        raise NotFound("household or person", rid)
    return found


def _household_of(obj: Household | Person) -> str | None:
    return obj.household if isinstance(obj, Person) else obj.id


def _references_to(kind: str) -> list[tuple[type[Replicated], str]]:
    """Every (model, field) that refers to a record of ``kind``, its merge link aside.

    Read from the models, so a kind added later that belongs to a household or names a
    person moves with a merge without touching this module.
    """
    return [
        (model, name)
        for model in MODELS.values()
        for name, rules in field_info(model).items()
        if rules["type"] == REF and rules["ref"] == kind and name != "merged_into"
    ]


@reads
def records_named(uow: UnitOfWork, candidates: Iterable[Candidate]) -> dict[str, dict[str, Any]]:
    """The records the candidates name, by id, as ``records.to_dict`` gives them, so a
    listing can show names next to ids (a household with its persons' names)."""
    session = uow.session
    out: dict[str, dict[str, Any]] = {}
    for candidate in candidates:
        for rid in candidate.ids:
            if rid in out:
                continue
            obj = session.get(Household if candidate.kind == "household" else Person, rid)
            if obj is None:
                continue
            out[rid] = to_dict(obj)
            if isinstance(obj, Household):
                out[rid]["persons"] = [to_dict(p) for p in persons_of(session, rid)]
    return out


@dataclass(frozen=True)
class Merged:
    """A record still merged into another, from the trail's merge entry."""

    entry: dict[str, Any]
    loser: dict[str, Any]
    survivor: dict[str, Any]


@dataclass(frozen=True)
class Review:
    """What the coordinator's duplicates page shows: the candidates, the records they
    name (``records_named``), the point and case number of the households of the persons
    named, and the merges that still stand (newest first)."""

    candidates: list[Candidate]
    named: dict[str, dict[str, Any]]
    households: dict[str, tuple[str, str]]
    merged: list[Merged]


@reads
def review(uow: UnitOfWork) -> Review:
    """The duplicates page's content, read in one go."""
    session = uow.session
    candidates = find_candidates(uow)
    named = records_named(uow, candidates)
    households: dict[str, tuple[str, str]] = {}
    for data in named.values():
        hid = data.get("household")
        if hid and hid not in households:
            household = session.get(Household, hid)
            households[hid] = (getattr(household, "point", None) or "",
                               getattr(household, "case_number", None) or "")
    merged: list[Merged] = []
    seen: set[str] = set()
    for entry in audit.entries(uow, action="merge", limit=200):
        detail = entry["detail"] or {}
        rid = entry["record_id"]
        if ("into" not in detail or not rid or rid in seen
                or entry["kind"] not in ("person", "household")):
            continue
        seen.add(rid)
        model = Household if entry["kind"] == "household" else Person
        loser = session.get(model, rid)
        if getattr(loser, "merged_into", None) != detail["into"]:
            continue  # separated since
        survivor = session.get(model, detail["into"])
        if loser is None or survivor is None:
            continue
        merged.append(Merged(entry, to_dict(loser), to_dict(survivor)))
    return Review(candidates, named, households, merged)
