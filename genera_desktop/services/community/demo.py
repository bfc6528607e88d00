"""The demo's community life (issue 11): the partner network, each point's places,
workshops with their sessions, enrolments and attendance, and citizens' initiatives in
every state. demo_data.generate calls it: ``directory`` after the catalog, ``note`` on
every household record as it is made, ``life`` once the households are there.

Its own random stream (seeded from the demo's seed), so the households are the same
bytes with or without it. Enrolments and attendances take the deterministic ids the
services give them (services/community/enrolments.py), as if entered by hand.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from stdnum import luhn

from genera_desktop.domain.text import fold
from genera_desktop.services.community.attendance import attendance_id
from genera_desktop.services.community.enrolments import enrolment_id

Record = dict[str, object]
_EPOCH = date(1970, 1, 1).toordinal()

# fmt: off
# name, type, comune, partner, ATECO, employees, contact
ORGANISATIONS = (
    ("Comune di Montichiari", "comune", "Montichiari", True, "84.11.10", 190, "Ufficio servizi sociali"),
    ("Comune di Calcinato", "comune", "Calcinato", True, "84.11.10", 80, "Ufficio servizi sociali"),
    ("Comune di Calvisano", "comune", "Calvisano", True, "84.11.10", 55, "Ufficio servizi sociali"),
    ("Comune di Carpenedolo", "comune", "Carpenedolo", True, "84.11.10", 70, "Ufficio servizi sociali"),
    ("Comune di Remedello", "comune", "Remedello", True, "84.11.10", 18, "Ufficio servizi sociali"),
    ("Comune di Visano", "comune", "Visano", True, "84.11.10", 12, "Ufficio servizi sociali"),
    ("Comune di Acquafredda", "comune", "Acquafredda", True, "84.11.10", 10, "Ufficio servizi sociali"),
    ("Centro per l'Impiego di Montichiari", "public_service", "Montichiari", True, "84.12.40", 14, "Marta Gobbi"),
    ("Consultorio familiare ASST del Garda", "public_service", "Montichiari", True, "84.12.10", 22, "Elena Ruggeri"),
    ("ALER Brescia-Cremona-Mantova", "public_service", "Brescia", True, "84.12.30", 300, "Sportello inquilini"),
    ("Cooperativa sociale Il Gabbiano", "cooperative", "Montichiari", True, "88.10.00", 64, "Paolo Lancini"),
    ("Cooperativa sociale La Nuvola", "cooperative", "Calcinato", True, "88.91.00", 38, "Silvia Tomasoni"),
    ("Cooperativa sociale Tempo Libero", "cooperative", "Carpenedolo", True, "88.99.09", 51, "Marco Pezzotti"),
    ("Cooperativa Pulisol", "cooperative", "Calvisano", False, "81.21.00", 27, "Angela Rizzi"),
    ("Emporio solidale", "association", "Montichiari", True, "94.99.50", 2, "Giorgio Bertoldi"),
    ("Associazione Genitori Insieme", "association", "Montichiari", True, "94.99.10", 0, "Chiara Manenti"),
    ("Associazione culturale Il Chiostro", "association", "Calcinato", True, "94.99.20", 1, "Davide Fappani"),
    ("Auser Bassa Bresciana", "association", "Carpenedolo", True, "94.99.90", 3, "Rosa Danesi"),
    ("Associazione Donne in Rete", "association", "Calvisano", True, "94.99.10", 0, "Fatima Zahra Bennani"),
    ("Polisportiva Remedello", "association", "Remedello", False, "93.12.00", 4, "Luca Tonoli"),
    ("ASD Camminando Insieme", "association", "Visano", True, "93.19.10", 0, "Ivo Bonomi"),
    ("Forno Bertoni", "company", "Montichiari", True, "10.71.10", 9, "Sergio Bertoni"),
    ("Supermercato Conad Borgosotto", "company", "Montichiari", True, "47.11.00", 35, "Direzione"),
    ("Elettroimpianti Gandini", "company", "Calvisano", False, "43.21.01", 12, "Ugo Gandini"),
    ("Trattoria Al Castello", "company", "Carpenedolo", False, "56.11.11", 7, "Nadia Ferrari"),
    ("Umana Lavoro – filiale di Montichiari", "staffing_agency", "Montichiari", True, "78.20.10", 6, "Sara Lombardi"),
    ("Gi Group – filiale di Carpenedolo", "staffing_agency", "Carpenedolo", False, "78.20.10", 5, "Alessio Marini"),
    ("Immobiliare Garda Casa", "real_estate_agency", "Montichiari", True, "68.31.00", 4, "Franco Zanardi"),
    ("Istituto comprensivo di Montichiari", "school", "Montichiari", True, "85.31.10", 140, "Dirigente scolastica"),
    ("Istituto comprensivo di Calcinato", "school", "Calcinato", True, "85.31.10", 95, "Dirigente scolastico"),
    ("Scuola dell'infanzia Sacro Cuore", "school", "Carpenedolo", False, "85.10.00", 16, "Suor Maria"),
    ("Parrocchia di Santa Maria Assunta", "parish", "Montichiari", True, "94.91.00", 2, "Don Alberto"),
    ("Parrocchia dei Santi Vincenzo e Anastasio", "parish", "Calcinato", True, "94.91.00", 1, "Don Giuseppe"),
    ("Oratorio San Giovanni Bosco", "parish", "Carpenedolo", True, "94.91.00", 3, "Don Marco"),
    ("Fondazione Comunità Bresciana", "foundation", "Brescia", True, "94.99.50", 11, "Ufficio bandi"),
    ("Fondazione Casa di Riposo Montichiari", "foundation", "Montichiari", False, "88.10.00", 85, "Direzione"),
)
# comune: places (name, type, address)
PLACES = {
    "MON": [("Biblioteca civica", "library", "Via Guglielmo Marconi 11"), ("Parco Lunardi", "park", "Via Lunardi"),
            ("Oratorio di Borgosotto", "parish", "Via Borgosotto 14"), ("Piazza Santa Maria", "square", "Piazza Santa Maria"),
            ("Aula studio Il Faro", "study_room", "Via Trieste 50")],
    "CAL": [("Biblioteca comunale", "library", "Piazza Aldo Moro 1"), ("Parco del Chiese", "park", "Via Prati"),
            ("Palestra scuola media", "sports", "Via Stazione 20")],
    "CVS": [("Biblioteca comunale", "library", "Via Roma 4"), ("Oratorio San Michele", "parish", "Via San Michele 2"),
            ("Piazza Caduti", "square", "Piazza Caduti")],
    "CRP": [("Biblioteca civica", "library", "Via Dante Alighieri 3"), ("Scuola primaria Mazzini", "school", "Via Giuseppe Mazzini 30"),
            ("Parco Pertini", "park", "Via Santi")],
    "REM": [("Biblioteca comunale di Acquafredda", "library", "Via Roma 2, Acquafredda"), ("Centro sportivo", "sports", "Via Sabbioneta 1"),
            ("Sala civica", "other", "Via Roma 56")],
    "VIS": [("Sala della comunità", "other", "Piazza Fiume 3"), ("Parco giochi di Via Bassa", "park", "Via Bassa")],
}
POINT_COMUNE = {"MON": "Montichiari", "CAL": "Calcinato", "CVS": "Calvisano", "CRP": "Carpenedolo",
                "REM": "Remedello", "VIS": "Visano"}
# theme: (audience, titles)
WORKSHOPS = {
    "family_support": ("families", ("Famiglie al centro", "Il cerchio delle famiglie", "Mutuo aiuto tra famiglie")),
    "parenting": ("families", ("Genitori in cammino", "Crescere insieme 0-6", "Adolescenti: istruzioni per l'uso")),
    "nutrition": ("adults", ("Cucina insieme", "Spesa consapevole", "Merende sane")),
    "digital": ("adults", ("SPID e servizi online", "Smartphone senza paura", "Il registro elettronico")),
    "language": ("adults", ("Italiano per tutti", "Parole per il lavoro", "Caffè delle lingue")),
    "work": ("adults", ("Il mio curriculum", "Cercare lavoro online", "Colloquio di lavoro: prove")),
    "housing": ("adults", ("Abitare bene", "Bollette e risparmio", "Vicini di casa")),
    "youth": ("youth", ("Compiti insieme", "Radio di quartiere", "Laboratorio di murales")),
    "culture": ("all", ("Storie dal mondo", "Cineforum di quartiere", "Coro di comunità")),
    "other": ("children", ("Giochi in piazza", "Orto in cortile", "Piccoli lettori")),
}
# The youth theme's gatherings that are youth groups rather than workshops (the
# Adolescenti section's «Gruppi»; docs/dev/decisions.md "Youth groups").
FORMAT = {"Compiti insieme": "group", "Radio di quartiere": "group"}
INITIATIVES = ("Orto condiviso", "Festa di via", "Biblioteca di condominio", "Pedibus", "Mercatino del riuso",
               "Cortile in festa", "Cineforum all'aperto", "Panchine dipinte", "Banco del tempo",
               "Pulizia del parco", "Tornei di calcetto", "Cena dei popoli")
# fmt: on
STATES = ("proposed", "evaluating", "accepted", "rejected", "in_progress", "completed",
          "withdrawn")


class Community:
    def __init__(self, seed: int, today: date, operators: Mapping[str, Sequence[str]]) -> None:
        self.rng = random.Random(f"community-{seed}")
        self.today = today.toordinal()
        self.operators = operators
        self.household_of: dict[str, str] = {}  # person -> household
        self.organisations: dict[str, str] = {}  # folded name -> id
        self.partners: list[str] = []
        self.points: dict[str, str] = {}  # household -> point
        self.adults: dict[str, list[str]] = {}  # point -> person ids
        self.young: dict[str, list[str]] = {}  # point -> person ids under 18
        self.children: dict[str, list[str]] = {}  # point -> under 11

    def uid(self, day: int) -> str:
        """A UUIDv7-shaped id of ``day`` (as demo_data's)."""
        bits = self.rng.getrandbits(99)
        ms = (day - _EPOCH) * 86_400_000 + 28_800_000 + (bits >> 74)
        rand_a, rand_b = (bits >> 62) & 0xFFF, bits & ((1 << 62) - 1)
        variant = 0x8000 | rand_b >> 48
        return (f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7{rand_a:03x}-{variant:04x}-"
                f"{rand_b & 0xFFFF_FFFF_FFFF:012x}")

    def vat_number(self) -> str:
        """A valid partita IVA of the province of Brescia (office 017)."""
        body = f"{self.rng.randrange(1, 10_000_000):07d}017"
        return body + luhn.calc_check_digit(body)

    # -- the directory

    def directory(self, start: date) -> Iterator[tuple[str, Record]]:
        day = start.toordinal()
        for name, org_type, comune, partner, ateco, employees, contact in ORGANISATIONS:
            ident = self.uid(day)
            self.organisations[fold(name)] = ident
            if partner:
                self.partners.append(ident)
            public = org_type in ("comune", "public_service", "school")
            yield ("organisation", {
                "id": ident, "name": name, "org_type": org_type,
                "vat_number": None if org_type == "parish" else self.vat_number(),
                "tax_code": None, "municipality": comune, "address": None,
                "phone": f"030 9{self.rng.randrange(10, 99)} {self.rng.randrange(1000, 9999)}",
                "email": None, "is_partner": partner, "ateco": ateco,
                "employees": employees if not public or employees else None,
                "contact_name": contact, "notes": None,
            })
            if partner and self.rng.random() < 0.6:
                signed = day + self.rng.randrange(0, 120)
                kind = ("convention" if public else
                        self.rng.choice(("protocol", "pact", "convention")))
                yield ("agreement", {
                    "id": self.uid(signed), "organisation": ident, "agreement_type": kind,
                    "subject": "Collaborazione con i Punti di Comunità",
                    "signed_on": date.fromordinal(signed).isoformat(),
                    "start_date": date.fromordinal(signed).isoformat(),
                    "end_date": date.fromordinal(signed + 3 * 365).isoformat(),
                    "point": None, "notes": None,
                })

    def note(self, kind: str, record: Record) -> None:
        """See each household record as it is made: who lives at which point, and the
        referrals whose organisation is in the directory."""
        if kind == "household":
            self.points[str(record["id"])] = str(record["point"])
        elif kind == "person":
            point = self.points.get(str(record["household"]), "")
            birth = record.get("birth_date")
            age = (self.today - date.fromisoformat(str(birth)).toordinal()) / 365.25 \
                if birth else 40
            pool = self.children if age < 11 else self.young if age < 18 else self.adults
            pool.setdefault(point, []).append(str(record["id"]))
            self.household_of[str(record["id"])] = str(record["household"])
        elif kind == "referral":
            record["organisation_ref"] = self.organisations.get(fold(str(record["organisation"])))

    # -- places, workshops, initiatives

    def life(self) -> Iterator[tuple[str, Record]]:
        """Each point's places, workshops (about 380 for the programme's 4,500 families,
        shared by the points as their families are) and initiatives in every state."""
        households: dict[str, int] = {}
        for point in self.points.values():
            households[point] = households.get(point, 0) + 1
        total = max(6, min(400, len(self.points) // 12))
        for point in sorted(households):
            places = []
            for name, place_type, address in PLACES.get(point, ()):
                ident = self.uid(self.today - 700)
                places.append(ident)
                yield ("place", {"id": ident, "name": name, "point": point,
                                 "place_type": place_type,
                                 "municipality": POINT_COMUNE.get(point), "address": address,
                                 "notes": None})
            count = max(1, round(total * households[point] / len(self.points)))
            for _ in range(count):
                yield from self.workshop(point, places)
            for number in range(max(len(STATES), count // 3)):
                # Every state at each point, then as it falls.
                yield self.initiative(point, places,
                                      STATES[number] if number < len(STATES) else None)

    def workshop(self, point: str, places: Sequence[str]) -> Iterator[tuple[str, Record]]:
        rng = self.rng
        theme = rng.choice(tuple(WORKSHOPS))
        audience, titles = WORKSHOPS[theme]
        start = self.today - rng.randrange(-60, 700)
        sessions = rng.randrange(4, 11)
        end = start + 7 * (sessions - 1)
        cancelled = rng.random() < 0.04
        status = ("cancelled" if cancelled else "planned" if start > self.today
                  else "running" if end >= self.today else "completed")
        ident = self.uid(min(start, self.today) - 10)
        title = rng.choice(titles)
        yield ("workshop", {
            "id": ident, "title": title, "point": point, "theme": theme,
            "audience": audience, "place": rng.choice(places) if places else None,
            "format": FORMAT.get(title, "workshop"),
            "organisation": rng.choice(self.partners) if rng.random() < 0.5 else None,
            "facilitator": rng.choice(self.operators[point]) if point in self.operators
            else None,
            "start_date": date.fromordinal(start).isoformat(),
            "end_date": date.fromordinal(end).isoformat(), "status": status,
            "description": None,
        })
        pool = (self.young if audience == "youth" else self.children if audience == "children"
                else self.adults).get(point) or self.adults.get(point, [])
        enrolled = rng.sample(pool, min(len(pool), rng.randrange(5, 15))) if not cancelled else []
        days = [start + 7 * i for i in range(sessions)] if not cancelled else []
        session_ids = []
        for i, day in enumerate(days):
            sid = self.uid(min(day, self.today) - 7)
            session_ids.append((sid, day))
            yield ("workshop_session", {
                "id": sid, "workshop": ident, "date": date.fromordinal(day).isoformat(),
                "start_time": "17:00", "end_time": "18:30", "place": None,
                "topic": f"Incontro {i + 1}", "guests": rng.choice((0, 0, 1, 2, 3, 4))
                if day <= self.today else None,
                "notes": None, "point": point,
            })
        for person in enrolled:
            withdrawn = rng.random() < 0.08
            leaves = rng.randrange(1, sessions) if withdrawn else sessions
            yield ("enrolment", {
                "id": enrolment_id(ident, person), "workshop": ident, "person": person,
                "enrolled_on": date.fromordinal(min(start - rng.randrange(0, 14),
                                                    self.today)).isoformat(),
                "status": "withdrawn" if withdrawn else "completed"
                if status == "completed" else "enrolled",
                "notes": None, "point": point, "household": self.household_of[person],
            })
            for number, (sid, day) in enumerate(session_ids):
                if day > self.today or number >= leaves:
                    break
                draw = rng.random()
                yield ("attendance", {
                    "id": attendance_id(sid, person), "session": sid, "person": person,
                    "status": "present" if draw < 0.78 else "absent" if draw < 0.93
                    else "excused", "point": point, "household": self.household_of[person],
                })

    def initiative(self, point: str, places: Sequence[str],
                   status: str | None) -> tuple[str, Record]:
        rng = self.rng
        status = status or rng.choice(STATES)
        proposed = self.today - rng.randrange(10, 600)
        decided = proposed + rng.randrange(15, 60)
        decided_on = status in ("accepted", "rejected", "in_progress", "completed")
        granted = status in ("accepted", "in_progress", "completed")
        asked = rng.randrange(2, 30) * 100
        due = decided + rng.randrange(90, 240)
        adults: list[str | None] = [*self.adults.get(point, ())] or [None]
        return ("initiative", {
            "id": self.uid(proposed), "title": rng.choice(INITIATIVES), "point": point,
            "proposed_on": date.fromordinal(proposed).isoformat(),
            "proposer_person": rng.choice(adults) if rng.random() < 0.7 else None,
            "proposer_organisation": rng.choice(self.partners)
            if self.partners and rng.random() < 0.4 else None,
            "place": rng.choice(places) if places else None,
            "description": None, "status": status, "support_requested": asked,
            "support_granted": round(asked * rng.choice((0.5, 0.8, 1.0))) if granted else None,
            "decided_on": date.fromordinal(min(decided, self.today)).isoformat()
            if decided_on else None,
            "pact_signed_on": date.fromordinal(min(decided + 10, self.today)).isoformat()
            if granted else None,
            "report_due": date.fromordinal(due).isoformat() if granted else None,
            "report_received": date.fromordinal(min(due, self.today)).isoformat()
            if status == "completed" else None,
            "participants": rng.randrange(8, 120) if status == "completed" else None,
            "notes": None,
        })
