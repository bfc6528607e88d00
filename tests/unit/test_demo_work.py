"""The demo's work plan (services/work/demo.py): deterministic, every kind there, and
true to the plan's rules (catalogue codes, allowance minimums, months in their
internship, the score matching gives)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from genera_desktop.services.demo_data import generate
from genera_desktop.services.work import demo as demo_work
from genera_desktop.services.work.internships import months_between

TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def records() -> list[tuple[str, dict[str, Any]]]:
    return list(generate(300, 5, TODAY))


def test_every_kind_of_the_plan_is_there(records: list[tuple[str, dict[str, Any]]]) -> None:
    counts = Counter(kind for kind, _ in records)
    for kind in ("vacancy", "job_profile", "candidacy", "course", "course_enrolment",
                 "internship", "internship_month", "hiring", "incentive"):
        assert counts[kind] > 0, kind
    assert counts["internship_month"] > counts["internship"]
    assert demo_work.checked()


def test_same_seed_same_records() -> None:
    first = [(k, r) for k, r in generate(60, 9, TODAY) if k in ("job_profile", "internship")]
    again = [(k, r) for k, r in generate(60, 9, TODAY) if k in ("job_profile", "internship")]
    assert first == again and first


def test_internships_keep_the_rules(records: list[tuple[str, dict[str, Any]]]) -> None:
    internships = {r["id"]: r for k, r in records if k == "internship"}
    for internship in internships.values():
        assert 2 <= months_between(internship["start_date"], internship["end_date"]) <= 12
        if internship["internship_type"] == "extracurricular":
            assert internship["monthly_allowance"] >= 300
    for kind, month in records:
        if kind == "internship_month":
            parent = internships[month["internship"]]
            assert parent["start_date"][:7] <= month["month"] <= parent["end_date"][:7]
            assert 0 <= month["days_attended"] <= month["days_expected"]
            assert month["monthly_allowance"] == parent["monthly_allowance"]
            assert month["person"] == parent["person"]
