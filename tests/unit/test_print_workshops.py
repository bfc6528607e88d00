"""The workshop forms: a sign-in sheet that shows names only, a register that fits a season."""

from __future__ import annotations

import io
from datetime import date, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from genera_desktop.printing import workshops as forms
from genera_desktop.printing.layout import PrintContext
from genera_desktop.printing.workshops import (
    MIN_BLANK_ROWS,
    attendance_register,
    minor_on,
    sessions_per_page,
    signin_sheet,
    surname_order,
)
from tests.unit.pdf_text import all_text, bold_runs, pages_text, runs

CTX = PrintContext(
    site_name="Punto di Comunità Ghedi", printed_on=date(2026, 3, 12), operator="lbianchi"
)
WORKSHOP = {
    "id": "ws-0001",
    "title": "Genitori in cammino",
    "point": "GHE",
    "facilitator": "Laura Bianchi",
}
SESSION = {
    "id": "se-0001",
    "workshop": "ws-0001",
    "date": "2026-03-17",
    "start_time": "17:00",
    "end_time": "19:00",
    "topic": "Il sonno e le routine della sera",
}
PLACE = {"id": "pl-1", "name": "Biblioteca civica", "address": "Piazza Roma 3",
         "municipality": "Ghedi"}
FIRST = ["Ștefan", "Përparim", "Łukasz", "Gülşen", "Nicolò", "François", "Jürgen", "Chiara"]
PRIVATE = ("333 9876543", "RSSMRA80A01H501U", "hh-secret", "Via Segreta 9")


def person(n: int, last: str | None = None, first: str | None = None) -> dict[str, Any]:
    """A person as the store reads it, with the fields a sign-in sheet must not show."""
    return {
        "id": f"p-{n:03d}",
        "first_name": first or FIRST[n % len(FIRST)],
        "last_name": last or f"Iscritto{n:03d}",
        "phone": PRIVATE[0],
        "tax_code": PRIVATE[1],
        "household": PRIVATE[2],
        "address": PRIVATE[3],
    }


def people(count: int) -> list[dict[str, Any]]:
    return [person(n) for n in range(count)]


def season(count: int, start: date = date(2026, 1, 8)) -> list[dict[str, Any]]:
    return [
        {"id": f"s-{i:02d}", "workshop": "ws-0001",
         "date": (start + timedelta(days=7 * i)).isoformat(), "start_time": "17:00",
         "guests": i % 3}
        for i in range(count)
    ]


def pages(pdf: bytes) -> list[Any]:
    return list(PdfReader(io.BytesIO(pdf)).pages)


