"""The records of the Piano integrato casa (spec/programme.md, "Piano integrato casa"):
how each is stored. Their declarations are in store/kinds_housing.py.

A disbursement and an instalment carry their household (set by the app from their
application or arrears case), and a co-housing pact both households (host's and
guest's, set from the persons): who holds them follows from those, as a health record
follows its person's household.
"""

from __future__ import annotations

from sqlalchemy import Index
from sqlalchemy.orm import Mapped

from genera_desktop.domain import vocab_housing as vh
from genera_desktop.store.base import (
    BOOL,
    DATE,
    EMAIL,
    ENUM,
    INT,
    LIST,
    NUMBER,
    PHONE,
    REF,
    Replicated,
    field,
)


class RentZone(Replicated):
    """A zone of the local agreement on agreed rents (accordo territoriale) and its band
    in euro per m² a month: the coordinator's editable table, shipped empty."""

    __tablename__ = "rent_zone"
    KIND = "rent_zone"

    zone: Mapped[str | None] = field(required=True, max_length=20, index=True)
    municipality: Mapped[str | None] = field(required=True, max_length=80)
    name: Mapped[str | None] = field(max_length=160)
    band_min: Mapped[float | None] = field(NUMBER)
    band_max: Mapped[float | None] = field(NUMBER)
    agreement: Mapped[str | None] = field(max_length=200)
    valid_from: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()


class Landlord(Replicated):
    __tablename__ = "landlord"
    KIND = "landlord"

    name: Mapped[str | None] = field(required=True, max_length=200)
    landlord_type: Mapped[str | None] = field(ENUM, choices=vh.LANDLORD_TYPE, max_length=20)
    # Kept as written, as spec/programme.md has it (no check named for it).
    tax_code: Mapped[str | None] = field(max_length=16)
    phone: Mapped[str | None] = field(PHONE, max_length=40)
    email: Mapped[str | None] = field(EMAIL, max_length=120)
    municipality: Mapped[str | None] = field(max_length=80)
    agency: Mapped[str | None] = field(REF, ref="organisation", max_length=36)
    notes: Mapped[str | None] = field()


class Dwelling(Replicated):
    __tablename__ = "dwelling"
    KIND = "dwelling"

    landlord: Mapped[str | None] = field(REF, required=True, ref="landlord", max_length=36,
                                         index=True)
    address: Mapped[str | None] = field(required=True, max_length=200)
    municipality: Mapped[str | None] = field(required=True, max_length=80, index=True)
    rooms: Mapped[int | None] = field(INT)
    area_m2: Mapped[float | None] = field(NUMBER)
    floor: Mapped[str | None] = field(max_length=20)
    lift: Mapped[bool | None] = field(BOOL)
    accessible: Mapped[bool | None] = field(BOOL)
    rent_asked: Mapped[float | None] = field(NUMBER)
    zone: Mapped[str | None] = field(max_length=20)
    available_from: Mapped[str | None] = field(DATE, max_length=10)
    status: Mapped[str | None] = field(ENUM, choices=vh.DWELLING_STATUS, max_length=20)
    notes: Mapped[str | None] = field()


class RentContract(Replicated):
    __tablename__ = "rent_contract"
    KIND = "rent_contract"

    dwelling: Mapped[str | None] = field(REF, required=True, ref="dwelling", max_length=36,
                                         index=True)
    household: Mapped[str | None] = field(REF, required=True, ref="household", max_length=36,
                                          index=True)
    start_date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    contract_type: Mapped[str | None] = field(ENUM, required=True, choices=vh.CONTRACT_TYPE,
                                              max_length=20)
    monthly_rent: Mapped[float | None] = field(NUMBER, required=True)
    registered_on: Mapped[str | None] = field(DATE, max_length=10)
    flat_tax: Mapped[bool | None] = field(BOOL)
    notes: Mapped[str | None] = field()


class GuaranteeFund(Replicated):
    __tablename__ = "guarantee_fund"
    KIND = "guarantee_fund"

    name: Mapped[str | None] = field(required=True, max_length=200)
    budget: Mapped[float | None] = field(NUMBER, required=True)
    isee_max: Mapped[float | None] = field(NUMBER)
    valid_from: Mapped[str | None] = field(DATE, max_length=10)
    valid_to: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()


class GuaranteeApplication(Replicated):
    __tablename__ = "guarantee_application"
    KIND = "guarantee_application"

    fund: Mapped[str | None] = field(REF, required=True, ref="guarantee_fund", max_length=36,
                                     index=True)
    household: Mapped[str | None] = field(REF, required=True, ref="household", max_length=36,
                                          index=True)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    landlord: Mapped[str | None] = field(REF, ref="landlord", max_length=36)
    rent_contract: Mapped[str | None] = field(REF, ref="rent_contract", max_length=36)
    amount_requested: Mapped[float | None] = field(NUMBER)
    cause: Mapped[str | None] = field(ENUM, choices=vh.GUARANTEE_CAUSE, max_length=20)
    isee_value: Mapped[float | None] = field(NUMBER)
    status: Mapped[str | None] = field(ENUM, choices=vh.APPLICATION_STATUS, max_length=20)
    amount_approved: Mapped[float | None] = field(NUMBER)
    decided_on: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()


