"""The rest of the work plan's services (issue 12): the internships' month grids and
their saving, the agenda's interviews and candidacies waiting for an answer, a
completed course's skills added to the profile when asked, the allowance statement."""

from __future__ import annotations

import io
from datetime import date, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from genera_desktop.domain.errors import Refused, ValidationFailed
from genera_desktop.services import accounts, records
from genera_desktop.services.registry import agenda
from genera_desktop.services.work import attendance, courses, prints
from genera_desktop.services.work.agenda import WAITING_DAYS
from genera_desktop.store.store import Store


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


@pytest.fixture
def world(coordinator: Store) -> dict[str, str]:
    firm = add(coordinator, "organisation", name="Officine Rossi", org_type="company",
               employees=200)
    ids = {"firm": firm}
    for key, point, first in (("ida", "MON", "Ida"), ("leo", "MON", "Leo"),
                              ("ugo", "CAL", "Ugo")):
        hh = add(coordinator, "household", point=point)
        ids[key] = add(coordinator, "person", household=hh, first_name=first,
                       last_name="Ferri")
        ids[f"{key}_int"] = add(coordinator, "internship", person=ids[key], host=firm,
                                start_date="2026-01-12", end_date="2026-06-30")
    return ids


def test_working_days_count_monday_to_friday_within_the_internship() -> None:
    # January 2026 has 22 weekdays, 20 working days (New Year and Epiphany are
    # holidays); from Monday 12th, 15.
    assert attendance.working_days("2026-01", "2026-01-01", "2026-12-31") == 20
    assert attendance.working_days("2026-01", "2026-01-12", "2026-12-31") == 15
    assert attendance.months_of("2025-11-20", "2026-02-01") == [
        "2025-11", "2025-12", "2026-01", "2026-02"]


def test_an_internships_months_are_rows_entered_or_proposed(coordinator: Store,
                                                            world: dict[str, str]) -> None:
    rows = attendance.internship_months(coordinator, world["ida_int"])
    assert [r["month"] for r in rows] == [f"2026-0{n}" for n in range(1, 7)]
    assert rows[0]["days_expected"] == 15 and rows[0]["id"] is None
    assert rows[0]["allowance_due"] is None and rows[0]["person_name"] == "Ferri Ida"
    saved = attendance.save_month(coordinator, world["ida_int"], "2026-02",
                                  {"days_expected": 20, "days_attended": 10,
                                   "project_contribution": 100})
    # Below 80%: the share of the 500 the rules gave.
    assert saved["id"] and saved["allowance_due"] == 250.0
    again = attendance.save_month(coordinator, world["ida_int"], "2026-02",
                                  {"days_attended": 16})
    assert again["id"] == saved["id"] and again["allowance_due"] == 500.0
    assert again["project_contribution"] == 100
    row = attendance.internship_months(coordinator, world["ida_int"])[1]
    assert (row["days_expected"], row["days_attended"], row["allowance_due"]) == (20, 16, 500.0)


def test_a_points_month_lists_its_active_internships_only(coordinator: Store,
                                                          world: dict[str, str]) -> None:
    records.update(coordinator, "internship", world["leo_int"], {"status": "interrupted"})
    rows = attendance.point_month(coordinator, "MON", "2026-03")
    assert [r["internship"] for r in rows] == [world["ida_int"]]
    assert attendance.point_month(coordinator, "MON", "2026-07") == []
    assert [r["person_name"] for r in attendance.point_month(coordinator, "CAL", "2026-03")] \
        == ["Ferri Ugo"]


def test_a_bad_row_is_refused_and_nothing_is_saved(coordinator: Store,
                                                   world: dict[str, str]) -> None:
    with pytest.raises(ValidationFailed):
        attendance.save_month(coordinator, world["ida_int"], "2026-02",
                              {"days_expected": 20, "days_attended": 21})
    with pytest.raises(Refused):
        attendance.save_month(coordinator, world["ida_int"], "2026-09",
                              {"days_expected": 20, "days_attended": 20})
    assert all(r["id"] is None for r in attendance.internship_months(
        coordinator, world["ida_int"]))


