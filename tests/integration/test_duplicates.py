"""Duplicate candidates, merge and unmerge on a real store (spec/sync.md rule 6)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text

from genera_desktop.domain.codice_fiscale import classify, encode, homocode
from genera_desktop.domain.errors import NotFound, Refused
from genera_desktop.services import records
from genera_desktop.services.coordination import duplicates
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.local import AuditEntry
from genera_desktop.store.models import Person
from genera_desktop.store.store import Store

ROSSI = encode("Rossi", "Mario", "M", date(1980, 1, 1), "Montichiari")


def add(store: Store, kind: str, **data: Any) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, kind, data)
        uow.commit()
    return rid


def household(store: Store, point: str = "MON", **data: Any) -> str:
    return add(store, "household", point=point, address="Via Roma 1", **data)


def person(store: Store, hh: str, first: str, last: str, **data: Any) -> str:
    return add(store, "person", household=hh, first_name=first, last_name=last, **data)


def candidates(store: Store) -> list[dict[str, Any]]:
    with store.unit_of_work() as uow:
        return [c.as_dict() for c in duplicates.find_candidates(uow)]


def pair(a: str, b: str) -> list[str]:
    return sorted([a, b])


def state(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(dump_lines(uow))


def test_same_tax_code_across_points_flags_persons_and_households(coordinator: Store) -> None:
    h1, h2 = household(coordinator, "MON"), household(coordinator, "CAL")
    p1 = person(coordinator, h1, "Mario", "Rossi", tax_code=ROSSI)
    p2 = person(coordinator, h2, "Mario Luigi", "Rossi", tax_code=ROSSI.lower())
    found = candidates(coordinator)
    assert found[0] == {"kind": "person", "ids": pair(p1, p2), "score": 1.0,
                        "reason": "same_tax_code"}
    households = [c for c in found if c["kind"] == "household"]
    assert len(households) == 1
    assert households[0]["ids"] == pair(h1, h2)
    assert households[0]["reason"] == "shared_member"
    assert 0 < households[0]["score"] <= 1


def test_homocodes_match_through_their_base(coordinator: Store) -> None:
    other = homocode(ROSSI, 2)
    assert other != ROSSI and classify(other).base == classify(ROSSI).base
    h1, h2 = household(coordinator, "MON"), household(coordinator, "CAL")
    p1 = person(coordinator, h1, "Mario", "Rossi", tax_code=ROSSI)
    p2 = person(coordinator, h2, "Mario", "Rossi", tax_code=other)
    persons = [c for c in candidates(coordinator) if c["kind"] == "person"]
    assert persons == [{"kind": "person", "ids": pair(p1, p2), "score": 1.0, "reason": "homocode"}]


def test_tax_code_key_agrees_with_classify_base() -> None:
    codes = [ROSSI, homocode(ROSSI, 1), homocode(ROSSI, 7),
             encode("Verdi", "Anna", "F", date(1975, 12, 31), "Romania")]
    for a in codes:
        for b in codes:
            same_base = classify(a).base == classify(b).base
            assert (duplicates.tax_code_key(a) == duplicates.tax_code_key(b)) == same_base


def test_similar_names_with_the_same_birth_date(coordinator: Store) -> None:
    h1, h2 = household(coordinator, "MON"), household(coordinator, "CAL")
    p1 = person(coordinator, h1, "Nicolò", "Bianchi", birth_date="1990-05-04")
    p2 = person(coordinator, h2, "Nicolo", "Bianchini", birth_date="1990-05-04")
    p3 = person(coordinator, h2, "Bianchi", "Nicolò", birth_date="1990-05-04")  # swapped
    persons = {tuple(c["ids"]): c for c in candidates(coordinator) if c["kind"] == "person"}
    assert set(persons) == {tuple(pair(p1, p2)), tuple(pair(p1, p3)), tuple(pair(p2, p3))}
    assert all(c["reason"] == "similar_name_same_birth_date" for c in persons.values())
    assert persons[tuple(pair(p1, p3))]["score"] == 0.95  # the same words in another order
    assert 0.6 <= persons[tuple(pair(p1, p2))]["score"] < 0.95


def test_different_birth_dates_and_twins_are_not_flagged(coordinator: Store) -> None:
    h1, h2 = household(coordinator, "MON"), household(coordinator, "CAL")
    person(coordinator, h1, "Giulia", "Ferrari", birth_date="1985-03-02")
    person(coordinator, h2, "Giulia", "Ferrari", birth_date="1986-03-02")
    # Twins with their own codes in one family are two children, however alike.
    day = date(2015, 6, 1)
    twin_a = encode("Colombo", "Giovanni", "M", day, "Montichiari")
    twin_b = encode("Colombo", "Giovanna", "F", day, "Montichiari")
    person(coordinator, h1, "Giovanni", "Colombo", birth_date="2015-06-01", tax_code=twin_a)
    person(coordinator, h1, "Giovanna", "Colombo", birth_date="2015-06-01", tax_code=twin_b)
    # Marco and Mirco share a code: the second twin was given its homocode.
    marco = encode("Colombo", "Marco", "M", day, "Montichiari")
    assert encode("Colombo", "Mirco", "M", day, "Montichiari") == marco
    person(coordinator, h2, "Marco", "Colombo", birth_date="2015-06-01", tax_code=marco)
    person(coordinator, h2, "Mirco", "Colombo", birth_date="2015-06-01",
           tax_code=homocode(marco, 1))
    assert candidates(coordinator) == []


def test_households_at_one_point_are_not_paired_but_their_persons_are(coordinator: Store) -> None:
    h1, h2 = household(coordinator, "MON"), household(coordinator, "MON")
    person(coordinator, h1, "Mario", "Rossi", tax_code=ROSSI)
    person(coordinator, h2, "Mario", "Rossi", tax_code=ROSSI)
    assert [c["kind"] for c in candidates(coordinator)] == ["person"]


def test_person_matches_for_a_person_being_typed(coordinator: Store) -> None:
    hh = household(coordinator)
    p1 = person(coordinator, hh, "Mario", "Rossi", tax_code=ROSSI, birth_date="1980-01-01")
    with coordinator.unit_of_work() as uow:
        by_code = duplicates.person_matches(uow.session, {"tax_code": homocode(ROSSI, 1)})
        by_name = duplicates.person_matches(
            uow.session, {"first_name": "mario", "last_name": "ROSSI", "birth_date": "1980-01-01"})
        none = duplicates.person_matches(
            uow.session, {"first_name": "Mario", "last_name": "Rossi", "birth_date": "1980-01-02"})
        excluded = duplicates.person_matches(uow.session, {"tax_code": ROSSI}, exclude_ids=[p1])
    assert [(m.person_id, m.reason, m.score) for m in by_code] == [(p1, "homocode", 1.0)]
    assert [(m.person_id, m.household_id) for m in by_name] == [(p1, hh)]
    assert none == [] and excluded == []


# -- merging --------------------------------------------------------------------------


def family(store: Store, point: str, ctx: str, first: str = "Mario") -> dict[str, str]:
    """A household with a person and one record of every kind that belongs to it."""
    hh = household(store, point, housing_context=ctx)
    p = person(store, hh, first, "Rossi", tax_code=ROSSI)
    other = person(store, hh, "Lucia", "Neri")
    return {
        "household": hh, "person": p, "other": other,
        "intake": add(store, "intake", household=hh, date="2025-01-10", reference_person=p),
        "health": add(store, "health", person=p, disability=True),
        "contact": add(store, "contact", household=hh, date="2025-01-11", person=p),
        "contact_other": add(store, "contact", household=hh, date="2025-01-12", person=other),
        "referral": add(store, "referral", household=hh, date="2025-01-13"),
        "follow_up": add(store, "follow_up", household=hh, due_date="2025-02-01"),
        "visit": add(store, "visit", housing_context=ctx, date="2025-01-14", household=hh,
                     person=p),
    }


@pytest.fixture
def two_families(coordinator: Store) -> tuple[dict[str, str], dict[str, str]]:
    ctx = add(coordinator, "housing_context", name="Condominio Solidale")
    return family(coordinator, "MON", ctx), family(coordinator, "CAL", ctx, "Mario Luigi")


def show(store: Store, kind: str, rid: str) -> dict[str, Any]:
    with store.unit_of_work() as uow:
        return records.to_dict(records.load(uow.session, kind, rid))


def test_household_merge_moves_everything_and_unmerge_restores_it(
    coordinator: Store, two_families: tuple[dict[str, str], dict[str, str]]
) -> None:
    keep, lose = two_families
    before = state(coordinator)
    with coordinator.unit_of_work() as uow:
        moves = duplicates.merge(uow, keep["household"], lose["household"])
        uow.commit()
    owned = ("person", "other", "intake", "health", "contact", "contact_other", "referral",
             "follow_up", "visit")
    assert sorted(m[1] for m in moves) == sorted(lose[k] for k in owned)
    for key in owned:
        kind = "person" if key == "other" else key.removesuffix("_other")
        assert show(coordinator, kind, lose[key])["household"] == keep["household"]
    loser = show(coordinator, "household", lose["household"])
    assert loser["merged_into"] == keep["household"]
    with coordinator.unit_of_work() as uow:
        listed = [h.id for h in records.find(uow.session, "household")]
        survivor = records.show(uow, "household", keep["household"], audit_view=False)
    assert lose["household"] not in listed and keep["household"] in listed
    assert len(survivor["persons"]) == 4
    # Replicated: every moved field and the loser's merge link carry a fresh stamp.
    with coordinator.engine.connect() as conn:
        stamped = set(conn.execute(text(
            "SELECT rid || '.' || field FROM field_clock WHERE seq = (SELECT seq FROM clock_state)"
        )).scalars())
    assert {f"{lose['household']}.merged_into", f"{lose['household']}.merge_moved",
            f"{lose['visit']}.household"} <= stamped
    # The merged household's persons are now one family with the survivor's: its own
    # duplicate person is still a candidate, the household pair is gone.
    kinds = {c["kind"] for c in candidates(coordinator)}
    assert kinds == {"person"}

    with coordinator.unit_of_work() as uow:
        assert duplicates.unmerge(uow, lose["household"]) == (len(owned), 0)
        uow.commit()
    assert state(coordinator) == before
    with coordinator.unit_of_work() as uow:
        actions = list(uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.record_id == lose["household"])))
    assert "merge" in actions and "unmerge" in actions


def test_person_merge_repoints_what_names_the_person(
    coordinator: Store, two_families: tuple[dict[str, str], dict[str, str]]
) -> None:
    keep, lose = two_families
    before = state(coordinator)
    with coordinator.unit_of_work() as uow:
        moves = duplicates.merge(uow, keep["person"], lose["person"])
        uow.commit()
    assert sorted(tuple(m) for m in moves) == sorted([
        ("intake", lose["intake"], "reference_person"), ("health", lose["health"], "person"),
        ("contact", lose["contact"], "person"), ("visit", lose["visit"], "person"),
    ])
    health = show(coordinator, "health", lose["health"])
    assert health["person"] == keep["person"] and health["household"] == keep["household"]
    assert show(coordinator, "contact", lose["contact"])["person"] == keep["person"]
    assert show(coordinator, "contact", lose["contact"])["household"] == lose["household"]
    assert show(coordinator, "person", lose["person"])["merged_into"] == keep["person"]
    with coordinator.unit_of_work() as uow:
        listed = {p.id for p in records.find(uow.session, "person")}
    assert lose["person"] not in listed
    assert not any(lose["person"] in c["ids"] for c in candidates(coordinator))

    with coordinator.unit_of_work() as uow:
        duplicates.unmerge(uow, lose["person"])
        uow.commit()
    assert state(coordinator) == before


def test_unmerge_leaves_what_was_changed_since(
    coordinator: Store, two_families: tuple[dict[str, str], dict[str, str]]
) -> None:
    keep, lose = two_families
    with coordinator.unit_of_work() as uow:
        duplicates.merge(uow, keep["person"], lose["person"])
        records.update(uow, "contact", lose["contact"], {"person": keep["other"]})
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert duplicates.unmerge(uow, lose["person"]) == (3, 1)
        uow.commit()
    assert show(coordinator, "contact", lose["contact"])["person"] == keep["other"]


def test_merge_is_refused_at_a_point_site(
    coordinator: Store, two_families: tuple[dict[str, str], dict[str, str]]
) -> None:
    keep, lose = two_families
    with coordinator.unit_of_work() as uow:
        set_setting(uow.session, "role", "point")
        set_setting(uow.session, "point_code", "MON")
        uow.commit()
    before = state(coordinator)
    with coordinator.unit_of_work() as uow, pytest.raises(Refused) as err:
        duplicates.merge(uow, keep["household"], lose["household"])
    assert err.value.code == "coordinator_only"
    with coordinator.unit_of_work() as uow, pytest.raises(Refused):
        duplicates.unmerge(uow, lose["household"])
    assert state(coordinator) == before


@pytest.mark.parametrize("case", ["mixed", "self", "loser_merged", "survivor_merged",
                                  "deleted", "not_merged", "unknown"])
def test_merge_refusals(coordinator: Store, case: str) -> None:
    h1, h2, h3 = (household(coordinator, p) for p in ("MON", "CAL", "CAL"))
    p1 = person(coordinator, h1, "Mario", "Rossi")
    with coordinator.unit_of_work() as uow:
        duplicates.merge(uow, h1, h2)
        uow.commit()
    before = state(coordinator)
    expected = {
        "mixed": ("merge_mixed_kinds", lambda uow: duplicates.merge(uow, h1, p1)),
        "self": ("merge_same_record", lambda uow: duplicates.merge(uow, h1, h1.upper())),
        "loser_merged": ("already_merged", lambda uow: duplicates.merge(uow, h3, h2)),
        "survivor_merged": ("already_merged", lambda uow: duplicates.merge(uow, h2, h3)),
        "not_merged": ("not_merged", lambda uow: duplicates.unmerge(uow, h3)),
    }
    if case == "deleted":
        with coordinator.unit_of_work() as uow:
            records.delete(uow, "household", h3)
            uow.commit()
        before = state(coordinator)
        expected[case] = ("merge_deleted", lambda uow: duplicates.merge(uow, h1, h3))
    if case == "unknown":
        with coordinator.unit_of_work() as uow, pytest.raises(NotFound):
            duplicates.merge(uow, h1, "0190c0de-0000-7000-8000-000000000000")
        return
    code, call = expected[case]
    with coordinator.unit_of_work() as uow, pytest.raises(Refused) as err:
        call(uow)
    assert err.value.code == code
    assert state(coordinator) == before


def test_candidates_skip_merged_and_deleted_persons(coordinator: Store) -> None:
    h1, h2 = household(coordinator, "MON"), household(coordinator, "CAL")
    p1 = person(coordinator, h1, "Mario", "Rossi", tax_code=ROSSI)
    p2 = person(coordinator, h2, "Mario", "Rossi", tax_code=ROSSI)
    p3 = person(coordinator, h2, "Mario", "Rossi", tax_code=ROSSI)
    with coordinator.unit_of_work() as uow:
        duplicates.merge(uow, p1, p2)
        records.delete(uow, "person", p3)
        uow.commit()
        assert uow.session.get(Person, p2).merged_into == p1  # type: ignore[union-attr]
    assert candidates(coordinator) == []


def live(store: Store, kind: str) -> list[dict[str, Any]]:
    with store.unit_of_work(read_only=True) as uow:
        return [r for r in records.list_records(uow, kind)]


def test_person_merge_leaves_one_enrolment_and_one_attendance_per_workshop_and_session(
        coordinator: Store) -> None:
    h1, h2 = household(coordinator, "MON"), household(coordinator, "MON")
    keep, lose = person(coordinator, h1, "Mario", "Rossi"), person(coordinator, h2, "Mario", "Rossi")
    shared = add(coordinator, "workshop", title="Cucina insieme", point="MON")
    only_loser = add(coordinator, "workshop", title="Orto", point="MON")
    first = add(coordinator, "workshop_session", workshop=shared, date="2026-03-02")
    second = add(coordinator, "workshop_session", workshop=shared, date="2026-03-09")
    for who in (keep, lose):
        add(coordinator, "enrolment", workshop=shared, person=who)
    add(coordinator, "enrolment", workshop=only_loser, person=lose)
    add(coordinator, "attendance", session=first, person=keep)
    add(coordinator, "attendance", session=first, person=lose, status="absent")
    add(coordinator, "attendance", session=second, person=lose)
    before = state(coordinator)

    with coordinator.unit_of_work() as uow:
        duplicates.merge(uow, keep, lose)
        uow.commit()

    enrolments = live(coordinator, "enrolment")
    assert sorted((e["workshop"], e["person"]) for e in enrolments) == sorted(
        [(shared, keep), (only_loser, keep)])
    assert all(e["household"] == h1 for e in enrolments)  # held with the survivor's
    marks = {(a["session"], a["person"]): a["status"] for a in live(coordinator, "attendance")}
    # The survivor's own mark stays; the loser's other session comes along.
    assert marks == {(first, keep): "present", (second, keep): "present"}

    with coordinator.unit_of_work() as uow:
        duplicates.unmerge(uow, lose)
        uow.commit()
    assert state(coordinator) == before


def test_person_merge_leaves_one_job_profile(coordinator: Store) -> None:
    h1, h2 = household(coordinator, "MON"), household(coordinator, "MON")
    keep, lose = person(coordinator, h1, "Anna", "Neri"), person(coordinator, h2, "Anna", "Neri")
    for who in (keep, lose):
        add(coordinator, "job_profile", person=who)
    with coordinator.unit_of_work() as uow:
        duplicates.merge(uow, keep, lose)
        uow.commit()
    assert [p["person"] for p in live(coordinator, "job_profile")] == [keep]
