"""Access areas (health, adolescents, work, housing) instead of one health flag: granted
and revoked by administrators, migrated from the flag, and enforced by the services for
every kind that declares an area. And every kind that holds personal data takes part in
a person's access export and in their erasure, as its declaration says."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from genera_desktop.domain.errors import Refused, ValidationFailed
from genera_desktop.services import accounts, permissions, records
from genera_desktop.services.coordination import access_request
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network import sync
from genera_desktop.store import migrate
from genera_desktop.store.kind import KEEP, PURGE
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.schema import SCHEMA_HEAD
from genera_desktop.store.store import Store
from genera_desktop.sync.erasure import purged_kinds
from tests.conftest import ADMIN, PASSWORD


def add(store: Store, kind: str, **data: Any) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, kind, data)
        uow.commit()
    return rid


def colleague(store: Store, name: str, *areas: str) -> Store:
    """A new operator with these areas, logged in on the same store."""
    with store.unit_of_work() as uow:
        accounts.add_account(uow, name, f"{name}-password", access_areas=areas)
        accounts.commit_accounts(uow)
    return Store.open(store.data_dir, name, f"{name}-password")


@pytest.fixture
def family(coordinator: Store) -> dict[str, str]:
    hh = add(coordinator, "household", point="MON", address="Via Roma 1")
    me = add(coordinator, "person", household=hh, first_name="Ida", last_name="Ferri")
    return {"household": hh, "person": me,
            "health": add(coordinator, "health", person=me, conditions="Asma")}


# -- the areas of a user --------------------------------------------------------------------


def test_an_area_is_granted_revoked_and_enforced(coordinator: Store,
                                                 family: dict[str, str]) -> None:
    bruno = colleague(coordinator, "bruno")
    try:
        with bruno.unit_of_work() as uow:
            assert "health" not in permissions.readable_kinds(uow.session, "bruno")
            with pytest.raises(Refused) as refused:
                records.show(uow, "health", family["health"])
            assert (refused.value.code, refused.value.detail) == ("area_access", "health")
            with pytest.raises(Refused):
                records.update(uow, "health", family["health"], {"notes": "x"})
            with pytest.raises(Refused):
                records.delete(uow, "health", family["health"])
            kinds = {line.split('"kind": "')[1].split('"')[0] for line in dump_lines(uow)}
            assert "health" not in kinds and "person" in kinds
        with coordinator.unit_of_work() as uow:
            assert accounts.set_access(uow, "bruno", grant=["health", "work"]) \
                == ("health", "work")
            accounts.commit_accounts(uow)
        with bruno.unit_of_work() as uow:
            assert records.show(uow, "health", family["health"])["conditions"] == "Asma"
            assert "health" in permissions.readable_kinds(uow.session, "bruno")
        with coordinator.unit_of_work() as uow:
            assert accounts.set_access(uow, "bruno", revoke=["health"]) == ("work",)
            accounts.commit_accounts(uow)
            listed = {a.username: a for a in accounts.list_accounts(uow)}
        assert listed["bruno"].access_areas == ("work",)
        assert set(listed[ADMIN].areas) == {"health", "adolescents", "work", "housing"}
        with bruno.unit_of_work() as uow, pytest.raises(Refused):
            records.list_records(uow, "health")
    finally:
        bruno.close()


def test_only_an_administrator_grants_and_only_known_areas(coordinator: Store) -> None:
    bruno = colleague(coordinator, "bruno", "health")
    try:
        with bruno.unit_of_work() as uow, pytest.raises(Refused) as refused:
            accounts.set_access(uow, "bruno", grant=["work"])
        assert refused.value.code == "admin_only"
    finally:
        bruno.close()
    with coordinator.unit_of_work() as uow:
        with pytest.raises(ValidationFailed) as bad:
            accounts.set_access(uow, "bruno", grant=["finance"])
        assert bad.value.errors[0].field == "grant"
        with pytest.raises(ValidationFailed):
            accounts.set_access(uow, "bruno", grant=["work"], revoke=["work"])
        with pytest.raises(ValidationFailed):
            accounts.add_account(uow, "carla", "carla-password", access_areas=["finance"])
        assert accounts.set_access(uow, "bruno") == ("health",)  # nothing asked: nothing moves


@pytest.fixture
def store_at_0002(coordinator: Store) -> Iterator[Path]:
    """The coordinator's store as release 0002 left it: a health flag per user."""
    colleague(coordinator, "bruno").close()
    colleague(coordinator, "carla").close()
    from alembic import command

    with coordinator.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0002")
        conn.execute(text('UPDATE "user" SET health_access = 1 WHERE username = \'bruno\''))
        conn.execute(text('UPDATE "user" SET health_access = 0 WHERE username = \'carla\''))
    data_dir = coordinator.data_dir
    coordinator.close()
    yield data_dir


