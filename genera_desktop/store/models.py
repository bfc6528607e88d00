"""The replicated records of the programme: how each is stored. Everything else about a
kind (its names, words, owner, access, export, erasure, search) is its declaration in
store/kinds.py."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from genera_desktop.domain import vocab, vocab_youth
from genera_desktop.store.base import (
    ATECO,
    BOOL,
    DATE,
    EMAIL,
    ENUM,
    INT,
    LIST,
    NUMBER,
    PHONE,
    POINT_CODE,
    REF,
    TAX_CODE,
    TIME,
    VAT_NUMBER,
    Replicated,
    field,
    field_info,
)


class Point(Replicated):
    __tablename__ = "point"
    KIND = "point"

    code: Mapped[str | None] = field(required=True, max_length=12, index=True)
    name: Mapped[str | None] = field(required=True, max_length=120)
    municipality: Mapped[str | None] = field(max_length=80)
    address: Mapped[str | None] = field(max_length=200)
    phone: Mapped[str | None] = field(PHONE, max_length=40)
    notes: Mapped[str | None] = field()


class Place(Replicated):
    """A punto diffuso: a square, park, library... where a point works."""

    __tablename__ = "place"
    KIND = "place"

    name: Mapped[str | None] = field(required=True, max_length=160)
    point: Mapped[str | None] = field(POINT_CODE, required=True, max_length=12, index=True)
    place_type: Mapped[str | None] = field(ENUM, choices=vocab.PLACE_TYPE, max_length=20)
    municipality: Mapped[str | None] = field(max_length=80)
    address: Mapped[str | None] = field(max_length=200)
    notes: Mapped[str | None] = field()


class Organisation(Replicated):
    """The partner network's directory: every site holds it."""

    __tablename__ = "organisation"
    KIND = "organisation"

    name: Mapped[str | None] = field(required=True, max_length=200)
    org_type: Mapped[str | None] = field(ENUM, required=True, choices=vocab.ORG_TYPE,
                                         max_length=30, index=True)
    vat_number: Mapped[str | None] = field(VAT_NUMBER, max_length=20)
    # Kept as written: spec/programme.md checks an organisation's vat_number ("refused
    # otherwise"), not its tax_code (see decisions, "A landlord's and an organisation's
    # tax code").
    tax_code: Mapped[str | None] = field(max_length=16)
    municipality: Mapped[str | None] = field(max_length=80)
    address: Mapped[str | None] = field(max_length=200)
    phone: Mapped[str | None] = field(PHONE, max_length=40)
    email: Mapped[str | None] = field(EMAIL, max_length=120)
    is_partner: Mapped[bool | None] = field(BOOL)
    ateco: Mapped[str | None] = field(ATECO, max_length=12)
    employees: Mapped[int | None] = field(INT)
    contact_name: Mapped[str | None] = field(max_length=120)
    notes: Mapped[str | None] = field()


class Agreement(Replicated):
    """A convention, protocol or patto di collaborazione with an organisation: in the
    shared directory with it (docs/dev/decisions.md, "Community life")."""

    __tablename__ = "agreement"
    KIND = "agreement"

    organisation: Mapped[str | None] = field(REF, required=True, ref="organisation",
                                             max_length=36, index=True)
    agreement_type: Mapped[str | None] = field(ENUM, required=True,
                                               choices=vocab.AGREEMENT_TYPE, max_length=20)
    subject: Mapped[str | None] = field(max_length=300)
    signed_on: Mapped[str | None] = field(DATE, max_length=10)
    start_date: Mapped[str | None] = field(DATE, max_length=10)
    end_date: Mapped[str | None] = field(DATE, max_length=10)
    point: Mapped[str | None] = field(POINT_CODE, max_length=12)
    notes: Mapped[str | None] = field()


class HousingContext(Replicated):
    __tablename__ = "housing_context"
    KIND = "housing_context"

    name: Mapped[str | None] = field(required=True, max_length=160)
    address: Mapped[str | None] = field(max_length=200)
    municipality: Mapped[str | None] = field(max_length=80)
    manager: Mapped[str | None] = field(ENUM, choices=vocab.CONTEXT_MANAGER, max_length=20)
    context_type: Mapped[str | None] = field(ENUM, choices=vocab.CONTEXT_TYPE, max_length=30)
    custode_site: Mapped[str | None] = field(max_length=36, index=True)
    notes: Mapped[str | None] = field()
    search_text: Mapped[str | None] = mapped_column(Text, nullable=True)


