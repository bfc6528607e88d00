"""What the work pages list: vacancies with their organisation's name, a vacancy's
ranked candidates with names and their candidacy if any, a person's job profile and the
vacancies that fit them. Reads only; the pages filter the rows they get."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import select

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain import incentives as shipped
from genera_desktop.domain.text import fold
from genera_desktop.services import permissions, records
from genera_desktop.services.transaction import reads
from genera_desktop.services.work import hirings, matching
from genera_desktop.services.work.profiles import live_profile
from genera_desktop.store.models import Organisation, Person
from genera_desktop.store.models_work import Candidacy, Vacancy
from genera_desktop.store.uow import UnitOfWork

# Who may offer a vacancy, as services/work/profiles.py checks it.
VACANCY_HOSTS = ("company", "staffing_agency")


@reads
def vacancy_rows(uow: UnitOfWork) -> list[dict[str, Any]]:
    """Live vacancies as records with ``organisation_name`` and ``occupation_label``;
    open ones first, the latest opened first, then by title."""
    session = uow.session
    names = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    rows = [records.to_dict(v) for v in session.scalars(
        select(Vacancy).where(Vacancy.cl % 2 == 1))]
    for row in rows:
        row["organisation_name"] = names.get(row.get("organisation") or "", "")
        row["occupation_label"] = cat.label(cat.OCCUPATIONS, row.get("occupation") or "") or ""
    rows.sort(key=lambda v: fold(v.get("title") or ""))
    rows.sort(key=lambda v: v.get("opened_on") or "", reverse=True)
    rows.sort(key=lambda v: (v.get("status") or "open") != "open")
    return rows


@reads
def hosts(uow: UnitOfWork) -> dict[str, str]:
    """The companies and staffing agencies of the directory: id to name, by name."""
    found = uow.session.execute(
        select(Organisation.id, Organisation.name).where(
            Organisation.cl % 2 == 1, Organisation.org_type.in_(VACANCY_HOSTS)))
    return dict(sorted(((i, n or "") for i, n in found), key=lambda p: fold(p[1])))


@reads
def candidate_rows(uow: UnitOfWork, vacancy_id: str, limit: int = 100) -> list[dict[str, Any]]:
    """A vacancy's candidates as matching ranks them (the best ``limit``): ``person``,
    ``name``, ``score``, ``eligible``, ``reasons``, and ``candidacy``/``candidacy_status``
    when the person was already proposed."""
    session = uow.session
    found = matching.for_vacancy(uow, vacancy_id, limit)
    ids = [m.other for m in found]
    names = {p.id: f"{p.last_name} {p.first_name}" for p in session.scalars(
        select(Person).where(Person.id.in_(ids)))} if ids else {}
    made = {c.person: c for c in session.scalars(select(Candidacy).where(
        Candidacy.vacancy == vacancy_id, Candidacy.cl % 2 == 1))}
    out = []
    for m in found:
        candidacy = made.get(m.other)
        out.append({"person": m.other, "name": names.get(m.other, ""), "score": m.score,
                    "eligible": m.eligible, "reasons": m.reasons,
                    "candidacy": candidacy.id if candidacy else None,
                    "candidacy_status": candidacy.status if candidacy else None})
    return out


@reads
def profile_of(uow: UnitOfWork, person_id: str) -> dict[str, Any] | None:
    """A person's live job profile as a record, or None."""
    permissions.require_kind_access(uow.session, uow.username, "job_profile")
    found = live_profile(uow.session, person_id)
    return records.to_dict(found) if found is not None else None


@reads
def fitting_vacancies(uow: UnitOfWork, person_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """The open vacancies matching ranks for a person (the best ``limit``): ``vacancy``,
    ``title``, ``organisation_name``, ``score``, ``eligible``, ``reasons`` and the
    person's ``candidacy_status`` for it, if proposed. Refused ``no_job_profile``."""
    session = uow.session
    found = matching.for_person(uow, person_id, limit)
    names = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    owners = dict(session.execute(select(Vacancy.id, Vacancy.organisation)).all())
    made = {c.vacancy: c.status for c in session.scalars(select(Candidacy).where(
        Candidacy.person == person_id, Candidacy.cl % 2 == 1))}
    return [{"vacancy": m.other, "title": m.extra.get("title") or "",
             "organisation_name": names.get(owners.get(m.other) or "", ""),
             "score": m.score, "eligible": m.eligible, "reasons": m.reasons,
             "candidacy_status": made.get(m.other)} for m in found]


@reads
def internships_of(uow: UnitOfWork, person_id: str) -> list[dict[str, Any]]:
    """A person's live internships, the latest first, each with ``host_name`` and its
    entered ``months`` (records, by month, with ``allowance_due``)."""
    from genera_desktop.store.models_work import Internship, InternshipMonth

    session = uow.session
    permissions.require_kind_access(session, uow.username, "internship")
    names = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    rows = [records.to_dict(i) for i in session.scalars(select(Internship).where(
        Internship.person == person_id, Internship.cl % 2 == 1))]
    months: dict[str, list[dict[str, Any]]] = {}
    if rows:
        for month in session.scalars(select(InternshipMonth).where(
                InternshipMonth.internship.in_([r["id"] for r in rows]),
                InternshipMonth.cl % 2 == 1).order_by(InternshipMonth.month)):
            months.setdefault(month.internship or "", []).append(
                records.with_computed(records.to_dict(month)))
    for row in rows:
        row["host_name"] = names.get(row.get("host") or "", "")
        row["months"] = months.get(row["id"], [])
    rows.sort(key=lambda r: r.get("start_date") or "", reverse=True)
    return rows


@reads
def organisations(uow: UnitOfWork) -> dict[str, str]:
    """Every live organisation of the directory: id to name, by name."""
    found = uow.session.execute(
        select(Organisation.id, Organisation.name).where(Organisation.cl % 2 == 1))
    return dict(sorted(((i, n or "") for i, n in found), key=lambda p: fold(p[1])))


@reads
def incentives_on(uow: UnitOfWork, day: str) -> list[dict[str, Any]]:
    """The incentives a hiring of ``day`` (ISO) may name, by code: the coordinator's
    records and the measures shipped with the app (``shipped`` true) that hold that day."""
    return [{"code": o.code, "name": o.name, "valid_from": o.valid_from,
             "valid_to": o.valid_to, "shipped": o.shipped}
            for o in hirings.valid_incentives(uow.session, day)]


@reads
def shipped_incentives(uow: UnitOfWork) -> list[dict[str, Any]]:
    """The measures shipped with the app that no record overrides (every field of
    domain/incentives.py), in the file's order: what the coordinator may copy."""
    known = hirings.known_incentives(uow.session)
    return [asdict(m) for m in shipped.measures()
            if known[shipped.code_key(m.code)].shipped]
