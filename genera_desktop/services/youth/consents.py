"""Consents, and what a minor may do only with a parent's or guardian's.

A consent is live on a day from its ``date`` (that day included) until its
``withdrawn_on`` (that day excluded: withdrawn on a day, it no longer holds that day;
docs/dev/decisions.md, "Adolescents' plan"). A consent given by the person themself
(``self``) is recorded whatever their age, but for someone under 18 on the day only one
given by a ``parent`` or a ``guardian`` counts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain.ages import under_18_on
from genera_desktop.domain.errors import FieldError, Refused, ValidationFailed
from genera_desktop.services import rules
from genera_desktop.store.base import Replicated
from genera_desktop.store.models import Person
from genera_desktop.store.models_youth import Consent
from genera_desktop.store.uow import UnitOfWork

# Who may give the consent that counts for a minor.
FOR_A_MINOR = frozenset({"parent", "guardian"})
# The refusal code when a minor lacks the consent of a type (cli/messages.py says it).
MISSING = {"activities": "minor_needs_activities_consent",
           "school_work": "minor_needs_school_work_consent"}


def day_of(value: Any, default: date | None = None) -> date:
    """A record's day (ISO text) as a date; ``default`` (today) when it has none."""
    if value:
        return date.fromisoformat(str(value)[:10])
    return default or date.today()


def is_live(consent: Any, day: date) -> bool:
    """Whether a consent (a record or a dict with ``date``, ``withdrawn_on``) holds on
    ``day``: given by then, and not withdrawn by then."""
    get = consent.get if isinstance(consent, dict) else lambda n: getattr(consent, n)
    given = str(get("date") or "")
    withdrawn = str(get("withdrawn_on") or "")
    iso = day.isoformat()
    return bool(given) and given <= iso and (not withdrawn or iso < withdrawn)


def live_consents(session: Session, person_id: str, consent_type: str,
                  day: date) -> list[Consent]:
    """The person's consents of a type that hold on ``day``."""
    found = session.scalars(select(Consent).where(
        Consent.person == person_id, Consent.consent_type == consent_type,
        Consent.cl % 2 == 1))
    return [c for c in found if is_live(c, day)]


def consent_counts(session: Session, person: Person, consent_type: str, day: date) -> bool:
    """Whether the person may be engaged in what needs ``consent_type`` on ``day``: an
    adult (or someone of unknown age) always; a minor with a live consent of a parent
    or guardian."""
    if not under_18_on(person.birth_date, day):
        return True
    return any(c.given_by in FOR_A_MINOR
               for c in live_consents(session, person.id, consent_type, day))


def require_consent(session: Session, person_id: str, consent_type: str, day: date) -> None:
    """Refuse (``MISSING[consent_type]``, the day) what a person under 18 on ``day``
    may do only with a live consent of that type given by a parent or guardian."""
    person = session.get(Person, person_id)
    if person is None:  # references are checked before: not here
        return
    if not consent_counts(session, person, consent_type, day):
        raise Refused(MISSING[consent_type], day.isoformat())


def _check_dates(given: str | None, withdrawn: str | None) -> None:
    if given and withdrawn and withdrawn < given:
        raise ValidationFailed([FieldError("withdrawn_on", "before_given", given, withdrawn)])


def _check_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    _check_dates(values.get("date"), values.get("withdrawn_on"))


def _check_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    assert isinstance(obj, Consent)
    if "person" in values and values["person"] != obj.person:
        raise Refused("pair_fixed", "consent person")
    _check_dates(values.get("date", obj.date), values.get("withdrawn_on", obj.withdrawn_on))


rules.register("consent", rules.KindRules(on_add=_check_add, on_update=_check_update))
