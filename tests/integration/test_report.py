"""The programme's indicators, checked against counts made from `dump`, and the XLSX
and PDF that leave the coordinator: aggregates only, no names, small counts hidden."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from genera_desktop.domain import vocab
from genera_desktop.reports import indicators
from genera_desktop.reports.pdf import report_pdf
from genera_desktop.reports.tables import shown, tables
from genera_desktop.reports.xlsx import workbook_bytes
from genera_desktop.services import demo, records
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.store.local import Site
from genera_desktop.store.store import Store
from tests.conftest import make_coordinator

TODAY = date(2026, 3, 2)  # a Monday: the first day of ISO week 2026-W10
# A site named after its custode, as staff do: the reports must not carry the name.
LAPTOP_NAME = "Portatile di Gianfranco Zanardelli"


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A store with demo data, one merged and one deleted household, and its indicators."""
    store = make_coordinator(tmp_path_factory.mktemp("report") / "s")
    with store.unit_of_work() as uow:
        demo.fill(uow, 120, 5, today=TODAY)
        uow.commit()
    with store.unit_of_work() as uow:
        first, second, third = (h.id for h in records.find(uow.session, "household", limit=3))
        records.update(uow, "household", second, {"merged_into": first})
        records.delete(uow, "household", third)
        uow.session.add(Site(site_id="00000000-0000-4000-8000-00000000000a", name=LAPTOP_NAME,
                             role="laptop", extra={"last_in": "2026-02-20T12:00:00+00:00"}))
        uow.commit()
    with store.unit_of_work() as uow:
        lines = [json.loads(line) for line in dump_lines(uow)]
        ind = indicators.compute(uow.session, TODAY)
    yield store, lines, ind
    store.close()


def by_kind(lines: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in lines if r["kind"] == kind]


def test_indicators_match_counts_made_from_the_dump(filled: Any) -> None:
    _, lines, ind = filled
    households = [h for h in by_kind(lines, "household") if "merged_into" not in h]
    assert len(households) < len(by_kind(lines, "household"))  # the merged one is out
    assert ind["households_total"] == len(households) == 118
    assert ind["target"] == 4500
    assert ind["by_point"] == dict(sorted(Counter(h["point"] for h in households).items()))
    assert ind["by_municipality"] == dict(sorted(
        Counter(h.get("municipality", "") for h in households).items()))
    for days in (7, 30):
        since = (TODAY - timedelta(days=days)).isoformat()
        expected = sum(since < h["registered_on"] <= TODAY.isoformat() for h in households)
        assert ind[f"new_{days}_days"] == expected
    assert ind["new_30_days"] > 0
    assert ind["persons_total"] == sum("merged_into" not in p for p in by_kind(lines, "person"))
    assert ind["active_cases"] == sum(h.get("status") in ("taken_on", "active")
                                      for h in households)
    visits = Counter(v["housing_context"] for v in by_kind(lines, "visit"))
    assert {c["housing_context"]: c["visits"] for c in ind["visits_by_context"]} == {
        c["id"]: visits.get(c["id"], 0) for c in by_kind(lines, "housing_context")}
    assert ind["visits_total"] == sum(visits.values())
    point_of = {h["id"]: h["point"] for h in households}
    overdue = Counter(
        point_of[f["household"]] for f in by_kind(lines, "follow_up")
        if not f.get("done") and f["due_date"] < TODAY.isoformat() and f["household"] in point_of
    )
    assert ind["follow_ups_overdue_by_point"] == dict(sorted(overdue.items()))
    assert ind["referrals_by_status"] == dict(sorted(
        Counter(r.get("status", "") for r in by_kind(lines, "referral")).items()))
    # The weekly series: each household in the week of its Monday, counted from the dump.
    first = TODAY - timedelta(weeks=51)  # TODAY is a Monday
    weekly = Counter(
        (date.fromisoformat(h["registered_on"]) - first).days // 7 for h in households
        if first.isoformat() <= h["registered_on"] <= TODAY.isoformat())
    assert [w["new"] for w in ind["new_by_week"]] == [weekly.get(i, 0) for i in range(52)]
    assert sum(weekly.values()) > 0
    destinations: dict[str, Counter[str]] = {}
    for r in by_kind(lines, "referral"):
        if r.get("direction") != "in":
            destinations.setdefault(r.get("organisation", ""), Counter())[r.get("status", "")] += 1
    assert ind["referrals_by_destination"] == {
        name: dict(sorted(c.items())) for name, c in destinations.items()}
    assert list(ind["referrals_by_destination"]) == sorted(destinations, key=str.casefold)
    issues = Counter(i for v in by_kind(lines, "visit") for i in v.get("issues", []))
    assert ind["visits_by_issue"] == {i: issues.get(i, 0) for i in vocab.VISIT_ISSUES}
    assert sum(issues.values()) > 0
    assert [(s["name"], s["days_since_last_in"]) for s in ind["sites"]] == [(LAPTOP_NAME, 10)]


