"""Matching at the issue's scale (issue 12): `genera match vacancy` over 5,000 active job
profiles and `genera match person` over 2,000 open vacancies, each against 200 ms.

Builds a coordinator store in a temporary folder with 5,000 households (one seeker each,
in the comuni of the province), their job profiles and 2,000 open vacancies of 40
companies, written in batches as the demo writes; then times the two services (the
command line's work, without the process start) with the median of several runs.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.services.network import membership as network
from genera_desktop.services.work import matching
from genera_desktop.store.ids import new_id
from genera_desktop.store.models import Household, Organisation, Person, Point
from genera_desktop.store.models_work import JobProfile, Vacancy

USER, PASSWORD = "bench", "bench-password-1"
PROFILES = 5_000
VACANCIES = 2_000
RUNS = 7
TARGET_MS = 200.0


def report(name: str, value: float, target: float) -> None:
    print(f"  {name:<52} {value:>8.1f} ms  target < {target:.0f} ms  "
          f"{'ok' if value < target else 'MISSED'}", flush=True)


def build(folder: Path, seed: int = 1) -> tuple[object, list[str], list[str]]:
    """A store with the seekers, their profiles and the open vacancies."""
    created = network.create_network(folder, network_name="Bench", site_name="Coordinamento",
                                     admin_user=USER, password=PASSWORD)
    store = created.store
    rnd = random.Random(seed)
    comuni = [c.name for c in cat.comuni().values()]
    skills = [i.code for i in cat.entries(cat.SKILLS)]
    occupations = [i.code for i in cat.entries(cat.OCCUPATIONS)]
    persons: list[str] = []
    vacancies: list[str] = []
    with store.unit_of_work() as uow:
        batch: list[object] = [Point(code="MON", name="Punto Montichiari")]
        firms = [Organisation(name=f"Impresa {n}", org_type="company") for n in range(40)]
        batch += firms
        uow.write_batch(batch)  # type: ignore[arg-type]
        firm_ids = [f.id for f in firms]
        for n in range(PROFILES):
            household = Household(id=new_id(), point="MON", municipality=rnd.choice(comuni),
                                  case_number=f"MON-2026-{n + 1:05d}")
            person = Person(id=new_id(), household=household.id, first_name="Nome",
                            last_name=f"C{n}")
            profile = JobProfile(person=person.id, household=household.id, status="active",
                                 driving_licences=rnd.sample(["B", "C", "AM"], rnd.randint(0, 2)),
                                 max_distance_km=rnd.choice([None, 10, 20, 30, 50]),
                                 skills=rnd.sample(skills, rnd.randint(2, 8)),
                                 occupations=rnd.sample(occupations, rnd.randint(1, 2)))
            batch += [household, person, profile]
            persons.append(person.id)
            if len(batch) > 600:
                uow.write_batch(batch)  # type: ignore[arg-type]
        uow.write_batch(batch)  # type: ignore[arg-type]
        for n in range(VACANCIES):
            vacancy = Vacancy(id=new_id(), organisation=rnd.choice(firm_ids), title=f"Posizione {n}",
                              occupation=rnd.choice(occupations),
                              municipality=rnd.choice(comuni), status="open", positions=1,
                              required_licences=rnd.sample(["B", "C"], rnd.randint(0, 1)),
                              required_skills=rnd.sample(skills, rnd.randint(1, 4)),
                              nice_skills=rnd.sample(skills, rnd.randint(0, 3)))
            batch.append(vacancy)
            vacancies.append(vacancy.id)
            if len(batch) > 400:
                uow.write_batch(batch)  # type: ignore[arg-type]
        uow.write_batch(batch)  # type: ignore[arg-type]
        uow.session.commit()
    return store, persons, vacancies


def timed(call: object, runs: int = RUNS) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``call()`` over ``runs`` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        call()  # type: ignore[operator]
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    """Print the two matching figures."""
    with tempfile.TemporaryDirectory(prefix="genera-bench-work-") as tmp:
        started = time.perf_counter()
        store, persons, vacancies = build(Path(tmp) / "store")
        print(f"  built {PROFILES} profiles and {VACANCIES} vacancies in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        try:
            rnd = random.Random(2)
            wall, cpu = timed(lambda: matching.for_vacancy(store, rnd.choice(vacancies)))
            report(f"match vacancy over {PROFILES} profiles (cpu {cpu:.0f} ms)", wall,
                   TARGET_MS)
            wall, cpu = timed(lambda: matching.for_person(store, rnd.choice(persons)))
            report(f"match person over {VACANCIES} open vacancies (cpu {cpu:.0f} ms)", wall,
                   TARGET_MS)
        finally:
            store.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
