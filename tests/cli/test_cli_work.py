"""The work plan through `genera` in real processes (spec/programme.md, "Piano integrato
lavoro"): the kinds' commands, the catalogues, matching, the internship rules with their
warning, and every refusal as exit 1 with one `error:` line and the store unchanged."""

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


def refused(env: dict[str, str], *argv: str) -> str:
    done = genera(env, *argv)
    assert done.returncode == 1 and done.stdout == "", (argv, done.returncode, done.stdout)
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    return done.stderr


@pytest.fixture
def env(cli_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    make_coordinator(Path(cli_env["GENERA_DATA_DIR"])).close()
    return cli_env


@pytest.fixture
def world(env: dict[str, str]) -> dict[str, str]:
    add(env, "point", code="MON", name="Punto Montichiari")
    ids: dict[str, str] = {}
    ids["hh"] = add(env, "household", point="MON", municipality="Montichiari")
    ids["ida"] = add(env, "person", household=ids["hh"], first_name="Ida", last_name="Ferri")
    ids["leo"] = add(env, "person", household=ids["hh"], first_name="Leo", last_name="Ferri")
    ids["far"] = add(env, "person", household=add(env, "household", point="MON",
                                                  municipality="Ponte di Legno"),
                     first_name="Ugo", last_name="Rossi")
    ids["firm"] = add(env, "organisation", name="Logistica Garda srl", org_type="company",
                      municipality="Calcinato", employees=4)
    ids["comune"] = add(env, "organisation", name="Comune di Montichiari", org_type="comune")
    ids["coop"] = add(env, "organisation", name="Coop Il Ponte", org_type="cooperative")
    return ids


def test_the_kinds_go_in_and_come_out_as_written(env: dict[str, str],
                                                 world: dict[str, str]) -> None:
    profile = add(env, "job_profile", person=world["ida"], driving_licences=["B"],
                  max_distance_km=25, skills=["carrello-elevatore", "haccp"],
                  occupations=["4.3.1.2.0"], languages=["it:C1", "en:A2"])
    shown = json.loads(ok(env, "job_profile", "show", profile, "--json"))
    assert shown["status"] == "active" and shown["household"] == world["hh"]
    assert shown["languages"] == ["it:C1", "en:A2"] and shown["max_distance_km"] == 25
    vacancy = add(env, "vacancy", organisation=world["firm"], title="Magazziniere",
                  occupation="4.3.1.2.0", municipality="Calcinato", required_licences=["B"],
                  required_skills=["carrello-elevatore", "picking"], nice_skills=["haccp"])
    shown = json.loads(ok(env, "vacancy", "show", vacancy, "--json"))
    assert (shown["positions"], shown["status"]) == (1, "open")

    matched = json.loads(ok(env, "match", "vacancy", vacancy, "--json"))
    assert matched[0]["person"] == world["ida"] and matched[0]["eligible"] is True
    assert "ha la patente B" in matched[0]["reasons"]
    assert any(r.startswith("manca: ") for r in matched[0]["reasons"])
    assert "5 km" in matched[0]["reasons"] and 0 < matched[0]["score"] < 100
    for_person = json.loads(ok(env, "match", "person", world["ida"], "--json"))
    assert [(v["vacancy"], v["score"]) for v in for_person] == [(vacancy, matched[0]["score"])]

    candidacy = add(env, "candidacy", vacancy=vacancy, person=world["ida"])
    shown = json.loads(ok(env, "candidacy", "show", candidacy, "--json"))
    assert (shown["status"], shown["score"], shown["reasons"]) == (
        "proposed", matched[0]["score"], matched[0]["reasons"])

    internship = add(env, "internship", person=world["leo"], host=world["coop"],
                     start_date="2026-01-12", end_date="2026-07-11", hours_per_day=6)
    shown = json.loads(ok(env, "internship", "show", internship, "--json"))
    assert (shown["monthly_allowance"], shown["internship_type"]) == (500, "extracurricular")
    month = add(env, "internship_month", internship=internship, month="2026-02",
                days_expected=20, days_attended=15)
    shown = json.loads(ok(env, "internship_month", "show", month, "--json"))
    assert shown["allowance_due"] == 375.0 and shown["person"] == world["leo"]
    ok(env, "internship_month", "update", month, "--json", '{"days_attended": 16}')
    assert json.loads(ok(env, "internship_month", "show", month, "--json"))[
        "allowance_due"] == 500
    ok(env, "internship", "update", internship, "--json", '{"monthly_allowance": 600}')
    assert json.loads(ok(env, "internship_month", "show", month, "--json"))[
        "allowance_due"] == 600
    dumped = [json.loads(line) for line in ok(env, "dump").splitlines()]
    months = [r for r in dumped if r["kind"] == "internship_month"]
    assert months and "allowance_due" not in months[0]

    meals = add(env, "internship", person=world["far"], host=world["comune"],
                start_date="2026-03-01", end_date="2026-05-31")
    assert json.loads(ok(env, "internship", "show", meals, "--json"))["monthly_allowance"] == 300
    hiring = add(env, "hiring", person=world["ida"], organisation=world["firm"],
                 date="2026-04-01", contract_type="fixed_term", vacancy=vacancy)
    assert json.loads(ok(env, "hiring", "show", hiring, "--json"))["household"] == world["hh"]
    course = add(env, "course", title="Carrellisti", hours=12, skills=["carrello-elevatore"])
    add(env, "course_enrolment", course=course, person=world["leo"])
    add(env, "incentive", code="ADI-ESONERO", name="Esonero contributivo ADI",
        valid_from="2024-01-01")
    kinds = {r["kind"] for r in dumped}
    assert {"job_profile", "vacancy", "candidacy", "internship", "internship_month"} <= kinds


def test_catalogs_list_code_and_label(env: dict[str, str]) -> None:
    occupations = json.loads(ok(env, "catalog", "occupations", "--json"))
    skills = json.loads(ok(env, "catalog", "skills", "--json"))
    assert len(occupations) >= 200 and len(skills) >= 200
    assert set(occupations[0]) == {"code", "label"}
    found = json.loads(ok(env, "catalog", "skills", "--search", "carrello", "--json"))
    assert {"code": "carrello-elevatore",
            "label": "condurre il carrello elevatore (muletto)"} in found
    assert "Cuochi in alberghi e ristoranti" in ok(env, "catalog", "occupations",
                                                   "--search", "cuochi")


def test_a_host_over_its_cap_is_warned_not_refused(env: dict[str, str],
                                                   world: dict[str, str]) -> None:
    add(env, "internship", person=world["ida"], host=world["firm"], start_date="2026-01-01",
        end_date="2026-06-30", status="active")
    done = genera(env, "internship", "add", "--json", json.dumps(
        {"person": world["leo"], "host": world["firm"], "start_date": "2026-02-01",
         "end_date": "2026-07-31", "status": "active"}))
    assert done.returncode == 0 and len(done.stdout.split()) == 1
    assert done.stderr.startswith("warning: ") and done.stderr.count("\n") == 1
    assert "2 active internships" in done.stderr and "1" in done.stderr


def test_every_refusal_is_one_error_line_and_changes_nothing(
        env: dict[str, str], world: dict[str, str]) -> None:
    add(env, "job_profile", person=world["ida"])
    vacancy = add(env, "vacancy", organisation=world["firm"], title="Magazziniere")
    add(env, "candidacy", vacancy=vacancy, person=world["ida"])
    internship = add(env, "internship", person=world["leo"], host=world["coop"],
                     start_date="2026-01-01", end_date="2026-06-30")
    add(env, "internship_month", internship=internship, month="2026-01", days_expected=20,
        days_attended=20)
    before = ok(env, "dump")

    def internship_with(**extra: Any) -> tuple[str, ...]:
        data = {"person": world["far"], "host": world["coop"], "start_date": "2026-01-01",
                "end_date": "2026-06-30", **extra}
        return ("internship", "add", "--json", json.dumps(data))

    cases = [
        (("job_profile", "add", "--json", json.dumps({"person": world["ida"]})),
         "already has a job profile"),
        (("job_profile", "add", "--json", json.dumps(
            {"person": world["leo"], "skills": ["volare"]})), "skills catalogue"),
        (("job_profile", "add", "--json", json.dumps(
            {"person": world["leo"], "occupations": ["9.9.9.9.9"]})), "occupations catalogue"),
        (("job_profile", "add", "--json", json.dumps(
            {"person": world["leo"], "languages": ["italiano"]})), "it:C1"),
        (("job_profile", "add", "--json", json.dumps(
            {"person": world["leo"], "driving_licences": ["Z"]})), "driving_licences"),
        (("job_profile", "add", "--json", json.dumps(
            {"person": world["leo"], "skills": "haccp"})), "list"),
        (("vacancy", "add", "--json", json.dumps(
            {"organisation": world["coop"], "title": "Cuoco"})), "company or a staffing"),
        (("vacancy", "add", "--json", json.dumps(
            {"organisation": world["firm"], "title": "Cuoco", "nice_skills": ["x"]})),
         "skills catalogue"),
        (("candidacy", "add", "--json", json.dumps(
            {"vacancy": vacancy, "person": world["ida"]})), "already a candidate"),
        (("candidacy", "add", "--json", json.dumps(
            {"vacancy": vacancy, "person": world["leo"]})), "no job profile"),
        (("candidacy", "add", "--json", json.dumps(
            {"vacancy": vacancy, "person": world["leo"], "score": 99})), "score"),
        (internship_with(monthly_allowance=450), "below the regional minimum"),
        (internship_with(meals_provided=True, monthly_allowance=399), "400"),
        (internship_with(hours_per_day=4, monthly_allowance=340), "350"),
        (internship_with(end_date="2026-02-15"), "at least 2 months"),
        (internship_with(end_date="2027-03-31"), "at most 12 months"),
        (internship_with(end_date="2025-12-01"), "before start_date"),
        (("internship", "update", internship, "--json", '{"monthly_allowance": 100}'),
         "below the regional minimum"),
        (("internship_month", "add", "--json", json.dumps(
            {"internship": internship, "month": "2026-01", "days_expected": 20,
             "days_attended": 3})), "already recorded"),
        (("internship_month", "add", "--json", json.dumps(
            {"internship": internship, "month": "2026-02", "days_expected": 20,
             "days_attended": 21})), "days_attended"),
        (("internship_month", "add", "--json", json.dumps(
            {"internship": internship, "month": "2026-09", "days_expected": 20,
             "days_attended": 2})), "outside the internship"),
        (("internship_month", "add", "--json", json.dumps(
            {"internship": internship, "month": "2026-02", "days_expected": 20,
             "days_attended": 2, "allowance_due": 5})), "allowance_due"),
        (("match", "person", world["leo"]), "no job profile"),
        (("match", "vacancy", "nope"), "not found"),
    ]
    for argv, words in cases:
        line = refused(env, *argv)
        assert words in line, (argv, line)
        assert "Ferri" not in line and "Ida" not in line
    assert ok(env, "dump") == before


def test_inclusion_has_no_minimum_and_a_disability_allows_24_months(
        env: dict[str, str], world: dict[str, str]) -> None:
    inclusion = add(env, "internship", person=world["ida"], host=world["coop"],
                    internship_type="inclusion", start_date="2026-01-01",
                    end_date="2026-12-31", monthly_allowance=150)
    assert json.loads(ok(env, "internship", "show", inclusion, "--json"))[
        "monthly_allowance"] == 150
    long = {"person": world["leo"], "host": world["coop"], "start_date": "2026-01-01",
            "end_date": "2027-12-31"}
    assert "at most 12 months" in refused(env, "internship", "add", "--json", json.dumps(long))
    add(env, "health", person=world["leo"], disability=True)
    add(env, "internship", **long)
    # The regional lengths are the extracurricular internships': not an inclusion one's.
    add(env, "internship", person=world["far"], host=world["coop"], internship_type="inclusion",
        start_date="2026-01-01", end_date="2027-09-30")


def _pdf_text(path: Path) -> tuple[str, int]:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split()), len(reader.pages)


