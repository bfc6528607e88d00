"""Solidarity co-housing: the possible pairs of a host and a guest, with their reasons,
and a pact started from one.

A pair is possible between an open host's offer and an open guest's of two different
households held here. Smoking or a pet the host does not accept rules a pair out (the
host said so: the pair would not last); everything else is a reason for or against,
which staff weigh in the meeting: the comune, the contribution asked against what the
guest can give, the help at home and the presence the host asks against what the guest
offers, the day both are free from. The reasons are data (a code and its values): the
page says them in plain Italian (ui/housing/pairs.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from genera_desktop.domain.ages import age_on
from genera_desktop.domain.errors import Refused
from genera_desktop.domain.text import full_name
from genera_desktop.services import permissions, records
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.models import Household, Person
from genera_desktop.store.models_housing import CohousingOffer, CohousingVisit
from genera_desktop.store.uow import UnitOfWork

OPEN = ("open", None)
CENT = 0.005


@dataclass(frozen=True)
class Reason:
    """Why a pair may work (``good``) or what stands against it: ``code`` with its
    ``values`` (amounts in euro, lists of codes of vocab_housing, ISO dates)."""

    code: str
    good: bool
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Pair:
    """A host's offer and a guest's (records with ``name``, ``age``, ``point`` and
    ``municipality``), their reasons, the good ones first, and a score to sort by."""

    host: dict[str, Any]
    guest: dict[str, Any]
    reasons: list[Reason]

    @property
    def score(self) -> int:
        return sum(1 if r.good else -1 for r in self.reasons)




@reads
def open_offers(uow: UnitOfWork, *, today: date | None = None) -> list[dict[str, Any]]:
    """The live offers held here, with their person's ``name``, ``age``, and their
    household's ``point`` and ``municipality``; by role (hosts first), then name."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "cohousing_offer")
    today = today or date.today()
    rows = list(session.execute(
        select(CohousingOffer, Person.last_name, Person.first_name, Person.birth_date,
               Household.point, Household.municipality)
        .join(Person, Person.id == CohousingOffer.person)
        .join(Household, Household.id == Person.household)
        .where(CohousingOffer.cl % 2 == 1, Person.cl % 2 == 1, Household.cl % 2 == 1)))
    out = []
    for offer, last, first, birth, point, municipality in rows:
        record = records.to_dict(offer)
        record.update(name=full_name(last, first), age=age_on(birth, today),
                      point=point, municipality=municipality)
        out.append(record)
    out.sort(key=lambda o: (o.get("role") != "host", o["name"].casefold(), o["id"]))
    return out


def _rules_out(host: dict[str, Any], guest: dict[str, Any]) -> bool:
    return bool((guest.get("smoking") and host.get("smoking") is False)
                or (guest.get("pets") and host.get("pets") is False))


def reasons(host: dict[str, Any], guest: dict[str, Any]) -> list[Reason]:
    """The reasons for and against a host and a guest living together, good first."""
    out: list[Reason] = []
    if host.get("municipality") and host.get("municipality") == guest.get("municipality"):
        out.append(Reason("same_municipality", True, {"municipality": host["municipality"]}))
    if host.get("point") != guest.get("point"):
        # Not against the pair: the coordinator makes a pact between two points' families.
        out.append(Reason("two_points", True, {"host": host.get("point"),
                                               "guest": guest.get("point")}))
    asked, can = host.get("contribution"), guest.get("contribution")
    if asked is not None and can is not None:
        fits = float(can) + CENT >= float(asked)
        out.append(Reason("contribution_fits" if fits else "contribution_short", fits,
                          {"asked": asked, "can": can}))
    wanted, offered = set(host.get("help") or ()), set(guest.get("help") or ())
    if wanted & offered:
        out.append(Reason("help_given", True, {"help": sorted(wanted & offered)}))
    if wanted - offered:
        out.append(Reason("help_missing", False, {"help": sorted(wanted - offered)}))
    when, there = set(host.get("presence") or ()), set(guest.get("presence") or ())
    if when & there:
        out.append(Reason("presence_given", True, {"presence": sorted(when & there)}))
    if when - there:
        out.append(Reason("presence_missing", False, {"presence": sorted(when - there)}))
    if host.get("age") is not None and guest.get("age") is not None:
        out.append(Reason("ages", True, {"host": host["age"], "guest": guest["age"]}))
    start = max(filter(None, (host.get("available_from"), guest.get("available_from"))),
                default=None)
    if start:
        out.append(Reason("free_from", True, {"date": start}))
    return sorted(out, key=lambda r: not r.good)


@reads
def possible_pairs(uow: UnitOfWork, *, today: date | None = None) -> list[Pair]:
    """Every open host with every open guest of another household, but those the
    host's rules on smoking and pets rule out; the most promising first."""
    offers = open_offers(uow, today=today)
    hosts = [o for o in offers if o.get("role") == "host" and o.get("status") in OPEN]
    guests = [o for o in offers if o.get("role") == "guest" and o.get("status") in OPEN]
    pairs = [Pair(h, g, reasons(h, g)) for h in hosts for g in guests
             if h.get("household") != g.get("household") and not _rules_out(h, g)]
    pairs.sort(key=lambda p: (-p.score, p.host["name"].casefold(), p.guest["name"].casefold()))
    return pairs


@writes
def start_pact(uow: UnitOfWork, host_offer: str, guest_offer: str,
               values: dict[str, Any]) -> str:
    """A pact between the persons of two offers, both offers then ``paired``: in one
    transaction. ``values`` are the pact's other fields (start, phase, contribution…)."""
    host = records.show(uow, "cohousing_offer", host_offer)
    guest = records.show(uow, "cohousing_offer", guest_offer)
    if host.get("role") != "host" or guest.get("role") != "guest":
        raise Refused("pair_roles")
    pact = records.add(uow, "cohousing_pact", {**values, "host": host["person"],
                                               "guest": guest["person"]})
    for offer in (host_offer, guest_offer):
        records.update(uow, "cohousing_offer", offer, {"status": "paired"})
    return pact


@reads
def visits(uow: UnitOfWork, pact_id: str) -> list[dict[str, Any]]:
    """A pact's live monitoring visits, with ``in_trial``, the latest first."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "cohousing_visit")
    rows = [records.with_computed(records.to_dict(v), session) for v in session.scalars(
        select(CohousingVisit).where(CohousingVisit.pact == pact_id,
                                     CohousingVisit.cl % 2 == 1))]
    return sorted(rows, key=lambda v: (v.get("date") or "", v["id"]), reverse=True)
