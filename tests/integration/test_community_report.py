"""The community figures of the report: JSON raw, XLSX and PDF aggregated and suppressed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from genera_desktop.reports import indicators
from genera_desktop.reports.community_tables import community_tables
from genera_desktop.reports.suppression import SUPPRESSED, WITHHELD
from genera_desktop.services import records
from genera_desktop.services.community import attendance, enrolments, initiatives, newcomers
from genera_desktop.store.store import Store


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def figures(store: Store) -> dict[str, Any]:
    with store.unit_of_work() as uow:
        return indicators.compute(uow.session)


def build(store: Store) -> dict[str, Any]:
    """Two workshops at MON, one at CAL; who came, initiatives, the directory."""
    mon = [add(store, "person", household=add(store, "household", point="MON"),
               first_name=f"Nome{i}", last_name=f"Cognome{i}") for i in range(8)]
    family = add(store, "household", point="MON")
    sisters = [add(store, "person", household=family, first_name=n, last_name="Bassi")
               for n in ("Ada", "Bea")]
    cal = add(store, "person", household=add(store, "household", point="CAL"),
              first_name="Eva", last_name="Neri")
    cooking = add(store, "workshop", title="Cucina", point="MON", status="running")
    digital = add(store, "workshop", title="SPID e app", point="MON", status="completed")
    sport = add(store, "workshop", title="Camminate", point="CAL")
    march = add(store, "workshop_session", workshop=cooking, date="2026-03-02", guests=4)
    april = add(store, "workshop_session", workshop=cooking, date="2026-04-06", guests=2)
    online = add(store, "workshop_session", workshop=digital, date="2026-04-08")
    walk = add(store, "workshop_session", workshop=sport, date="2026-04-10", guests=1)
    for person in [*mon, *sisters]:
        enrolments.enrol(store, cooking, person)
    for person in mon[:6]:
        attendance.mark(store, march, person, "present")
    for person in mon[:3] + sisters:
        attendance.mark(store, april, person, "present")
    attendance.mark(store, april, mon[7], "absent")  # absent: no participant
    enrolments.enrol(store, digital, mon[0])
    attendance.mark(store, online, mon[0], "present")
    enrolments.enrol(store, sport, cal)
    attendance.mark(store, walk, cal, "excused")
    # A deleted workshop counts nowhere, nor do its sessions and attendance.
    gone = add(store, "workshop", title="Annullato", point="MON")
    gone_session = add(store, "workshop_session", workshop=gone, date="2026-04-01", guests=9)
    enrolments.enrol(store, gone, mon[5])
    attendance.mark(store, gone_session, mon[5], "present")
    records.delete(store, "workshop", gone)
    newcomers.register_contact(store, "MON", "Sara", "Bonomi")
    for title, status, extra in (("Orto", "proposed", {}),
                                 ("Festa", "accepted", {"decided_on": "2026-02-01",
                                                        "support_granted": 250.5,
                                                        "support_requested": 300}),
                                 ("Coro", "completed", {"support_granted": 100}),
                                 ("Murale", "rejected", {"decided_on": "2026-02-02"})):
        add(store, "initiative", title=title, point="MON", status=status, **extra)
    late = add(store, "initiative", title="Cineforum", point="CAL", status="evaluating")
    initiatives.move(store, late, "withdrawn")
    for name, org_type, partner in (("Comune di Montichiari", "comune", True),
                                    ("Coop La Rete", "cooperative", True),
                                    ("Coop Sole", "cooperative", False)):
        add(store, "organisation", name=name, org_type=org_type, is_partner=partner)
    return {"mon": mon}


def test_the_report_counts_workshops_participants_initiatives_and_partners(
        coordinator: Store) -> None:
    build(coordinator)
    ind = figures(coordinator)
    assert (ind["workshops"], ind["workshop_sessions"], ind["guests"]) == (3, 4, 7)
    # Present at least once: Nome0-5 and the two sisters; absent or excused do not count.
    assert ind["workshop_participants"] == 8
    assert ind["workshop_households"] == 7  # the sisters are one household
    assert ind["workshop_contacts"] == 1
    assert ind["attendances"] == 6 + 5 + 1
    assert ind["attendances_by_status"] == {"absent": 1, "excused": 1, "present": 12}
    assert ind["initiatives_by_status"] == {"accepted": 1, "completed": 1, "proposed": 1,
                                            "rejected": 1, "withdrawn": 1}
    assert ind["initiatives_support_granted"] == 350.5
    assert ind["initiatives_support_requested"] == 300
    assert ind["organisations_by_type"] == {"comune": 1, "cooperative": 2}
    assert ind["partners"] == 2
    assert ind["community_by_point"]["MON"] == {
        "workshops": 2, "workshop_sessions": 3, "workshop_participants": 8,
        "attendances": 12, "guests": 6, "initiatives": 4}
    assert ind["community_by_point"]["CAL"]["attendances"] == 0
    assert ind["community_by_month"]["2026-03"] == {
        "workshop_sessions": 1, "workshop_participants": 6, "attendances": 6, "guests": 4}
    assert ind["community_by_month"]["2026-04"]["workshop_participants"] == 5
    # The contact and every other household are reached once towards the 4,500.
    assert ind["households_total"] == 11


def test_the_files_show_aggregates_with_small_counts_hidden(coordinator: Store,
                                                            tmp_path: Path) -> None:
    build(coordinator)
    ind = figures(coordinator)
    tables = {t.sheet: t for t in community_tables(ind)}
    summary = dict(tables["Comunità"].rows)
    assert summary["Laboratori di prossimità"] == SUPPRESSED
    assert summary["Presenze registrate"] == 12
    assert summary["Sostegno concesso alle iniziative"] == "€ 350,50"
    for table in tables.values():
        for row in table.rows:
            for cell in row:
                assert not (isinstance(cell, int) and cell < 5), (table.title, row)
    # Sessions by point add up to the total: MON's 3 and CAL's 1 are both hidden, and
    # the total too, or CAL's would be the total minus MON's.
    by_point = {row[0]: row for row in tables["Comunità per punto"].rows}
    assert by_point["MON"][3] in (SUPPRESSED, WITHHELD)
    path = tmp_path / "report.xlsx"
    from genera_desktop.reports.xlsx import workbook_bytes

    path.write_bytes(workbook_bytes(ind))
    book = openpyxl.load_workbook(path)
    assert {"Comunità", "Comunità per punto", "Laboratori per mese", "Iniziative",
            "Organizzazioni"} <= set(book.sheetnames)
    cells = [c.value for row in book["Comunità per punto"].iter_rows() for c in row]
    assert "Nome0" not in cells and SUPPRESSED in cells
