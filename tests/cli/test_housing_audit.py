"""What an audit of the Piano integrato casa against spec/programme.md found through
`genera` in real processes: each refusal is exit 1 with one `error:` line and the store
unchanged; above all no fund's money is ever spent beyond what it has."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli_housing import (  # noqa: F401  (env and world are fixtures)
    add,
    application,
    env,
    ok,
    refused,
    show,
    world,
)
from tests.cli.test_cli_housing_decided import (  # noqa: F401  (decided is a fixture)
    MONEY,
    decided,
    roundtrip,
)


def approved(env: dict[str, str], world: dict[str, str],  # noqa: F811
             amount: float) -> str:
    app = application(env, world, isee_value=9000)
    ok(env, "guarantee_application", "update", app, "--json", json.dumps(
        {"status": "approved", "amount_approved": amount, "decided_on": "2026-02-10"}))
    return app


def test_a_funds_budget_never_goes_below_what_it_committed(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    approved(env, world, 700)
    before = ok(env, "dump")
    line = refused(env, "guarantee_fund", "update", world["fund"], "--json",
                   '{"budget": 699.99}')
    assert "budget" in line and "700.00" in line, line
    assert ok(env, "dump") == before
    assert show(env, "guarantee_fund", world["fund"])["available"] == 300
    # Down to what is committed, no further: then nothing is available.
    ok(env, "guarantee_fund", "update", world["fund"], "--json", '{"budget": 700}')
    assert show(env, "guarantee_fund", world["fund"])["available"] == 0


def test_money_paid_out_stays_committed(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    app = approved(env, world, 700)
    add(env, "disbursement", application=app, date="2026-02-15", amount=300)
    other = add(env, "guarantee_fund", name="Fondo 2027", budget=5000)
    before = ok(env, "dump")
    for change in ({"status": "submitted"}, {"status": "rejected"},
                   {"status": "assessed"}, {"amount_approved": 299.99},
                   {"fund": other}):
        line = refused(env, "guarantee_application", "update", app, "--json",
                       json.dumps(change))
        assert "300.00" in line and "disbursed" in line, (change, line)
    assert ok(env, "dump") == before
    fund = show(env, "guarantee_fund", world["fund"])
    assert (fund["committed"], fund["disbursed"]) == (700, 300)
    # What the disbursements leave alone may still change.
    ok(env, "guarantee_application", "update", app, "--json",
       '{"status": "disbursed", "amount_approved": 300}')
    assert show(env, "guarantee_fund", world["fund"])["available"] == 700


def test_a_funds_validity_ends_after_it_starts(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    before = ok(env, "dump")
    line = refused(env, "guarantee_fund", "add", "--json", json.dumps(
        {"name": "Fondo", "budget": 100, "valid_from": "2026-12-31",
         "valid_to": "2026-01-01"}))
    assert "valid_to" in line and "valid_from" in line, line
    line = refused(env, "guarantee_fund", "update", world["fund"], "--json",
                   '{"valid_to": "2025-12-31"}')
    assert "valid_to" in line, line
    assert ok(env, "dump") == before
    ok(env, "guarantee_fund", "update", world["fund"], "--json", '{"valid_to": "2026-01-01"}')


def test_counts_are_never_negative(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    before = ok(env, "dump")
    for kind, data, field in (
            ("dwelling", {"landlord": world["landlord"], "address": "Via Roma 1",
                          "municipality": "Montichiari", "rooms": -1}, "rooms"),
            ("arrears_case", {"household": world["hh"], "landlord": world["landlord"],
                              "amount_owed": 100, "months_owed": -2}, "months_owed")):
        line = refused(env, kind, "add", "--json", json.dumps(data))
        assert f"{field}: -" in line and "negative" in line, line
    assert ok(env, "dump") == before


def test_a_landlords_agency_is_an_estate_agency(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    coop = add(env, "organisation", name="Coop Sociale", org_type="cooperative")
    before = ok(env, "dump")
    line = refused(env, "landlord", "add", "--json",
                   json.dumps({"name": "Rosa Neri", "agency": coop}))
    assert "agency" in line and "real_estate_agency" in line, line
    refused(env, "landlord", "update", world["landlord"], "--json",
            json.dumps({"agency": coop}))
    assert ok(env, "dump") == before
    assert add(env, "landlord", name="Rosa Neri", agency=world["agency"])


def test_a_landlords_and_an_organisations_tax_code_come_out_as_they_went_in(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    # spec/programme.md names no check for them (an organisation's vat_number is the
    # checked field): a value is kept exactly as typed.
    for code in ("rssmra85t10a562x", "03123450988", "12345"):
        landlord = add(env, "landlord", name="Rosa Neri", tax_code=code)
        assert show(env, "landlord", landlord)["tax_code"] == code
        agency = add(env, "organisation", name="Agenzia Casa",
                     org_type="real_estate_agency", tax_code=code)
        assert show(env, "organisation", agency)["tax_code"] == code


def test_an_agreed_contract_from_29_february_runs_three_whole_years(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    terms: dict[str, Any] = {}
    for start in ("2024-02-29", "2023-03-01"):
        rid = add(env, "rent_contract", dwelling=world["dwelling"], household=world["hh"],
                  start_date=start, contract_type="agreed", monthly_rent=450)
        shown = show(env, "rent_contract", rid)
        terms[start] = (shown["first_term_end"], shown["renewal_end"])
    # The years are whole: 29/02/2024 to 28/02/2027, then to 28/02/2029.
    assert terms["2024-02-29"] == ("2027-02-28", "2029-02-28")
    assert terms["2023-03-01"] == ("2026-02-28", "2028-02-29")


def test_paid_applications_and_funds_in_use_are_not_deleted(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    app = approved(env, world, 700)
    paid = add(env, "disbursement", application=app, date="2026-02-15", amount=300)
    before = ok(env, "dump")
    line = refused(env, "guarantee_application", "delete", app)
    assert "300.00" in line and "disbursed" in line, line
    line = refused(env, "guarantee_fund", "delete", world["fund"])
    assert "1 live applications" in line, line
    assert ok(env, "dump") == before
    # Else the fund would have the paid money back to approve again.
    assert show(env, "guarantee_fund", world["fund"])["available"] == 300
    # The payment undone first, the application goes; then the fund.
    ok(env, "disbursement", "delete", paid)
    ok(env, "guarantee_application", "delete", app)
    ok(env, "guarantee_fund", "delete", world["fund"])


def test_a_point_does_not_move_a_decided_application_to_another_fund(
        decided: dict[str, Any]) -> None:  # noqa: F811
    mon, coord, apps = decided["mon"], decided["coord"], decided["apps"]
    other = add(coord, "guarantee_fund", name="Fondo 2027", budget=5000)
    roundtrip(decided)
    before = ok(mon, "dump")
    for status in ("approved", "rejected"):
        line = refused(mon, "guarantee_application", "update", apps[status], "--json",
                       json.dumps({"fund": other}))
        assert MONEY in line and status in line, line
    assert ok(mon, "dump") == before
    # One not decided yet is the point's to move.
    ok(mon, "guarantee_application", "update", apps["submitted"], "--json",
       json.dumps({"fund": other}))


def test_a_zones_band_has_its_maximum_above_its_minimum(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    before = ok(env, "dump")
    line = refused(env, "rent_zone", "add", "--json", json.dumps(
        {"zone": "B", "municipality": "Montichiari", "band_min": 9, "band_max": 5}))
    assert "band_max: 5 is below band_min" in line, line
    assert ok(env, "dump") == before
    zone = add(env, "rent_zone", zone="B", municipality="Montichiari", band_min=5,
               band_max=9)
    assert "band_max" in refused(env, "rent_zone", "update", zone, "--json",
                                 '{"band_min": 9.5}')


def test_the_printed_application_shows_the_decision_once_taken(
        env: dict[str, str], world: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    from pypdf import PdfReader

    from genera_desktop.printing.housing import decision_outcome

    # A disbursed or closed application was approved: its form says so.
    assert [decision_outcome(s) for s in ("submitted", "assessed", "approved", "rejected",
                                          "disbursed", "closed")] == [
        None, None, "approved", "rejected", "approved", "approved"]
    app = application(env, world, amount_requested=900)
    # The coordinator noted an amount before deciding: not printed as approved.
    ok(env, "guarantee_application", "update", app, "--json", '{"amount_approved": 650}')
    out = tmp_path / "domanda.pdf"
    ok(env, "print", "guarantee", "--id", app, "--out", str(out))
    assert "€ 650,00" not in PdfReader(out).pages[0].extract_text()
    ok(env, "guarantee_application", "update", app, "--json", json.dumps(
        {"status": "approved", "decided_on": "2026-02-10"}))
    ok(env, "print", "guarantee", "--id", app, "--out", str(out))
    text = PdfReader(out).pages[0].extract_text()
    assert "€ 650,00" in text and "10/02/2026" in text
