"""The regional rules of extracurricular internships, as dated data.

The coordinator keeps them as ``internship_rule`` records (a catalog every site holds):
the one in force on an internship's start date applies, the latest ``valid_from``
first. With none in force, the values shipped here apply: Lombardy's DGR 7763/2018
(spec/programme.md, "Piano integrato lavoro"). An inclusion internship has no minimum.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.store.models_work import InternshipRule

PUBLIC_HOSTS = ("comune", "public_service")


@dataclass(frozen=True)
class Rule:
    """What a rule says; ``name`` says which act."""

    name: str
    valid_from: str
    min_allowance: float = 500.0
    min_allowance_meals: float = 400.0
    min_allowance_short_day: float = 350.0
    short_day_hours: float = 4.0
    min_allowance_public_host: float = 300.0
    min_months: int = 2
    max_months: int = 12
    max_months_disability: int = 24


# Shipped: Regione Lombardia, DGR 17 gennaio 2018 n. X/7763 (tirocini extracurriculari).
LOMBARDY_2018 = Rule(name="Regione Lombardia, DGR n. X/7763 del 17/01/2018",
                     valid_from="2018-01-17")


def rule_on(session: Session, day: str | None) -> Rule:
    """The rule in force on ``day`` (ISO): the coordinator's latest, else the shipped."""
    found = session.scalars(
        select(InternshipRule).where(InternshipRule.cl % 2 == 1)
        .order_by(InternshipRule.valid_from.desc(), InternshipRule.id)).all()
    for record in found:
        if day and (record.valid_from or "") <= day and (
                not record.valid_to or day <= record.valid_to):
            return _from_record(record)
    return LOMBARDY_2018


def _from_record(record: InternshipRule) -> Rule:
    base = LOMBARDY_2018
    values: dict[str, Any] = {
        "name": record.name or base.name,
        "valid_from": record.valid_from or base.valid_from,
        "min_allowance": record.min_allowance if record.min_allowance is not None
        else base.min_allowance,
    }
    for name in ("min_allowance_meals", "min_allowance_short_day", "short_day_hours",
                 "min_allowance_public_host", "min_months", "max_months",
                 "max_months_disability"):
        value = getattr(record, name)
        values[name] = value if value is not None else getattr(base, name)
    return Rule(**values)


def minimum_allowance(rule: Rule, *, internship_type: str | None, meals: bool | None,
                      hours_per_day: float | None, host_type: str | None
                      ) -> tuple[float | None, str]:
    """The least monthly allowance that applies and why (a code: ``inclusion``,
    ``public_host``, ``short_day``, ``meals``, ``standard``); None for an inclusion
    internship, which has no regional minimum. The lowest of those that apply."""
    if internship_type == "inclusion":
        return None, "inclusion"
    options = [(rule.min_allowance, "standard")]
    if meals:
        options.append((rule.min_allowance_meals, "meals"))
    if hours_per_day is not None and hours_per_day <= rule.short_day_hours:
        options.append((rule.min_allowance_short_day, "short_day"))
    if host_type in PUBLIC_HOSTS:
        options.append((rule.min_allowance_public_host, "public_host"))
    amount, why = min(options)
    return float(amount), why
