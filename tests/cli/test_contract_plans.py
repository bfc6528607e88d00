"""The three plans read from spec/programme.md by someone who did not build them: each
sentence of the contract that a coordinator's script could rely on, driven through
`genera` in real processes. (The plans' own tests go deeper; these keep the words.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_coordinator


def genera(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "genera_desktop.cli", *argv], env=env,
                          capture_output=True, text=True, timeout=120)


def ok(env: dict[str, str], *argv: str) -> str:
    done = genera(env, *argv)
    assert done.returncode == 0 and not done.stderr, (argv, done.stderr)
    return done.stdout.strip()


def add(env: dict[str, str], kind: str, **data: Any) -> str:
    return ok(env, kind, "add", "--json", json.dumps(data))


def show(env: dict[str, str], kind: str, rid: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(ok(env, kind, "show", rid, "--json"))
    return found


def refused(env: dict[str, str], *argv: str) -> str:
    done = genera(env, *argv)
    assert done.returncode == 1 and done.stdout == "", (argv, done.returncode, done.stdout)
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    return done.stderr


def refuses(env: dict[str, str], kind: str, data: dict[str, Any], rid: str = "") -> str:
    argv = (kind, "update", rid) if rid else (kind, "add")
    return refused(env, *argv, "--json", json.dumps(data))


def dumped(env: dict[str, str], kind: str) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in ok(env, "dump").splitlines()]
    return [r for r in lines if r["kind"] == kind]


@pytest.fixture
def env(cli_env: dict[str, str]) -> dict[str, str]:
    make_coordinator(Path(cli_env["GENERA_DATA_DIR"])).close()
    return cli_env


@pytest.fixture
def town(env: dict[str, str]) -> dict[str, str]:
    add(env, "point", code="MON", name="Punto Montichiari", municipality="Montichiari")
    ids: dict[str, str] = {}
    ids["hh"] = add(env, "household", point="MON", municipality="Montichiari")
    ids["adult"] = add(env, "person", household=ids["hh"], first_name="Ida",
                       last_name="Ferri", birth_date="1980-05-01")
    ids["minor"] = add(env, "person", household=ids["hh"], first_name="Leo",
                       last_name="Ferri", birth_date="2011-09-01")
    ids["company"] = add(env, "organisation", name="Logistica Garda", org_type="company",
                         municipality="Montichiari", employees=3)
    ids["comune"] = add(env, "organisation", name="Comune di Calcinato", org_type="comune")
    ids["school"] = add(env, "organisation", name="IIS Don Milani", org_type="school",
                        municipality="Montichiari")
    return ids


# -- Piano integrato lavoro ----------------------------------------------------------------

def internship(town: dict[str, str], **more: Any) -> dict[str, Any]:
    return {"person": town["adult"], "host": town["company"], "start_date": "2026-01-12",
            "end_date": "2026-07-11", **more}


def test_internship_allowance_rules(env: dict[str, str], town: dict[str, str]) -> None:
    plain = add(env, "internship", **internship(town))
    assert show(env, "internship", plain)["monthly_allowance"] == 500
    assert show(env, "internship", add(env, "internship", **internship(
        town, meals_provided=True)))["monthly_allowance"] == 400
    assert show(env, "internship", add(env, "internship", **internship(
        town, hours_per_day=4)))["monthly_allowance"] == 350
    public = internship(town, host=town["comune"])
    assert show(env, "internship", add(env, "internship", **public))["monthly_allowance"] == 300
    add(env, "internship", **internship(town, internship_type="inclusion",
                                        monthly_allowance=150))
    before = ok(env, "dump")
    assert "monthly_allowance" in refuses(env, "internship", internship(
        town, monthly_allowance=450))
    refuses(env, "internship", internship(town, end_date="2026-02-20"))  # under 2 months
    refuses(env, "internship", internship(town, end_date="2027-03-01"))  # over 12 months
    refuses(env, "internship", {"monthly_allowance": 420}, plain)
    assert ok(env, "dump") == before


def test_internship_month_allowance_due_and_host_cap_warning(
        env: dict[str, str], town: dict[str, str]) -> None:
    first = add(env, "internship", **internship(town, status="active"))
    month = add(env, "internship_month", internship=first, month="2026-02",
                days_expected=20, days_attended=16)
    assert show(env, "internship_month", month)["allowance_due"] == 500
    short = add(env, "internship_month", internship=first, month="2026-03",
                days_expected=20, days_attended=10)
    assert show(env, "internship_month", short)["allowance_due"] == 250
    assert all("allowance_due" not in r for r in dumped(env, "internship_month"))
    refuses(env, "internship_month", {"internship": first, "month": "2026-04",
                                      "days_expected": 20, "days_attended": 20,
                                      "allowance_due": 500})
    # A host of 3 employees may have 1 active internship: a second is warned, not refused.
    done = genera(env, "internship", "add", "--json", json.dumps(
        internship(town, status="active")))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.split()) == 1
    assert done.stderr.startswith("warning:") and done.stderr.count("\n") == 1


def test_job_profile_candidacy_and_matching(env: dict[str, str], town: dict[str, str]) -> None:
    occupations = json.loads(ok(env, "catalog", "occupations", "--json"))
    skills = json.loads(ok(env, "catalog", "skills", "--json"))
    assert len(occupations) >= 100 and len(skills) >= 100
    assert set(occupations[0]) >= {"code", "label"}
    found = json.loads(ok(env, "catalog", "skills", "--search", skills[0]["label"][:5],
                          "--json"))
    assert skills[0]["code"] in {s["code"] for s in found}

    profile = add(env, "job_profile", person=town["adult"], driving_licences=["B"],
                  own_vehicle=True, max_distance_km=30, skills=[skills[0]["code"]],
                  languages=["it:C2"])
    shown = show(env, "job_profile", profile)
    assert shown["status"] == "active" and shown["driving_licences"] == ["B"]
    refuses(env, "job_profile", {"person": town["adult"]})  # one per person
    vacancy = add(env, "vacancy", organisation=town["company"], title="Magazziniere",
                  municipality="Montichiari", required_licences=["B"],
                  required_skills=[skills[0]["code"]])
    assert show(env, "vacancy", vacancy)["positions"] == 1

    ranked = json.loads(ok(env, "match", "vacancy", vacancy, "--json"))
    assert ranked and ranked[0]["person"] == town["adult"] and ranked[0]["eligible"] is True
    assert 0 <= ranked[0]["score"] <= 100 and all(isinstance(r, str) for r in
                                                  ranked[0]["reasons"])
    fits = json.loads(ok(env, "match", "person", town["adult"], "--json"))
    assert fits[0]["vacancy"] == vacancy

    refuses(env, "candidacy", {"vacancy": vacancy, "person": town["adult"], "score": 99})
    candidacy = add(env, "candidacy", vacancy=vacancy, person=town["adult"])
    made = show(env, "candidacy", candidacy)
    assert made["status"] == "proposed"
    assert (made["score"], made["reasons"]) == (ranked[0]["score"], ranked[0]["reasons"])

    ok(env, "job_profile", "update", profile, "--json", '{"driving_licences": null}')
    assert "driving_licences" not in show(env, "job_profile", profile)
    after = json.loads(ok(env, "match", "vacancy", vacancy, "--json"))
    assert all(not r["eligible"] for r in after if r["person"] == town["adult"])

    add(env, "hiring", person=town["adult"], organisation=town["company"], date="2026-05-04",
        contract_type="fixed_term")
    report = json.loads(ok(env, "report", "--json"))
    assert (report["hirings"], report["internships"]) == (1, 0)


def test_internship_prints(env: dict[str, str], town: dict[str, str], tmp_path: Path) -> None:
    one = add(env, "internship", **internship(town))
    for argv in (("internship", "--id", one), ("internship-month", "--id", one,
                                                "--month", "2026-02")):
        out = tmp_path / f"{argv[0]}.pdf"
        ok(env, "print", *argv, "--out", str(out))
        assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(tmp_path / "internship-month.pdf")
    assert "01/02/2026" in text and "28/02/2026" in text


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


# -- Piano integrato casa -------------------------------------------------------------------

@pytest.fixture
def home(env: dict[str, str], town: dict[str, str]) -> dict[str, str]:
    ids = dict(town)
    ids["landlord"] = add(env, "landlord", name="Bruno Sala", landlord_type="private")
    ids["dwelling"] = add(env, "dwelling", landlord=ids["landlord"], address="Via Roma 3",
                          municipality="Montichiari", rooms=3, area_m2=70)
    ids["contract"] = add(env, "rent_contract", dwelling=ids["dwelling"], household=ids["hh"],
                          start_date="2026-03-01", contract_type="agreed", monthly_rent=560)
    ids["fund"] = add(env, "guarantee_fund", name="Fondo garanzia affitti", budget=5000,
                      isee_max=15000)
    return ids


def test_agreed_rent_terms_and_band(env: dict[str, str], home: dict[str, str]) -> None:
    contract = show(env, "rent_contract", home["contract"])
    assert contract["first_term_end"] in ("2029-02-28", "2029-03-01")
    assert contract["renewal_end"] in ("2031-02-28", "2031-03-01")
    assert contract["band_check"] == "unknown"  # the dwelling has no zone
    assert all("first_term_end" not in r and "band_check" not in r
               for r in dumped(env, "rent_contract"))
    refuses(env, "rent_contract", {"first_term_end": "2030-01-01"}, home["contract"])
    assert json.loads(ok(env, "report", "--json"))["agreed_rent_contracts"] == 1


def test_a_fund_is_never_overspent(env: dict[str, str], home: dict[str, str]) -> None:
    application = add(env, "guarantee_application", fund=home["fund"], household=home["hh"],
                      date="2026-04-01", amount_requested=3000, isee_value=9000,
                      cause="job_loss")
    assert show(env, "guarantee_application", application)["status"] == "submitted"
    poor_fit = add(env, "guarantee_application", fund=home["fund"], household=home["hh"],
                   date="2026-04-02", isee_value=20000)  # submitted whatever the ISEE
    before = ok(env, "dump")
    refuses(env, "guarantee_application", {"status": "approved", "amount_approved": 6000,
                                           "decided_on": "2026-04-10"}, application)
    refuses(env, "guarantee_application", {"status": "approved", "amount_approved": 100,
                                           "decided_on": "2026-04-10"}, poor_fit)
    assert ok(env, "dump") == before
    ok(env, "guarantee_application", "update", application, "--json", json.dumps(
        {"status": "approved", "amount_approved": 3000, "decided_on": "2026-04-10"}))
    fund = show(env, "guarantee_fund", home["fund"])
    assert (fund["committed"], fund["available"]) == (3000, 2000)
    assert all("committed" not in r for r in dumped(env, "guarantee_fund"))
    add(env, "disbursement", application=application, date="2026-04-15", amount=2000)
    refuses(env, "disbursement", {"application": application, "date": "2026-04-16",
                                  "amount": 1500})
    assert json.loads(ok(env, "report", "--json"))["guarantee_committed"] == 3000


def test_housing_prints(env: dict[str, str], home: dict[str, str], tmp_path: Path) -> None:
    case = add(env, "arrears_case", household=home["hh"], landlord=home["landlord"],
               amount_owed=1200)
    add(env, "installment", arrears_case=case, due_date="2026-05-31", amount=400)
    add(env, "installment", arrears_case=case, due_date="2026-06-30", amount=800)
    other = add(env, "household", point="MON")
    guest = add(env, "person", household=other, first_name="Ugo", last_name="Riva")
    pact = add(env, "cohousing_pact", host=home["adult"], guest=guest, start_date="2026-04-01")
    assert show(env, "cohousing_pact", pact)["trial_end"] in ("2026-05-01", "2026-04-30")
    ok(env, "print", "installments", "--id", case, "--out", str(tmp_path / "plan.pdf"))
    text = pdf_text(tmp_path / "plan.pdf")
    assert "Ferri" in text and "31/05/2026" in text and "Sala" in text
    ok(env, "print", "cohousing", "--id", pact, "--out", str(tmp_path / "pact.pdf"))
    assert "Riva" in pdf_text(tmp_path / "pact.pdf")


# -- Piano integrato adolescenti -------------------------------------------------------------

def test_a_minor_needs_a_parents_live_consent(env: dict[str, str], town: dict[str, str]) -> None:
    workshop = add(env, "workshop", title="Gruppo ragazzi", point="MON", audience="youth")
    enrol = {"workshop": workshop, "person": town["minor"], "enrolled_on": "2026-03-02"}
    before = ok(env, "dump")
    assert "consent" in refuses(env, "enrolment", enrol)
    assert ok(env, "dump") == before
    add(env, "consent", person=town["minor"], consent_type="activities", date="2026-02-01",
        given_by="self")
    assert "consent" in refuses(env, "enrolment", enrol)  # self does not count for a minor
    withdrawn = add(env, "consent", person=town["minor"], consent_type="activities",
                    date="2026-01-01", given_by="parent", given_by_name="Ida Ferri",
                    withdrawn_on="2026-02-01")
    assert withdrawn and "consent" in refuses(env, "enrolment", enrol)
    add(env, "consent", person=town["minor"], consent_type="activities", date="2026-02-20",
        given_by="parent", given_by_name="Ida Ferri")
    assert add(env, "enrolment", **enrol)
    # An adult needs none.
    assert add(env, "enrolment", workshop=workshop, person=town["adult"])


def test_school_work_hours_after_safety_training(env: dict[str, str],
                                                 town: dict[str, str]) -> None:
    experience = {"person": town["minor"], "school": town["school"], "host": town["company"],
                  "school_type": "tecnico", "start_date": "2026-03-02",
                  "safety_training_on": "2026-03-03"}
    assert "consent" in refuses(env, "school_work", experience)
    refuses(env, "school_work", {**experience, "school": town["company"]})  # not a school
    add(env, "consent", person=town["minor"], consent_type="school_work", date="2026-02-01",
        given_by="guardian", given_by_name="Carla Ferri")
    sw = add(env, "school_work", **experience)
    refuses(env, "school_work_hours", {"school_work": sw, "date": "2026-03-02", "hours": 4})
    add(env, "school_work_hours", school_work=sw, date="2026-03-03", hours=4.5)
    add(env, "school_work_hours", school_work=sw, date="2026-03-04", hours=3)
    shown = show(env, "school_work", sw)
    assert (shown["hours_done"], shown["hours_required"]) == (7.5, 150)
    assert all("hours_done" not in r for r in dumped(env, "school_work"))
    assert json.loads(ok(env, "report", "--json"))["youth_reached"] == 1


def test_the_youth_plan_is_hidden_without_its_area(env: dict[str, str],
                                                   town: dict[str, str]) -> None:
    consent = add(env, "consent", person=town["minor"], consent_type="images",
                  date="2026-02-01", given_by="parent")
    plain = dict(env, GENERA_NEW_PASSWORD="password-operatore-9")
    ok(plain, "user", "add", "op", "--role", "operator")
    op = dict(env, GENERA_USER="op", GENERA_PASSWORD="password-operatore-9")
    dumped_by_op = genera(op, "dump")  # a warning says the dump is not whole
    assert dumped_by_op.returncode == 0 and consent not in dumped_by_op.stdout
    assert consent not in ok(op, "person", "show", town["minor"], "--json")
    assert genera(op, "consent", "show", consent, "--json").returncode == 1
    members = json.loads(ok(op, "household", "show", town["hh"], "--json"))
    assert town["minor"] in json.dumps(members)  # the front desk still sees the child
