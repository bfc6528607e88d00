"""The Piano integrato casa through `genera` in real processes (spec/programme.md, "Piano
integrato casa"): the kinds' commands, values in = values out, the computed fields shown
by show and list and left out of dump, and every money rule's refusal as exit 1 with
one `error:` line and the store unchanged."""

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
    return json.loads(ok(env, kind, "show", rid, "--json"))


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
    ids["hh"] = add(env, "household", point="MON")
    ids["host"] = add(env, "person", household=ids["hh"], first_name="Ida", last_name="Ferri")
    ids["guest_hh"] = add(env, "household", point="MON")
    ids["guest"] = add(env, "person", household=ids["guest_hh"], first_name="Leo",
                       last_name="Galli")
    ids["agency"] = add(env, "organisation", name="Casa Facile", org_type="real_estate_agency")
    ids["landlord"] = add(env, "landlord", name="Marco Bassi", landlord_type="private",
                          agency=ids["agency"], municipality="Montichiari")
    ids["dwelling"] = add(env, "dwelling", landlord=ids["landlord"], address="Via Mazzini 3",
                          municipality="Montichiari", rooms=3, area_m2=70, lift=True,
                          accessible=False, rent_asked=520, zone="B")
    ids["fund"] = add(env, "guarantee_fund", name="Fondo garanzia affitti 2026", budget=1000,
                      isee_max=15000, valid_from="2026-01-01", valid_to="2026-12-31")
    return ids


def application(env: dict[str, str], world: dict[str, str], **data: Any) -> str:
    return add(env, "guarantee_application", fund=world["fund"], household=world["hh"],
               date="2026-02-01", **data)


def test_the_kinds_go_in_and_come_out_with_their_computed_fields(
        env: dict[str, str], world: dict[str, str]) -> None:
    dwelling = show(env, "dwelling", world["dwelling"])
    assert (dwelling["rooms"], dwelling["area_m2"], dwelling["lift"], dwelling["zone"]) == (
        3, 70, True, "B")
    contract = add(env, "rent_contract", dwelling=world["dwelling"], household=world["hh"],
                   start_date="2026-03-15", contract_type="agreed", monthly_rent=490,
                   flat_tax=True)
    shown = show(env, "rent_contract", contract)
    # 3 years, then 2: the day before the third (and the fifth) anniversary.
    assert (shown["first_term_end"], shown["renewal_end"]) == ("2029-03-14", "2031-03-14")
    assert shown["band_check"] == "unknown"  # the zones' table ships empty
    # The coordinator enters the local agreement's band: 490 / 70 = 7.00 €/m².
    zone = add(env, "rent_zone", zone="B", municipality="Montichiari", band_min=5.5,
               band_max=6.8)
    assert show(env, "rent_contract", contract)["band_check"] == "above"
    ok(env, "rent_zone", "update", zone, "--json", '{"band_max": 7.2}')
    assert show(env, "rent_contract", contract)["band_check"] == "within"
    ok(env, "rent_contract", "update", contract, "--json", '{"monthly_rent": 350}')
    free = add(env, "rent_contract", dwelling=world["dwelling"], household=world["guest_hh"],
               start_date="2026-03-15", contract_type="free", monthly_rent=490)
    listed = {c["id"]: c for c in json.loads(ok(env, "rent_contract", "list", "--json"))}
    assert listed[contract]["band_check"] == "below"
    # A free contract (4+4) has no 3+2 terms; its rent is still set against the band.
    assert "first_term_end" not in listed[free] and listed[free]["band_check"] == "within"

    app = application(env, world, amount_requested=900, cause="job_loss", isee_value=9000)
    assert show(env, "guarantee_application", app)["status"] == "submitted"  # the default
    ok(env, "guarantee_application", "update", app, "--json", json.dumps(
        {"status": "approved", "amount_approved": 700, "decided_on": "2026-02-10"}))
    fund = show(env, "guarantee_fund", world["fund"])
    assert (fund["committed"], fund["available"], fund["disbursed"]) == (700, 300, 0)
    add(env, "disbursement", application=app, date="2026-02-15", amount=450.5,
        payee=world["landlord"])
    assert show(env, "guarantee_fund", world["fund"])["disbursed"] == 450.5

    case = add(env, "arrears_case", household=world["hh"], landlord=world["landlord"],
               amount_owed=1200, months_owed=3, status="plan_agreed", eviction_stage="none")
    rata = add(env, "installment", arrears_case=case, due_date="2026-04-01", amount=200)
    assert show(env, "installment", rata)["household"] == world["hh"]  # set by the app
    pact = add(env, "cohousing_pact", host=world["host"], guest=world["guest"],
               start_date="2026-01-31", phase="meeting", monthly_contribution=150,
               duties="spesa due volte a settimana")
    shown = show(env, "cohousing_pact", pact)
    assert shown["trial_end"] == "2026-02-28"  # one month after the start
    assert (shown["household"], shown["guest_household"]) == (world["hh"], world["guest_hh"])

    dumped = [json.loads(line) for line in ok(env, "dump").splitlines()]
    kinds = {r["kind"] for r in dumped}
    assert {"landlord", "dwelling", "rent_contract", "guarantee_fund", "guarantee_application",
            "disbursement", "arrears_case", "installment", "cohousing_pact",
            "rent_zone"} <= kinds
    computed = {"first_term_end", "renewal_end", "band_check", "committed", "available",
                "disbursed", "trial_end"}
    assert not any(computed & set(r) for r in dumped)  # dump holds what was stored

    report = json.loads(ok(env, "report", "--json"))
    assert (report["agreed_rent_contracts"], report["guarantee_committed"]) == (1, 700)


