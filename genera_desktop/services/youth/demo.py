"""The demo's adolescents' plan (issue 14): the upper secondary schools of the area as
organisations, the consents of the young people enrolled in workshops (given by a parent
of their household, named), and school-work experiences with their hours.
demo_data.generate calls it as it calls demo_community: ``directory`` after the
community's, ``note`` on every record as it is made, ``life`` once the community's
workshops are there.

Its own random stream (seeded from the demo's seed), so what came before is the same
bytes with or without it. The records keep the rules a user meets: a minor's enrolment
and school-work come with a live consent of a parent, hours come after the safety
training. The students of the school-work experiences are in their last school year,
18 or 19 on the demo's day: their hours registers, the plan's printout, name no minor.

Last, most young people get their file (``files``): the 11 to 17 year olds and the
school-work students, with a class, this school year, an operator of their point who
follows them, and from 14 one of the area's schools. From a stream of their own, after
everything else: the records before them are the same bytes as without them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from genera_desktop.domain.ages import age_on, under_18_on
from genera_desktop.domain.codice_fiscale import provisional_check_digit
from genera_desktop.store.ids import id_from

Record = dict[str, object]
_EPOCH = date(1970, 1, 1).toordinal()
YEAR = 365.25

# fmt: off
# name, comune, address, the school types it teaches, contact
SCHOOLS = (
    ("Istituto di istruzione superiore di Montichiari", "Montichiari", "Via Marconi 41",
     ("liceo", "tecnico"), "Referente PCTO"),
    ("Istituto tecnico di Carpenedolo", "Carpenedolo", "Via Santi 10", ("tecnico",),
     "Referente PCTO"),
    ("Centro di formazione professionale di Calcinato", "Calcinato", "Via Stazione 5",
     ("professionale",), "Tutor formativo"),
)
TITLES = {
    "liceo": ("Biblioteca e archivio", "Comunicazione e social", "Educazione tra pari"),
    "tecnico": ("Amministrazione e contabilità", "Logistica di magazzino", "Impianti elettrici"),
    "professionale": ("Panificazione e vendita", "Cucina e sala", "Manutenzione del verde"),
}
ACTIVITIES = ("Affiancamento al tutor", "Attività di laboratorio", "Riordino e inventario",
              "Accoglienza del pubblico", "Progetto assegnato", "Formazione in aula")
TUTORS = ("Prof.ssa Marta Zani", "Prof. Giorgio Pedrali", "Prof.ssa Elena Bresciani",
          "Prof. Luca Treccani")
HOST_TYPES = ("comune", "cooperative", "association", "company", "parish")
PARENTS = ("reference", "spouse", "partner")
# fmt: on


# The share of the young people of the list given a file; a class's letters.
WITH_FILE = 0.8
SECTIONS = "ABCDE"


class Youth:
    def __init__(self, seed: int, today: date,
                 operators: Mapping[str, Sequence[str]] | None = None) -> None:
        self.rng = random.Random(f"youth-{seed}")
        self.files_rng = random.Random(f"youth-files-{seed}")
        self.operators = operators or {}  # point -> its operators' usernames
        self.points: dict[str, str] = {}  # household -> its point
        self.students: list[str] = []  # the school-work students, by id
        self.today = today
        self.schools: list[tuple[str, tuple[str, ...]]] = []  # (id, school types)
        self.hosts: list[tuple[str, str | None]] = []  # (id, contact)
        self.persons: dict[str, Record] = {}  # person id -> its record
        self.parents: dict[str, str] = {}  # household -> a parent's full name
        self.enrolled: dict[str, str] = {}  # a minor enrolled -> their first enrolled_on

    def uid(self, day: int) -> str:
        """A UUIDv7-shaped id of ``day`` (as demo_data's)."""
        bits = self.rng.getrandbits(99)
        ms = (day - _EPOCH) * 86_400_000 + 28_800_000 + (bits >> 74)
        rand_a, rand_b = (bits >> 62) & 0xFFF, bits & ((1 << 62) - 1)
        variant = 0x8000 | rand_b >> 48
        return (f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7{rand_a:03x}-{variant:04x}-"
                f"{rand_b & 0xFFFF_FFFF_FFFF:012x}")

    def directory(self, start: date) -> Iterator[tuple[str, Record]]:
        """The area's upper secondary schools, in the network's directory."""
        for name, comune, address, types, contact in SCHOOLS:
            ident = self.uid(start.toordinal())
            self.schools.append((ident, types))
            # A school's codice fiscale: eleven digits from 8, the last its check digit.
            body = f"8{self.rng.randrange(10**9, 10**10)}"[:10]
            yield ("organisation", {
                "id": ident, "name": name, "org_type": "school", "vat_number": None,
                "tax_code": body + provisional_check_digit(body), "municipality": comune,
                "address": address,
                "phone": f"030 9{self.rng.randrange(10, 99)} {self.rng.randrange(1000, 9999)}",
                "email": None, "is_partner": True, "ateco": "85.31.20", "employees": None,
                "contact_name": contact, "notes": None,
            })

    def note(self, kind: str, record: Record) -> None:
        """See each record as it is made: hosts, persons and their parents, enrolments."""
        if kind == "household":
            self.points[str(record["id"])] = str(record.get("point") or "")
        elif kind == "organisation" and record["org_type"] in HOST_TYPES:
            contact = record.get("contact_name")
            self.hosts.append((str(record["id"]), str(contact) if contact else None))
        elif kind == "person":
            self.persons[str(record["id"])] = record
            household = str(record["household"])
            born = record.get("birth_date")
            if record.get("relation") in PARENTS and born and not under_18_on(
                    str(born), self.today) and household not in self.parents:
                self.parents[household] = f"{record['first_name']} {record['last_name']}"
        elif kind == "enrolment":
            person = self.persons.get(str(record["person"]))
            day = date.fromisoformat(str(record["enrolled_on"]))
            if person is not None and under_18_on(str(person.get("birth_date") or ""), day):
                first = self.enrolled.get(str(record["person"]))
                if first is None or str(record["enrolled_on"]) < first:
                    self.enrolled[str(record["person"])] = str(record["enrolled_on"])

    def consent(self, person: Record, consent_type: str, day: int) -> tuple[str, Record]:
        """A parent's consent (a guardian's where no parent lives with them) on ``day``."""
        parent = self.parents.get(str(person["household"]))
        return ("consent", {
            "id": self.uid(day), "person": person["id"], "consent_type": consent_type,
            "date": date.fromordinal(day).isoformat(),
            "given_by": "parent" if parent else "guardian", "given_by_name": parent,
            "withdrawn_on": None, "notes": None, "household": person["household"],
        })

    def life(self) -> Iterator[tuple[str, Record]]:
        """The consents of the minors enrolled, a few images consents, and school-work
        experiences of the students in their last year, with their hours."""
        rng = self.rng
        for pid in sorted(self.enrolled):
            person = self.persons[pid]
            first = date.fromisoformat(self.enrolled[pid]).toordinal()
            yield self.consent(person, "activities", first - rng.randrange(0, 10))
            if rng.random() < 0.4:
                yield self.consent(person, "images", first - rng.randrange(0, 10))
        if not self.hosts:
            return
        today = self.today.toordinal()
        students = sorted(pid for pid, p in self.persons.items() if p.get("birth_date")
                          and 18 * YEAR <= today - date.fromisoformat(
                              str(p["birth_date"])).toordinal() < 19.5 * YEAR)
        for pid in students:
            if rng.random() < 0.3:
                self.students.append(pid)
                yield from self.school_work(self.persons[pid])
        yield from self.files()

    def school_year(self) -> str:
        """The school year in course on the demo's day (from September): 2026/27."""
        first = self.today.year if self.today.month >= 9 else self.today.year - 1
        return f"{first}/{(first + 1) % 100:02d}"

    def files(self) -> Iterator[tuple[str, Record]]:
        """Most young people's files: the 11 to 17 year olds and the students."""
        rng = self.files_rng
        young = []
        for pid, person in sorted(self.persons.items()):
            age = age_on(str(person.get("birth_date") or ""), self.today)
            if age is not None and 11 <= age < 18 and rng.random() < WITH_FILE:
                young.append((pid, age))
        young += [(pid, age_on(str(self.persons[pid]["birth_date"]), self.today) or 18)
                  for pid in self.students]
        year = self.school_year()
        for pid, age in young:
            person = self.persons[pid]
            # Middle school to 13 (no school of the directory), then upper secondary.
            grade = age - 10 if age < 14 else min(age - 13, 5)
            operators = self.operators.get(self.points.get(str(person["household"]), ""))
            since = self.today.toordinal() - rng.randrange(20, 700)
            yield ("youth_file", {
                "id": id_from("youth_file", pid), "person": pid,
                "school": rng.choice(self.schools)[0] if age >= 14 and self.schools else None,
                "class_name": f"{grade}{rng.choice(SECTIONS)}", "school_year": year,
                "facilitator": rng.choice(operators) if operators else None,
                "followed_since": date.fromordinal(since).isoformat(), "notes": None,
                "household": person["household"],
            })

    def school_work(self, person: Record) -> Iterator[tuple[str, Record]]:
        rng = self.rng
        school, types = rng.choice(self.schools)
        school_type = rng.choice(types)
        host, contact = rng.choice(self.hosts)
        start = self.today.toordinal() - rng.randrange(20, 300)
        weeks = rng.randrange(2, 5)
        end = start + 7 * weeks - 3
        training = start - rng.randrange(3, 20)
        born = str(person["birth_date"])
        if under_18_on(born, date.fromordinal(start)):
            yield self.consent(person, "school_work", training - rng.randrange(1, 15))
        experience = self.uid(training)
        days = [d for d in range(start, min(end, self.today.toordinal()) + 1)
                if date.fromordinal(d).weekday() < 5]
        yield ("school_work", {
            "id": experience, "person": person["id"], "school": school, "host": host,
            "school_type": school_type, "title": rng.choice(TITLES[school_type]),
            "start_date": date.fromordinal(start).isoformat(),
            "end_date": date.fromordinal(end).isoformat(),
            "planned_hours": 4 * 5 * weeks, "school_tutor": rng.choice(TUTORS),
            "host_tutor": contact or None,
            "safety_training_on": date.fromordinal(training).isoformat(),
            "pact_signed_on": date.fromordinal(training - 2).isoformat(),
            "notes": None, "household": person["household"],
        })
        for day in days:
            yield ("school_work_hours", {
                "id": self.uid(day), "school_work": experience,
                "date": date.fromordinal(day).isoformat(),
                "hours": rng.choice((3, 4, 4, 4, 5, 6, 3.5)),
                "activity": rng.choice(ACTIVITIES), "person": person["id"],
                "household": person["household"],
            })
