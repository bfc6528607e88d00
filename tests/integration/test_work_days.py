"""An internship's month by days (issue 12, work3): the national holidays, the days
grid's month (working days proposed), the attended days saved with their count, and
what the kind refuses; a month kept as counts alone behaves as before."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from genera_desktop.domain.errors import ValidationFailed
from genera_desktop.domain.holidays import easter, holidays, is_working_day
from genera_desktop.services import records
from genera_desktop.services.work import attendance
from genera_desktop.store.store import Store


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


@pytest.fixture
def internship(coordinator: Store) -> str:
    firm = add(coordinator, "organisation", name="Officine Rossi", org_type="company",
               employees=200)
    hh = add(coordinator, "household", point="MON")
    ida = add(coordinator, "person", household=hh, first_name="Ida", last_name="Ferri")
    return add(coordinator, "internship", person=ida, host=firm, start_date="2026-03-10",
               end_date="2026-08-31")


def test_the_national_holidays() -> None:
    assert [easter(y) for y in (2024, 2025, 2026, 2027)] == [
        date(2024, 3, 31), date(2025, 4, 20), date(2026, 4, 5), date(2027, 3, 28)]
    feasts = holidays(2026)
    for day in ((1, 1), (1, 6), (4, 6), (4, 25), (5, 1), (6, 2), (8, 15), (10, 4), (11, 1),
                (12, 8), (12, 25), (12, 26)):
        assert date(2026, *day) in feasts, day
    assert len(feasts) == 12
    assert date(2025, 10, 4) not in holidays(2025)  # St Francis's: from 2026
    assert not is_working_day(date(2026, 6, 2))  # a Tuesday, Republic Day
    assert not is_working_day(date(2026, 3, 14))  # a Saturday
    assert is_working_day(date(2026, 3, 13))


def test_a_month_by_days_proposes_its_working_days(coordinator: Store,
                                                   internship: str) -> None:
    month = attendance.month_by_days(coordinator, internship, "2026-04")
    days = month["days"]
    assert len(days) == 30 and month["id"] is None and month["attended_days"] is None
    # April 2026: 22 weekdays, less Easter Monday (6th); the 25th is a Saturday.
    assert month["days_expected"] == 21 == sum(d["working"] for d in days)
    assert days[5] == {"day": 6, "weekday": 0, "holiday": True, "within": True,
                       "working": False}
    march = attendance.month_by_days(coordinator, internship, "2026-03")
    assert [d["day"] for d in march["days"] if d["within"]][0] == 10
    assert march["days_expected"] == 16  # from Tuesday 10th to Tuesday 31st


def test_days_saved_with_their_count_and_the_allowance(coordinator: Store,
                                                       internship: str) -> None:
    saved = attendance.save_days(coordinator, internship, "2026-04", [7, 8, 9, 2, 7])
    assert saved["attended_days"] == [2, 7, 8, 9] and saved["days_attended"] == 4
    assert saved["days_expected"] == 21 and saved["id"]
    assert saved["allowance_due"] == round(500 * 4 / 21, 2)
    shown = records.show(coordinator, "internship_month", saved["id"])
    assert shown["attended_days"] == [2, 7, 8, 9] and shown["days_attended"] == 4
    again = attendance.save_days(coordinator, internship, "2026-04", list(range(1, 18)),
                                 days_expected=20)
    assert again["id"] == saved["id"] and again["allowance_due"] == 500.0
    assert again["days_attended"] == 17


def test_the_attended_days_must_fit_the_month_and_the_count(coordinator: Store,
                                                            internship: str) -> None:
    def refused(data: dict[str, Any], field: str) -> None:
        with pytest.raises(ValidationFailed) as caught:
            add(coordinator, "internship_month", internship=internship, **data)
        assert [e.field for e in caught.value.errors] == [field], caught.value.errors

    refused({"month": "2026-04", "days_expected": 20, "days_attended": 2,
             "attended_days": [1, 31]}, "attended_days")  # April has 30 days
    refused({"month": "2026-04", "days_expected": 20, "days_attended": 3,
             "attended_days": [1, 2]}, "days_attended")
    refused({"month": "2026-04", "days_expected": 20, "days_attended": 1,
             "attended_days": [0]}, "attended_days")
    refused({"month": "2026-04", "days_expected": 20, "days_attended": 1,
             "attended_days": ["1"]}, "attended_days")
    assert records.list_records(coordinator, "internship_month") == []
    refused({"month": "2026-04", "days_expected": 20, "days_attended": 2,
             "attended_days": [2, 2]}, "attended_days")  # a day twice
    made = add(coordinator, "internship_month", internship=internship, month="2026-04",
               days_expected=20, days_attended=2, attended_days=[3, 2])
    assert records.show(coordinator, "internship_month", made)["attended_days"] == [3, 2]
    with pytest.raises(ValidationFailed):  # the count alone no longer matches the days
        records.update(coordinator, "internship_month", made, {"days_attended": 5})
    records.update(coordinator, "internship_month", made,
                   {"days_attended": 5, "attended_days": None})
    assert records.show(coordinator, "internship_month", made).get("attended_days") is None


def test_a_month_as_counts_behaves_as_before(coordinator: Store, internship: str) -> None:
    made = add(coordinator, "internship_month", internship=internship, month="2026-05",
               days_expected=20, days_attended=15)
    month = records.show(coordinator, "internship_month", made)
    assert month.get("attended_days") is None and month["allowance_due"] == 375.0
    records.update(coordinator, "internship_month", made, {"days_attended": 16})
    assert records.show(coordinator, "internship_month", made)["allowance_due"] == 500.0
