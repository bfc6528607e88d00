"""Photo consent: shown («Foto: sì / no») from a live images consent that counts, and
the photos of a session recorded only when everyone present there has it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from genera_desktop.domain.errors import Refused
from genera_desktop.services import accounts, records
from genera_desktop.services.community import attendance
from genera_desktop.services.youth import people, photos
from genera_desktop.store.store import Store

DAY = date(2026, 11, 15)


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def notes(store: Store, session_id: str) -> str | None:
    (found,) = [s for s in records.list_records(store, "workshop_session")
                if s["id"] == session_id]
    return found.get("notes")


@pytest.fixture
def world(coordinator: Store) -> dict[str, str]:
    hh = add(coordinator, "household", point="MON")
    ids = {"hh": hh}
    for key, first, born in (("mother", "Anna", "1980-02-03"), ("teen", "Ottavio", "2011-05-05"),
                             ("aunt", "Eva", "1975-01-01"), ("cousin", "Ugo", "2012-01-01")):
        ids[key] = add(coordinator, "person", household=hh, first_name=first,
                       last_name="Zanetti", birth_date=born)
    add(coordinator, "consent", person=ids["teen"], consent_type="images", date="2026-01-01",
        given_by="self")  # recorded, but not a minor's
    add(coordinator, "consent", person=ids["mother"], consent_type="images",
        date="2026-01-01", given_by="self")
    add(coordinator, "consent", person=ids["cousin"], consent_type="images",
        date="2026-01-01", given_by="parent", withdrawn_on="2026-10-01")
    return ids


def test_who_may_be_photographed(coordinator: Store, world: dict[str, str]) -> None:
    said = photos.photo_consents(coordinator, [world[k] for k in
                                               ("mother", "teen", "aunt", "cousin")], today=DAY)
    # The adult with her own consent; not the minor with only his, not the adult
    # without any, not the minor whose parent withdrew it.
    assert list(said.values()) == [True, False, False, False]
    assert people.plan_of(coordinator, world["teen"], today=DAY)["photo"] is False
    add(coordinator, "consent", person=world["teen"], consent_type="images",
        date="2026-03-01", given_by="parent", given_by_name="Anna Zanetti")
    assert photos.photo_consents(coordinator, [world["teen"]], today=DAY) == {
        world["teen"]: True}
    assert people.plan_of(coordinator, world["teen"], today=DAY)["photo"] is True


def test_a_sessions_photos_only_with_everyone_presents_consent(
        coordinator: Store, world: dict[str, str]) -> None:
    for person in ("teen", "mother"):
        add(coordinator, "consent", person=world[person], consent_type="activities",
            date="2026-01-01", given_by="parent")
    group = add(coordinator, "workshop", title="Radio", point="MON", format="group")
    meeting = add(coordinator, "workshop_session", workshop=group, date="2026-11-10",
                  notes="Prove in sala")
    for person in ("teen", "mother"):
        add(coordinator, "enrolment", workshop=group, person=world[person],
            enrolled_on="2026-11-01")
        attendance.mark(coordinator, meeting, world[person], "present")
    with pytest.raises(Refused) as refused:
        photos.record_photos(coordinator, meeting, "Foto di gruppo, cartella Radio")
    assert (refused.value.code, refused.value.detail) == ("photos_without_consent", "1")
    assert notes(coordinator, meeting) == "Prove in sala"
    add(coordinator, "consent", person=world["teen"], consent_type="images",
        date="2026-11-01", given_by="parent")
    photos.record_photos(coordinator, meeting, "Foto di gruppo, cartella Radio")
    assert notes(coordinator, meeting) == (
        "Prove in sala\n[foto] Foto di gruppo, cartella Radio")


def test_none_of_it_without_the_area(coordinator: Store, world: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "desk", "tulipano-giallo-7")
        accounts.commit_accounts(uow)
    desk = Store.open(coordinator.data_dir, "desk", "tulipano-giallo-7")
    try:
        with pytest.raises(Refused) as refused:
            photos.photo_consents(desk, [world["teen"]])
        assert refused.value.code == "area_access"
    finally:
        desk.close()
