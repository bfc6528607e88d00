"""The demo's work plan (issue 12): companies of the area and their vacancies, courses and
incentives, seekers with plausible profiles, candidacies (with the score matching gives),
internships with their months, and hirings. demo_data.generate calls it: ``directory``
after the network's directory, ``note`` on every household record as it is made,
``life`` once the households are there.

Its own random stream (seeded from the demo's seed), so the households and the
community are the same bytes with or without it. Profiles and candidacies take the
ids the services give them (services/work/), as if entered by hand.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping
from datetime import date

from stdnum import luhn

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain.holidays import is_working_day, month_days
from genera_desktop.services.work.candidacies import candidacy_id
from genera_desktop.services.work.internship_rules import LOMBARDY_2018, minimum_allowance
from genera_desktop.services.work.matching import ProfileView, VacancyView, score_pair
from genera_desktop.services.work.profiles import profile_id

Record = dict[str, object]
_EPOCH = date(1970, 1, 1).toordinal()

# fmt: off
# name, comune, ATECO, employees, contact
COMPANIES = (
    ("Logistica Garda srl", "Calcinato", "52.10.20", 60, "Ufficio personale"),
    ("Fonderia Chiese spa", "Montichiari", "24.51.00", 140, "Risorse umane"),
    ("Carpenterie Bassa Bresciana srl", "Carpenedolo", "25.11.00", 18, "Mauro Fusari"),
    ("Ortofrutta Mella società agricola", "Calvisano", "01.13.11", 25, "Lucia Gatta"),
    ("Pulizie Lucenti srl", "Montichiari", "81.21.00", 45, "Anna Tosoni"),
    ("Residenza Villa dei Pini", "Remedello", "87.10.00", 70, "Direzione sanitaria"),
    ("Ristorante Il Portico", "Montichiari", "56.11.11", 8, "Stefano Bonetti"),
    ("Autofficina Visano snc", "Visano", "95.31.10", 4, "Pietro Rizzini"),
)
# title, occupation, required skills, nice skills, licences, contract
JOBS = (
    ("Magazziniere con patentino", "4.3.1.2.0", ("carrello-elevatore", "picking"), ("terminalino", "magazzino-inventario"), ("B",), "fixed_term"),
    ("Addetto alle pulizie", "6.1.5.1.0", ("pulizia-uffici", "macchine-pulizia"), ("prodotti-chimici-pulizia",), (), "permanent"),
    ("Aiuto cuoco", "5.2.2.1.0", ("aiuto-cuoco", "haccp"), ("cucina-collettiva",), (), "seasonal"),
    ("Cameriere di sala", "5.2.2.3.2", ("servizio-sala",), ("caffetteria", "accoglienza-clienti"), (), "seasonal"),
    ("Operaio di fonderia", "6.2.1.1.1", ("dpi", "carichi-manuali"), ("carrello-elevatore", "turni"), (), "agency"),
    ("Saldatore a filo", "6.2.1.2.0", ("saldatura-mig", "lettura-disegno"), ("saldatura-tig",), (), "permanent"),
    ("Autista consegne", "7.4.2.1.0", ("guida-furgone", "consegne-urbane"), ("bolle-ddt",), ("B",), "fixed_term"),
    ("Operatore socio-sanitario", "5.3.1.1.0", ("oss", "igiene-persona", "mobilizzazione"), ("primo-soccorso",), (), "permanent"),
    ("Raccoglitore in serra", "6.4.3.1.0", ("raccolta-frutta", "serra"), ("trattore",), (), "seasonal"),
    ("Addetto alla cassa", "5.1.2.4.0", ("cassa", "pos"), ("scaffalatura",), (), "apprenticeship"),
    ("Meccanico auto", "6.2.3.1.1", ("meccanica-auto",), ("gomme", "elettrauto"), ("B",), "apprenticeship"),
    ("Assistente familiare", "5.5.2.3.0", ("assistenza-anziani", "igiene-persona"), ("cucina-famiglia",), (), "other"),
)
COURSES = (
    ("Carrellisti: conduzione del carrello elevatore", 12, ("carrello-elevatore", "patente-muletto")),
    ("Alimentaristi HACCP", 4, ("haccp", "attestato-haccp")),
    ("Sicurezza sul lavoro – formazione generale e specifica", 16, ("sicurezza-lavoro", "attestato-sicurezza")),
    ("Competenze digitali di base", 30, ("posta-elettronica", "spid", "word")),
    ("Italiano per il lavoro", 40, ("comunicazione",)),
)
# The measures the app ships (resources/catalogs/incentives.csv: ADI-ESONERO, the
# bonuses...) are not records; the demo's coordinator adds one the law file lacks.
INCENTIVES = (
    ("SFL-ESONERO", "Esonero per l'assunzione di beneficiari del Supporto per la formazione e il lavoro", "2023-09-01", None),
)
# A seeker's profile: the skills people bring, drawn together.
TRADES = (
    ("4.3.1.2.0", ("carrello-elevatore", "picking", "carico-scarico", "terminalino", "imballaggio")),
    ("6.1.5.1.0", ("pulizia-uffici", "macchine-pulizia", "prodotti-chimici-pulizia", "pulizia-sanitaria")),
    ("5.2.2.1.0", ("aiuto-cuoco", "haccp", "cucina-base", "lavaggio-stoviglie", "cucina-collettiva")),
    ("5.2.2.3.2", ("servizio-sala", "caffetteria", "accoglienza-clienti", "cassa")),
    ("6.2.1.2.0", ("saldatura-mig", "saldatura-tig", "lettura-disegno", "dpi", "carpenteria-metallica")),
    ("7.4.2.1.0", ("guida-furgone", "consegne-urbane", "bolle-ddt", "carico-scarico")),
    ("5.5.2.3.0", ("assistenza-anziani", "igiene-persona", "mobilizzazione", "compagnia", "cucina-famiglia")),
    ("6.4.3.1.0", ("raccolta-frutta", "serra", "orticoltura", "vendemmia")),
    ("5.1.2.2.0", ("cassa", "pos", "scaffalatura", "vendita-assistita")),
)
LANGUAGES = ("it:A2", "it:B1", "it:B2", "it:C1", "en:A2", "fr:B1", "ar:C2", "ro:C2", "ur:C2")
# fmt: on


class WorkDemo:
    def __init__(self, seed: int, today: date, organisations: Mapping[str, str]) -> None:
        self.rng = random.Random(f"work-{seed}")
        self.today = today.toordinal()
        self.network = organisations  # folded name -> id (the community's directory)
        self.companies: list[tuple[str, int, str]] = []  # id, employees, comune
        self.vacancies: list[tuple[str, VacancyView, str]] = []  # id, view, organisation
        self.courses: list[str] = []
        self.municipality: dict[str, str] = {}  # household -> comune
        self.adults: list[tuple[str, str]] = []  # (person, household), 18 to 62

    def uid(self, day: int) -> str:
        bits = self.rng.getrandbits(99)
        ms = (day - _EPOCH) * 86_400_000 + 28_800_000 + (bits >> 74)
        rand_a, rand_b = (bits >> 62) & 0xFFF, bits & ((1 << 62) - 1)
        variant = 0x8000 | rand_b >> 48
        return (f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7{rand_a:03x}-{variant:04x}-"
                f"{rand_b & 0xFFFF_FFFF_FFFF:012x}")

    def day(self, ordinal: int) -> str:
        return date.fromordinal(ordinal).isoformat()

    # -- companies, vacancies, courses and incentives

    def directory(self, start: date) -> Iterator[tuple[str, Record]]:
        first = start.toordinal()
        for name, comune, ateco, employees, contact in COMPANIES:
            ident = self.uid(first)
            body = f"{self.rng.randrange(1, 10_000_000):07d}017"
            self.companies.append((ident, employees, comune))
            yield ("organisation", {
                "id": ident, "name": name, "org_type": "company",
                "vat_number": body + luhn.calc_check_digit(body), "tax_code": None,
                "municipality": comune, "address": None,
                "phone": f"030 9{self.rng.randrange(10, 99)} {self.rng.randrange(1000, 9999)}",
                "email": None, "is_partner": self.rng.random() < 0.5, "ateco": ateco,
                "employees": employees, "contact_name": contact, "notes": None,
            })
        hosts = [(i, c) for i, _, c in self.companies]
        for folded in ("umana lavoro – filiale di montichiari", "gi group – filiale di carpenedolo"):
            agency = self.network.get(folded)
            if agency:
                hosts.append((agency, "Montichiari" if "montichiari" in folded else "Carpenedolo"))
        for number in range(len(JOBS) * 3):
            title, occupation, required, nice, licences, contract = JOBS[number % len(JOBS)]
            organisation, comune = self.rng.choice(hosts)
            opened = self.today - self.rng.randrange(0, 240)
            status = ("open" if opened > self.today - 90 else
                      self.rng.choice(("open", "filled", "closed")))
            ident = self.uid(opened)
            view = VacancyView(ident, occupation, comune, licences, required, nice)
            self.vacancies.append((ident, view, organisation))
            yield ("vacancy", {
                "id": ident, "organisation": organisation, "title": title,
                "occupation": occupation, "municipality": comune,
                "positions": self.rng.choice((1, 1, 1, 2, 3)), "hours": self.rng.choice(
                    ("full_time", "part_time", "any")), "contract_type": contract,
                "required_licences": list(licences), "required_skills": list(required),
                "nice_skills": list(nice), "opened_on": self.day(opened),
                "closes_on": self.day(opened + 60), "status": status, "notes": None,
            })
        for title, hours, skills in COURSES:
            course_start = self.today - self.rng.randrange(20, 300)
            ident = self.uid(course_start - 30)
            self.courses.append(ident)
            provider = self.network.get("cooperativa sociale il gabbiano")
            yield ("course", {"id": ident, "title": title, "organisation": provider,
                              "hours": hours, "start_date": self.day(course_start),
                              "end_date": self.day(course_start + 14),
                              "skills": list(skills), "notes": None})
        for code, name, valid_from, valid_to in INCENTIVES:
            yield ("incentive", {"id": self.uid(first), "code": code, "name": name,
                                 "valid_from": valid_from, "valid_to": valid_to,
                                 "notes": None})

    def note(self, kind: str, record: Record) -> None:
        """See each household record as it is made: where families live, who may work."""
        if kind == "household":
            self.municipality[str(record["id"])] = str(record.get("municipality") or "")
        elif kind == "person" and record.get("birth_date"):
            age = (self.today - date.fromisoformat(str(record["birth_date"])).toordinal()) / 365.25
            if 18 <= age <= 62:
                self.adults.append((str(record["id"]), str(record["household"])))

    # -- seekers, candidacies, internships and hirings

    def life(self) -> Iterator[tuple[str, Record]]:
        """About one adult in eight looks for work through the plan: a profile; some are
        proposed to vacancies, some start an internship (with its months), some are
        hired."""
        rng = self.rng
        seekers = [a for a in self.adults if rng.random() < 0.12]
        open_vacancies = [v for v in self.vacancies]
        for person, household in seekers:
            occupation, trade = rng.choice(TRADES)
            skills = rng.sample(trade, rng.randrange(2, len(trade) + 1))
            licences = ["B"] if rng.random() < 0.55 else []
            status = rng.choices(("active", "placed", "suspended", "closed"), (70, 15, 10, 5))[0]
            profile = ProfileView(person, status, tuple(licences), frozenset(skills),
                                  frozenset({occupation}),
                                  rng.choice((10.0, 20.0, 30.0, 50.0)),
                                  self.municipality.get(household))
            registered = self.today - rng.randrange(10, 500)
            yield ("job_profile", {
                "id": profile_id(person), "person": person, "household": household,
                "status": status, "available_from": self.day(registered + 7),
                "hours": rng.choice(("full_time", "part_time", "any")),
                "max_distance_km": profile.max_distance_km, "driving_licences": licences,
                "own_vehicle": bool(licences) and rng.random() < 0.7,
                "occupations": [occupation], "skills": skills,
                "languages": rng.sample(LANGUAGES, rng.randrange(1, 3)),
                "did_date": self.day(registered) if rng.random() < 0.6 else None,
                "past_jobs": [], "cv_consent": rng.random() < 0.8, "notes": None,
            })
            if open_vacancies and rng.random() < 0.5:
                for ident, view, _org in rng.sample(open_vacancies, rng.randrange(1, 3)):
                    found = score_pair(profile, view)
                    yield ("candidacy", {
                        "id": candidacy_id(ident, person), "vacancy": ident, "person": person,
                        "household": household, "status": rng.choice(
                            ("proposed", "sent", "interview", "rejected", "hired", "withdrawn")),
                        "score": found.score, "reasons": found.reasons,
                        "interview_on": None, "notes": None,
                    })
            if rng.random() < 0.25:
                yield from self.internship(person, household)
            elif status == "placed" or rng.random() < 0.05:
                yield self.hiring(person, household, None, rng.randrange(0, 400))
        for course in self.courses:
            for person, household in rng.sample(seekers, min(len(seekers), rng.randrange(3, 12))):
                yield ("course_enrolment", {
                    "id": self.uid(self.today - 100), "course": course, "person": person,
                    "household": household, "status": rng.choice(
                        ("enrolled", "completed", "completed", "dropped")),
                    "hours_attended": None, "notes": None})

    def internship(self, person: str, household: str) -> Iterator[tuple[str, Record]]:
        rng = self.rng
        host, employees, _comune = rng.choice(self.companies)
        start = self.today - rng.randrange(0, 300)
        months = rng.choice((3, 4, 6, 6, 9, 12))
        first = date.fromordinal(start).replace(day=1)
        year, month = first.year + (first.month - 1 + months) // 12, (first.month - 1 + months) % 12 + 1
        end = date(year, month, 1).toordinal() - 1
        inclusion = rng.random() < 0.2
        meals = rng.random() < 0.3
        hours = rng.choice((4.0, 6.0, 8.0))
        least, _why = minimum_allowance(
            LOMBARDY_2018, internship_type="inclusion" if inclusion else "extracurricular",
            meals=meals, hours_per_day=hours, host_type="company")
        allowance = least if least is not None else rng.choice((150.0, 200.0, 300.0))
        status = ("planned" if start > self.today else "completed" if end < self.today
                  else rng.choice(("active", "active", "active", "interrupted")))
        ident = self.uid(start - 20)
        yield ("internship", {
            "id": ident, "person": person, "household": household, "host": host,
            "start_date": self.day(first.toordinal()), "end_date": self.day(end),
            "internship_type": "inclusion" if inclusion else "extracurricular",
            "hours_per_day": hours, "meals_provided": meals, "monthly_allowance": allowance,
            "promoter": self.network.get("cooperativa sociale il gabbiano"),
            "host_tutor": rng.choice(("Marco Bettoni", "Sara Pedrali", "Luigi Treccani")),
            "promoter_tutor": rng.choice(("Giulia Bodei", "Paolo Lancini")),
            "status": status, "notes": None,
        })
        current = first
        while current.toordinal() <= min(end, self.today):
            # The month's working days within the internship, a few missed, as the
            # days grid would have them ticked (none after today).
            workdays = [d for d in month_days(current.isoformat()[:7])
                        if is_working_day(d) and first.toordinal() <= d.toordinal() <= end]
            expected = max(1, len(workdays))
            past = [d.day for d in workdays if d.toordinal() <= self.today]
            missed = set(rng.sample(past, min(len(past), int(rng.expovariate(0.4)))))
            days = [d for d in past if d not in missed]
            yield ("internship_month", {
                "id": self.uid(current.toordinal() + 28), "internship": ident,
                "month": current.isoformat()[:7], "days_expected": expected,
                "days_attended": len(days), "attended_days": days,
                "project_contribution": round(allowance * 0.5, 2) if rng.random() < 0.4
                else None,
                "person": person, "household": household, "monthly_allowance": allowance,
                "notes": None,
            })
            current = (date(current.year + 1, 1, 1) if current.month == 12
                       else date(current.year, current.month + 1, 1))
        if status == "completed" and rng.random() < 0.45:
            yield self.hiring(person, household, ident, self.today - end, host)

    def hiring(self, person: str, household: str, internship: str | None, ago: int,
               organisation: str | None = None) -> tuple[str, Record]:
        rng = self.rng
        vacancy = rng.choice(self.vacancies) if internship is None else None
        when = self.today - max(0, ago - rng.randrange(0, 20))
        return ("hiring", {
            "id": self.uid(when), "person": person, "household": household,
            "organisation": organisation or (vacancy[2] if vacancy else self.companies[0][0]),
            "date": self.day(when),
            "contract_type": rng.choice(("permanent", "fixed_term", "apprenticeship", "agency")),
            "hours_per_week": rng.choice((20.0, 30.0, 38.0, 40.0)),
            "vacancy": vacancy[0] if vacancy else None, "internship": internship,
            "incentives": ["ADI-ESONERO"] if rng.random() < 0.3 else [], "notes": None,
        })


def checked() -> bool:
    """The demo's codes are the catalogues' (tests/unit/test_demo_work.py)."""
    codes = {c for _, req, nice in ((j[1], j[2], j[3]) for j in JOBS) for c in (*req, *nice)}
    codes |= {c for _, skills in TRADES for c in skills}
    codes |= {c for _, _, skills in COURSES for c in skills}
    occupations = {j[1] for j in JOBS} | {o for o, _ in TRADES}
    return (not cat.unknown_codes(cat.SKILLS, sorted(codes))
            and not cat.unknown_codes(cat.OCCUPATIONS, sorted(occupations)))