def test_every_refusal_is_one_error_line_and_changes_nothing(
        env: dict[str, str], world: dict[str, str]) -> None:
    first = application(env, world, isee_value=9000, status="approved", amount_approved=800,
                        decided_on="2026-02-05")
    second = application(env, world, isee_value=16000, amount_requested=300)
    contract = add(env, "rent_contract", dwelling=world["dwelling"], household=world["hh"],
                   start_date="2026-03-15", contract_type="agreed", monthly_rent=490)
    before = ok(env, "dump")
    approve = {"status": "approved", "decided_on": "2026-02-20"}
    cases = [
        # Beyond the fund's available money (1000 budget, 800 committed).
        (("guarantee_application", "update", second, "--json",
          json.dumps({**approve, "amount_approved": 250, "isee_value": 9000})),
         "exceeds what the fund has available"),
        (("guarantee_application", "add", "--json", json.dumps(
            {"fund": world["fund"], "household": world["hh"], "date": "2026-02-02",
             **approve, "amount_approved": 201})), "available"),
        (("guarantee_application", "update", first, "--json", '{"amount_approved": 1000.01}'),
         "available"),
        # Above the fund's ISEE ceiling.
        (("guarantee_application", "update", second, "--json",
          json.dumps({**approve, "amount_approved": 100})), "isee_max"),
        (("guarantee_application", "update", second, "--json", json.dumps(approve)),
         "amount_approved"),
        # Past the application's amount approved.
        (("disbursement", "add", "--json", json.dumps(
            {"application": first, "date": "2026-03-01", "amount": 800.01})),
         "past its amount_approved"),
        (("disbursement", "add", "--json", json.dumps(
            {"application": second, "date": "2026-03-01", "amount": 10})),
         "past its amount_approved"),
        # Computed and set-by-app fields are not input.
        (("rent_contract", "update", contract, "--json", '{"band_check": "within"}'),
         "band_check"),
        (("guarantee_fund", "update", world["fund"], "--json", '{"available": 5000}'),
         "available"),
        (("installment", "add", "--json", json.dumps(
            {"arrears_case": "no-such-case", "due_date": "2026-04-01", "amount": 10})),
         "arrears_case"),
        (("cohousing_pact", "add", "--json", json.dumps(
            {"host": world["host"], "guest": world["host"], "start_date": "2026-01-01"})),
         "two persons"),
        (("rent_contract", "add", "--json", json.dumps(
            {"dwelling": world["dwelling"], "household": world["hh"],
             "start_date": "2026-03-15", "contract_type": "canone", "monthly_rent": 1})),
         "contract_type"),
        (("dwelling", "add", "--json", json.dumps({"address": "Via Roma 1",
                                                   "municipality": "Visano"})), "landlord"),
    ]
    for argv, words in cases:
        assert words in refused(env, *argv), argv
    assert ok(env, "dump") == before
    # Within the money: 200 more fits exactly; then it is spent.
    ok(env, "guarantee_application", "update", second, "--json",
       json.dumps({**approve, "amount_approved": 200, "isee_value": 14000}))
    assert show(env, "guarantee_fund", world["fund"])["available"] == 0
    ok(env, "disbursement", "add", "--json", json.dumps(
        {"application": first, "date": "2026-03-01", "amount": 800}))


