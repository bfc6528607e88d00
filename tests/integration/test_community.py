"""Community life on a real store: the rules of enrolments, attendance and initiatives,
newcomers, the directory's links, a workshop's grid and its printed forms."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from genera_desktop.domain.errors import MoveRefused, Refused, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.community import (
    attendance,
    enrolments,
    initiatives,
    newcomers,
    organisations,
    prints,
)
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.store.store import Store


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def get(store: Store, kind: str, rid: str) -> dict[str, Any]:
    with store.unit_of_work() as uow:
        obj = records.load(uow.session, kind, rid, alive=None)
        return {**records.to_dict(obj), "cl": obj.cl}


def dump(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(dump_lines(uow))


@pytest.fixture
def season(coordinator: Store) -> dict[str, str]:
    """A workshop of MON with two sessions and a family of MON; one of CAL."""
    hh = add(coordinator, "household", point="MON", address="Via Roma 1")
    ida = add(coordinator, "person", household=hh, first_name="Ida", last_name="Ferri")
    leo = add(coordinator, "person", household=hh, first_name="Leo", last_name="Àlberti")
    far = add(coordinator, "household", point="CAL")
    eva = add(coordinator, "person", household=far, first_name="Eva", last_name="Neri")
    place = add(coordinator, "place", name="Biblioteca civica", point="MON",
                address="Piazza Garibaldi 1", municipality="Montichiari")
    workshop = add(coordinator, "workshop", title="Cucina insieme", point="MON",
                   place=place, facilitator="anna")
    first = add(coordinator, "workshop_session", workshop=workshop, date="2026-03-02",
                start_time="17:00", end_time="19:00", guests=3)
    second = add(coordinator, "workshop_session", workshop=workshop, date="2026-03-09")
    return {"hh": hh, "ida": ida, "leo": leo, "far": far, "eva": eva, "place": place,
            "workshop": workshop, "first": first, "second": second}


def test_a_session_carries_its_workshops_point_and_moves_with_it(
        coordinator: Store, season: dict[str, str]) -> None:
    assert get(coordinator, "workshop_session", season["first"])["point"] == "MON"
    with pytest.raises(ValidationFailed):  # the app sets it
        add(coordinator, "workshop_session", workshop=season["workshop"], date="2026-03-16",
            point="CAL")
    enrolment = enrolments.enrol(coordinator, season["workshop"], season["ida"])
    mark = attendance.mark(coordinator, season["first"], season["ida"], "present")
    assert get(coordinator, "enrolment", enrolment)["household"] == season["hh"]
    records.update(coordinator, "workshop", season["workshop"], {"point": "CAL"})
    for kind, rid in (("workshop_session", season["first"]), ("enrolment", enrolment),
                      ("attendance", mark)):
        assert get(coordinator, kind, rid)["point"] == "CAL", kind


def test_one_enrolment_per_person_and_workshop_of_the_workshops_point(
        coordinator: Store, season: dict[str, str]) -> None:
    first = enrolments.enrol(coordinator, season["workshop"], season["ida"])
    assert first == enrolments.enrolment_id(season["workshop"], season["ida"])
    assert get(coordinator, "enrolment", first)["status"] == "enrolled"  # the default
    before = dump(coordinator)
    with pytest.raises(Refused) as second:
        add(coordinator, "enrolment", workshop=season["workshop"], person=season["ida"])
    assert second.value.code == "already_enrolled"
    with pytest.raises(Refused) as other_point:
        add(coordinator, "enrolment", workshop=season["workshop"], person=season["eva"])
    assert (other_point.value.code, other_point.value.detail) == ("enrolment_other_point", "CAL")
    with pytest.raises(Refused) as moved:
        records.update(coordinator, "enrolment", first, {"person": season["leo"]})
    assert moved.value.code == "pair_fixed"
    assert dump(coordinator) == before


def test_enrolling_again_after_a_delete_brings_the_same_record_back(
        coordinator: Store, season: dict[str, str]) -> None:
    first = enrolments.enrol(coordinator, season["workshop"], season["ida"], notes="prima")
    records.delete(coordinator, "enrolment", first)
    again = enrolments.enrol(coordinator, season["workshop"], season["ida"],
                             enrolled_on="2026-03-05")
    assert again == first
    back = get(coordinator, "enrolment", again)
    assert back["cl"] == 3 and back["enrolled_on"] == "2026-03-05" and "notes" not in back


def test_attendance_of_the_enrolled_one_per_session(coordinator: Store,
                                                    season: dict[str, str]) -> None:
    with pytest.raises(Refused) as not_enrolled:
        attendance.mark(coordinator, season["first"], season["ida"], "present")
    assert not_enrolled.value.code == "not_enrolled"
    enrolments.enrol(coordinator, season["workshop"], season["ida"])
    mark = add(coordinator, "attendance", session=season["first"], person=season["ida"])
    assert get(coordinator, "attendance", mark)["status"] == "present"  # the default
    with pytest.raises(Refused) as twice:
        add(coordinator, "attendance", session=season["first"], person=season["ida"],
            status="absent")
    assert twice.value.code == "already_marked"
    # The grid's toggle changes the one record, and removes it.
    assert attendance.mark(coordinator, season["first"], season["ida"], "excused") == mark
    assert get(coordinator, "attendance", mark)["status"] == "excused"
    assert attendance.mark(coordinator, season["first"], season["ida"], None) is None
    assert get(coordinator, "attendance", mark)["cl"] == 2


def test_a_households_delete_takes_its_enrolments_and_attendance(
        coordinator: Store, season: dict[str, str]) -> None:
    enrolment = enrolments.enrol(coordinator, season["workshop"], season["ida"])
    mark = attendance.mark(coordinator, season["first"], season["ida"], "present")
    records.delete(coordinator, "household", season["hh"])
    assert get(coordinator, "enrolment", enrolment)["cl"] == 2
    assert get(coordinator, "attendance", mark)["cl"] == 2
    records.restore(coordinator, "household", season["hh"])
    assert get(coordinator, "enrolment", enrolment)["cl"] == 3
    assert get(coordinator, "attendance", mark)["cl"] == 3


def test_a_workshops_delete_takes_its_sessions_enrolments_and_attendance(
        coordinator: Store, season: dict[str, str]) -> None:
    enrolment = enrolments.enrol(coordinator, season["workshop"], season["ida"])
    mark = attendance.mark(coordinator, season["first"], season["ida"], "present")
    taken = records.delete(coordinator, "workshop", season["workshop"])
    assert set(taken) == {("workshop_session", season["first"]),
                          ("workshop_session", season["second"]),
                          ("enrolment", enrolment), ("attendance", mark)}
    assert get(coordinator, "attendance", mark)["cl"] == 2
    records.restore(coordinator, "workshop", season["workshop"])
    for kind, rid in taken:
        assert get(coordinator, kind, rid)["cl"] == 3, kind
    assert "deleted_with" not in get(coordinator, "workshop", season["workshop"])


def test_the_grid_holds_persons_by_surname_sessions_by_date_and_marks(
        coordinator: Store, season: dict[str, str]) -> None:
    for person in ("ida", "leo"):
        enrolments.enrol(coordinator, season["workshop"], season[person])
    attendance.mark(coordinator, season["first"], season["leo"], "present")
    attendance.mark(coordinator, season["second"], season["ida"], "absent")
    grid = attendance.grid(coordinator, season["workshop"])
    assert [p["last_name"] for p in grid.persons] == ["Àlberti", "Ferri"]
    assert [s["id"] for s in grid.sessions] == [season["first"], season["second"]]
    assert grid.marks == {(season["leo"], season["first"]): "present",
                          (season["ida"], season["second"]): "absent"}
    assert [p["minor"] for p in grid.persons] == [False, False]
    attendance.save_guests(coordinator, season["second"], 5)
    assert attendance.grid(coordinator, season["workshop"]).sessions[1]["guests"] == 5


def test_an_initiative_moves_only_as_the_flow_allows(coordinator: Store,
                                                     season: dict[str, str]) -> None:
    rid = add(coordinator, "initiative", title="Orto condiviso", point="MON",
              proposer_person=season["ida"], support_requested=800)
    assert get(coordinator, "initiative", rid)["status"] == "proposed"
    assert initiatives.allowed_moves("proposed") == ("evaluating", "withdrawn")
    with pytest.raises(MoveRefused) as jump:
        initiatives.move(coordinator, rid, "accepted", decided_on="2026-04-01")
    assert (jump.value.code, jump.value.from_status, jump.value.to_status) == (
        "initiative_move", "proposed", "accepted")
    with pytest.raises(Refused) as early:
        records.update(coordinator, "initiative", rid, {"support_granted": 500})
    assert early.value.code == "support_not_granted"
    initiatives.move(coordinator, rid, "evaluating")
    with pytest.raises(Refused) as undated:
        initiatives.move(coordinator, rid, "accepted")
    assert undated.value.code == "decided_on_needed"
    initiatives.move(coordinator, rid, "accepted", decided_on="2026-04-01",
                     support_granted=500)
    initiatives.move(coordinator, rid, "in_progress")
    initiatives.move(coordinator, rid, "completed", report_received="2026-09-30")
    with pytest.raises(MoveRefused):  # completed is final: not even withdrawn
        initiatives.move(coordinator, rid, "withdrawn")
    done = get(coordinator, "initiative", rid)
    assert (done["status"], done["support_granted"]) == ("completed", 500)


def test_a_rejected_initiative_needs_its_decision_day_and_is_final(
        coordinator: Store) -> None:
    rid = add(coordinator, "initiative", title="Festa di via", point="MON",
              status="evaluating")
    with pytest.raises(Refused):
        records.update(coordinator, "initiative", rid, {"status": "rejected"})
    initiatives.move(coordinator, rid, "rejected", decided_on="2026-05-02")
    with pytest.raises(MoveRefused):
        initiatives.move(coordinator, rid, "evaluating")
    with pytest.raises(Refused):  # a new one in a decided state needs the day too
        add(coordinator, "initiative", title="Cineforum", point="MON", status="accepted")


def test_overdue_reports(coordinator: Store) -> None:
    late = add(coordinator, "initiative", title="Doposcuola", point="MON", status="accepted",
               decided_on="2026-01-10", report_due="2026-06-30")
    add(coordinator, "initiative", title="Coro", point="MON", status="accepted",
        decided_on="2026-01-10", report_due="2026-06-30", report_received="2026-06-28")
    add(coordinator, "initiative", title="Mercatino", point="MON", report_due="2026-12-31")
    with coordinator.unit_of_work() as uow:
        due = initiatives.overdue_reports(uow, today=date(2026, 7, 1))
    assert [i["id"] for i in due] == [late]


def test_a_newcomer_is_registered_as_a_contact_and_enrolled(
        coordinator: Store, season: dict[str, str]) -> None:
    made = newcomers.register_and_enrol(coordinator, season["workshop"], "Sara", "Bonomi",
                                        phone="333 1234567", consents=("processing", "contact"))
    household = get(coordinator, "household", made.household)
    assert (household["point"], household["status"]) == ("MON", "contact")
    assert household["case_number"].startswith("MON-")
    person = get(coordinator, "person", made.person)
    assert (person["household"], person["is_reference"]) == (made.household, True)
    intake = get(coordinator, "intake", made.intake)
    assert intake["consents"] == ["processing", "contact"]
    assert made.enrolment == enrolments.enrolment_id(season["workshop"], made.person)
    before = dump(coordinator)
    with pytest.raises(ValidationFailed):  # no consent, nobody registered
        newcomers.register_and_enrol(coordinator, season["workshop"], "Ugo", "Rota",
                                     consents=())
    assert dump(coordinator) == before


def test_adding_an_organisation_links_the_referrals_that_name_it(
        coordinator: Store, season: dict[str, str]) -> None:
    named = add(coordinator, "referral", household=season["hh"], date="2026-02-01",
                organisation="cooperativa  LA RETE")
    accented = add(coordinator, "referral", household=season["hh"], date="2026-02-02",
                   organisation="Società San Vincenzo")
    other = add(coordinator, "referral", household=season["hh"], date="2026-02-03",
                organisation="Caritas parrocchiale")
    coop = add(coordinator, "organisation", name="Cooperativa La Rete", org_type="cooperative",
               vat_number="IT 00743110157", ateco="889902", is_partner=True)
    saint = add(coordinator, "organisation", name="Societa San Vincenzo",
                org_type="association")
    assert get(coordinator, "referral", named)["organisation_ref"] == coop
    assert get(coordinator, "referral", accented)["organisation_ref"] == saint
    assert "organisation_ref" not in get(coordinator, "referral", other)
    stored = get(coordinator, "organisation", coop)
    assert (stored["vat_number"], stored["ateco"]) == ("00743110157", "88.99.02")
    with coordinator.unit_of_work() as uow:
        found = organisations.find_organisations(uow, "rete", org_type="cooperative",
                                                 municipality=None, partners_only=True)
    assert [o["id"] for o in found] == [coop]


def test_bad_partita_iva_and_ateco_are_refused_naming_the_field(coordinator: Store) -> None:
    for field, value in (("vat_number", "00743110158"), ("vat_number", "123"),
                         ("ateco", "99.99")):
        with pytest.raises(ValidationFailed) as bad:
            add(coordinator, "organisation", name="Ente", org_type="other", **{field: value})
        assert [e.field for e in bad.value.errors] == [field]


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_signin_sheet_and_register_print_the_enrolled(
        coordinator: Store, season: dict[str, str], tmp_path: Path) -> None:
    for person in ("ida", "leo"):
        enrolments.enrol(coordinator, season["workshop"], season[person])
    attendance.mark(coordinator, season["first"], season["ida"], "present")
    out = prints.save_signin(coordinator, tmp_path / "firme.pdf", season["first"])
    sheet = _text(out.read_bytes())
    assert "Foglio firme" in sheet and "Cucina insieme" in sheet and "02/03/2026" in sheet
    assert sheet.index("Àlberti") < sheet.index("Ferri") and "Biblioteca civica" in sheet
    register = _text(prints.save_register(coordinator, tmp_path / "registro.pdf",
                                          season["workshop"]).read_bytes())
    assert "Registro presenze" in register and "09/03/2026" in register
    with coordinator.unit_of_work() as uow:
        printed = uow.session.execute(text(
            "SELECT kind, action FROM audit WHERE action = 'print' ORDER BY id")).all()
    assert [tuple(r) for r in printed] == [("workshop_session", "print"), ("workshop", "print")]


def test_the_signin_sheet_ticks_who_is_a_minor_on_the_sessions_day(
        coordinator: Store, season: dict[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from genera_desktop.printing import workshops as forms

    # 17 on the first session's day (02/03/2026), of age on any day after June 2026.
    records.update(coordinator, "person", season["leo"], {"birth_date": "2008-06-01"})
    records.update(coordinator, "person", season["ida"], {"birth_date": "1985-04-12"})
    for person in ("ida", "leo"):
        enrolments.enrol(coordinator, season["workshop"], season[person])
    given: list[list[dict[str, Any]]] = []
    real = forms.signin_sheet

    def spy(ctx: Any, workshop: Any, session: Any, place: Any, persons: Any) -> bytes:
        given.append(persons)
        return real(ctx, workshop, session, place, persons)

    monkeypatch.setattr(forms, "signin_sheet", spy)
    drawn: list[bool] = []
    draw = forms.draw_checkbox
    monkeypatch.setattr(forms, "draw_checkbox",
                        lambda canv, x, y, size, checked: (drawn.append(checked),
                                                           draw(canv, x, y, size, checked)))
    out = prints.save_signin(coordinator, tmp_path / "firme.pdf", season["first"])
    assert {p["last_name"]: p["birth_date"] for p in given[0]} == {
        "Ferri": "1985-04-12", "Àlberti": "2008-06-01"}
    assert drawn[:2] == [True, False]  # Àlberti (the minor), Ferri
    assert not any(drawn[2:])
    assert "2008" not in _text(out.read_bytes())  # the date itself is not printed
