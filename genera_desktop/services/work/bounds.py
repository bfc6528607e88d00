"""The work plan's records kept within reason: a period that ends before it begins, an
internship of 0 hours a day (which would make the lower "at most 4 hours" minimum
apply), a week of more hours than a week has, a vacancy for no one.

Checked on the record as it will be (stored values with the change laid over them), so
an ``update`` that moves one date past the other is refused too.
"""

from __future__ import annotations

from typing import Any

from genera_desktop.domain.errors import FieldError, ValidationFailed
from genera_desktop.store.base import Replicated

# kind -> (first, last): the last date may not come before the first.
PERIODS: dict[str, tuple[str, str]] = {
    "vacancy": ("opened_on", "closes_on"),
    "course": ("start_date", "end_date"),
    "incentive": ("valid_from", "valid_to"),
}

# (kind, field) -> (more than, at most): hours are worked, and a day or a week has so many.
HOURS: dict[tuple[str, str], tuple[float, float]] = {
    ("internship", "hours_per_day"): (0, 24),
    ("hiring", "hours_per_week"): (0, 168),
}

# (kind, field) -> at least: a vacancy offers one position or more.
AT_LEAST: dict[tuple[str, str], int] = {("vacancy", "positions"): 1}


def check(kind: str, values: dict[str, Any], obj: Replicated | None = None) -> None:
    """Refuse (ValidationFailed) a period out of order or hours or counts out of range in
    ``values``, laid over ``obj`` when it is an update."""
    def now(name: str) -> Any:
        return values[name] if name in values else getattr(obj, name, None)

    errors: list[FieldError] = []
    period = PERIODS.get(kind)
    if period is not None:
        first, last = now(period[0]), now(period[1])
        if first and last and last < first and (period[0] in values or period[1] in values):
            errors.append(FieldError(period[1], "before_field", period[0], value=last))
    for (hours_kind, name), (above, most) in HOURS.items():
        value = values.get(name)
        if hours_kind == kind and value is not None and not above < value <= most:
            errors.append(FieldError(name, "hours_range", f"{most:g}", value=value))
    for (count_kind, name), least in AT_LEAST.items():
        value = values.get(name)
        if count_kind == kind and value is not None and value < least:
            errors.append(FieldError(name, "at_least", str(least), value=value))
    if errors:
        raise ValidationFailed(errors)
