"""The print use cases on a real store: batches, cancelling, a laptop's round sheets."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from genera_desktop.domain.errors import Cancelled, NotFound
from genera_desktop.services import accounts, printing, records
from genera_desktop.services.coordination import audit
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.store import Store


def add(store: Store, kind: str, data: dict[str, object]) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, kind, data)
        uow.commit()
    return rid


def text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def families(coordinator: Store) -> list[str]:
    ids = []
    for last in ("Rossi", "Popa", "Diallo"):
        hid = add(coordinator, "household", {"point": "MON", "address": "Via Roma 1"})
        add(coordinator, "person", {"household": hid, "first_name": "Anna", "last_name": last})
        ids.append(hid)
    return ids


def test_a_batch_reports_progress_and_can_be_cancelled(
        coordinator: Store, families: list[str]) -> None:
    seen: list[tuple[int, int]] = []
    with coordinator.unit_of_work() as uow:
        pdf = printing.print_intakes(uow, families,
                                     lambda done, total: seen.append((done, total)) or True)
        uow.commit()
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert text(pdf).index("Rossi Anna") < text(pdf).index("Popa Anna") < text(pdf).index(
        "Diallo Anna")
    with coordinator.unit_of_work() as uow, pytest.raises(Cancelled):
        printing.print_intakes(uow, families, lambda done, total: done < 2)
    with coordinator.unit_of_work() as uow:
        assert len(audit.entries(uow, action="print")) == 3  # the cancelled batch: none
        with pytest.raises(NotFound):
            printing.print_intakes(uow, [*families, "0190aaaa-0000-7000-8000-00000000dead"])


def test_a_laptop_prints_the_round_sheets_of_its_own_contexts(coordinator: Store) -> None:
    mine = add(coordinator, "housing_context", {"name": "ALER Via Boschetti",
                                                "custode_site": coordinator.site_id})
    add(coordinator, "housing_context", {"name": "ALER Via Prati",
                                         "custode_site": "0190aaaa-0000-7000-8000-000000000001"})
    hid = add(coordinator, "household", {"point": "MON", "housing_context": mine,
                                         "flat": "Scala A int. 1"})
    add(coordinator, "person", {"household": hid, "first_name": "Ion", "last_name": "Popa"})
    with coordinator.unit_of_work() as uow:
        set_setting(uow.session, "role", "laptop")
        set_setting(uow.session, "site_name", "Custode sociale Montichiari")
        uow.commit()
    with coordinator.unit_of_work() as uow:
        pdf = printing.print_round_sheets(uow)
        uow.commit()
    found = text(pdf)
    assert "ALER Via Boschetti" in found and "Popa Ion" in found
    assert "ALER Via Prati" not in found and "Custode sociale Montichiari" in found
    with coordinator.unit_of_work() as uow:
        assert [e["record_id"] for e in audit.entries(uow, action="print")] == [mine]


def test_forms_name_the_operator_by_full_name_not_username(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "g.bodei", "password-di-prova-1", role="operator",
                             display_name="Giulia Bodei")
        accounts.commit_accounts(uow)
    context = add(coordinator, "housing_context", {"name": "ALER Via Prati"})
    hid = add(coordinator, "household", {"point": "MON", "housing_context": context})
    visit = add(coordinator, "visit", {"housing_context": context, "household": hid,
                                       "date": "2026-03-11", "operator": "g.bodei"})
    elsewhere = add(coordinator, "visit", {"housing_context": context, "date": "2026-03-11",
                                           "operator": "r.pasini"})
    add(coordinator, "intake", {"household": hid, "date": "2026-03-11", "operator": "g.bodei"})
    with coordinator.unit_of_work() as uow:
        report = text(printing.print_visit(uow, visit))
        other = text(printing.print_visit(uow, elsewhere))
        intake = text(printing.print_intake(uow, hid))
    assert "Giulia Bodei" in report and "g.bodei" not in report
    assert "Giulia Bodei" in intake and "g.bodei" not in intake
    # A user of another site, unknown here: the username is all there is.
    assert "r.pasini" in other