def words_and_codes(lines: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """Every surname's words in the store (and the laptop's custode's), every tax code."""
    persons = by_kind(lines, "person")
    surnames = {w.lower() for p in persons for w in re.findall(r"\w+", p["last_name"])
                if len(w) > 2} | {"zanardelli", "gianfranco"}
    codes = {p["tax_code"] for p in persons if p.get("tax_code")}
    return surnames, codes


def assert_anonymous(text: str, lines: list[dict[str, Any]]) -> None:
    surnames, codes = words_and_codes(lines)
    words = {w.lower() for w in re.findall(r"\w+", text)}
    assert not surnames & words, sorted(surnames & words)
    assert not [c for c in codes if c in text]
    assert "<5" in text  # 120 households over six points: some cells are small


def test_xlsx_carries_aggregates_only(filled: Any) -> None:
    _, lines, ind = filled
    book = load_workbook(io.BytesIO(workbook_bytes(ind)), read_only=True)
    cells = [str(value) for sheet in book.worksheets
             for row in sheet.iter_rows(values_only=True) for value in row if value is not None]
    assert_anonymous("\n".join(cells), lines)
    assert {"Per settimana", "Invii per destinazione", "Visite per problematica",
            "Postazioni"} <= set(book.sheetnames)  # the new tables were searched too
    weeks = list(book["Per settimana"].iter_rows(min_row=5, values_only=True))
    assert len(weeks) == 52 and weeks[-1][:2] == ("2026-W10", "02/03/2026")
    assert [r[2] for r in weeks] == [shown(w["new"]) for w in ind["new_by_week"]]
    sites = list(book["Postazioni"].iter_rows(min_row=5, values_only=True))
    assert sites == [("Portatile del custode sociale", "20/02/2026", 10)]
    sheet = book["Per punto"]
    rows = {r[0]: r[2] for r in sheet.iter_rows(min_row=5, values_only=True)}
    assert set(rows) == set(ind["by_point"])
    for code, n in ind["by_point"].items():  # a count, "<5", or hidden so none is found
        assert rows[code] == (shown(n) if n < 5 else n) or (n >= 5 and rows[code] == "n.d.")
    assert "<5" in rows.values()


def test_pdf_carries_aggregates_only(filled: Any) -> None:
    _, lines, ind = filled
    data = report_pdf(ind, "Coordinamento")
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert_anonymous(text, lines)
    assert "Nuclei per punto di comunità" in text and "Pagina 1 di" in text
    for title in ("Nuovi nuclei per settimana", "Invii per destinazione ed esito",
                  "Visite per problematica rilevata", "Postazioni e ultimo pacchetto"):
        assert title in text
    assert "Coordinamento" in text and "02/03/2026" in text
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4


def test_small_counts_are_suppressed_in_the_tables() -> None:
    ind = {
        "date": "2026-03-02", "site": "X", "households_total": 7, "target": 4500,
        "by_point": {"MON": 3, "CAL": 4}, "points": {}, "by_municipality": {"": 7},
        "by_status": {}, "new_7_days": 0, "new_30_days": 5, "persons_total": 12,
        "active_cases": 1, "visits_total": 0, "visits_by_context": [],
        "follow_ups_overdue_by_point": {}, "referrals_by_status": {"sent": 5},
        "new_by_week": [{"week": "2026-W09", "start": "2026-02-23", "new": 4},
                        {"week": "2026-W10", "start": "2026-03-02", "new": 6}],
        "referrals_by_destination": {"Caritas": {"sent": 2, "refused": 3}, "": {"sent": 6}},
        "visits_by_issue": {"loneliness": 5, "vandalism": 1}, "sites": [],
    }
    out = {t.sheet: t.rows for t in tables(ind)}
    assert out["Per settimana"] == [("2026-W09", "23/02/2026", "<5"),
                                    ("2026-W10", "02/03/2026", 6)]
    # Destinations down, the five outcomes across (Inviato ... Rifiutato).
    assert out["Invii per destinazione"] == [
        ("Caritas", "<5", "<5", "<5", "<5", "<5"),
        ("non indicato", 6, "<5", "<5", "<5", "<5"),
    ]
    assert out["Visite per problematica"] == [("Solitudine", 5), ("Vandalismo", "<5")]
    # 3 + 4 = 7 shown would give both away: the total and its one-row comune go too.
    assert out["Per punto"] == [("MON", "", "<5"), ("CAL", "", "<5")]
    assert out["Per comune"] == [("non indicato", "n.d.")]
    assert ("Nuclei familiari raggiunti", "n.d.") in out["Sintesi"]
    assert ("Percentuale dell'obiettivo raggiunta", "–") in out["Sintesi"]
    assert ("Nuovi nuclei negli ultimi 7 giorni", "<5") in out["Sintesi"]
    # The last 30 days touch a "<5" week: subtracting would narrow it.
    assert ("Nuovi nuclei negli ultimi 30 giorni", "n.d.") in out["Sintesi"]
    assert out["Invii"] == [("Inviato", 5)]


def test_an_empty_store_reports_zeros(tmp_path: Path) -> None:
    store = make_coordinator(tmp_path / "empty")
    try:
        with store.unit_of_work() as uow:
            ind = indicators.compute(uow.session, TODAY)
        assert ind["households_total"] == 0 and ind["by_point"] == {}
        assert [w["new"] for w in ind["new_by_week"]] == [0] * 52
        assert ind["referrals_by_destination"] == {} and ind["sites"] == []
        assert ind["visits_by_issue"] == dict.fromkeys(vocab.VISIT_ISSUES, 0)
        assert report_pdf(ind).startswith(b"%PDF")
        assert workbook_bytes(ind).startswith(b"PK")
    finally:
        store.close()


def add(store: Store, kind: str, data: dict[str, Any]) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, kind, data)
        uow.commit()
    return rid