class Household(Replicated):
    __tablename__ = "household"
    KIND = "household"
    HIDDEN = frozenset({"cl", "deleted_with", "merge_moved"})

    point: Mapped[str | None] = field(POINT_CODE, required=True, max_length=12, index=True)
    municipality: Mapped[str | None] = field(max_length=80, index=True)
    address: Mapped[str | None] = field(max_length=200)
    flat: Mapped[str | None] = field(max_length=60)
    phone: Mapped[str | None] = field(PHONE, max_length=40)
    email: Mapped[str | None] = field(EMAIL, max_length=120)
    housing_context: Mapped[str | None] = field(REF, ref="housing_context", max_length=36, index=True)
    status: Mapped[str | None] = field(max_length=40)
    case_number: Mapped[str | None] = field(max_length=40)
    registered_on: Mapped[str | None] = field(DATE, max_length=10, index=True)
    notes: Mapped[str | None] = field()
    merged_into: Mapped[str | None] = field(REF, ref="household", max_length=36)
    # The [kind, id] pairs a delete took with it, so a restore brings back exactly those.
    deleted_with: Mapped[list[Any] | None] = field(LIST)
    # The [kind, id, field] triples a duplicate merge moved to the survivor, for unmerge.
    merge_moved: Mapped[list[Any] | None] = field(LIST)
    # The ``household_ref`` of the import file row that made it: importing the same
    # rows again is refused by it (services/registry/importer.py).
    import_ref: Mapped[str | None] = field(max_length=80)
    # Folded names of the members, address, phone, case number: for type-ahead search.
    search_text: Mapped[str | None] = mapped_column(Text, nullable=True)


class Person(Replicated):
    __tablename__ = "person"
    KIND = "person"
    HIDDEN = frozenset({"cl", "deleted_with", "merge_moved"})

    household: Mapped[str | None] = field(REF, required=True, ref="household", max_length=36, index=True)
    first_name: Mapped[str | None] = field(required=True, max_length=80)
    last_name: Mapped[str | None] = field(required=True, max_length=80)
    tax_code: Mapped[str | None] = field(TAX_CODE, max_length=16, index=True)
    tax_code_missing: Mapped[bool | None] = field(BOOL)
    # Indexed: duplicate detection looks people up by birth date.
    birth_date: Mapped[str | None] = field(DATE, max_length=10, index=True)
    birth_place: Mapped[str | None] = field(max_length=80)
    sex: Mapped[str | None] = field(ENUM, choices=vocab.SEX, max_length=1)
    citizenship: Mapped[str | None] = field(max_length=60)
    residence_permit: Mapped[str | None] = field(ENUM, choices=vocab.YES_NO_PENDING, max_length=10)
    marital_status: Mapped[str | None] = field(ENUM, choices=vocab.MARITAL_STATUS, max_length=20)
    education: Mapped[str | None] = field(ENUM, choices=vocab.EDUCATION, max_length=20)
    work_status: Mapped[str | None] = field(ENUM, choices=vocab.WORK_STATUS, max_length=20)
    phone: Mapped[str | None] = field(PHONE, max_length=40)
    email: Mapped[str | None] = field(EMAIL, max_length=120)
    relation: Mapped[str | None] = field(ENUM, choices=vocab.RELATION, max_length=20)
    is_reference: Mapped[bool | None] = field(BOOL)
    notes: Mapped[str | None] = field()
    merged_into: Mapped[str | None] = field(REF, ref="person", max_length=36)
    merge_moved: Mapped[list[Any] | None] = field(LIST)
    # The [kind, id] pairs a delete of the person alone took with it (their consents,
    # job profile, school-work...), so a restore brings back exactly those.
    deleted_with: Mapped[list[Any] | None] = field(LIST)
    search_text: Mapped[str | None] = mapped_column(Text, nullable=True)


