"""The custode sociale forms: round sheets that leave nobody out, visit reports."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from genera_desktop.printing.custode import (
    blank_visit_report,
    round_sheet,
    round_sheets,
    visit_report,
)
from genera_desktop.printing.layout import PrintContext
from tests.unit.pdf_text import all_text, bold_runs, pages_text, runs

CTX = PrintContext(
    site_name="Custode sociale Calcinato", printed_on=date(2026, 3, 12), operator="lbianchi"
)
CONTEXT = {
    "id": "ctx-0001",
    "name": "Condominio sociale Via Mantova",
    "address": "Via Mantova 12",
    "municipality": "Calcinato",
    "manager": "aler",
    "context_type": "condominio_sociale",
}
FIRST = ["Ștefan", "Përparim", "Łukasz", "Gülşen", "Nicolò", "François", "Jürgen", "Chiara"]




def assert_a4_with_embedded_font(pdf: bytes) -> None:
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.01)
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


def assert_readable(pdf: bytes) -> None:
    assert min(size for _, _, size in runs(pdf)) >= 9


def render_first_page(pdf: bytes, tmp_path: Path) -> None:
    """Render page 1 to PNG when poppler is there; skip only this step otherwise."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not on PATH: PNG render skipped")
    source = tmp_path / "form.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            "-singlefile",
            str(source),
            str(tmp_path / "page1"),
        ],
        check=True,
    )
    assert (tmp_path / "page1.png").stat().st_size > 1000


# --- data ------------------------------------------------------------------------------


def residents(
    count: int, surname: str = "Residente"
) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """``count`` residents in households of 1 to 4 people, flats over three stairwells."""
    households: list[dict[str, Any]] = []
    by_household: dict[str, list[dict[str, Any]]] = {}
    made = 0
    while made < count:
        n = len(households)
        hid = f"hh-{n:03d}"
        households.append(
            {
                "id": hid,
                "point": "CAL",
                "flat": f"Scala {'ABC'[n % 3]}, int. {n + 1}",
                "phone": f"030 99{n:04d}",
            }
        )
        by_household[hid] = []
        for _ in range(min(1 + n % 4, count - made)):
            by_household[hid].append(
                {
                    "id": f"r-{made:03d}",
                    "household": hid,
                    "first_name": FIRST[made % len(FIRST)],
                    "last_name": f"{surname}{made:03d}",
                }
            )
            made += 1
    return households, by_household


def names(by_household: dict[str, list[dict[str, Any]]]) -> list[str]:
    return [f"{p['last_name']} {p['first_name']}" for ps in by_household.values() for p in ps]


VISIT = {
    "id": "visit-0001",
    "housing_context": "ctx-0001",
    "date": "2026-03-05",
    "time": "10:30",
    "household": "hh-001",
    "person": "r-002",
    "flagged_by": "neighbour",
    "contact_type": "home_visit",
    "issues": ["loneliness", "maintenance", "digital_help"],
    "actions": "Segnalato il guasto dell'ascensore",
    "referrals": ["aler", "point"],
    "outcome": "Guasto preso in carico",
    "next_visit": "2026-03-19",
    "operator": "lbianchi",
}


# --- round sheet -----------------------------------------------------------------------


def test_round_sheet_lists_the_context_and_its_households() -> None:
    households, by_household = residents(10)
    pdf = round_sheet(CTX, CONTEXT, households, by_household)
    text = all_text(pdf)
    for expected in [
        "Scheda del giro",
        "Condominio sociale Via Mantova",
        "Via Mantova 12",
        "Calcinato",
        "Scala A, int. 1",
        "Scala B, int. 2",
        "030 990001",
        "Residente",
        "Data",
        "Contatto",
        "Nota",
        "Nuclei: 4",
        "Residenti: 10",
        "Pagina 1 di 1",
        "Custode sociale Calcinato",
        "Stampato il 12/03/2026",
    ]:
        assert expected in text, expected
    for name in names(by_household):
        assert name in text, name
    assert "ALER" in bold_runs(pdf) and "Condominio sociale" in bold_runs(pdf)
    assert "aler" not in text.split() and "condominio_sociale" not in text


