"""Internships: the regional allowance and duration rules, the host's cap, the months.

On ``add`` an absent ``monthly_allowance`` becomes the minimum that applies; one below
it is refused, and so is a duration under the rule's minimum or over its maximum (the
longer maximum when the person's health records a disability). A host with more active
internships than its size allows is warned (services/notices.py), not refused. A month
carries its internship's person, household and allowance (so ``allowance_due`` is worked
out from it alone); a change of the internship's allowance reaches its months.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from sqlalchemy import func, select

from genera_desktop.domain.errors import FieldError, Refused, ValidationFailed
from genera_desktop.services import notices, rules
from genera_desktop.services.work import bounds
from genera_desktop.services.work.internship_rules import minimum_allowance, rule_on
from genera_desktop.store.base import Replicated
from genera_desktop.store.models import Health, Organisation
from genera_desktop.store.models_work import Internship, InternshipMonth
from genera_desktop.store.uow import UnitOfWork


def months_between(start: str, end: str) -> float:
    """The length of ``start``..``end`` (both days included) in months: whole months
    from the start day, then the remaining days as a share of the next month."""
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    after = date.fromordinal(last.toordinal() + 1)  # the day after the last
    months = (after.year - first.year) * 12 + after.month - first.month
    anchor = _add_months(first, months)
    if anchor > after:
        months -= 1
        anchor = _add_months(first, months)
    following = _add_months(first, months + 1)
    share = (after - anchor).days / max(1, (following - anchor).days)
    return months + share


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def host_cap(employees: int | None) -> int | None:
    """How many active internships a host of this size may have (spec: up to 5
    employees 1, 6 to 20 2, more 10%); None when its size is unknown."""
    if employees is None:
        return None
    if employees <= 5:
        return 1
    if employees <= 20:
        return 2
    return max(2, employees // 10)


def _has_disability(session: Any, person_id: str) -> bool:
    return session.scalar(select(func.count()).select_from(Health).where(
        Health.person == person_id, Health.cl % 2 == 1, Health.disability.is_(True))) > 0


def _check(uow: UnitOfWork, now: dict[str, Any], given: dict[str, Any], *,
           adding: bool) -> None:
    """Apply the rule in force to the internship as it will be (``now``)."""
    session = uow.session
    if now["start_date"] > now["end_date"]:
        raise ValidationFailed([FieldError("end_date", "before_start", value=now["end_date"])])
    rule = rule_on(session, now["start_date"])
    host = session.get(Organisation, now["host"])
    least, _why = minimum_allowance(
        rule, internship_type=now.get("internship_type"), meals=now.get("meals_provided"),
        hours_per_day=now.get("hours_per_day"), host_type=host.org_type if host else None)
    if adding and now.get("monthly_allowance") is None and least is not None:
        given["monthly_allowance"] = least
        now["monthly_allowance"] = least
    allowance = now.get("monthly_allowance")
    if least is not None and allowance is None and "monthly_allowance" in given:
        # Removing it would leave the months without an allowance due: below any minimum.
        raise Refused("allowance_needed", _euro(least))
    if least is not None and allowance is not None and allowance < least and (
            adding or {"monthly_allowance", "internship_type", "meals_provided",
                       "hours_per_day", "host", "start_date"} & set(given)):
        raise Refused("allowance_below_minimum", f"{_euro(allowance)}|{_euro(least)}")
    # The regional rules are those of extracurricular internships (spec/programme.md):
    # an inclusion internship's length is the project's (docs/dev/decisions.md).
    extracurricular = now.get("internship_type") != "inclusion"
    if extracurricular and (adding or {"start_date", "end_date", "person",
                                       "internship_type"} & set(given)):
        length = months_between(now["start_date"], now["end_date"])
        longest = int(rule.max_months_disability if _has_disability(session, now["person"])
                      else rule.max_months)
        if length < int(rule.min_months) - 1e-9:
            raise Refused("internship_too_short", str(rule.min_months))
        if length > longest + 1e-9:
            raise Refused("internship_too_long", str(longest))
    # Warned when it is made, or becomes active, or moves host: not again at every
    # change of a tutor's name while the host stays over its cap.
    if host is not None and now.get("status") == "active" and (
            adding or {"status", "host"} & set(given)):
        cap = host_cap(host.employees)
        active = int(session.scalar(select(func.count()).select_from(Internship).where(
            Internship.host == host.id, Internship.status == "active",
            Internship.cl % 2 == 1, Internship.id != now.get("id", ""))) or 0)
        if cap is not None and active + 1 > cap:
            notices.warn("host_cap", f"{active + 1}|{cap}|{host.employees}")


def _euro(amount: float) -> str:
    return f"{amount:g}"


def _add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    bounds.check("internship", values)
    _check(uow, dict(values), values, adding=True)


def _update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    assert isinstance(obj, Internship)
    bounds.check("internship", values, obj)
    if "person" in values and values["person"] != obj.person:
        raise Refused("pair_fixed", "internship person")
    now = {name: getattr(obj, name) for name in (
        "person", "host", "start_date", "end_date", "internship_type", "hours_per_day",
        "meals_provided", "monthly_allowance", "status")}
    now["id"] = obj.id
    now.update(values)
    for required in ("person", "host", "start_date", "end_date"):
        if not now.get(required):
            return  # the generic checks refuse a required field removed
    _check(uow, now, values, adding=False)


def _after(uow: UnitOfWork, obj: Replicated, given: frozenset[str]) -> None:
    """An internship's allowance reaches its months (their ``allowance_due``)."""
    if "monthly_allowance" not in given or not isinstance(obj, Internship):
        return
    for month in uow.session.scalars(select(InternshipMonth).where(
            InternshipMonth.internship == obj.id)):
        if month.monthly_allowance != obj.monthly_allowance:
            month.monthly_allowance = obj.monthly_allowance