class Intake(Replicated):
    __tablename__ = "intake"
    KIND = "intake"

    household: Mapped[str | None] = field(REF, required=True, ref="household", max_length=36, index=True)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    point: Mapped[str | None] = field(POINT_CODE, max_length=12)
    operator: Mapped[str | None] = field(max_length=60)
    channel: Mapped[str | None] = field(ENUM, choices=vocab.CHANNEL, max_length=20)
    referred_by: Mapped[str | None] = field(max_length=200)
    reference_person: Mapped[str | None] = field(REF, ref="person", max_length=36)
    homeless: Mapped[bool | None] = field(BOOL)
    housing_tenure: Mapped[str | None] = field(ENUM, choices=vocab.HOUSING_TENURE, max_length=30)
    overcrowding: Mapped[bool | None] = field(BOOL)
    barriers: Mapped[bool | None] = field(BOOL)
    arrears: Mapped[bool | None] = field(BOOL)
    eviction: Mapped[bool | None] = field(BOOL)
    income_sources: Mapped[list[str] | None] = field(LIST, choices=vocab.INCOME_SOURCES)
    isee_value: Mapped[float | None] = field(NUMBER)
    isee_date: Mapped[str | None] = field(DATE, max_length=10)
    needs_stated: Mapped[list[str] | None] = field(LIST, choices=vocab.NEEDS)
    needs_observed: Mapped[list[str] | None] = field(LIST, choices=vocab.NEEDS)
    services_involved: Mapped[str | None] = field()
    outcome: Mapped[str | None] = field(ENUM, choices=vocab.INTAKE_OUTCOME, max_length=20)
    outcome_notes: Mapped[str | None] = field()
    next_appointment: Mapped[str | None] = field(DATE, max_length=10)
    privacy_notice_date: Mapped[str | None] = field(DATE, max_length=10)
    consents: Mapped[list[str] | None] = field(LIST, choices=vocab.CONSENTS)
    notes: Mapped[str | None] = field()


class Health(Replicated):
    """Health and disability: a record of its own, with its own access rule."""

    __tablename__ = "health"
    KIND = "health"

    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36, index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    disability: Mapped[bool | None] = field(BOOL)
    disability_percent: Mapped[int | None] = field(INT)
    invalidity_recognised: Mapped[bool | None] = field(BOOL)
    dependence: Mapped[bool | None] = field(BOOL)
    conditions: Mapped[str | None] = field()
    notes: Mapped[str | None] = field()


class Contact(Replicated):
    __tablename__ = "contact"
    KIND = "contact"

    household: Mapped[str | None] = field(REF, required=True, ref="household", max_length=36, index=True)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10, index=True)
    contact_type: Mapped[str | None] = field(ENUM, choices=vocab.CONTACT_TYPE, max_length=20)
    person: Mapped[str | None] = field(REF, ref="person", max_length=36)
    operator: Mapped[str | None] = field(max_length=60)
    notes: Mapped[str | None] = field()


class Referral(Replicated):
    __tablename__ = "referral"
    KIND = "referral"

    household: Mapped[str | None] = field(REF, required=True, ref="household", max_length=36, index=True)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    direction: Mapped[str | None] = field(ENUM, choices=vocab.REFERRAL_DIRECTION, max_length=4)
    organisation: Mapped[str | None] = field(max_length=200)
    # The directory's organisation, when the free text names one (services/community/
    # organisations.py links them; migration 0005 linked those it could).
    organisation_ref: Mapped[str | None] = field(REF, ref="organisation", max_length=36)
    status: Mapped[str | None] = field(ENUM, choices=vocab.REFERRAL_STATUS, max_length=20)
    outcome: Mapped[str | None] = field()
    notes: Mapped[str | None] = field()


class FollowUp(Replicated):
    __tablename__ = "follow_up"
    KIND = "follow_up"

    household: Mapped[str | None] = field(REF, required=True, ref="household", max_length=36, index=True)
    due_date: Mapped[str | None] = field(DATE, required=True, max_length=10, index=True)
    operator: Mapped[str | None] = field(max_length=60)
    note: Mapped[str | None] = field()
    done: Mapped[bool | None] = field(BOOL)
    done_on: Mapped[str | None] = field(DATE, max_length=10)


