"""The housing plan's figures (report JSON, XLSX and PDF with "<5"), its deadlines in
the agenda, and its demo data: deterministic, within every fund's budget."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

from genera_desktop.reports import indicators
from genera_desktop.reports.housing_tables import housing_tables
from genera_desktop.reports.suppression import SUPPRESSED, WITHHELD
from genera_desktop.services import accounts, demo, records
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.housing.deadlines import EXPIRY, INSTALLMENT, RENEWAL
from genera_desktop.services.registry import agenda
from genera_desktop.store.store import Store
from tests.conftest import make_coordinator


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def build(store: Store) -> dict[str, str]:
    """Seven MON families with agreed contracts, a free one at CAL; a fund with
    applications; an arrears case with a plan; a co-housing pair."""
    landlord = add(store, "landlord", name="Edilgarda S.p.A.", landlord_type="company")
    dwelling = add(store, "dwelling", landlord=landlord, address="Via Verdi 9",
                   municipality="Montichiari", area_m2=60, zone="A")
    add(store, "rent_zone", zone="A", municipality="Montichiari", band_min=5, band_max=7)
    families = [add(store, "household", point="MON") for _ in range(7)]
    people = [add(store, "person", household=h, first_name="Nome", last_name=f"Cognome{i}")
              for i, h in enumerate(families)]
    for number, family in enumerate(families):  # 6 €/m² within, the last 8 €/m² above
        add(store, "rent_contract", dwelling=dwelling, household=family,
            start_date=f"2023-0{number + 1}-10", contract_type="agreed",
            monthly_rent=480 if number == 6 else 360)
    cal = add(store, "household", point="CAL")
    add(store, "rent_contract", dwelling=dwelling, household=cal, start_date="2025-01-01",
        contract_type="free", monthly_rent=500)
    fund = add(store, "guarantee_fund", name="Fondo 2026", budget=10_000)
    for number, family in enumerate(families[:6]):
        add(store, "guarantee_application", fund=fund, household=family, date="2026-02-01",
            **({"status": "approved", "amount_approved": 1000.25, "decided_on": "2026-02-10"}
               if number < 5 else {}))
    case = add(store, "arrears_case", household=families[0], landlord=landlord,
               amount_owed=900, status="plan_agreed", opened_on="2026-01-05")
    late = add(store, "installment", arrears_case=case, due_date="2026-02-01", amount=300)
    add(store, "installment", arrears_case=case, due_date="2026-01-01", amount=300,
        paid_on="2026-01-02")
    add(store, "installment", arrears_case=case, due_date="2026-04-01", amount=300)
    add(store, "arrears_case", household=families[1], landlord=landlord, amount_owed=300,
        status="resolved", eviction_stage="none")
    add(store, "cohousing_pact", host=people[0], guest=people[1], start_date="2026-01-01",
        phase="management")
    return {"late": late, "first": families[0]}


def test_the_report_counts_the_housing_plan(coordinator: Store, tmp_path: Path) -> None:
    build(coordinator)
    with coordinator.unit_of_work() as uow:
        ind = indicators.compute(uow.session)
    assert ind["agreed_rent_contracts"] == 7
    assert ind["rent_contracts_by_type"] == {"agreed": 7, "free": 1}
    assert ind["agreed_rents_by_band"] == {"above": 1, "within": 6}
    assert ind["guarantee_committed"] == 5001.25  # the funds' committed, summed
    assert ind["guarantee_applications_by_status"] == {"approved": 5, "submitted": 1}
    assert (ind["arrears_cases"], ind["arrears_resolved"], ind["evictions_avoided"]) == (
        2, 1, 1)
    assert ind["cohousing_pacts_active"] == 1
    assert ind["housing_by_point"]["MON"]["agreed_rent_contracts"] == 7
    assert ind["housing_by_month"]["2023-01"]["agreed_rent_contracts"] == 1
    json.dumps(ind)  # the JSON report carries them as they are

    tables = {t.sheet: t for t in housing_tables(ind)}
    summary = dict(tables["Casa"].rows)
    assert summary["Contratti a canone concordato"] in (7, WITHHELD)
    assert summary["Impegnato dai fondi di garanzia"] == "€ 5.001,25"
    assert summary["Morosità seguite"] == SUPPRESSED
    for table in tables.values():
        for row in table.rows:
            for cell in row:
                assert not (isinstance(cell, int) and cell < 5), (table.title, row)
    # The bands add up to the agreed contracts: hiding "above" (1) alone would let a
    # reader work it out as 7 - 6, so "within" or the total goes too.
    bands = dict(tables["Canoni e fasce"].rows)
    assert bands["Sopra la fascia"] == SUPPRESSED
    assert WITHHELD in (bands["Nella fascia"], summary["Contratti a canone concordato"])
    from genera_desktop.reports.pdf import report_pdf
    from genera_desktop.reports.xlsx import workbook_bytes

    path = tmp_path / "report.xlsx"
    path.write_bytes(workbook_bytes(ind))
    book = openpyxl.load_workbook(path)
    assert {"Casa", "Casa per punto", "Fondi di garanzia", "Domande per stato"} <= set(
        book.sheetnames)
    cells = [c.value for row in book["Casa"].iter_rows() for c in row]
    assert SUPPRESSED in cells and "Cognome0" not in cells
    assert report_pdf(ind)[:4] == b"%PDF"


def test_the_agenda_shows_contract_terms_ahead_and_overdue_installments(
        coordinator: Store) -> None:
    ids = build(coordinator)
    with coordinator.unit_of_work() as uow:
        # The first contract (10/01/2023) ends its first term on 09/01/2026, the second
        # (10/02/2023) on 09/02/2026, the sixth (10/06/2023) on 09/06/2026.
        found = agenda.agenda(uow, today=date(2026, 1, 20)).housing
    renewals = [(d.due, d.notice) for d in found if d.what == RENEWAL]
    assert renewals == [("2026-02-09", 3), ("2026-03-09", 3), ("2026-04-09", 3),
                        ("2026-05-09", 6), ("2026-06-09", 6), ("2026-07-09", 6)]
    assert not [d for d in found if d.what == EXPIRY]  # 2028: years away
    with coordinator.unit_of_work() as uow:
        later = agenda.agenda(uow, today=date(2026, 3, 1)).housing
    overdue = [d for d in later if d.what == INSTALLMENT]
    assert [(d.record_id, d.household_id, d.amount) for d in overdue] == [
        (ids["late"], ids["first"], 300)]  # the paid one and the future one are not
    assert overdue[0].case_number and overdue[0].reference_name == "Cognome0 Nome"
    # Staff without the housing area see none of it.
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "bruno-password")
        accounts.commit_accounts(uow)
    bruno = Store.open(coordinator.data_dir, "bruno", "bruno-password")
    try:
        with bruno.unit_of_work() as uow:
            assert agenda.agenda(uow, today=date(2026, 3, 1)).housing == []
    finally:
        bruno.close()


def test_the_demo_brings_the_housing_plan_the_same_each_time(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        store = make_coordinator(tmp_path / name)
        try:
            with store.unit_of_work() as uow:
                counts = demo.fill(uow, 300, 5, today=date(2026, 3, 2))
                uow.commit()
            with store.unit_of_work() as uow:
                dumps.append(list(dump_lines(uow)))
                funds = records.list_records(uow, "guarantee_fund")
        finally:
            store.close()
        for kind in ("landlord", "dwelling", "rent_contract", "guarantee_fund",
                     "guarantee_application", "disbursement", "arrears_case", "installment",
                     "cohousing_pact", "cohousing_offer", "cohousing_visit"):
            assert counts[kind] > 0, kind
        assert "rent_zone" not in counts  # the zones ship empty
        assert len(funds) == 2 and all(0 <= f["available"] <= f["budget"] for f in funds)
    assert dumps[0] == dumps[1]


def test_the_report_judges_every_band_as_one_contract_is_judged(coordinator: Store) -> None:
    """The report judges its contracts in bulk (store/housing_terms.bands_of); each
    verdict must be the one a contract's own ``band_check`` gives."""
    from genera_desktop.store.housing_terms import band_of, bands_of

    landlord = add(coordinator, "landlord", name="Edilgarda S.p.A.")
    add(coordinator, "rent_zone", zone="A", municipality="Montichiari", band_min=5, band_max=7)
    add(coordinator, "rent_zone", zone="a", municipality="Ghedi", band_min=8, band_max=10)
    add(coordinator, "rent_zone", zone="B", municipality="Montichiari", band_min=4,
        band_max=6)
    add(coordinator, "rent_zone", zone="C", municipality="Ghedi")  # no band

    def home(town: str, **fields: Any) -> str:
        return add(coordinator, "dwelling", landlord=landlord, address="Via Verdi 9",
                   municipality=town, **fields)

    cases = [  # (rent, dwelling, expected)
        (360, home("Montichiari", area_m2=60, zone="A"), "within"),      # 6 €/m²
        (360, home("Ghedi", area_m2=60, zone="A"), "below"),             # 6 < 8 in Ghedi
        (660, home("Ghedi", area_m2=60, zone="A"), "above"),             # 11 > 10
        (360, home("Calvisano", area_m2=60, zone="A"), "unknown"),       # two A's, neither
        (300, home("Calvisano", area_m2=60, zone="b"), "within"),        # the only B (Montichiari)
        (300, home("Ghedi", area_m2=60, zone="C"), "unknown"),           # no band
        (300, home("Ghedi", zone="B"), "unknown"),                       # no area
        (300, "no-such-dwelling", "unknown"),
    ]
    with coordinator.unit_of_work() as uow:
        bulk = bands_of(uow.session, [(rent, dwelling) for rent, dwelling, _ in cases])
        one_by_one = [band_of(uow.session, rent, dwelling) for rent, dwelling, _ in cases]
    assert bulk == [expected for _, _, expected in cases]
    assert bulk == one_by_one