def test_print_the_training_project_and_a_month_sheet(
        env: dict[str, str], world: dict[str, str], tmp_path: Path) -> None:
    internship = add(env, "internship", person=world["ida"], host=world["firm"],
                     promoter=world["coop"], start_date="2026-02-02", end_date="2026-07-31",
                     hours_per_day=6, meals_provided=True, host_tutor="Marco Bettoni",
                     promoter_tutor="Giulia Bodei")
    add(env, "internship_month", internship=internship, month="2026-03", days_expected=21,
        days_attended=19)
    project = tmp_path / "project.pdf"
    assert ok(env, "print", "internship", "--id", internship, "--out", str(project)) == str(
        project)
    text, _pages = _pdf_text(project)
    for words in ("Progetto formativo individuale", "Ferri Ida", "Logistica Garda srl",
                  "Coop Il Ponte", "Marco Bettoni", "Giulia Bodei", "02/02/2026",
                  "31/07/2026", "€ 400,00", "minimo con pasti forniti", "DGR",
                  "Il/la tirocinante", "Il soggetto ospitante"):
        assert words in text, words
    sheet = tmp_path / "month.pdf"
    ok(env, "print", "internship-month", "--id", internship, "--month", "2026-03", "--out",
       str(sheet))
    text, pages = _pdf_text(sheet)
    assert pages == 1
    for words in ("Registro mensile delle presenze", "Ferri Ida", "Logistica Garda srl",
                  "01/03/2026", "15/03/2026", "31/03/2026", "domenica", "Firma del tutor"):
        assert words in text, words
    assert "01/04/2026" not in text
    for argv, words in (
            (("--month", "2026-13"), "YYYY-MM"), (("--month", "2026-09"), "outside"),
            (("--month", "2026-1"), "YYYY-MM")):
        line = refused(env, "print", "internship-month", "--id", internship, *argv, "--out",
                       str(tmp_path / "no.pdf"))
        assert words in line, line
    refused(env, "print", "internship", "--id", world["ida"], "--out",
            str(tmp_path / "no.pdf"))
    assert not (tmp_path / "no.pdf").exists()