def test_print_the_pact_the_repayment_plan_and_the_application(
        env: dict[str, str], world: dict[str, str], tmp_path: Path) -> None:
    from pypdf import PdfReader

    ok(env, "person", "update", world["host"], "--json", '{"birth_date": "1948-05-02"}')
    add(env, "person", household=world["hh"], first_name="Carlo", last_name="Ferri")
    pact = add(env, "cohousing_pact", host=world["host"], guest=world["guest"],
               start_date="2026-02-01", monthly_contribution=150,
               duties="una stanza con bagno")
    case = add(env, "arrears_case", household=world["hh"], landlord=world["landlord"],
               amount_owed=1200, months_owed=3)
    for month in ("03", "04", "05"):
        add(env, "installment", arrears_case=case, due_date=f"2026-{month}-05", amount=400)
    app = application(env, world, landlord=world["landlord"], amount_requested=900,
                      cause="illness", isee_value=8200)
    for form, rid, words in (
            ("cohousing", pact, ("Patto abitativo", "Ferri Ida", "Galli Leo", "01/02/2026",
                                 "01/03/2026", "02/05/1948", "€ 150,00", "Chi ospita",
                                 "Chi è ospitato", "una stanza con bagno")),
            ("installments", case, ("Piano di rientro", "Ferri Carlo, Ferri Ida",
                                    "Marco Bassi", "05/03/2026", "05/05/2026", "€ 400,00",
                                    "Totale", "€ 1.200,00", "Il proprietario")),
            ("guarantee", app, ("Domanda al fondo di garanzia", "Fondo garanzia affitti 2026",
                                "Marco Bassi", "€ 900,00", "01/02/2026", "Il proprietario"))):
        out = tmp_path / f"{form}.pdf"
        assert ok(env, "print", form, "--id", rid, "--out", str(out)) == str(out)
        reader = PdfReader(out)
        found = "\n".join(page.extract_text() for page in reader.pages)
        for word in words:
            assert word in found, (form, word)
        assert "Pagina 1 di" in found and "Coordinamento" in found  # the footer
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    before = ok(env, "dump")
    assert "not found" in refused(env, "print", "installments", "--id", "no-such-case",
                                  "--out", str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()
    assert ok(env, "dump") == before


def test_a_pact_with_visits_keeps_its_host_and_guest(env: dict[str, str],
                                                      world: dict[str, str]) -> None:
    other = add(env, "person", household=world["guest_hh"], first_name="Eva",
                last_name="Galli")
    pact = add(env, "cohousing_pact", host=world["host"], guest=world["guest"],
               start_date="2026-01-01")
    # Before any visit the pair may still be corrected.
    ok(env, "cohousing_pact", "update", pact, "--json", json.dumps({"guest": other}))
    ok(env, "cohousing_pact", "update", pact, "--json", json.dumps({"guest": world["guest"]}))
    visit = add(env, "cohousing_visit", pact=pact, date="2026-01-20", visitor="staff")
    before = ok(env, "dump")
    for change in ({"guest": other}, {"host": other, "guest": world["host"]}):
        line = refused(env, "cohousing_pact", "update", pact, "--json", json.dumps(change))
        assert "has monitoring visits" in line and "(phase ended)" in line, line
        assert "Galli" not in line and "Ferri" not in line
    assert ok(env, "dump") == before
    assert show(env, "cohousing_visit", visit)["guest"] == world["guest"]
    # What a social worker does instead: end this pact, start a new one.
    ok(env, "cohousing_pact", "update", pact, "--json",
       json.dumps({"phase": "ended", "end_date": "2026-02-28"}))
    assert add(env, "cohousing_pact", host=world["host"], guest=other, start_date="2026-03-01")
    assert show(env, "cohousing_pact", pact)["guest"] == world["guest"]