def placed_runs(pdf: bytes, page: int = 0) -> list[tuple[str, float]]:
    """Page ``page``'s text runs with the x (points) where each begins."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            found.append((text.strip(), cm[4] + tm[4]))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_a_phone_is_on_one_line_once_and_data_and_nota_take_handwriting() -> None:
    households = [
        # The reference's mobile is the household's number: printed once.
        {"id": "h1", "flat": "Scala A, int. 4", "phone": "+39 348 684 8024"},
        # The home's landline: on the first row without a number of its own.
        {"id": "h2", "flat": "Scala A, int. 10", "phone": "030 961 5521"},
        # Everyone has another number: the landline stays under the flat.
        {"id": "h3", "flat": "Scala B, int. 17", "phone": "030 961 7777"},
    ]
    by_household = {
        "h1": [{"id": "p1", "first_name": "Luisa", "last_name": "Gentile",
                "phone": "348 684 8024"},
               {"id": "p2", "first_name": "Gianluca", "last_name": "Lonati"}],
        "h2": [{"id": "p3", "first_name": "Monica", "last_name": "Mancini",
                "phone": "392 2832878"},
               {"id": "p4", "first_name": "Franco", "last_name": "Tonoli"}],
        "h3": [{"id": "p5", "first_name": "Hassan", "last_name": "Bouzid",
                "phone": "+39 389 671 0548"}],
    }
    pdf = round_sheet(CTX, CONTEXT, households, by_household)
    placed = placed_runs(pdf)
    texts = [t for t, _ in placed]
    # Each number whole in one run (one line), and never twice.
    for number in ("348 684 8024", "392 2832878", "030 961 5521", "+39 389 671 0548"):
        assert texts.count(number) == 1, (number, texts)
    assert "+39 348 684 8024" not in all_text(pdf)
    assert "tel. 030 961 7777" in all_text(pdf) and "tel. 030 961 5521" not in all_text(pdf)
    phone_x = dict(placed)["Telefono"]
    assert dict(placed)["030 961 5521"] == phone_x  # in the phone column, not the flat's
    franco = next(i for i, t in enumerate(texts) if "Tonoli" in t)
    assert franco < texts.index("030 961 5521")  # on Franco's row, the one without

    assert all(size >= 9 for _, _, size in runs(pdf))
    # Room to write by hand: a date in «Data», a few words in «Nota» (page: 180 mm wide).
    x = {t: at for t, at in placed if t in ("Data", "Contatto", "Nota")}
    mm = 72 / 25.4
    assert x["Contatto"] - x["Data"] >= 24 * mm - 0.5
    right_edge = 15 * mm + 180 * mm
    assert right_edge - (x["Nota"] - 3) >= 40 * mm - 0.5


def test_households_are_grouped_by_flat_in_natural_order() -> None:
    households, by_household = residents(40)
    text = all_text(round_sheet(CTX, CONTEXT, list(reversed(households)), by_household))
    assert text.index("Scala A, int. 4 ") < text.index("Scala A, int. 10 ")
    # the members of a household follow its flat
    flat = text.index("Scala A, int. 4 ")
    assert flat < text.index("Residente006") < text.index("Scala A, int. 7 ")


def test_sixty_residents_flow_onto_several_pages_nobody_left_out() -> None:
    households, by_household = residents(60)
    pdf = round_sheet(CTX, CONTEXT, households, by_household)
    pages = pages_text(pdf)
    assert len(pages) >= 3
    text = all_text(pdf)
    for name in names(by_household):
        assert name in text, name
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {len(pages)}" in page
        assert "Telefono" in page and "Contatto" in page, "table header repeated"
        assert "Condominio sociale Via Mantova" in page, "running header names the context"


def test_nobody_left_out_even_without_a_household_record() -> None:
    households, by_household = residents(6)
    orphan_id = households.pop()["id"]  # its members are still in persons_by_household
    merged = {
        "id": "r-x",
        "household": households[0]["id"],
        "first_name": "Doppio",
        "last_name": "Fantasma",
        "merged_into": "r-000",
    }
    by_household[households[0]["id"]].append(merged)
    empty = {"id": "hh-empty", "flat": "Scala Z, int. 99"}
    text = all_text(round_sheet(CTX, CONTEXT, [*households, empty], by_household))
    for person in by_household[orphan_id]:
        assert person["last_name"] in text
    assert "Fantasma" not in text, "merged duplicates are not residents"
    assert "Scala Z, int. 99" in text and "nessun residente registrato" in text


def test_two_hundred_residents_are_all_on_the_sheet() -> None:
    # How fast: benchmarks/bench_printing.py (the round sheet of a 200-resident context).
    households, by_household = residents(200)
    pdf = round_sheet(CTX, CONTEXT, households, by_household)
    text = all_text(pdf)
    assert all(name in text for name in names(by_household))


def test_accented_names_survive_extraction() -> None:
    households, by_household = residents(8)
    text = all_text(round_sheet(CTX, CONTEXT, households, by_household))
    for name in FIRST:
        assert name in text, name


def test_round_sheets_start_each_context_on_a_new_page() -> None:
    first = residents(60)
    second_context = dict(CONTEXT, id="ctx-0002", name="Case ALER Via Brescia", manager="comune")
    second = residents(5, surname="Inquilino")
    pdf = round_sheets(CTX, [(CONTEXT, *first), (second_context, *second)])
    pages = pages_text(pdf)
    start = next(i for i, page in enumerate(pages) if "Case ALER Via Brescia" in page)
    assert start > 0
    assert (
        "Scheda del giro" in pages[start] and "Condominio sociale Via Mantova" not in pages[start]
    )
    assert not any("Residente001" in page for page in pages[start:])
    # each context is numbered on its own, so its sheets can be filed apart
    assert f"Pagina 1 di {start}" in pages[0]
    assert f"Pagina 1 di {len(pages) - start}" in pages[start]
    text = all_text(pdf)
    assert all(name in text for name in names(first[1]) + names(second[1]))
    assert_a4_with_embedded_font(pdf)


def test_round_sheet_is_a4_readable_with_embedded_font(tmp_path) -> None:
    pdf = round_sheet(CTX, CONTEXT, *residents(30))
    assert_a4_with_embedded_font(pdf)
    assert_readable(pdf)
    render_first_page(pdf, tmp_path)


# --- visit report ----------------------------------------------------------------------


@pytest.fixture
def visited() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    households, by_household = residents(4)
    return households[1], by_household["hh-001"]


def test_visit_report_shows_the_visit(visited) -> None:
    household, persons = visited
    pdf = visit_report(CTX, VISIT, CONTEXT, household, persons)
    text = all_text(pdf)
    for expected in [
        "Scheda visita",
        "Condominio sociale Via Mantova",
        "Via Mantova 12",
        "05/03/2026",
        "10:30",
        "19/03/2026",
        "lbianchi",
        "Scala B, int. 2",
        "Residente002 Łukasz",
        "Residente001 Përparim",
        "Segnalato il guasto dell'ascensore",
        "Guasto preso in carico",
        "Firma del custode sociale",
        "Pagina 1 di 1",
        "Custode sociale Calcinato",
    ]:
        assert expected in text, expected
    bold = bold_runs(pdf)
    for chosen in [
        "Vicino di casa",
        "Visita domiciliare",
        "Solitudine",
        "Guasto / manutenzione",
        "Aiuto digitale (es. SPID)",
        "ALER",
        "Punto di Comunità",
    ]:
        assert chosen in bold, chosen
    for other in [
        "Servizi sociali",
        "Portiere",
        "Telefono",
        "Vandalismo",
        "Morosità",
        "Medico di base",
    ]:
        assert other not in bold, other
    assert "neighbour" not in text and "digital_help" not in text
    assert len(pages_text(pdf)) == 1, "one sheet on the clipboard"


def test_free_text_contact_type_is_printed_as_written(visited) -> None:
    household, persons = visited
    visit = dict(VISIT, contact_type="incontro in portineria")
    assert "Altro: incontro in portineria" in all_text(
        visit_report(CTX, visit, CONTEXT, household, persons)
    )


def test_visit_without_household_still_prints() -> None:
    text = all_text(visit_report(CTX, dict(VISIT, household=None, person=None), CONTEXT, None, []))
    assert "Scheda visita" in text and "05/03/2026" in text


def test_blank_visit_report_has_no_personal_data_and_every_choice(tmp_path) -> None:
    pdf = blank_visit_report(CTX)
    text = all_text(pdf)
    for value in [
        "Via Mantova",
        "Condominio sociale Via",
        "lbianchi",
        "Residente",
        "05/03/2026",
        "10:30",
        *FIRST,
    ]:
        assert value not in text, value
    for label in [
        "Servizi sociali",
        "Portiere",
        "Vicino di casa",
        "La persona stessa",
        "Visita domiciliare",
        "Spazi comuni",
        "Telefono",
        "Accompagnamento",
        "Attività di gruppo",
        "Solitudine",
        "Supporto emotivo",
        "Guasto / manutenzione",
        "Conflitto di vicinato",
        "Vandalismo",
        "Morosità",
        "Rischio igienico-sanitario",
        "Barriere architettoniche",
        "Aiuto digitale (es. SPID)",
        "ALER",
        "Medico di base",
        "Punto di Comunità",
        "Azioni intraprese",
        "Esito",
        "Prossima visita",
        "Firma del custode sociale",
        "Etichetta o codice pratica",
        "Pagina 1 di 1",
        "Custode sociale Calcinato",
    ]:
        assert label in text, label
    assert not bold_runs(pdf) & {"Solitudine", "ALER", "Telefono"}, "nothing ticked"
    assert len(pages_text(pdf)) == 1
    assert_a4_with_embedded_font(pdf)
    assert_readable(pdf)
    render_first_page(pdf, tmp_path)


def test_visit_report_renders(visited, tmp_path) -> None:
    household, persons = visited
    pdf = visit_report(CTX, VISIT, CONTEXT, household, persons)
    assert_a4_with_embedded_font(pdf)
    render_first_page(pdf, tmp_path)


def test_filled_forms_carry_a_qr_code_of_their_record(visited, tmp_path) -> None:
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg or pdftoppm not on PATH")
    household, persons = visited
    forms = {
        "genera:housing_context:ctx-0001": round_sheet(CTX, CONTEXT, *residents(5)),
        "genera:visit:visit-0001": visit_report(CTX, VISIT, CONTEXT, household, persons),
    }
    for expected, pdf in forms.items():
        source = tmp_path / "form.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "150",
                "-f",
                "1",
                "-l",
                "1",
                "-png",
                "-singlefile",
                str(source),
                str(tmp_path / "p"),
            ],
            check=True,
        )
        found = subprocess.run(
            ["zbarimg", "-q", "--raw", str(tmp_path / "p.png")], capture_output=True, text=True
        )
        assert expected in found.stdout
