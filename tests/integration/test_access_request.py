"""An access request: everything held about one person, as data and as a PDF."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from genera_desktop.printing.access_request import person_report_pdf
from genera_desktop.printing.layout import PrintContext
from genera_desktop.services import accounts, records
from genera_desktop.services.coordination import access_request
from genera_desktop.store.local import AuditEntry
from genera_desktop.store.store import Store
from tests.conftest import make_coordinator


def add(store: Store, kind: str, **data: Any) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, kind, data)
        uow.commit()
    return rid


def make_family(store: Store) -> dict[str, str]:
    ctx = add(store, "housing_context", name="Condominio Solidale")
    hh = add(store, "household", point="MON", address="Via Zanardelli 77",
             housing_context=ctx, phone="030 9961234")
    me = add(store, "person", household=hh, first_name="Gertrude", last_name="Quintavalle",
             birth_date="1980-01-01", sex="F", marital_status="widowed")
    sister = add(store, "person", household=hh, first_name="Ermenegilda",
                 last_name="Quintavalle")
    return {
        "context": ctx, "household": hh, "person": me, "sister": sister,
        "health": add(store, "health", person=me, conditions="Diabete di tipo 2"),
        "intake": add(store, "intake", household=hh, date="2025-01-10", reference_person=me,
                      needs_stated=["housing", "work"], isee_value=8450),
        "contact": add(store, "contact", household=hh, date="2025-02-03", person=me,
                       notes="Colloquio sul lavoro"),
        "family_contact": add(store, "contact", household=hh, date="2025-02-04",
                              notes="Telefonata al nucleo"),
        "sister_contact": add(store, "contact", household=hh, date="2025-02-05",
                              person=sister, notes="Solo la sorella"),
        "referral": add(store, "referral", household=hh, date="2025-02-10",
                        organisation="Servizi sociali di Montichiari"),
        "follow_up": add(store, "follow_up", household=hh, due_date="2025-03-01",
                         note="Richiamare per ISEE"),
        "visit": add(store, "visit", housing_context=ctx, date="2025-02-20", household=hh,
                     person=me, actions="Accompagnata al CAF"),
    }


def report_of(store: Store, rid: str, fmt: str = "json") -> dict[str, Any]:
    with store.unit_of_work() as uow:
        report = access_request.person_report(uow, rid, export_format=fmt)
        uow.commit()
    return report


def test_the_report_holds_every_record_about_the_person(coordinator: Store) -> None:
    ids = make_family(coordinator)
    report = report_of(coordinator, ids["person"])
    assert report["person"]["last_name"] == "Quintavalle"
    assert report["person"]["id"] == ids["person"]
    assert report["household"]["address"] == "Via Zanardelli 77"
    about = {r["id"]: r["about"] for r in report["records"]}
    assert about == {
        ids["health"]: "person", ids["intake"]: "person", ids["contact"]: "person",
        ids["visit"]: "person", ids["family_contact"]: "household",
        ids["referral"]: "household", ids["follow_up"]: "household",
    }
    # The sister's own data stay out: they are someone else's.
    assert ids["sister"] not in str(report) and "Ermenegilda" not in str(report)
    assert not report["health_withheld"]
    audited = {(e["action"], e["record_id"]) for e in report["audit"]}
    assert ("create", ids["person"]) in audited and ("create", ids["household"]) in audited
    assert ("create", ids["referral"]) in audited
    with coordinator.unit_of_work() as uow:
        exports = list(uow.session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "export", AuditEntry.record_id == ids["person"])))
    assert [detail["format"] for detail in exports] == ["json"]


def test_health_is_withheld_without_health_access(coordinator: Store) -> None:
    ids = make_family(coordinator)
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "bruno-password", role="operator")
        accounts.commit_accounts(uow)
    bruno = Store.open(coordinator.data_dir, "bruno", "bruno-password")
    try:
        report = report_of(bruno, ids["person"])
    finally:
        bruno.close()
    assert report["health_withheld"] is True
    assert ids["health"] not in {r["id"] for r in report["records"]}
    assert "Diabete" not in str(report)


def test_deleted_and_merged_records_are_included_and_marked(coordinator: Store) -> None:
    from genera_desktop.services.coordination import duplicates

    ids = make_family(coordinator)
    twin = add(coordinator, "person", household=ids["household"], first_name="Gertrude",
               last_name="Quintavale", birth_date="1980-01-01")
    with coordinator.unit_of_work() as uow:
        records.delete(uow, "contact", ids["contact"])
        duplicates.merge(uow, ids["person"], twin)
        uow.commit()
    report = report_of(coordinator, ids["person"])
    contact = next(r for r in report["records"] if r["id"] == ids["contact"])
    assert contact["deleted"] is True
    assert [d["id"] for d in report["merged_duplicates"]] == [twin]


def test_the_pdf_reads_as_the_report(tmp_path: Any) -> None:
    store = make_coordinator(tmp_path / "coord")
    try:
        with store.unit_of_work() as uow:
            records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
            uow.commit()
        ids = make_family(store)
        report = report_of(store, ids["person"], "pdf")
    finally:
        store.close()
    pdf = person_report_pdf(PrintContext("Coordinamento", date(2025, 3, 5), "anna"), report)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages[0].mediabox.width == 595.2756 or round(float(
        reader.pages[0].mediabox.width)) == 595
    body = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(body.split())
    for expected in ("Accesso ai dati personali", "Quintavalle", "Gertrude", "01/01/1980",
                     "Vedovo/a", "Via Zanardelli 77", "Diabete di tipo 2", "Colloquio sul lavoro",
                     "Telefonata al nucleo", "Servizi sociali di Montichiari",
                     "Richiamare per ISEE", "Accompagnata al CAF", "Abitativo", "€ 8.450,00",
                     "Registro degli accessi", "creazione", "Pagina 1 di", "Coordinamento",
                     "05/03/2025"):
        assert expected in flat, expected
    assert "Ermenegilda" not in flat and "Solo la sorella" not in flat
