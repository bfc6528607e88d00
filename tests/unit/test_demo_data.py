"""The demo data: deterministic, realistic, and true to docs/dev/records.md."""

from __future__ import annotations

import json
import re
import statistics
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import cast

import pytest

from genera_desktop.domain.codice_fiscale import classify, encode
from genera_desktop.domain.validation import check_birth_date, check_email, check_phone
from genera_desktop.services.community.attendance import attendance_id
from genera_desktop.services.community.enrolments import enrolment_id
from genera_desktop.services.demo_data import POINTS, generate, generate_catalog
from genera_desktop.services.work.candidacies import candidacy_id
from genera_desktop.services.work.profiles import profile_id
from genera_desktop.services.youth.files import file_id

TODAY = date(2026, 11, 25)
RECORDS_MD = Path(__file__).resolve().parents[2] / "docs" / "dev" / "records.md"
Record = dict[str, object]


def _split_top_level(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    return [*parts, current.strip()] if current.strip() else parts


def record_kinds() -> dict[str, dict[str, tuple[bool, list[str] | None]]]:
    """kind -> field -> (required, allowed values or None), read from records.md."""
    text = RECORDS_MD.read_text("utf-8")
    entries: list[str] = []
    for line in text.splitlines():
        if re.match(r"^[a-z_]+( \([^)]*\))?: ", line):
            entries.append(line)
        elif line.startswith("  ") and entries:
            entries[-1] += " " + line.strip()
    kinds: dict[str, dict[str, tuple[bool, list[str] | None]]] = {}
    for entry in entries:
        head, _, body = entry.partition(": ")
        kind = head.split(" ")[0]
        fields: dict[str, tuple[bool, list[str] | None]] = {}
        previous: list[str] | None = None
        for part in _split_top_level(body):
            match = re.match(r"([a-z_][a-z0-9_]*)(\*?)\s*(?:\((.*)\))?$", part, re.S)
            assert match, part
            name, star, note = match.groups()
            allowed: list[str] | None = None
            note = (note or "").replace("/ ", "/").strip()
            offered = re.match(r"free text; GUI offers (.*)", note)
            if offered:  # free text, but the generator keeps to what the GUI offers
                allowed = [v.strip() for v in re.split("[,/]", offered[1])]
            elif note == "same list":
                allowed = previous
            elif re.fullmatch(r"(list: )?[A-Za-z_]+(/[A-Za-z_]+)+", note):
                allowed = note.removeprefix("list: ").split("/")
            previous = allowed
            fields[name] = (bool(star), allowed)
        kinds[kind] = fields
    return kinds


KINDS = record_kinds()


@pytest.fixture(scope="module")
def records() -> list[tuple[str, Record]]:
    return list(generate(1500, seed=7, today=TODAY))


@pytest.fixture(scope="module")
def by_kind(records: list[tuple[str, Record]]) -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = defaultdict(list)
    for kind, record in records:
        out[kind].append(record)
    return out


def test_records_md_is_read_as_expected() -> None:
    assert (
        KINDS["person"]["relation"][1] is not None
        and "grandchild" in KINDS["person"]["relation"][1]
    )
    assert KINDS["intake"]["needs_observed"][1] == KINDS["intake"]["needs_stated"][1]
    assert KINDS["household"]["status"][1] == ["new", "active", "taken_on", "suspended", "closed",
                                               "contact"]
    assert KINDS["person"]["first_name"][0] and not KINDS["person"]["birth_date"][0]


def test_same_seed_same_bytes_other_seed_other_data() -> None:
    first = json.dumps(list(generate(60, seed=3, today=TODAY)))
    assert json.dumps(list(generate(60, seed=3, today=TODAY))) == first
    assert json.dumps(list(generate(60, seed=4, today=TODAY))) != first


def test_the_catalog_alone_has_the_same_ids(records: list[tuple[str, Record]]) -> None:
    catalog = list(generate_catalog(7))
    assert [kind for kind, _ in catalog] == ["point"] * 6 + ["housing_context"] * 8
    assert catalog == records[: len(catalog)]


def test_every_record_has_exactly_the_documented_fields(records: list[tuple[str, Record]]) -> None:
    for kind, record in records:
        assert set(record) == {"id", *KINDS[kind]}, kind
        for name, (required, _) in KINDS[kind].items():
            if required:
                assert record[name] not in (None, "", []), (kind, name)


def test_enumerated_values_are_from_the_documented_lists(records: list[tuple[str, Record]]) -> None:
    checked: Counter[tuple[str, str]] = Counter()
    for kind, record in records:
        for name, (_, allowed) in KINDS[kind].items():
            value = record[name]
            if allowed is None or value is None:
                continue
            values = value if isinstance(value, list) else [value]
            assert set(values) <= set(allowed), (kind, name, value)
            assert len(set(values)) == len(values)
            checked[kind, name] += 1
    assert (
        checked["person", "relation"]
        and checked["visit", "issues"]
        and checked["intake", "consents"]
    )


def test_ids_are_unique_uuid7(records: list[tuple[str, Record]]) -> None:
    ids = [record["id"] for _, record in records]
    assert len(set(ids)) == len(ids)
    for kind, record in records:
        ident = record["id"]
        parsed = uuid.UUID(str(ident))
        assert str(parsed) == ident
        # An enrolment's and an attendance's id is their pair's, as the services make it.
        if kind == "enrolment":
            assert ident == enrolment_id(str(record["workshop"]), str(record["person"]))
        elif kind == "attendance":
            assert ident == attendance_id(str(record["session"]), str(record["person"]))
        elif kind == "job_profile":  # one per person, as services/work/profiles.py makes it
            assert ident == profile_id(str(record["person"]))
        elif kind == "candidacy":
            assert ident == candidacy_id(str(record["vacancy"]), str(record["person"]))
        elif kind == "youth_file":  # one per person, as services/youth/files.py makes it
            assert ident == file_id(str(record["person"]))
        else:
            assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_references_point_to_earlier_records_of_the_right_kind(
    records: list[tuple[str, Record]],
) -> None:
    seen: dict[str, str] = {}
    point_codes = set()
    targets = {
        "household": "household",
        "person": "person",
        "housing_context": "housing_context",
        "reference_person": "person",
    }
    for kind, record in records:
        for name, target in targets.items():
            if name in record and record[name] is not None and not (kind == target == name):
                assert seen.get(str(record[name])) == target, (kind, name)
        if kind in ("household", "intake") and record["point"] is not None:
            assert record["point"] in point_codes
        if kind == "point":
            point_codes.add(record["code"])
        seen[str(record["id"])] = kind


def test_dates_times_and_booleans_have_their_formats(records: list[tuple[str, Record]]) -> None:
    date_fields = {
        "registered_on",
        "birth_date",
        "date",
        "isee_date",
        "next_appointment",
        "privacy_notice_date",
        "due_date",
        "done_on",
        "next_visit",
    }
    bool_fields = {
        "tax_code_missing",
        "is_reference",
        "homeless",
        "overcrowding",
        "barriers",
        "arrears",
        "eviction",
        "disability",
        "invalidity_recognised",
        "dependence",
        "done",
    }
    for kind, record in records:
        for name, value in record.items():
            if name in date_fields and value is not None:
                assert date.fromisoformat(str(value)).isoformat() == value
            if name in bool_fields:
                assert isinstance(value, bool), (kind, name)
        if kind == "visit":
            assert re.fullmatch(r"(0[89]|1[0-8]):[0-5][05]", str(record["time"]))
        if kind == "intake" and record["isee_value"] is not None:
            assert isinstance(record["isee_value"], float) and 0 <= record["isee_value"] < 30_000


def test_tax_codes_validate_and_match_the_person(by_kind: dict[str, list[Record]]) -> None:
    kinds: Counter[str] = Counter()
    for person in by_kind["person"]:
        code = person["tax_code"]
        assert (code is None) == person["tax_code_missing"]
        if code is None:
            kinds["missing"] += 1
            continue
        check = classify(str(code), today=TODAY)
        kinds[check.kind] += 1
        if check.kind == "provisional":
            continue
        born = date.fromisoformat(str(person["birth_date"]))
        assert check.birth_date == born and check.sex == person["sex"]
        assert check.base == encode(
            str(person["last_name"]),
            str(person["first_name"]),
            str(person["sex"]),
            born,
            str(person["birth_place"]),
        )
    assert kinds["full"] > 0.9 * len(by_kind["person"])
    assert kinds["provisional"] and kinds["missing"] and kinds["homocode"]


def test_household_sizes_are_plausible(by_kind: dict[str, list[Record]]) -> None:
    sizes = Counter(p["household"] for p in by_kind["person"])
    assert len(sizes) == len(by_kind["household"])
    counts = list(sizes.values())
    assert 2.2 < statistics.mean(counts) < 2.6
    assert min(counts) == 1 and max(counts) <= 7
    assert 0.2 < counts.count(1) / len(counts) < 0.45
    assert sum(size >= 5 for size in counts) / len(counts) > 0.03


def test_one_reference_per_household_and_consistent_ages(by_kind: dict[str, list[Record]]) -> None:
    members: dict[object, list[Record]] = defaultdict(list)
    for person in by_kind["person"]:
        members[person["household"]].append(person)
        assert person["is_reference"] == (person["relation"] == "reference")
    years = timedelta(days=365.25)
    for household in members.values():
        references = [p for p in household if p["is_reference"]]
        assert len(references) == 1
        ref_born = date.fromisoformat(str(references[0]["birth_date"]))
        assert TODAY - ref_born >= 18 * years
        for person in household:
            born = date.fromisoformat(str(person["birth_date"]))
            check_birth_date(born, today=TODAY)
            relation = person["relation"]
            if relation == "child":
                assert born - ref_born >= 14 * years
            elif relation == "grandchild":
                assert born - ref_born >= 30 * years
            elif relation == "parent":
                assert ref_born - born >= 14 * years
            elif relation in ("spouse", "partner"):
                assert TODAY - born >= 18 * years and person["marital_status"] in (
                    "married",
                    "cohabiting",
                )


def test_names_are_varied_and_include_accents(by_kind: dict[str, list[Record]]) -> None:
    persons = by_kind["person"]
    first_names = {p["first_name"] for p in persons}
    assert len(first_names) > 200
    assert any(not str(name).isascii() for name in first_names)
    citizenships = Counter(p["citizenship"] for p in persons)
    assert citizenships.most_common(1)[0][0] == "Italia"
    assert len(citizenships) >= 8


def test_phones_and_emails_are_valid(by_kind: dict[str, list[Record]]) -> None:
    for kind in ("person", "household"):
        for record in by_kind[kind]:
            if record["phone"] is not None:
                assert str(check_phone(record["phone"])).lstrip("+").startswith(("3", "39 3"))
            if record["email"] is not None:
                check_email(record["email"])
    for point in by_kind["point"]:
        check_phone(point["phone"])


def test_shares_of_intakes_contexts_referrals(by_kind: dict[str, list[Record]]) -> None:
    households = len(by_kind["household"])
    assert 0.6 < len(by_kind["intake"]) / households < 0.8
    in_contexts = sum(h["housing_context"] is not None for h in by_kind["household"])
    assert 0.1 < in_contexts / households < 0.2
    referred = {r["household"] for r in by_kind["referral"]}
    assert 0.18 < len(referred) / households < 0.32
    contacts = Counter(c["household"] for c in by_kind["contact"])
    assert len(contacts) == households and set(contacts.values()) <= {1, 2, 3, 4}


def test_follow_ups_include_overdue_and_this_week(by_kind: dict[str, list[Record]]) -> None:
    open_ones = [f for f in by_kind["follow_up"] if not f["done"]]
    due = [date.fromisoformat(str(f["due_date"])) for f in open_ones]
    assert any(day < TODAY for day in due)
    assert any(TODAY <= day < TODAY + timedelta(days=7) for day in due)
    for follow_up in by_kind["follow_up"]:
        assert follow_up["done"] == (follow_up["done_on"] is not None)


def test_visits_only_to_context_households_in_the_last_six_months(
    by_kind: dict[str, list[Record]],
) -> None:
    households = {h["id"]: h for h in by_kind["household"]}
    visits: Counter[object] = Counter()
    for visit in by_kind["visit"]:
        household = households[visit["household"]]
        assert household["housing_context"] == visit["housing_context"]
        day = date.fromisoformat(str(visit["date"]))
        assert TODAY - timedelta(days=183) <= day <= TODAY
        assert day >= date.fromisoformat(str(household["registered_on"]))
        visits[visit["household"]] += 1
    in_contexts = [h["id"] for h in by_kind["household"] if h["housing_context"]]
    assert set(visits) == set(in_contexts)
    assert set(visits.values()) <= set(range(3, 11))


def test_health_only_with_consent(by_kind: dict[str, list[Record]]) -> None:
    consenting = {
        i["household"]
        for i in by_kind["intake"]
        if "special_categories" in cast("list[str]", i["consents"])
    }
    person_household = {p["id"]: p["household"] for p in by_kind["person"]}
    assert by_kind["health"]
    for health in by_kind["health"]:
        assert health["household"] == person_household[health["person"]]
        assert health["household"] in consenting


def test_registrations_and_case_numbers(by_kind: dict[str, list[Record]]) -> None:
    points = {code for code, *_ in POINTS}
    counters: Counter[tuple[str, str]] = Counter()
    previous = ""
    recent = 0
    for household in by_kind["household"]:
        registered = str(household["registered_on"])
        assert registered >= previous  # registration order
        previous = registered
        assert TODAY - timedelta(days=731) <= date.fromisoformat(registered) <= TODAY
        recent += date.fromisoformat(registered) > TODAY - timedelta(days=365)
        point, year, number = str(household["case_number"]).split("-")
        assert point == household["point"] in points and year == registered[:4]
        counters[point, year] += 1
        assert number == f"{counters[point, year]:04d}"
        if household["municipality"] == "Acquafredda":
            assert point == "REM"
    assert recent > 0.6 * len(by_kind["household"])


def test_community_life_follows_the_rules(by_kind: dict[str, list[Record]]) -> None:
    from genera_desktop.domain.catalogs import ateco_entry
    from genera_desktop.domain.text import fold
    from genera_desktop.domain.validation import check_vat_number
    from genera_desktop.services.community.initiatives import MAY_GRANT, NEEDS_DECISION

    organisations = {str(o["id"]): o for o in by_kind["organisation"]}
    assert len(organisations) >= 30 and sum(bool(o["is_partner"]) for o in
                                             organisations.values()) >= 20
    for org in organisations.values():
        assert ateco_entry(str(org["ateco"])) is not None, org["ateco"]
        if org["vat_number"]:
            assert check_vat_number(org["vat_number"]) == org["vat_number"]
    assert {o["org_type"] for o in organisations.values()} >= {
        "comune", "cooperative", "association", "company", "school", "parish"}
    linked = [r for r in by_kind["referral"] if r["organisation_ref"]]
    assert linked and all(fold(str(r["organisation"])) == fold(str(
        organisations[str(r["organisation_ref"])]["name"])) for r in linked)

    point_of = {str(h["id"]): h["point"] for h in by_kind["household"]}
    household_of = {str(p["id"]): str(p["household"]) for p in by_kind["person"]}
    workshops = {str(w["id"]): w for w in by_kind["workshop"]}
    sessions = {str(s["id"]): s for s in by_kind["workshop_session"]}
    assert len(workshops) >= 10 and {w["status"] for w in workshops.values()} >= {
        "planned", "running", "completed"}
    enrolled = set()
    for e in by_kind["enrolment"]:
        workshop = workshops[str(e["workshop"])]
        assert point_of[household_of[str(e["person"])]] == workshop["point"] == e["point"]
        assert e["household"] == household_of[str(e["person"])]
        enrolled.add((e["workshop"], e["person"]))
    for a in by_kind["attendance"]:
        session = sessions[str(a["session"])]
        assert (session["workshop"], a["person"]) in enrolled
        assert str(session["date"]) <= TODAY.isoformat() and a["point"] == session["point"]
    assert {a["status"] for a in by_kind["attendance"]} == {"present", "absent", "excused"}
    states = Counter(str(i["status"]) for i in by_kind["initiative"])
    assert set(states) == {"proposed", "evaluating", "accepted", "rejected", "in_progress",
                           "completed", "withdrawn"}
    for i in by_kind["initiative"]:
        assert i["decided_on"] or i["status"] not in NEEDS_DECISION
        assert i["support_granted"] is None or i["status"] in MAY_GRANT