class Visit(Replicated):
    __tablename__ = "visit"
    KIND = "visit"

    housing_context: Mapped[str | None] = field(
        REF, required=True, ref="housing_context", max_length=36, index=True
    )
    date: Mapped[str | None] = field(DATE, required=True, max_length=10, index=True)
    time: Mapped[str | None] = field(TIME, max_length=5)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    person: Mapped[str | None] = field(REF, ref="person", max_length=36)
    flagged_by: Mapped[str | None] = field(ENUM, choices=vocab.FLAGGED_BY, max_length=20)
    contact_type: Mapped[str | None] = field(max_length=40)
    issues: Mapped[list[str] | None] = field(LIST, choices=vocab.VISIT_ISSUES)
    actions: Mapped[str | None] = field()
    referrals: Mapped[list[str] | None] = field(LIST, choices=vocab.VISIT_REFERRALS)
    outcome: Mapped[str | None] = field()
    next_visit: Mapped[str | None] = field(DATE, max_length=10)
    operator: Mapped[str | None] = field(max_length=60)
    notes: Mapped[str | None] = field()



# -- community life: workshops and citizens' initiatives -----------------------------------
# A session, an enrolment and an attendance carry their workshop's ``point``, set by the
# app when they are added: it decides which sites hold them (store/kinds.py), as a
# health record carries its person's household. An enrolment and an attendance also
# carry their person's ``household`` (set by the app): a household's delete takes them.


class Workshop(Replicated):
    """A laboratorio di prossimità."""

    __tablename__ = "workshop"
    KIND = "workshop"
    HIDDEN = frozenset({"cl", "deleted_with"})

    title: Mapped[str | None] = field(required=True, max_length=200)
    point: Mapped[str | None] = field(POINT_CODE, required=True, max_length=12, index=True)
    theme: Mapped[str | None] = field(ENUM, choices=vocab.WORKSHOP_THEME, max_length=20)
    audience: Mapped[str | None] = field(ENUM, choices=vocab.AUDIENCE, max_length=20)
    # A youth group is a workshop of this format (no default: absent = a workshop).
    format: Mapped[str | None] = field(ENUM, choices=vocab_youth.WORKSHOP_FORMAT, max_length=20)
    place: Mapped[str | None] = field(REF, ref="place", max_length=36)
    organisation: Mapped[str | None] = field(REF, ref="organisation", max_length=36)
    facilitator: Mapped[str | None] = field(max_length=60)
    start_date: Mapped[str | None] = field(DATE, max_length=10)
    end_date: Mapped[str | None] = field(DATE, max_length=10)
    status: Mapped[str | None] = field(ENUM, choices=vocab.WORKSHOP_STATUS, max_length=20)
    description: Mapped[str | None] = field()
    # The [kind, id] pairs its delete took (sessions, enrolments, attendance), for restore.
    deleted_with: Mapped[list[Any] | None] = field(LIST)


class WorkshopSession(Replicated):
    __tablename__ = "workshop_session"
    KIND = "workshop_session"
    HIDDEN = frozenset({"cl", "deleted_with"})

    workshop: Mapped[str | None] = field(REF, required=True, ref="workshop", max_length=36,
                                         index=True)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10, index=True)
    start_time: Mapped[str | None] = field(TIME, max_length=5)
    end_time: Mapped[str | None] = field(TIME, max_length=5)
    place: Mapped[str | None] = field(REF, ref="place", max_length=36)
    topic: Mapped[str | None] = field(max_length=200)
    guests: Mapped[int | None] = field(INT)
    notes: Mapped[str | None] = field()
    point: Mapped[str | None] = field(POINT_CODE, max_length=12, index=True)
    deleted_with: Mapped[list[Any] | None] = field(LIST)


class Enrolment(Replicated):
    __tablename__ = "enrolment"
    KIND = "enrolment"

    workshop: Mapped[str | None] = field(REF, required=True, ref="workshop", max_length=36,
                                         index=True)
    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    enrolled_on: Mapped[str | None] = field(DATE, max_length=10)
    status: Mapped[str | None] = field(ENUM, choices=vocab.ENROLMENT_STATUS, max_length=20)
    notes: Mapped[str | None] = field()
    point: Mapped[str | None] = field(POINT_CODE, max_length=12, index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)


