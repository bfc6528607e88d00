"""The partner network's directory, and the referrals that name its organisations.

A referral's ``organisation`` is free text; ``organisation_ref`` links it to the
directory. When an organisation is added (or renamed), every referral held here whose
text is its name, case and accents aside, and that links to nothing yet, is linked to
it: a change like any other, stamped, so it replicates (docs/dev/decisions.md,
"Community life"). A text two organisations share links to neither.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select

from genera_desktop.domain.text import fold
from genera_desktop.services import records, rules
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.base import Replicated
from genera_desktop.store.models import Agreement, Organisation, Referral
from genera_desktop.store.uow import UnitOfWork


def _after_write(uow: UnitOfWork, obj: Replicated, given: frozenset[str]) -> None:
    if "name" in given:
        assert isinstance(obj, Organisation)
        link_matching_referrals(uow, obj)


rules.register("organisation", rules.KindRules(after_write=_after_write))


def link_matching_referrals(uow: UnitOfWork, organisation: Organisation) -> int:
    """Link the unlinked referrals whose text is this organisation's name; return how
    many. Not when another live organisation has the same name: which one is meant?"""
    session = uow.session
    key = fold(organisation.name or "")
    if not key:
        return 0
    others = session.scalars(select(Organisation.name).where(
        Organisation.cl % 2 == 1, Organisation.id != organisation.id))
    if any(fold(name or "") == key for name in others):
        return 0
    linked = 0
    # The name's first word narrows the scan in SQL; the folded match decides.
    first = key.split(" ")[0]
    for referral in session.scalars(select(Referral).where(
            Referral.cl % 2 == 1, Referral.organisation_ref.is_(None),
            Referral.organisation.is_not(None),
            or_(func.lower(Referral.organisation).like(f"%{first}%"),
                Referral.organisation.op("GLOB")("*[^ -~]*")))):
        if fold(referral.organisation or "") == key:
            referral.organisation_ref = organisation.id
            linked += 1
    if linked:
        session.flush()
    return linked


@reads
def find_organisations(uow: UnitOfWork, text: str | None = None, *,
                       org_type: str | None = None, municipality: str | None = None,
                       partners_only: bool = False) -> list[dict[str, Any]]:
    """The directory's live organisations matching a search (name, VAT number, contact,
    ...: the kind's search fields), of a type, in a comune (case and accents aside),
    partners only; by name."""
    found = records.find(uow.session, "organisation", text or None)
    wanted_town = fold(municipality) if municipality else None
    out = []
    for org in found:
        assert isinstance(org, Organisation)
        if org_type and org.org_type != org_type:
            continue
        if wanted_town and fold(org.municipality or "") != wanted_town:
            continue
        if partners_only and not org.is_partner:
            continue
        out.append(records.to_dict(org))
    out.sort(key=lambda o: (fold(o.get("name") or ""), o["id"]))
    return out


@reads
def agreements_of(uow: UnitOfWork, organisation_id: str) -> list[dict[str, Any]]:
    """An organisation's live agreements, the latest first."""
    oid = records.load(uow.session, "organisation", organisation_id).id
    return [records.to_dict(a) for a in uow.session.scalars(
        select(Agreement).where(Agreement.organisation == oid, Agreement.cl % 2 == 1)
        .order_by(Agreement.start_date.desc().nulls_last(), Agreement.id))]


@writes
def link_referral(uow: UnitOfWork, referral_id: str, organisation_id: str | None) -> None:
    """Link a referral to an organisation of the directory (None: unlink), keeping its
    text, or taking the organisation's name when it had none."""
    data: dict[str, Any] = {"organisation_ref": organisation_id}
    referral = records.load(uow.session, "referral", referral_id)
    assert isinstance(referral, Referral)
    if organisation_id and not referral.organisation:
        org = records.load(uow.session, "organisation", organisation_id)
        data["organisation"] = getattr(org, "name", None)
    records.update(uow, "referral", referral_id, data)
