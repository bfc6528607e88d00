"""The demo's Piano integrato casa (issue 13): landlords (some through the directory's
estate agency) and their dwellings, agreed-rent and free contracts of the families,
two guarantee funds with applications in every state (approved ones within each fund's
budget, part of them disbursed), arrears cases with repayment plans, and co-housing
pairs. demo_data.generate calls it: ``note`` on every household record as it is made,
``life`` once the households (and the directory) are there.

Its own random stream (seeded from the demo's seed), so the households are the same
bytes with or without it. The zones' table stays empty, as shipped (decisions.md,
"Housing"): every demo contract's band is ``unknown``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

Record = dict[str, object]
_EPOCH = date(1970, 1, 1).toordinal()

POINT_COMUNE = {"MON": "Montichiari", "CAL": "Calcinato", "CVS": "Calvisano",
                "CRP": "Carpenedolo", "REM": "Remedello", "VIS": "Visano"}
LANDLORDS = (
    ("Giovanni Bertoli", "private"), ("Maria Zanola", "private"), ("Angelo Pasini", "private"),
    ("Rosa Bonetti", "private"), ("Luigi Ferrari", "private"), ("Carla Rizzardi", "private"),
    ("Immobiliare Chiese S.r.l.", "company"), ("Edilgarda S.p.A.", "company"),
    ("Comune – alloggi a canone moderato", "public"), ("Franca Ghidini", "private"),
    ("Pietro Treccani", "private"), ("Casa Nostra S.r.l.", "company"),
)
STREETS = ("Via Roma", "Via Guglielmo Marconi", "Via Garibaldi", "Via Mazzini", "Via Trieste",
           "Via Brescia", "Via Cavour", "Via XX Settembre", "Via Dante Alighieri", "Via Verdi")
FUNDS = (("Fondo di garanzia affitti 2025", 30_000, 16_000, "2025-01-01", "2025-12-31"),
         ("Fondo di garanzia affitti 2026", 40_000, 18_000, "2026-01-01", "2026-12-31"))
APPLICATION_STATES = ("submitted", "assessed", "approved", "rejected", "disbursed", "closed")
CAUSES = ("job_loss", "reduced_hours", "illness", "death", "separation", "other")
DUTIES = ("Una stanza con bagno; spesa due volte a settimana; compagnia la sera.",
          "Una stanza; piccoli lavori in casa e giardino; rientro entro le 23.",
          "Stanza arredata; accompagnamento alle visite mediche; pulizie delle parti comuni.")


class Housing:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(f"housing-{seed}")
        self.today = today.toordinal()
        self.points: dict[str, str] = {}  # household -> point
        self.adults: dict[str, list[tuple[str, int]]] = {}  # point -> (person, age)
        self.household_of: dict[str, str] = {}  # person -> household
        self.paired: set[str] = set()  # persons in a pact: they offer nothing more

    def uid(self, day: int) -> str:
        """A UUIDv7-shaped id of ``day`` (as demo_data's)."""
        bits = self.rng.getrandbits(99)
        ms = (day - _EPOCH) * 86_400_000 + 28_800_000 + (bits >> 74)
        rand_a, rand_b = (bits >> 62) & 0xFFF, bits & ((1 << 62) - 1)
        variant = 0x8000 | rand_b >> 48
        return (f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7{rand_a:03x}-{variant:04x}-"
                f"{rand_b & 0xFFFF_FFFF_FFFF:012x}")

    def day(self, ordinal: int) -> str:
        return date.fromordinal(min(ordinal, self.today)).isoformat()

    def note(self, kind: str, record: Record) -> None:
        """See each household record as it is made: who lives where, and their age."""
        if kind == "household":
            self.points[str(record["id"])] = str(record["point"])
        elif kind == "person":
            household = str(record["household"])
            birth = record.get("birth_date")
            age = int((self.today - date.fromisoformat(str(birth)).toordinal()) / 365.25) \
                if birth else 40
            if age >= 18:
                point = self.points.get(household, "")
                self.adults.setdefault(point, []).append((str(record["id"]), age))
            self.household_of[str(record["id"])] = household

    def life(self, agency: str | None) -> Iterator[tuple[str, Record]]:
        """Everything of the plan, each record after those it refers to."""
        rng = self.rng
        households = sorted(self.points)
        if not households:
            return
        start = self.today - 700
        landlords: list[tuple[str, str]] = []  # (id, comune)
        dwellings: list[tuple[str, str, float]] = []  # (id, landlord, rent asked)
        for number in range(max(6, min(120, len(households) // 40))):
            name, landlord_type = LANDLORDS[number % len(LANDLORDS)]
            comune = rng.choice(tuple(POINT_COMUNE.values()))
            ident = self.uid(start)
            landlords.append((ident, comune))
            yield ("landlord", {
                "id": ident, "name": name if number < len(LANDLORDS)
                else f"{name} ({number // len(LANDLORDS) + 1})",
                "landlord_type": landlord_type, "tax_code": None,
                "phone": f"030 9{rng.randrange(10, 99)} {rng.randrange(1000, 9999)}",
                "email": None, "municipality": comune,
                "agency": agency if agency and rng.random() < 0.3 else None, "notes": None})
            for _ in range(rng.randrange(1, 4)):
                rooms = rng.randrange(1, 5)
                area = 35 + rooms * 18 + rng.randrange(0, 15)
                rent = float(round(area * rng.uniform(5.5, 8.5) / 10) * 10)
                did = self.uid(start + 5)
                dwellings.append((did, ident, rent))
                yield ("dwelling", {
                    "id": did, "landlord": ident,
                    "address": f"{rng.choice(STREETS)} {rng.randrange(1, 120)}",
                    "municipality": comune, "rooms": rooms, "area_m2": area,
                    "floor": rng.choice(("T", "1", "2", "3")), "lift": rng.random() < 0.4,
                    "accessible": rng.random() < 0.25, "rent_asked": rent, "zone": None,
                    "available_from": self.day(self.today + rng.randrange(-200, 90)),
                    "status": rng.choice(("available", "let", "let")), "notes": None})
        families = rng.sample(households, min(len(households), max(8, len(households) // 20)))
        contracts: dict[str, tuple[str, str, float]] = {}  # household -> (id, landlord, rent)
        for household in families:
            did, landlord, rent = rng.choice(dwellings)
            begun = self.today - rng.randrange(30, 1700)
            cid = self.uid(begun)
            agreed = rng.random() < 0.6
            monthly = rent if not agreed else float(round(rent * 0.85 / 5) * 5)
            contracts[household] = (cid, landlord, monthly)
            yield ("rent_contract", {
                "id": cid, "dwelling": did, "household": household,
                "start_date": self.day(begun),
                "contract_type": "agreed" if agreed else rng.choice(("free", "free",
                                                                     "transitional")),
                "monthly_rent": monthly, "registered_on": self.day(begun + 20),
                "flat_tax": rng.random() < 0.5, "notes": None})
        yield from self.funds(contracts)
        yield from self.arrears(contracts)
        yield from self.pacts()
        yield from self.offers()

    def funds(self, contracts: dict[str, tuple[str, str, float]]) -> Iterator[tuple[str, Record]]:
        rng = self.rng
        tenants = sorted(contracts)
        for name, budget, isee_max, valid_from, valid_to in FUNDS:
            fid = self.uid(date.fromisoformat(valid_from).toordinal() - 30)
            yield ("guarantee_fund", {"id": fid, "name": name, "budget": budget,
                                      "isee_max": isee_max, "valid_from": valid_from,
                                      "valid_to": valid_to, "notes": None})
            available = float(budget)
            count = max(len(APPLICATION_STATES), len(tenants) // 3)
            for number in range(count):
                household = tenants[number % len(tenants)] if tenants else rng.choice(
                    sorted(self.points))
                state = (APPLICATION_STATES[number] if number < len(APPLICATION_STATES)
                         else rng.choice(APPLICATION_STATES))
                requested = float(rng.randrange(6, 30) * 100)
                approved = float(round(requested * rng.uniform(0.6, 1.0) / 50) * 50)
                isee = float(rng.randrange(3_000, isee_max + 2_000, 100))
                deciding = state in ("approved", "disbursed", "closed")
                if deciding and (approved > available or isee > isee_max):
                    state = "rejected"  # as the coordinator would: within the fund
                    deciding = False
                made = min(self.today - rng.randrange(5, 300),
                           date.fromisoformat(valid_to).toordinal())
                aid = self.uid(made)
                cid, landlord, _ = contracts.get(household, (None, None, 0.0))
                yield ("guarantee_application", {
                    "id": aid, "fund": fid, "household": household,
                    "date": self.day(made), "landlord": landlord, "rent_contract": cid,
                    "amount_requested": requested, "cause": rng.choice(CAUSES),
                    "isee_value": isee, "status": state,
                    "amount_approved": approved if deciding else None,
                    "decided_on": self.day(made + 20)
                    if state in ("approved", "rejected", "disbursed", "closed") else None,
                    "notes": None})
                if not deciding:
                    continue
                available -= approved
                if state in ("disbursed", "closed"):
                    paid = approved / 2
                    for part in (1, 2):
                        yield ("disbursement", {
                            "id": self.uid(made + 30 * part), "application": aid,
                            "date": self.day(made + 30 * part), "amount": paid,
                            "payee": landlord, "notes": None, "household": household})

    def arrears(self, contracts: dict[str, tuple[str, str, float]]) -> Iterator[tuple[str, Record]]:
        rng = self.rng
        tenants = sorted(contracts)
        states = ("open", "plan_agreed", "resolved", "eviction", "closed")
        for number, household in enumerate(rng.sample(tenants, min(len(tenants),
                                                                   max(5, len(tenants) // 4)))):
            _, landlord, rent = contracts[household]
            months = rng.randrange(2, 8)
            owed = float(round(rent * months))
            opened = self.today - rng.randrange(20, 400)
            state = states[number] if number < len(states) else rng.choice(states)
            case = self.uid(opened)
            yield ("arrears_case", {
                "id": case, "household": household, "landlord": landlord,
                "amount_owed": owed, "months_owed": months, "opened_on": self.day(opened),
                "status": state,
                "eviction_stage": "validation" if state == "eviction" else "none",
                "eviction_date": self.day(opened + 90) if state == "eviction" else None,
                "closed_on": self.day(opened + 200) if state in ("resolved", "closed")
                else None, "notes": None})
            if state not in ("plan_agreed", "resolved"):
                continue
            parts = rng.randrange(4, 10)
            amount = float(round(owed / parts, 2))
            first = opened + 30
            for part in range(parts):
                due = first + 30 * part
                paid = due < self.today and (state == "resolved" or rng.random() < 0.75)
                yield ("installment", {
                    "id": self.uid(opened + 10), "arrears_case": case,
                    "due_date": date.fromordinal(due).isoformat(),
                    "amount": amount if part < parts - 1 else float(round(owed - amount *
                                                                          (parts - 1), 2)),
                    "paid_on": date.fromordinal(due + rng.randrange(0, 6)).isoformat()
                    if paid else None, "household": household})

    def pacts(self) -> Iterator[tuple[str, Record]]:
        """Hosts of 65 and over with a guest under 35 of another household of the point."""
        rng = self.rng
        phases = ("selection", "meeting", "negotiation", "management", "monitoring", "ended")
        made = 0
        wanted = max(3, len(self.points) // 150)
        for point in sorted(self.adults):
            hosts = [p for p, age in self.adults[point] if age >= 65]
            guests = [p for p, age in self.adults[point] if age < 35]
            rng.shuffle(hosts)
            rng.shuffle(guests)
            for host, guest in zip(hosts, guests, strict=False):
                if made >= wanted:
                    return
                if self.household_of[host] == self.household_of[guest]:
                    continue
                begun = self.today - rng.randrange(-20, 400)
                pact = self.uid(min(begun, self.today))
                yield ("cohousing_pact", {
                    "id": pact, "host": host, "guest": guest,
                    "start_date": date.fromordinal(begun).isoformat(),
                    "phase": phases[made % len(phases)],
                    "monthly_contribution": float(rng.choice((0, 100, 150, 200))),
                    "duties": rng.choice(DUTIES),
                    "end_date": self.day(begun + 300) if made % len(phases) == 5 else None,
                    "notes": None, "household": self.household_of[host],
                    "guest_household": self.household_of[guest]})
                yield from self.visits(pact, begun, host, guest)
                self.paired.update((host, guest))
                made += 1
                if made % 2 == 0:
                    break  # a pair or two at each point

    def visits(self, pact: str, begun: int, host: str, guest: str
               ) -> Iterator[tuple[str, Record]]:
        """A pact's monitoring visits: one in the trial month, then one every two months
        or so, by the point's staff or a custode, up to today."""
        rng = self.rng
        outcomes = ("good", "good", "good", "attention", "critical")
        day = begun + rng.randrange(7, 25)
        while day <= self.today:
            yield ("cohousing_visit", {
                "id": self.uid(day), "pact": pact, "date": date.fromordinal(day).isoformat(),
                "visitor": rng.choice(("staff", "custode")), "operator": None,
                "outcome": rng.choice(outcomes), "notes": None,
                "household": self.household_of[host],
                "guest_household": self.household_of[guest], "host": host, "guest": guest})
            day += rng.randrange(45, 75)

    def offers(self) -> Iterator[tuple[str, Record]]:
        """At each point a few people not paired yet: hosts of 65 and over with a room,
        guests under 35 looking for one, with what each offers and asks."""
        rng = self.rng
        rooms = ("Camera singola", "Camera singola con bagno", "Camera arredata",
                 "Camera doppia uso singola")
        helps = ("company", "shopping", "cleaning", "cooking", "errands", "night",
                 "technology")
        times = ("mornings", "afternoons", "evenings", "nights", "weekends")
        for point in sorted(self.adults):
            free = [(p, age) for p, age in self.adults[point] if p not in self.paired]
            hosts = [p for p, age in free if age >= 65]
            guests = [p for p, age in free if age < 35 and age >= 18]
            rng.shuffle(hosts)
            rng.shuffle(guests)
            for role, people in (("host", hosts[:2]), ("guest", guests[:3])):
                for person in people:
                    yield ("cohousing_offer", {
                        "id": self.uid(self.today - rng.randrange(5, 90)), "person": person,
                        "role": role,
                        "room": rng.choice(rooms) if role == "host" else None,
                        "contribution": float(rng.choice((100, 150, 200, 250))),
                        "help": sorted(rng.sample(helps, rng.randrange(1, 4))),
                        "presence": sorted(rng.sample(times, rng.randrange(1, 3))),
                        "smoking": rng.random() < (0.2 if role == "guest" else 0.3),
                        "pets": rng.random() < 0.3, "rules": None, "times": None,
                        "available_from": date.fromordinal(
                            self.today + rng.randrange(0, 60)).isoformat(),
                        "status": "open", "notes": None,
                        "household": self.household_of[person]})