class Attendance(Replicated):
    __tablename__ = "attendance"
    KIND = "attendance"

    session: Mapped[str | None] = field(REF, required=True, ref="workshop_session",
                                        max_length=36, index=True)
    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    status: Mapped[str | None] = field(ENUM, choices=vocab.ATTENDANCE_STATUS, max_length=20)
    point: Mapped[str | None] = field(POINT_CODE, max_length=12, index=True)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)


class Initiative(Replicated):
    """A citizens' initiative, from proposal to report."""

    __tablename__ = "initiative"
    KIND = "initiative"

    title: Mapped[str | None] = field(required=True, max_length=200)
    point: Mapped[str | None] = field(POINT_CODE, required=True, max_length=12, index=True)
    proposed_on: Mapped[str | None] = field(DATE, max_length=10)
    proposer_person: Mapped[str | None] = field(REF, ref="person", max_length=36, index=True)
    proposer_organisation: Mapped[str | None] = field(REF, ref="organisation", max_length=36)
    place: Mapped[str | None] = field(REF, ref="place", max_length=36)
    description: Mapped[str | None] = field()
    status: Mapped[str | None] = field(ENUM, choices=vocab.INITIATIVE_STATUS, max_length=20)
    support_requested: Mapped[float | None] = field(NUMBER)
    support_granted: Mapped[float | None] = field(NUMBER)
    decided_on: Mapped[str | None] = field(DATE, max_length=10)
    pact_signed_on: Mapped[str | None] = field(DATE, max_length=10)
    report_due: Mapped[str | None] = field(DATE, max_length=10, index=True)
    report_received: Mapped[str | None] = field(DATE, max_length=10)
    participants: Mapped[int | None] = field(INT)
    notes: Mapped[str | None] = field()


Index("ix_household_case", Household.point, Household.case_number)
Index("ix_household_import", Household.point, Household.import_ref)
# The dashboard's indicators read these covering indexes instead of the tables
# (reports/indicators.py): under 1 s at 50,000 households needs them.
Index("ix_household_reached", Household.merged_into, Household.cl, Household.point,
      Household.municipality, Household.status, Household.registered_on, Household.id)
Index("ix_person_live", Person.merged_into, Person.cl)
Index("ix_follow_up_open", FollowUp.household, FollowUp.done, FollowUp.due_date, FollowUp.cl)
# The Adolescenti list (services/youth/people.py) reads these instead of the tables: a
# point's households, and their persons by birth date (150 ms at 50,000 households).
Index("ix_household_point_id", Household.point, Household.id)
Index("ix_person_young", Person.household, Person.birth_date, Person.cl, Person.merged_into,
      Person.last_name, Person.first_name, Person.id)

# The areas' models, defined after the kinds they reference (before MODELS, below).
from genera_desktop.store import models_housing, models_work, models_youth  # noqa: E402, F401, I001


# Every kind, in the order records are created (referenced kinds first), which demo,
# import and sync follow: the order the models are defined in above. (Dump sorts kinds
# alphabetically.) store/kinds.py declares each.
def _creation_order(models: list[type[Replicated]]) -> dict[str, type[Replicated]]:
    """The kinds in definition order, this module's first, each moved after the kinds
    it references: an area's module (imported above, or first by someone else) still
    follows them."""
    by_kind = {m.KIND: m for m in models}
    ordered: dict[str, type[Replicated]] = {}
    visiting: set[str] = set()

    def place(model: type[Replicated]) -> None:
        if model.KIND in ordered or model.KIND in visiting:
            return
        visiting.add(model.KIND)
        for rules in field_info(model).values():
            target = by_kind.get(rules["ref"])
            if target is not None and target is not model:
                place(target)
        ordered[model.KIND] = model

    for model in sorted(models, key=lambda m: m.__module__ != __name__):  # stable
        place(model)
    return ordered


MODELS: dict[str, type[Replicated]] = _creation_order(Replicated.__subclasses__())