def candidacy(store: Store, person: str, vacancy: str, **data: Any) -> str:
    add(store, "job_profile", person=person)
    return add(store, "candidacy", person=person, vacancy=vacancy, **data)


def test_the_agenda_shows_interviews_and_candidacies_waiting_to_work_users_only(
        coordinator: Store, world: dict[str, str]) -> None:
    vacancy = add(coordinator, "vacancy", organisation=world["firm"], title="Magazziniere")
    interview = candidacy(coordinator, world["ida"], vacancy, status="interview",
                          interview_on="2026-12-10")
    waiting = candidacy(coordinator, world["leo"], vacancy, status="sent")
    candidacy(coordinator, world["ugo"], vacancy, status="proposed")
    today = date.today()
    soon = agenda.agenda(coordinator, today=today)
    assert [(i.what, i.candidacy_id) for i in soon.work] == [("interview", interview)]
    assert soon.work[0].due == "2026-12-10" and soon.work[0].vacancy_title == "Magazziniere"
    later = agenda.agenda(coordinator, today=today + timedelta(days=WAITING_DAYS + 1))
    assert [(i.what, i.candidacy_id) for i in later.work] == [
        ("interview", interview), ("waiting", waiting)]
    assert later.work[1].days == WAITING_DAYS + 1 and later.work[1].person_name == "Ferri Leo"
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "bruno-password", access_areas=["housing"])
        accounts.commit_accounts(uow)
    bruno = Store.open(coordinator.data_dir, "bruno", "bruno-password")
    try:
        assert agenda.agenda(bruno, today=today + timedelta(days=30)).work == []
    finally:
        bruno.close()


def test_a_completed_course_adds_its_skills_only_when_asked(coordinator: Store,
                                                           world: dict[str, str]) -> None:
    course = add(coordinator, "course", title="Carrellisti",
                 skills=["carrello-elevatore", "haccp"])
    profile = add(coordinator, "job_profile", person=world["ida"], skills=["haccp"])
    enrolment = add(coordinator, "course_enrolment", course=course, person=world["ida"])
    with pytest.raises(Refused) as early:
        courses.add_course_skills(coordinator, enrolment)
    assert early.value.code == "course_not_completed"
    records.update(coordinator, "course_enrolment", enrolment, {"status": "completed"})
    # Completing it changes nothing by itself.
    assert records.show(coordinator, "job_profile", profile)["skills"] == ["haccp"]
    assert courses.skills_to_add(coordinator, enrolment) == ["carrello-elevatore"]
    assert courses.add_course_skills(coordinator, enrolment) == ["carrello-elevatore"]
    assert records.show(coordinator, "job_profile", profile)["skills"] == [
        "haccp", "carrello-elevatore"]
    assert courses.skills_to_add(coordinator, enrolment) == []
    assert courses.enrolments_of(coordinator, world["ida"])[0]["course_title"] == "Carrellisti"


def test_the_allowance_statement_lists_the_months_and_totals(coordinator: Store,
                                                             world: dict[str, str]) -> None:
    attendance.save_month(coordinator, world["ida_int"], "2026-01",
                          {"days_expected": 15, "days_attended": 15,
                           "project_contribution": 200})
    attendance.save_month(coordinator, world["ida_int"], "2026-02",
                          {"days_expected": 20, "days_attended": 10})
    with coordinator.unit_of_work() as uow:
        pdf = prints.print_allowance(uow, world["ida_int"])
        uow.commit()
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Prospetto dell'indennità" in words and "Ferri Ida" in words
    assert "gennaio 2026" in words and "febbraio 2026" in words and "Totale" in words
    assert "750,00" in words and "550,00" in words  # due, and left to the host
    with coordinator.unit_of_work() as uow:
        one = prints.print_allowance(uow, world["ida_int"], "2026-02")
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(one)).pages)
    assert "febbraio 2026" in words and "gennaio 2026" not in words
    with coordinator.unit_of_work() as uow, pytest.raises(Refused):
        prints.print_allowance(uow, world["ida_int"], "2026-08")