class Disbursement(Replicated):
    __tablename__ = "disbursement"
    KIND = "disbursement"

    application: Mapped[str | None] = field(REF, required=True, ref="guarantee_application",
                                            max_length=36, index=True)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    amount: Mapped[float | None] = field(NUMBER, required=True)
    payee: Mapped[str | None] = field(REF, ref="landlord", max_length=36)
    notes: Mapped[str | None] = field()
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)


class ArrearsCase(Replicated):
    __tablename__ = "arrears_case"
    KIND = "arrears_case"

    household: Mapped[str | None] = field(REF, required=True, ref="household", max_length=36,
                                          index=True)
    landlord: Mapped[str | None] = field(REF, required=True, ref="landlord", max_length=36)
    amount_owed: Mapped[float | None] = field(NUMBER, required=True)
    months_owed: Mapped[int | None] = field(INT)
    opened_on: Mapped[str | None] = field(DATE, max_length=10)
    status: Mapped[str | None] = field(ENUM, choices=vh.ARREARS_STATUS, max_length=20)
    eviction_stage: Mapped[str | None] = field(ENUM, choices=vh.EVICTION_STAGE, max_length=20)
    # The date of the eviction's current stage (notice served, hearing, execution).
    eviction_date: Mapped[str | None] = field(DATE, max_length=10)
    closed_on: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()


class Installment(Replicated):
    __tablename__ = "installment"
    KIND = "installment"

    arrears_case: Mapped[str | None] = field(REF, required=True, ref="arrears_case",
                                             max_length=36, index=True)
    due_date: Mapped[str | None] = field(DATE, required=True, max_length=10, index=True)
    amount: Mapped[float | None] = field(NUMBER, required=True)
    paid_on: Mapped[str | None] = field(DATE, max_length=10)
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)


class CohousingPact(Replicated):
    """A coabitazione solidale: a host with a room to spare and a guest."""

    __tablename__ = "cohousing_pact"
    KIND = "cohousing_pact"

    host: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                     index=True)
    guest: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                      index=True)
    start_date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    phase: Mapped[str | None] = field(ENUM, choices=vh.PACT_PHASE, max_length=20)
    monthly_contribution: Mapped[float | None] = field(NUMBER)
    duties: Mapped[str | None] = field()
    end_date: Mapped[str | None] = field(DATE, max_length=10)
    notes: Mapped[str | None] = field()
    # The host's household and the guest's, set by the app: the pact is held with both.
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    guest_household: Mapped[str | None] = field(REF, ref="household", max_length=36,
                                                 index=True)


class CohousingOffer(Replicated):
    """A person's availability for solidarity co-housing: a host with a room to spare or
    a guest looking for one, with what each offers and asks. The fields read from the
    person's side: a host asks the ``help`` and the ``presence``, a guest offers them; a
    host asks the ``contribution``, a guest can pay up to it; a host allows ``smoking``
    and ``pets``, a guest smokes or has one."""

    __tablename__ = "cohousing_offer"
    KIND = "cohousing_offer"

    person: Mapped[str | None] = field(REF, required=True, ref="person", max_length=36,
                                       index=True)
    role: Mapped[str | None] = field(ENUM, required=True, choices=vh.COHOUSING_ROLE,
                                     max_length=10)
    room: Mapped[str | None] = field(max_length=200)
    contribution: Mapped[float | None] = field(NUMBER)
    help: Mapped[list[str] | None] = field(LIST, choices=vh.HOME_HELP)
    presence: Mapped[list[str] | None] = field(LIST, choices=vh.PRESENCE_TIMES)
    smoking: Mapped[bool | None] = field(BOOL)
    pets: Mapped[bool | None] = field(BOOL)
    rules: Mapped[str | None] = field()
    times: Mapped[str | None] = field(max_length=200)
    available_from: Mapped[str | None] = field(DATE, max_length=10)
    status: Mapped[str | None] = field(ENUM, choices=vh.OFFER_STATUS, max_length=20)
    notes: Mapped[str | None] = field()
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)


class CohousingVisit(Replicated):
    """A monitoring visit to a co-housing pact, by the point's staff or a custode; held
    with the pact's two households and naming its two persons (set by the app from the
    pact)."""

    __tablename__ = "cohousing_visit"
    KIND = "cohousing_visit"

    pact: Mapped[str | None] = field(REF, required=True, ref="cohousing_pact", max_length=36,
                                     index=True)
    date: Mapped[str | None] = field(DATE, required=True, max_length=10)
    visitor: Mapped[str | None] = field(ENUM, required=True, choices=vh.VISITOR,
                                        max_length=10)
    operator: Mapped[str | None] = field(max_length=60)
    outcome: Mapped[str | None] = field(ENUM, choices=vh.VISIT_OUTCOME, max_length=20)
    notes: Mapped[str | None] = field()
    household: Mapped[str | None] = field(REF, ref="household", max_length=36, index=True)
    guest_household: Mapped[str | None] = field(REF, ref="household", max_length=36,
                                                 index=True)
    # The pact's host and guest, set by the app: the visit is about them, and goes with
    # either's erasure as their pact does.
    host: Mapped[str | None] = field(REF, ref="person", max_length=36, index=True)
    guest: Mapped[str | None] = field(REF, ref="person", max_length=36, index=True)


Index("ix_application_fund_status", GuaranteeApplication.fund, GuaranteeApplication.status)