def assert_embedded_and_readable(pdf: bytes, landscape: bool) -> None:
    width, height = (841.89, 595.28) if landscape else (595.28, 841.89)
    for page in pages(pdf):
        assert float(page.mediabox.width) == pytest.approx(width, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(height, abs=0.01)
        for ref in page["/Resources"]["/Font"].values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"]
    assert min(size for _, _, size in runs(pdf)) >= 9


def row_numbers(pdf: bytes) -> list[int]:
    """The numbers of the sheet's rows: the only digits set in 10 pt regular."""
    return [int(t) for t, font, size in runs(pdf)
            if t.isdigit() and size == 10 and not font.endswith("-Bold")]


def row_numbers_per_page(pdf: bytes) -> list[list[int]]:
    out = []
    for page in pages(pdf):
        found: list[int] = []

        def visit(t: str, cm: Any, tm: Any, font: Any, size: float, found: list[int] = found
                  ) -> None:
            name = str(font.get("/BaseFont", "")) if font else ""
            if t.strip().isdigit() and size * (tm[0] or 1) == 10 and not name.endswith("-Bold"):
                found.append(int(t.strip()))

        page.extract_text(visitor_text=visit)
        out.append(found)
    return out


# --- sign-in sheet ---------------------------------------------------------------------


def test_signin_sheet_names_the_session() -> None:
    pdf = signin_sheet(CTX, WORKSHOP, SESSION, PLACE, people(5))
    text = all_text(pdf)
    for expected in [
        "Foglio firme",
        "Genitori in cammino",
        "17/03/2026",
        "17:00–19:00",
        "Biblioteca civica, Piazza Roma 3, Ghedi",
        "Laura Bianchi",
        "Il sonno e le routine della sera",
        "Cognome e nome",
        "Minore",
        "Firma",
        "Persone presenti senza nome: ____",
        "Firma di chi conduce l'incontro",
        "Pagina 1 di 1",
        "Punto di Comunità Ghedi",
        "Stampato il 12/03/2026",
    ]:
        assert expected in text, expected
    for p in people(5):
        assert f"{p['last_name']} {p['first_name']}" in text


def test_a_youth_groups_sheet_and_register_say_group() -> None:
    group = {**WORKSHOP, "format": "group"}
    assert "Foglio firme – gruppo" in all_text(signin_sheet(CTX, group, SESSION, PLACE,
                                                            people(2)))
    assert "Foglio firme – laboratorio" in all_text(signin_sheet(CTX, WORKSHOP, SESSION,
                                                                 PLACE, people(2)))
    register = forms.attendance_register(CTX, group, [SESSION], people(2), {})
    assert "Registro presenze – gruppo" in all_text(register)
    assert "Laboratorio" not in all_text(register)  # nor under the QR code


def test_signin_sheet_prints_names_only() -> None:
    text = all_text(signin_sheet(CTX, WORKSHOP, SESSION, PLACE, people(12)))
    for secret in PRIVATE:
        assert secret not in text, secret
    assert "RSSMRA" not in text and "333" not in text


def test_names_in_surname_order_accents_and_case_aside() -> None:
    given = [
        person(1, "Zanardelli"), person(2, "de Angelis"), person(3, "Ćosić"),
        person(4, "Conti"), person(5, "Àlvarez"), person(6, "BIANCHI"), person(7, "Öztürk"),
        person(8, "Rossi", "Anna"), person(9, "Rossi", "Aldo"),
    ]
    expected = ["Àlvarez", "BIANCHI", "Conti", "Ćosić", "de Angelis", "Öztürk",
                "Rossi Aldo", "Rossi Anna", "Zanardelli"]
    assert [p["last_name"] for p in surname_order(given)][:6] == expected[:6]
    text = all_text(signin_sheet(CTX, WORKSHOP, SESSION, PLACE, list(reversed(given))))
    positions = [text.index(name) for name in expected]
    assert positions == sorted(positions)


@pytest.mark.parametrize("enrolled", [0, 5, 14, 15, 16, 22, 40])
def test_blank_rows_follow_the_names_at_least_eight(enrolled: int) -> None:
    pdf = signin_sheet(CTX, WORKSHOP, SESSION, PLACE, people(enrolled))
    numbers = row_numbers(pdf)
    assert numbers == list(range(1, len(numbers) + 1)), "rows numbered without a gap"
    assert len(numbers) - enrolled >= MIN_BLANK_ROWS
    per_page = row_numbers_per_page(pdf)
    assert "Persone presenti senza nome" in pages_text(pdf)[-1], "closing line at the end"
    # The last page is filled: it holds as many rows as the page of a sheet with nobody
    # enrolled (one page), or as a page that continues the sheet (more pages).
    if len(per_page) == 1:
        assert len(per_page[0]) == full_first_page()
    else:
        assert len(per_page[-1]) == full_next_page() > full_first_page()


def full_first_page() -> int:
    return len(row_numbers(signin_sheet(CTX, WORKSHOP, SESSION, PLACE, [])))


def full_next_page() -> int:
    """The rows of a page after the first: 16 names fill page 1, blank rows page 2."""
    per_page = row_numbers_per_page(signin_sheet(CTX, WORKSHOP, SESSION, PLACE, people(16)))
    assert len(per_page) == 2 and per_page[1][0] == 17
    return len(per_page[1])


def test_blank_rows_fill_the_page_whatever_the_names() -> None:
    # With the names on one page, the rows always end at the same place on it.
    few, more = (len(row_numbers(signin_sheet(CTX, WORKSHOP, SESSION, PLACE, people(n))))
                 for n in (0, 6))
    assert few == more > MIN_BLANK_ROWS
    assert len(pages(signin_sheet(CTX, WORKSHOP, SESSION, PLACE, people(6)))) == 1


def test_forty_enrolled_flow_with_the_header_repeated() -> None:
    group = people(40)
    pdf = signin_sheet(CTX, WORKSHOP, SESSION, PLACE, group)
    texts = pages_text(pdf)
    assert len(texts) >= 3
    for number, page in enumerate(texts, start=1):
        assert f"Pagina {number} di {len(texts)}" in page
        assert "Cognome e nome" in page and "Minore" in page
        assert "Genitori in cammino – 17/03/2026" in page, "running header"
    text = all_text(pdf)
    assert all(f"{p['last_name']} {p['first_name']}" in text for p in group)
    assert text.count("Persone presenti senza nome") == 1


def test_signin_sheet_without_place_or_times_still_prints() -> None:
    session = {"id": "se-2", "date": "2026-04-02"}
    text = all_text(signin_sheet(CTX, {"id": "w", "title": "Cucina insieme"}, session, None,
                                 []))
    assert "Cucina insieme" in text and "02/04/2026" in text and "Luogo" in text


def test_long_names_wrap_inside_their_row() -> None:
    long = person(1, "Dell'Acqua Montichiari Bortolotti", "Maria Giovanna Francesca")
    text = all_text(signin_sheet(CTX, WORKSHOP, SESSION, PLACE, [long, person(2, "Zeta")]))
    assert "Maria Giovanna" in text and "Francesca" in text
    assert text.index("Bortolotti") < text.index("Zeta")


def test_signin_sheet_is_a4_portrait_readable_with_embedded_font() -> None:
    assert_embedded_and_readable(signin_sheet(CTX, WORKSHOP, SESSION, PLACE, people(40)),
                                 landscape=False)


# --- attendance register ---------------------------------------------------------------


def row_after(pdf: bytes, name: str) -> list[str]:
    """The cells printed after ``name`` in its row, up to the next row's first cell."""
    texts = [t for t, _, _ in runs(pdf)]
    start = texts.index(name) + 1
    end = start
    while end < len(texts) and (texts[end].isdigit() or texts[end] in {"P", "A", "G"}):
        end += 1
    return texts[start:end]


def test_register_marks_each_status_and_counts() -> None:
    group = [person(0, "Rossi", "Anna"), person(1, "Bianchi", "Luca"), person(2, "Verdi", "Ugo")]
    sessions = season(4)
    sessions[3]["guests"] = None  # not held yet
    attendance = {
        ("s-00", "p-000"): "present", ("s-01", "p-000"): "absent",
        ("s-02", "p-000"): "excused", ("s-00", "p-001"): "present",
        ("s-01", "p-001"): "present", ("s-02", "p-001"): "present",
        ("s-00", "p-002"): "absent", ("s-02", "p-002"): "present",
        ("s-00", "p-999"): "present",  # someone not enrolled: not counted, not printed
    }
    pdf = attendance_register(CTX, WORKSHOP, sessions, group, attendance)
    text = all_text(pdf)
    for expected in ["Registro presenze", "Genitori in cammino", "dal 08/01/2026 al 29/01/2026",
                     "incontri: 4", "iscritti: 3", "conduce: Laura Bianchi", "Partecipante",
                     "08/01/2026", "29/01/2026", "Presenze", "presente", "assente",
                     "giustificato", "Ospiti senza nome", "Totale presenti", "Pagina 1 di 1"]:
        assert expected in text, expected
    assert row_after(pdf, "Rossi Anna") == ["P", "A", "G", "1"]
    assert row_after(pdf, "Bianchi Luca") == ["P", "P", "P", "3"]
    assert row_after(pdf, "Verdi Ugo") == ["A", "P", "1"]
    # guests 0, 1, 2 for the held sessions, none yet for the fourth; totals add them
    assert row_after(pdf, "Ospiti senza nome") == ["0", "1", "2", "3"]
    assert row_after(pdf, "Totale presenti") == ["2", "2", "4", "8"]
    assert text.index("Bianchi Luca") < text.index("Rossi Anna") < text.index("Verdi Ugo")
    assert "P" in bold_runs(pdf), "present stands out"
    marks = [(t, f.endswith("-Bold")) for t, f, size in runs(pdf) if t in "AG" and size == 10]
    assert marks and not any(bold for _, bold in marks)
    assert "present" not in text.split() and "excused" not in text


def test_register_sessions_by_date_whatever_the_input_order() -> None:
    sessions = season(5)
    pdf = attendance_register(CTX, WORKSHOP, list(reversed(sessions)), people(2), {})
    text = all_text(pdf)
    dates = [f"{d[8:10]}/{d[5:7]}/{d[:4]}" for d in (s["date"] for s in sessions)]
    positions = [text.index(d, text.index("Partecipante")) for d in dates]
    assert positions == sorted(positions)


def test_two_sessions_on_one_day_show_their_times() -> None:
    sessions = [
        {"id": "a", "date": "2026-05-04", "start_time": "10:00"},
        {"id": "b", "date": "2026-05-04", "start_time": "16:00"},
    ]
    text = all_text(attendance_register(CTX, WORKSHOP, sessions, people(1), {}))
    assert "04/05/2026 10:00" in text and "04/05/2026 16:00" in text


def test_thirty_sessions_fit_one_landscape_page_width() -> None:
    assert sessions_per_page(30) == 30
    sessions = season(30)
    pdf = attendance_register(CTX, WORKSHOP, sessions, people(10), {})
    assert len(pages(pdf)) == 1
    text = pages_text(pdf)[0]
    for s in sessions:
        assert f"{s['date'][8:10]}/{s['date'][5:7]}/{s['date'][:4]}" in text


def test_forty_by_thirty_every_page_has_every_session_and_its_names() -> None:
    group, sessions = people(40), season(30)
    attendance = {(s["id"], p["id"]): ("present", "absent", "excused")[(i + j) % 3]
                  for i, s in enumerate(sessions) for j, p in enumerate(group)}
    pdf = attendance_register(CTX, WORKSHOP, sessions, group, attendance)
    texts = pages_text(pdf)
    assert 2 <= len(texts) <= 4
    for number, page in enumerate(texts, start=1):
        assert f"Pagina {number} di {len(texts)}" in page
        assert "08/01/2026" in page and "30/07/2026" in page, "header row repeated"
    text = all_text(pdf)
    assert all(f"{p['last_name']} {p['first_name']}" in text for p in group)
    assert_embedded_and_readable(pdf, landscape=True)


def test_more_sessions_than_a_page_holds_continue_with_the_names_repeated() -> None:
    group, sessions = people(6), season(45)
    assert sessions_per_page(45) < 45
    pdf = attendance_register(CTX, WORKSHOP, sessions, group, {})
    texts = pages_text(pdf)
    assert len(texts) == 2
    first, second = texts
    assert "08/01/2026" in first and "08/01/2026" not in second
    last = sessions[-1]["date"]
    assert f"{last[8:10]}/{last[5:7]}/{last[:4]}" in second
    assert "(segue)" in second and "di 45" in second
    for p in group:
        name = f"{p['last_name']} {p['first_name']}"
        assert name in first and name in second


def test_register_without_sessions_says_so() -> None:
    text = all_text(attendance_register(CTX, WORKSHOP, [], people(3), {}))
    assert "Nessun incontro in calendario" in text and "Iscritto000" in text


def test_landscape_header_and_footer_sit_on_the_turned_page() -> None:
    pdf = attendance_register(CTX, WORKSHOP, season(3), people(2), {})
    page = pages(pdf)[0]
    placed: dict[str, tuple[float, float]] = {}

    def visit(t: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if t.strip():
            placed[t.strip()] = (tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    header_x, header_y = placed["Registro presenze – laboratorio"]
    footer_x, footer_y = placed["Pagina 1 di 1"]
    assert height - 40 < header_y < height, "header at the top of the landscape page"
    assert 20 < footer_y < 50
    assert width - 120 < footer_x < width - 40, "page number at the right margin"


# --- the «Minore» box -------------------------------------------------------------------


def ticks(monkeypatch: pytest.MonkeyPatch, pdf_of: Any) -> list[bool]:
    """The sign-in sheet's «Minore» boxes, ticked or not, in the order they are drawn
    (row by row, page by page): one per row."""
    drawn: list[bool] = []
    real = forms.draw_checkbox

    def draw(canv: Any, x: float, y: float, size: float, checked: bool) -> None:
        drawn.append(checked)
        real(canv, x, y, size, checked)

    monkeypatch.setattr(forms, "draw_checkbox", draw)
    pdf_of()
    return drawn


def test_the_minor_box_comes_ticked_for_who_is_under_18_on_the_sessions_day(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The session is on 17/03/2026.
    given = [
        {**person(1, "Bassi"), "birth_date": "2008-03-18"},  # 18 the day after: a minor
        {**person(2, "Amato"), "birth_date": "2008-03-17"},  # 18 that very day
        {**person(3, "Conti"), "birth_date": "2015-06-01"},  # a child
        {**person(4, "Dalla"), "birth_date": None},  # unknown: left to the operator
        {**person(5, "Esposito"), "birth_date": "1980-01-01"},
    ]
    drawn = ticks(monkeypatch, lambda: signin_sheet(CTX, WORKSHOP, SESSION, PLACE, given))
    # Amato, Bassi, Conti, Dalla, Esposito; then the blank rows, never ticked.
    assert drawn[:5] == [False, True, True, False, False]
    assert len(drawn) >= 5 + MIN_BLANK_ROWS and not any(drawn[5:])
    # No birth date is printed: the box says it.
    assert "2008" not in all_text(signin_sheet(CTX, WORKSHOP, SESSION, PLACE, given))


def test_the_minor_ticks_follow_their_names_onto_the_next_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    given = people(40)
    for n in (3, 27, 39):  # two of them on the second page
        given[n]["birth_date"] = "2012-09-30"
    drawn = ticks(monkeypatch, lambda: signin_sheet(CTX, WORKSHOP, SESSION, PLACE, given))
    order = [p["id"] for p in surname_order(given)]
    assert [n for n, ticked in enumerate(drawn) if ticked] == sorted(
        order.index(f"p-{n:03d}") for n in (3, 27, 39))


def test_minor_on_a_day() -> None:
    assert minor_on("2008-03-18", "2026-03-17")
    assert not minor_on("2008-03-17", "2026-03-17")
    assert minor_on("2008-02-29", "2026-02-28") and not minor_on("2008-02-29", "2026-03-01")
    assert not minor_on(None, "2026-03-17") and not minor_on("2010-01-01", None)
    assert not minor_on("not a date", "2026-03-17")


def test_a_place_named_by_its_address_is_written_once() -> None:
    from genera_desktop.printing.workshops import _place_text

    assert _place_text({"name": "Piazza Santa Maria", "address": "Piazza Santa Maria",
                        "municipality": "Montichiari"}) == "Piazza Santa Maria, Montichiari"
    assert _place_text({"name": "Parco Lunardi", "address": "Via Roma 1"}) == (
        "Parco Lunardi, Via Roma 1")