def test_a_store_with_the_health_flag_migrates_to_the_health_area(store_at_0002: Path) -> None:
    store = Store.open(store_at_0002, ADMIN, PASSWORD)
    try:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == SCHEMA_HEAD
            columns = {row[1] for row in conn.execute(text('PRAGMA table_info("user")'))}
        assert "health_access" not in columns
        with store.unit_of_work() as uow:
            areas = {a.username: a.access_areas for a in accounts.list_accounts(uow)}
        assert areas["bruno"] == ("health",)
        assert areas["carla"] == ()
    finally:
        store.close()


# -- every personal kind in the access export and in erasure ---------------------------------

# A record of each kind that holds personal data, about person ``me`` of household ``hh``
# (in context ``ctx``). A kind added without one here fails the test below: add it.
SAMPLES: dict[str, Callable[[dict[str, str]], dict[str, Any]]] = {
    "person": lambda ids: {},
    "household": lambda ids: {},
    "intake": lambda ids: {"household": ids["hh"], "date": "2026-01-10",
                           "reference_person": ids["me"]},
    "health": lambda ids: {"person": ids["me"], "conditions": "Asma"},
    "contact": lambda ids: {"household": ids["hh"], "date": "2026-01-11", "person": ids["me"]},
    "referral": lambda ids: {"household": ids["hh"], "date": "2026-01-12"},
    "follow_up": lambda ids: {"household": ids["hh"], "due_date": "2026-02-01"},
    "visit": lambda ids: {"housing_context": ids["ctx"], "date": "2026-01-13",
                          "household": ids["hh"], "person": ids["me"]},
    "enrolment": lambda ids: {"workshop": ids["workshop"], "person": ids["me"]},
    "attendance": lambda ids: {"session": ids["session"], "person": ids["me"]},
    "initiative": lambda ids: {"title": "Orto condiviso", "point": "MON",
                               "proposer_person": ids["me"]},
    "rent_contract": lambda ids: {"dwelling": ids["dwelling"], "household": ids["hh"],
                                  "start_date": "2026-01-01", "contract_type": "agreed",
                                  "monthly_rent": 450},
    "guarantee_application": lambda ids: {"fund": ids["fund"], "household": ids["hh"],
                                          "date": "2026-01-15", "status": "approved",
                                          "amount_approved": 600, "decided_on": "2026-01-20"},
    "disbursement": lambda ids: {"application": ids["guarantee_application"],
                                 "date": "2026-01-25", "amount": 600},
    "arrears_case": lambda ids: {"household": ids["hh"], "landlord": ids["landlord"],
                                 "amount_owed": 1800},
    "installment": lambda ids: {"arrears_case": ids["arrears_case"],
                                "due_date": "2026-03-01", "amount": 150},
    "cohousing_pact": lambda ids: {"host": ids["me"], "guest": ids["guest"],
                                   "start_date": "2026-02-01"},
    "cohousing_offer": lambda ids: {"person": ids["me"], "role": "host", "contribution": 120},
    "cohousing_visit": lambda ids: {"pact": ids["cohousing_pact"], "date": "2026-02-10",
                                    "visitor": "custode"},
    "job_profile": lambda ids: {"person": ids["me"], "skills": ["haccp"]},
    "candidacy": lambda ids: {"vacancy": ids["vacancy"], "person": ids["me"]},
    "course_enrolment": lambda ids: {"course": ids["course"], "person": ids["me"]},
    "skill_exchange": lambda ids: {"person": ids["me"], "skill": "haccp",
                                   "direction": "offer"},
    "internship": lambda ids: {"person": ids["me"], "host": ids["firm"],
                               "start_date": "2026-01-01", "end_date": "2026-06-30"},
    "internship_month": lambda ids: {"internship": ids["internship"], "month": "2026-01",
                                     "days_expected": 20, "days_attended": 18},
    "hiring": lambda ids: {"person": ids["me"], "organisation": ids["firm"],
                           "date": "2026-07-01"},
    "consent": lambda ids: {"person": ids["me"], "consent_type": "images",
                            "date": "2026-01-15", "given_by": "self"},
    "school_work": lambda ids: {"person": ids["me"], "school": ids["school"],
                                "host": ids["school"], "school_type": "liceo",
                                "safety_training_on": "2026-01-16"},
    "school_work_hours": lambda ids: {"school_work": ids["school_work"],
                                      "date": "2026-01-17", "hours": 4},
    "youth_file": lambda ids: {"person": ids["me"], "school": ids["school"],
                               "class_name": "3B", "school_year": "2025/26"},
}