def _month_values(uow: UnitOfWork, values: dict[str, Any], obj: Replicated | None) -> None:
    month = values.get("month", getattr(obj, "month", None))
    if month is not None:
        try:
            year, number = (int(x) for x in str(month).split("-"))
            if len(str(month)) != 7 or not 1 <= number <= 12:
                raise ValueError
        except ValueError:
            raise ValidationFailed([FieldError("month", "month_format", value=month)]) from None
        days_in = calendar.monthrange(year, number)[1]
    else:
        days_in = 31
    expected = values.get("days_expected", getattr(obj, "days_expected", None))
    attended = values.get("days_attended", getattr(obj, "days_attended", None))
    errors = []
    if expected is not None and not 1 <= expected <= days_in:
        errors.append(FieldError("days_expected", "out_of_range", f"1 and {days_in}",
                                 value=expected))
    if attended is not None and expected is not None and not 0 <= attended <= expected:
        errors.append(FieldError("days_attended", "out_of_range", f"0 and {expected}",
                                 value=attended))
    errors += _day_errors(values, obj, days_in, attended)
    if not errors and values.get("attended_days") and month is not None:
        errors += _days_outside(uow, values.get("internship") or getattr(obj, "internship",
                                                                          None),
                                str(month), values["attended_days"])
    if errors:
        raise ValidationFailed(errors)
    internship_id = values.get("internship")
    if internship_id:
        internship = uow.session.get(Internship, internship_id)
        if internship is not None and internship.start_date and internship.end_date:
            values["person"] = internship.person
            values["monthly_allowance"] = internship.monthly_allowance
            if month is not None and not (internship.start_date[:7] <= str(month)
                                          <= internship.end_date[:7]):
                raise Refused("month_outside_internship",
                              f"{internship.start_date[:7]}|{internship.end_date[:7]}")


def _days_outside(uow: UnitOfWork, internship_id: str | None, month: str,
                  days: list[int]) -> list[FieldError]:
    """An attended day must fall within the internship's dates (nobody attends before
    it starts or after it ends: the allowance would count them)."""
    internship = uow.session.get(Internship, internship_id or "")
    if internship is None or not internship.start_date or not internship.end_date:
        return []
    first, last = internship.start_date, internship.end_date
    outside = [day for day in days if not first <= f"{month}-{day:02d}" <= last]
    if outside:
        return [FieldError("attended_days", "out_of_range", f"{first} and {last}",
                           value=outside[0])]
    return []


def _day_errors(values: dict[str, Any], obj: Replicated | None, days_in: int,
                attended: int | None) -> list[FieldError]:
    """The attended days, when given, must be days of the month and as many as
    ``days_attended``; a month kept as counts alone is left as it was."""
    days = values["attended_days"] if "attended_days" in values else getattr(
        obj, "attended_days", None)
    if days is None:
        return []
    outside = [day for day in days if day > days_in]
    if outside:
        return [FieldError("attended_days", "out_of_range", f"1 and {days_in}",
                           value=outside[0])]
    if attended is not None and attended != len(days):
        return [FieldError("days_attended", "days_count", str(len(days)), value=attended)]
    return []


def _month_add(uow: UnitOfWork, values: dict[str, Any]) -> str | None:
    existing = uow.session.scalars(select(InternshipMonth).where(
        InternshipMonth.internship == values["internship"],
        InternshipMonth.month == values["month"], InternshipMonth.cl % 2 == 1)).first()
    if existing is not None:
        raise Refused("month_exists", existing.id)
    _month_values(uow, values, None)
    return None


def _month_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    for fixed in ("internship", "month"):
        if fixed in values and values[fixed] != getattr(obj, fixed):
            raise Refused("pair_fixed", f"internship_month {fixed}")
    _month_values(uow, values, obj)


rules.register("internship", rules.KindRules(on_add=_add, on_update=_update, after_write=_after))
rules.register("internship_month", rules.KindRules(on_add=_month_add,
                                                   on_update=_month_update))
