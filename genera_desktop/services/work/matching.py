"""Matching job profiles and vacancies: hard gates, then points, each one explained.

A profile is eligible for a vacancy when it is ``active``, holds every licence the
vacancy requires, and its person lives (their household's municipality) no farther
than the profile's ``max_distance_km`` from the vacancy's municipality (straight line
between the comuni, domain/catalogs_work.py; a distance that cannot be worked out is
said, not held against anyone). The score, 0 to 100, depends on the pair alone: the
points earned over the points the vacancy makes available, by the one table below.

Ranking: eligible first, by score, then nearer, then id; ineligible after them, with
the reason (spec/programme.md, "Matching").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain.errors import Refused
from genera_desktop.services import permissions, records
from genera_desktop.services.transaction import reads
from genera_desktop.store.models import Household, Person
from genera_desktop.store.models_work import JobProfile, Vacancy
from genera_desktop.store.uow import UnitOfWork

# The one table of weights (docs/dev/decisions.md, "Work plan"): the points a criterion
# is worth when the vacancy states it. Required skills weigh most.
WEIGHTS = {
    "required_skills": 50,  # shared out over the required skills met
    "occupation": 20,  # the vacancy's occupation among the profile's
    "nice_skills": 15,  # shared out over the nice-to-have skills met
    "nearness": 15,  # all of it in the same comune, none at NEAR_LIMIT_KM or more
}
# Nearness points fall linearly to none at the profile's max distance, or at this many
# km when the profile sets none.
NEAR_LIMIT_KM = 30.0


@dataclass
class Match:
    """One pair's outcome: ``other`` is the person (or the vacancy) id."""

    other: str
    score: int
    reasons: list[str]
    eligible: bool
    distance: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class ProfileView(NamedTuple):
    """What matching reads of a profile (a tuple: thousands are made per ranking)."""

    person: str
    status: str | None
    licences: tuple[str, ...]
    skills: frozenset[str]
    occupations: frozenset[str]
    max_distance_km: float | None
    municipality: str | None


@dataclass(frozen=True)
class VacancyView:
    id: str
    occupation: str | None
    municipality: str | None
    required_licences: tuple[str, ...]
    required_skills: tuple[str, ...]
    nice_skills: tuple[str, ...]


def _skill(code: str) -> str:
    return cat.label(cat.SKILLS, code) or code


def _phrases(vacancy: VacancyView) -> dict[str, Any]:
    """A vacancy's sentences, made once for all its candidates."""
    label = cat.label(cat.OCCUPATIONS, vacancy.occupation or "") or vacancy.occupation
    return {
        "has": {c: f"ha la patente {c}" for c in vacancy.required_licences},
        "lacks": {c: f"manca la patente {c}" for c in vacancy.required_licences},
        "knows": {s: f"sa: {_skill(s)}" for s in vacancy.required_skills},
        "missing": {s: f"manca: {_skill(s)}" for s in vacancy.required_skills},
        "also": {s: f"in più: {_skill(s)}" for s in vacancy.nice_skills},
        "occupation": f"stessa professione: {label}",
    }


def _km(value: float) -> str:
    return f"{round(value):d} km"


def score_pair(profile: ProfileView, vacancy: VacancyView,
               words: dict[str, Any] | None = None) -> Match:
    """The score and reasons of one profile for one vacancy (the gates included);
    ``words``: the vacancy's sentences (``_phrases``) when scoring many profiles."""
    words = words or _phrases(vacancy)
    reasons: list[str] = []
    blocked: list[str] = []
    if profile.status != "active":
        blocked.append("profilo non attivo")
    for licence in vacancy.required_licences:
        if licence in profile.licences:
            reasons.append(words["has"][licence])
        else:
            blocked.append(words["lacks"][licence])
    distance = cat.distance_km(profile.municipality, vacancy.municipality)
    if distance is None:
        reasons.append("distanza non nota")
    elif profile.max_distance_km is not None and distance > profile.max_distance_km:
        blocked.append(f"{_km(distance)}, oltre i {profile.max_distance_km:g} km che accetta")
    earned = 0.0
    available = 0.0
    if vacancy.required_skills:
        available += WEIGHTS["required_skills"]
        met = [s for s in vacancy.required_skills if s in profile.skills]
        earned += WEIGHTS["required_skills"] * len(met) / len(vacancy.required_skills)
        reasons += [words["knows"][s] for s in met]
        reasons += [words["missing"][s] for s in vacancy.required_skills if s not in met]
    if vacancy.occupation:
        available += WEIGHTS["occupation"]
        if vacancy.occupation in profile.occupations:
            earned += WEIGHTS["occupation"]
            reasons.append(words["occupation"])
    if vacancy.nice_skills:
        available += WEIGHTS["nice_skills"]
        met = [s for s in vacancy.nice_skills if s in profile.skills]
        earned += WEIGHTS["nice_skills"] * len(met) / len(vacancy.nice_skills)
        reasons += [words["also"][s] for s in met]
    if distance is not None:
        available += WEIGHTS["nearness"]
        limit = profile.max_distance_km or NEAR_LIMIT_KM
        earned += WEIGHTS["nearness"] * max(0.0, 1 - distance / limit) if limit > 0 else 0
        reasons.append(_km(distance))
    score = round(100 * earned / available) if available else 0
    return Match(other="", score=score, reasons=blocked + reasons, eligible=not blocked,
                 distance=distance)