def personal_kinds() -> list[str]:
    return [k for k, s in KINDS.items() if s.access_export.personal]


@pytest.fixture
def everything(coordinator: Store) -> dict[str, Any]:
    ctx = add(coordinator, "housing_context", name="Corte Nuova")
    hh = add(coordinator, "household", point="MON", housing_context=ctx)
    me = add(coordinator, "person", household=hh, first_name="Ida", last_name="Ferri")
    workshop = add(coordinator, "workshop", title="Cucina insieme", point="MON")
    session = add(coordinator, "workshop_session", workshop=workshop, date="2026-01-14")
    firm = add(coordinator, "organisation", name="Officine Rossi", org_type="company")
    ids = {"ctx": ctx, "hh": hh, "me": me, "workshop": workshop, "session": session,
           "firm": firm, "vacancy": add(coordinator, "vacancy", organisation=firm,
                                        title="Saldatore"),
           "course": add(coordinator, "course", title="Saldatura"),
           "school": add(coordinator, "organisation", name="Liceo Don Milani",
                         org_type="school")}
    # The housing plan's records name a landlord, a dwelling, a fund, and a guest of
    # another household (who is not ``me``: their pact is about ``me`` too).
    ids["landlord"] = add(coordinator, "landlord", name="Immobiliare Garda")
    ids["dwelling"] = add(coordinator, "dwelling", landlord=ids["landlord"],
                          address="Via Mazzini 3", municipality="Montichiari")
    ids["fund"] = add(coordinator, "guarantee_fund", name="Fondo affitti", budget=5000)
    ids["guest"] = add(coordinator, "person", household=add(coordinator, "household",
                                                            point="MON"),
                       first_name="Leo", last_name="Galli")
    made = {"person": me, "household": hh}
    for kind in personal_kinds():
        if kind not in made and kind in SAMPLES:
            made[kind] = ids[kind] = add(coordinator, kind, **SAMPLES[kind]({**ids, **made}))
    return {"ids": ids, "made": made}


def test_every_kind_with_personal_data_has_a_sample_here() -> None:
    missing = [k for k in personal_kinds() if k not in SAMPLES]
    assert not missing, f"add a record of {missing} to SAMPLES: its access export is untested"


def test_no_kind_with_personal_data_is_missing_from_the_access_export(
        coordinator: Store, everything: dict[str, Any]) -> None:
    with coordinator.unit_of_work() as uow:
        report = access_request.person_report(uow, everything["ids"]["me"])
    exported = {r["kind"] for r in report["records"]}
    assert report["person"]["id"] == everything["ids"]["me"]
    assert report["household"]["id"] == everything["ids"]["hh"]
    assert exported == {k for k in personal_kinds() if k not in ("person", "household")}
    assert set(access_request.exported_kinds()) == exported


def test_an_export_withholds_each_area_the_user_lacks(coordinator: Store,
                                                      everything: dict[str, Any]) -> None:
    bruno = colleague(coordinator, "bruno")
    try:
        with bruno.unit_of_work() as uow:
            report = access_request.person_report(uow, everything["ids"]["me"])
    finally:
        bruno.close()
    area_kinds = {k for k, s in KINDS.items() if s.area}
    assert area_kinds and set(report["withheld"]) == area_kinds & set(everything["made"])
    assert not area_kinds & {r["kind"] for r in report["records"]}
    assert report["health_withheld"] is True


def test_erasure_takes_each_kind_as_declared(coordinator: Store,
                                             everything: dict[str, Any]) -> None:
    assert all(KINDS[k].erasure in (PURGE, KEEP) for k in personal_kinds())
    with coordinator.unit_of_work() as uow:
        purged = sync.erase_person(uow, everything["ids"]["me"])
    made = everything["made"]
    assert set(purged) == {(k, made[k]) for k in purged_kinds() if k in made}
    assert ("health", made["health"]) in purged
    with coordinator.unit_of_work() as uow:
        for kind, rid in purged:
            row = uow.session.execute(text(f"SELECT cl FROM {kind} WHERE id = :i"),
                                      {"i": rid}).one()
            assert row.cl % 2 == 0, kind
        kept = [k for k in made if KINDS[k].erasure == KEEP]
        for kind in kept:
            assert records.load(uow.session, kind, made[kind]).alive, kind