def test_a_household_lands_in_the_week_of_its_registration(tmp_path: Path) -> None:
    store = make_coordinator(tmp_path / "weeks")
    try:
        add(store, "point", {"code": "MON", "name": "Punto Montichiari"})
        for day in ("2025-03-09",  # the Sunday before the first week: out
                    "2025-03-10",  # the Monday of the first week (2025-W11)
                    "2026-01-01",  # a Thursday: ISO week 2026-W01, from 2025-12-29
                    "2026-01-04",  # the Sunday of the same week
                    "2026-03-02",  # today: this week, the last
                    "2026-03-03"):  # tomorrow (a wrong date): nowhere
            add(store, "household", {"point": "MON", "registered_on": day})
        merged = add(store, "household", {"point": "MON", "registered_on": "2026-03-02"})
        with store.unit_of_work() as uow:
            kept = records.add(uow, "household", {"point": "MON", "registered_on": "2026-02-01"})
            records.update(uow, "household", merged, {"merged_into": kept})
            uow.commit()
        with store.unit_of_work() as uow:
            weeks = indicators.compute(uow.session, TODAY)["new_by_week"]
        assert len(weeks) == 52
        assert weeks[0] == {"week": "2025-W11", "start": "2025-03-10", "new": 1}
        assert weeks[-1] == {"week": "2026-W10", "start": "2026-03-02", "new": 1}
        by_week = {w["week"]: w for w in weeks}
        assert by_week["2026-W01"] == {"week": "2026-W01", "start": "2025-12-29", "new": 2}
        assert by_week["2026-W05"]["new"] == 1  # 2026-02-01, a Sunday: week 5
        assert sum(w["new"] for w in weeks) == 5
        assert sum(w["new"] == 0 for w in weeks) == 48  # empty weeks are there, as 0
        starts = [date.fromisoformat(w["start"]) for w in weeks]
        assert all(b - a == timedelta(days=7) for a, b in zip(starts, starts[1:], strict=False))
    finally:
        store.close()


def test_referrals_by_destination_and_outcome(tmp_path: Path) -> None:
    store = make_coordinator(tmp_path / "referrals")
    try:
        add(store, "point", {"code": "MON", "name": "Punto Montichiari"})
        hid = add(store, "household", {"point": "MON"})
        for organisation, status, direction in (
            ("Caritas parrocchiale", "sent", "out"),
            ("Caritas parrocchiale", "sent", None),  # no direction: an invio
            ("  caritas   PARROCCHIALE ", "accepted", "out"),  # the same, typed otherwise
            ("CPS di Montichiari", "refused", "out"),
            ("CPS di Montichiari", None, "out"),
            (None, "closed", "out"),
            ("Istituto comprensivo", "sent", "in"),  # a segnalazione: not a destination
        ):
            add(store, "referral", {"household": hid, "date": "2026-02-01", "status": status,
                                    "organisation": organisation, "direction": direction})
        gone = add(store, "referral", {"household": hid, "date": "2026-02-01",
                                       "organisation": "CPS di Montichiari", "status": "sent"})
        with store.unit_of_work() as uow:
            records.delete(uow, "referral", gone)
            uow.commit()
        with store.unit_of_work() as uow:
            ind = indicators.compute(uow.session, TODAY)
        assert ind["referrals_by_destination"] == {
            "": {"closed": 1},
            "Caritas parrocchiale": {"accepted": 1, "sent": 2},
            "CPS di Montichiari": {"": 1, "refused": 1},
        }
        table = {t.sheet: t for t in tables(ind)}["Invii per destinazione"]
        assert table.header == ("Destinazione", "Inviato", "Accolto", "In corso", "Concluso",
                                "Rifiutato", "non indicato")
        assert table.rows[0] == ("non indicato", "<5", "<5", "<5", "<5", "<5", "<5")
        assert [r[0] for r in table.rows] == ["non indicato", "Caritas parrocchiale",
                                              "CPS di Montichiari"]
    finally:
        store.close()