def test_a_hirings_incentives_must_be_valid_on_its_date(env: dict[str, str],
                                                        world: dict[str, str]) -> None:
    add(env, "incentive", code="ADI-ESONERO", name="Esonero ADI", valid_from="2024-01-01")
    add(env, "incentive", code="BONUS-2025", name="Bonus", valid_from="2024-09-01",
        valid_to="2025-12-31")
    hiring = add(env, "hiring", person=world["ida"], organisation=world["firm"],
                 date="2025-06-01", incentives=["adi-esonero", "BONUS-2025"])
    assert json.loads(ok(env, "hiring", "show", hiring, "--json"))["incentives"] == [
        "adi-esonero", "BONUS-2025"]
    before = ok(env, "dump")
    line = refused(env, "hiring", "add", "--json", json.dumps(
        {"person": world["leo"], "organisation": world["firm"], "date": "2026-02-01",
         "incentives": ["BONUS-2025"]}))
    assert "BONUS-2025 is not valid on 2026-02-01" in line
    line = refused(env, "hiring", "update", hiring, "--json", '{"date": "2026-03-01"}')
    assert "not valid" in line
    assert "already exists" in refused(env, "incentive", "add", "--json", json.dumps(
        {"code": "adi-esonero", "name": "Doppio"}))
    assert "not in the incentive catalogue" in refused(env, "hiring", "add", "--json", json.dumps(
        {"person": world["leo"], "organisation": world["firm"], "date": "2026-02-01",
         "incentives": ["NOPE"]}))
    assert ok(env, "dump") == before


def test_the_cv_sheet_prints_only_with_the_consent_recorded(
        env: dict[str, str], world: dict[str, str], tmp_path: Path) -> None:
    profile = add(env, "job_profile", person=world["ida"], skills=["haccp"],
                  occupations=["5.2.2.1.0"], past_jobs=["Aiuto cuoca, Trattoria Al Castello, 2022"])
    out = tmp_path / "cv.pdf"
    assert "consent" in refused(env, "print", "cv", "--person", world["ida"], "--out", str(out))
    assert not out.exists()
    ok(env, "job_profile", "update", profile, "--json", '{"cv_consent": true}')
    ok(env, "print", "cv", "--person", world["ida"], "--out", str(out))
    text, _pages = _pdf_text(out)
    for words in ("Scheda curriculum", "Ferri Ida", "Cuochi in alberghi e ristoranti",
                  "applicare le regole di igiene alimentare (HACCP)",
                  "Aiuto cuoca, Trattoria Al Castello, 2022"):
        assert words in text, words