def ranked(matches: Iterable[Match], limit: int | None = None) -> list[Match]:
    """Eligible first, best score first, then nearer, then by id."""
    out = sorted(matches, key=lambda m: (not m.eligible, -m.score,
                                         m.distance if m.distance is not None else 1e9,
                                         m.other))
    return out[:limit] if limit else out


def _vacancy_view(vacancy: Vacancy) -> VacancyView:
    return VacancyView(vacancy.id, vacancy.occupation, vacancy.municipality,
                       tuple(vacancy.required_licences or ()),
                       tuple(vacancy.required_skills or ()), tuple(vacancy.nice_skills or ()))


def _decoded(text: Any, wanted: bool = True) -> Any:
    """A JSON column read as text, decoded only when the vacancy needs it (SQLite hands
    a JSON number back as a number: its column's affinity is numeric)."""
    if not wanted or text is None or text == "null":
        return None
    return json.loads(text) if isinstance(text, str) else text


def _codes(text: Any, wanted: bool = True) -> list[str]:
    """A list of catalogue codes stored as JSON text. Codes are checked against the
    catalogues (no quote, comma or backslash in any), so a plain split reads them; any
    other text goes through the JSON decoder."""
    if not wanted or text is None or text == "null" or text == "[]":
        return []
    if isinstance(text, str) and text[:2] == '["' and text[-2:] == '"]' and "\\" not in text:
        return text[2:-2].split('", "')
    value = _decoded(text)
    return list(value) if isinstance(value, list) else []


def _profile_rows(session: Session, where: Any = None,
                  needs: VacancyView | None = None) -> Iterable[ProfileView]:
    """The live profiles with where their person lives. The JSON columns come as text
    and are decoded only when ``needs`` (the vacancy at hand) asks about them: at 5,000
    profiles decoding what a vacancy does not ask for was a third of the time."""
    want_licences = needs is None or bool(needs.required_licences)
    want_skills = needs is None or bool(needs.required_skills or needs.nice_skills)
    want_occupations = needs is None or bool(needs.occupation)
    query = (select(JobProfile.person, JobProfile.status,
                    type_coerce(JobProfile.driving_licences, Text).label("licences"),
                    type_coerce(JobProfile.skills, Text).label("skills"),
                    type_coerce(JobProfile.occupations, Text).label("occupations"),
                    type_coerce(JobProfile.max_distance_km, Text).label("max_km"),
                    Household.municipality)
             .join(Person, Person.id == JobProfile.person)
             .join(Household, Household.id == Person.household)
             .where(JobProfile.cl % 2 == 1))
    if where is not None:
        query = query.where(where)
    for row in session.execute(query):
        occupations = set(_codes(row.occupations, want_occupations))
        max_km = _decoded(row.max_km)
        yield ProfileView(row.person, row.status,
                          tuple(_codes(row.licences, want_licences)),
                          frozenset(_codes(row.skills, want_skills)),
                          frozenset(occupations),
                          float(max_km) if max_km is not None else None, row.municipality)


def pair(session: Session, vacancy_id: str, person_id: str) -> Match | None:
    """What matching gives one person for one vacancy now; None without a profile."""
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None:
        return None
    for profile in _profile_rows(session, JobProfile.person == person_id):
        found = score_pair(profile, _vacancy_view(vacancy))
        found.other = person_id
        return found
    return None


@reads
def for_vacancy(uow: UnitOfWork, vacancy_id: str, limit: int | None = None) -> list[Match]:
    """The job profiles ranked for a vacancy (``other``: the person's id)."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "job_profile")
    vacancy = records.load(session, "vacancy", vacancy_id)
    assert isinstance(vacancy, Vacancy)
    view = _vacancy_view(vacancy)
    words = _phrases(view)
    out = []
    for profile in _profile_rows(session, needs=view):
        found = score_pair(profile, view, words)
        found.other = profile.person
        out.append(found)
    return ranked(out, limit)


@reads
def for_person(uow: UnitOfWork, person_id: str, limit: int | None = None) -> list[Match]:
    """The open vacancies ranked for a person (``other``: the vacancy's id); refused
    ``no_job_profile`` for a person without a profile."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "job_profile")
    person = records.load(session, "person", person_id)
    profiles = list(_profile_rows(session, JobProfile.person == person.id))
    if not profiles:
        raise Refused("no_job_profile", person.id)
    profile = profiles[0]
    out = []
    for vacancy in session.scalars(select(Vacancy).where(Vacancy.cl % 2 == 1,
                                                         Vacancy.status == "open")):
        found = score_pair(profile, _vacancy_view(vacancy))
        found.other = vacancy.id
        found.extra = {"title": vacancy.title}
        out.append(found)
    return ranked(out, limit)
