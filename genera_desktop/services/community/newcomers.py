"""A newcomer registered where they turn up (a workshop), with the minimum.

Name, phone and consent: a household of its own, status ``contact`` (vocab.
HOUSEHOLD_STATUS), with one person, its reference; the consent given is kept on a
minimal intake (date, point, operator, the consents, the privacy notice's date), not a
full one. A live household is reached (reports/indicators.py), so the newcomer counts
towards the 4,500; the front desk completes the intake when the family comes by
(docs/dev/decisions.md, "Community life").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from genera_desktop.domain.errors import FieldError, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.community.enrolments import enrol
from genera_desktop.services.transaction import writes
from genera_desktop.store.models import Workshop
from genera_desktop.store.uow import UnitOfWork

CONTACT = "contact"  # the household status of a newcomer registered with the minimum
REQUIRED_CONSENT = "processing"


@dataclass(frozen=True)
class Newcomer:
    """What registering a newcomer made."""

    household: str
    person: str
    intake: str
    enrolment: str | None = None


@writes
def register_contact(uow: UnitOfWork, point: str, first_name: str, last_name: str, *,
                     phone: str | None = None,
                     consents: Sequence[str] = (REQUIRED_CONSENT,),
                     today: date | None = None,
                     birth_date: str | None = None) -> Newcomer:
    """Register a person with the minimum, as a household of its own marked as a
    contact at ``point``. Without the consent to processing nobody is registered
    (ValidationFailed on ``consents``: they stay an unnamed guest). The birth date, when
    known, tells a minor (who is enrolled only with a parent's consent)."""
    if REQUIRED_CONSENT not in consents:
        raise ValidationFailed([FieldError("consents", "consent_needed", REQUIRED_CONSENT)])
    day = (today or date.today()).isoformat()
    household = records.add(uow, "household", {
        "point": point, "phone": phone, "status": CONTACT, "registered_on": day})
    person = records.add(uow, "person", {
        "household": household, "first_name": first_name, "last_name": last_name,
        "phone": phone, "is_reference": True, "relation": "reference",
        "birth_date": birth_date})
    intake = records.add(uow, "intake", {
        "household": household, "date": day, "point": point, "operator": uow.username,
        "reference_person": person, "consents": list(consents),
        "privacy_notice_date": day})
    return Newcomer(household, person, intake)


@writes
def register_and_enrol(uow: UnitOfWork, workshop_id: str, first_name: str, last_name: str,
                       *, phone: str | None = None,
                       consents: Sequence[str] = (REQUIRED_CONSENT,),
                       today: date | None = None,
                       birth_date: str | None = None) -> Newcomer:
    """Register a newcomer at the workshop's point (``register_contact``) and enrol
    them in it, in one transaction: both or neither (a minor's enrolment is refused
    without a parent's consent, and then nobody is registered)."""
    workshop = records.load(uow.session, "workshop", workshop_id)
    assert isinstance(workshop, Workshop)
    made = register_contact(uow, str(workshop.point), first_name, last_name, phone=phone,
                            consents=consents, today=today, birth_date=birth_date)
    day = (today or date.today()).isoformat()
    enrolment = enrol(uow, workshop.id, made.person, enrolled_on=day)
    return Newcomer(made.household, made.person, made.intake, enrolment)
