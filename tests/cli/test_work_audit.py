"""What the audit of the work plan against spec/programme.md found (issue 12, audit12):
each was accepted before and is refused now with exit 1, one `error:` line naming the
field, and the store as it was; and the printed CV and allowance statement read as
Italian forms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli_work import _pdf_text, add, env, genera, ok, refused, world  # noqa: F401


def _refusals_leave_the_store_as_it_was(env: dict[str, str],  # noqa: F811
                                        cases: list[tuple[tuple[str, ...], str]]) -> None:
    before = ok(env, "dump")
    for argv, words in cases:
        line = refused(env, *argv)
        assert words in line, (argv, line)
        assert "Ferri" not in line and "Ida" not in line, line
    assert ok(env, "dump") == before


def test_an_extracurricular_internship_keeps_an_allowance(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    """Removing the allowance (null) left its months with no allowance due at all; and
    0 hours a day made the lower "at most 4 hours" minimum (350) apply."""
    internship = add(env, "internship", person=world["ida"], host=world["coop"],
                     start_date="2026-01-01", end_date="2026-06-30", hours_per_day=6)
    month = add(env, "internship_month", internship=internship, month="2026-02",
                days_expected=20, days_attended=20)

    def new(**extra: Any) -> tuple[str, ...]:
        data = {"person": world["leo"], "host": world["coop"], "start_date": "2026-01-01",
                "end_date": "2026-06-30", **extra}
        return ("internship", "add", "--json", json.dumps(data))

    _refusals_leave_the_store_as_it_was(env, [
        (("internship", "update", internship, "--json", '{"monthly_allowance": null}'),
         "monthly_allowance: cannot be removed"),
        (("internship", "update", internship, "--json", '{"hours_per_day": 0}'),
         "hours_per_day: 0 must be more than 0 and at most 24"),
        (new(hours_per_day=0, monthly_allowance=350), "hours_per_day"),
        (new(hours_per_day=25), "hours_per_day: 25"),
    ])
    assert json.loads(ok(env, "internship_month", "show", month, "--json"))[
        "allowance_due"] == 500
    # An inclusion internship has no regional minimum: its allowance may go.
    inclusion = add(env, "internship", person=world["far"], host=world["coop"],
                    internship_type="inclusion", start_date="2026-01-01",
                    end_date="2026-06-30", monthly_allowance=200)
    ok(env, "internship", "update", inclusion, "--json", '{"monthly_allowance": null}')
    assert "monthly_allowance" not in json.loads(
        ok(env, "internship", "show", inclusion, "--json"))


def test_periods_hours_and_counts_within_reason(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    vacancy = add(env, "vacancy", organisation=world["firm"], title="Magazziniere",
                  opened_on="2026-01-10")
    course = add(env, "course", title="Carrellisti", hours=12, start_date="2026-02-01")
    incentive = add(env, "incentive", code="ADI-ESONERO", name="Esonero ADI",
                    valid_from="2024-01-01")
    hiring = add(env, "hiring", person=world["ida"], organisation=world["firm"],
                 date="2026-04-01", hours_per_week=38.5)
    _refusals_leave_the_store_as_it_was(env, [
        (("vacancy", "update", vacancy, "--json", '{"closes_on": "2026-01-09"}'),
         "closes_on: '2026-01-09' is before opened_on"),
        (("vacancy", "update", vacancy, "--json", '{"positions": 0}'),
         "positions: 0 must be at least 1"),
        (("vacancy", "add", "--json", json.dumps(
            {"organisation": world["firm"], "title": "Autista", "opened_on": "2026-03-01",
             "closes_on": "2026-02-01"})), "closes_on"),
        (("course", "update", course, "--json", '{"end_date": "2026-01-31"}'),
         "end_date: '2026-01-31' is before start_date"),
        (("course", "update", course, "--json", '{"hours": -4}'),
         "hours: -4 must not be negative"),
        (("incentive", "update", incentive, "--json", '{"valid_to": "2023-12-31"}'),
         "valid_to: '2023-12-31' is before valid_from"),
        (("hiring", "update", hiring, "--json", '{"hours_per_week": 169}'),
         "hours_per_week: 169 must be more than 0 and at most 168"),
        (("hiring", "update", hiring, "--json", '{"hours_per_week": 0}'), "hours_per_week"),
        (("organisation", "update", world["firm"], "--json", '{"employees": -1}'),
         "employees: -1 must not be negative"),
    ])
    # Moving both ends of a period at once is one change, judged as a whole.
    ok(env, "course", "update", course, "--json",
       '{"start_date": "2026-01-10", "end_date": "2026-01-31"}')


def test_a_hiring_names_the_persons_own_internship(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    internship = add(env, "internship", person=world["ida"], host=world["firm"],
                     start_date="2026-01-01", end_date="2026-06-30")
    hiring = add(env, "hiring", person=world["ida"], organisation=world["firm"],
                 date="2026-07-01", internship=internship)
    _refusals_leave_the_store_as_it_was(env, [
        (("hiring", "add", "--json", json.dumps(
            {"person": world["leo"], "organisation": world["firm"], "date": "2026-07-01",
             "internship": internship})), "is another person's internship"),
        (("hiring", "update", hiring, "--json", json.dumps({"person": world["leo"]})),
         "internship"),
    ])


def test_one_course_enrolment_per_person_and_course(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    course = add(env, "course", title="HACCP", hours=8, skills=["haccp"])
    other = add(env, "course", title="Carrellisti", hours=12)
    enrolment = add(env, "course_enrolment", course=course, person=world["ida"],
                    status="enrolled")
    _refusals_leave_the_store_as_it_was(env, [
        (("course_enrolment", "add", "--json", json.dumps(
            {"course": course, "person": world["ida"]})),
         f"already enrolled in this course (course_enrolment {enrolment})"),
        (("course_enrolment", "update", enrolment, "--json", json.dumps({"course": other})),
         "course_enrolment course cannot change"),
    ])
    # Another person, or the same person in another course, is fine; so is enrolling
    # again after the enrolment was deleted.
    add(env, "course_enrolment", course=course, person=world["leo"])
    add(env, "course_enrolment", course=other, person=world["ida"])
    ok(env, "course_enrolment", "delete", enrolment)
    assert add(env, "course_enrolment", course=course, person=world["ida"]) == enrolment


def test_the_cv_and_the_statement_speak_italian(env: dict[str, str],  # noqa: F811
                                                world: dict[str, str],  # noqa: F811
                                                tmp_path: Path) -> None:
    """The CV sheet printed "25.5 km" and "it:C1, en:A2" for a company to read; the
    allowance statement "6.5" hours a day."""
    add(env, "job_profile", person=world["ida"], max_distance_km=25.5, cv_consent=True,
        languages=["it:C1", "en:A2", "xx:B1"])
    cv = tmp_path / "cv.pdf"
    ok(env, "print", "cv", "--person", world["ida"], "--out", str(cv))
    text, _pages = _pdf_text(cv)
    assert "25,5 km" in text and "italiano C1, inglese A2, xx B1" in text, text
    assert "it:C1" not in text and "25.5" not in text
    # What goes to a company is in the trail: the person's access export shows the print.
    export = tmp_path / "export.json"
    ok(env, "person", "export", world["ida"], "--out", str(export))
    prints = [a for a in json.loads(export.read_text())["audit"] if a["action"] == "print"]
    assert [(a["kind"], a["detail"]["form"]) for a in prints] == [("job_profile", "cv")]
    internship = add(env, "internship", person=world["ida"], host=world["coop"],
                     start_date="2026-01-01", end_date="2026-06-30", hours_per_day=6.5)
    add(env, "internship_month", internship=internship, month="2026-02", days_expected=20,
        days_attended=20)
    statement = tmp_path / "allowance.pdf"
    ok(env, "print", "allowance", "--internship", internship, "--out", str(statement))
    text, _pages = _pdf_text(statement)
    assert "6,5" in text and "6.5" not in text, text


def test_the_month_sheet_shows_holidays_and_days_outside_the_internship(
        env: dict[str, str], world: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    """A tutor signing the sheet saw every day alike: Easter Monday, or the days of the
    first month before the internship began, were rows to fill like any other."""
    internship = add(env, "internship", person=world["ida"], host=world["coop"],
                     start_date="2026-01-12", end_date="2026-07-11")
    january, april = tmp_path / "january.pdf", tmp_path / "april.pdf"
    ok(env, "print", "internship-month", "--id", internship, "--month", "2026-01", "--out",
       str(january))
    ok(env, "print", "internship-month", "--id", internship, "--month", "2026-04", "--out",
       str(april))
    text, pages = _pdf_text(january)
    assert pages == 1 and text.count("fuori dal tirocinio") == 11, text
    text, pages = _pdf_text(april)
    # 6 April 2026 is Easter Monday, 25 April the Liberation day.
    assert pages == 1 and text.count("festivo") == 2, text
    assert "06/04/2026 lunedì festivo" in text and "fuori dal tirocinio" not in text


def test_the_host_cap_is_warned_when_it_is_passed_not_at_every_change(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    """A tutor's name corrected on an internship printed the cap warning again."""
    add(env, "internship", person=world["ida"], host=world["firm"], start_date="2026-01-01",
        end_date="2026-06-30", status="active")
    second = add(env, "internship", person=world["leo"], host=world["firm"],
                 start_date="2026-01-01", end_date="2026-06-30", status="planned")
    done = genera(env, "internship", "update", second, "--json", '{"status": "active"}')
    assert done.returncode == 0 and done.stderr.startswith("warning: "), done.stderr
    ok(env, "internship", "update", second, "--json", '{"host_tutor": "Marco Bettoni"}')


def test_a_list_field_given_a_value_twice_is_refused_not_shortened(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    """A list came out shorter than it went in (a repeat dropped without a word): the
    contract says a field comes out as it went in, so a repeat is refused, by name."""
    profile = add(env, "job_profile", person=world["ida"], driving_licences=["B", "C"])
    shown = json.loads(ok(env, "job_profile", "show", profile, "--json"))
    assert shown["driving_licences"] == ["B", "C"]
    _refusals_leave_the_store_as_it_was(env, [
        (("job_profile", "update", profile, "--json", '{"driving_licences": ["B", "B"]}'),
         "driving_licences: 'B' is given twice")])
