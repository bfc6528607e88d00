"""The intake form: the right data in the right place, readable, A4, font embedded."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from genera_desktop.printing import labels
from genera_desktop.printing.intake import blank_intake_form, intake_form
from genera_desktop.printing.layout import PrintContext
from tests.unit.pdf_text import all_text, bold_runs, pages_text, runs

CTX = PrintContext(
    site_name="Punto di Comunità Montichiari", printed_on=date(2026, 3, 12), operator="mrossi"
)
HOUSEHOLD_ID = "0192f1a2-7b3c-7d4e-9f00-123456789abc"




def regular_runs(pdf: bytes) -> set[str]:
    return {text for text, font, _ in runs(pdf) if not font.endswith("-Bold")}


def assert_a4_with_embedded_font(pdf: bytes) -> None:
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.01)
        page_fonts = page["/Resources"]["/Font"]
        assert page_fonts, "a page without fonts has no real text"
        for ref in page_fonts.values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
            assert "DejaVuSans" in font["/BaseFont"]


def assert_readable(pdf: bytes) -> None:
    sizes = [size for _, _, size in runs(pdf)]
    assert min(sizes) >= 9, "nothing under 9 pt"
    assert max(sizes) >= 16, "a title larger than the body"


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
    png = tmp_path / "page1.png"
    assert png.stat().st_size > 1000


# --- data ------------------------------------------------------------------------------


def person(pid: str, first: str, last: str, **fields: Any) -> dict[str, Any]:
    return {"id": pid, "household": HOUSEHOLD_ID, "first_name": first, "last_name": last, **fields}


@pytest.fixture
def household() -> dict[str, Any]:
    return {
        "id": HOUSEHOLD_ID,
        "point": "MON",
        "municipality": "Montichiari",
        "address": "Via Trieste 41",
        "flat": "Scala B, int. 7",
        "phone": "030 961234",
        "status": "active",
        "case_number": "MON-2026-0042",
        "registered_on": "2026-03-10",
    }


@pytest.fixture
def persons() -> list[dict[str, Any]]:
    return [
        person(
            "p2",
            "Përparim",
            "Hoxha",
            birth_date="1983-06-15",
            sex="F",
            relation="partner",
            education="lower_secondary",
            work_status="homemaker",
        ),
        person(
            "p1",
            "Ștefan",
            "Popescu",
            tax_code="PPSSFN80A01Z129K",
            birth_date="1980-01-01",
            birth_place="Iași (Romania)",
            sex="M",
            citizenship="Romena",
            residence_permit="pending",
            marital_status="married",
            education="upper_secondary",
            work_status="unemployed",
            phone="+39 333 1234567",
            email="stefan.popescu@example.org",
            relation="reference",
            is_reference=True,
        ),
        person(
            "p3",
            "Nicolò",
            "Popescu",
            birth_date="2010-09-03",
            relation="child",
            education="primary",
            work_status="student",
        ),
        person(
            "p4",
            "Łukasz",
            "Kowalski",
            birth_date="1955-11-30",
            relation="other",
            education="vocational",
            work_status="retired",
        ),
        person(
            "p5",
            "Gülşen",
            "Yılmaz",
            birth_date="1999-02-28",
            relation="other_relative",
            education="degree",
            work_status="employed",
        ),
    ]


@pytest.fixture
def intake() -> dict[str, Any]:
    return {
        "id": "i1",
        "household": HOUSEHOLD_ID,
        "date": "2026-03-10",
        "point": "MON",
        "operator": "mrossi",
        "channel": "referral",
        "referred_by": "Servizi sociali di Calvisano",
        "reference_person": "p1",
        "homeless": False,
        "housing_tenure": "rented",
        "overcrowding": True,
        "barriers": False,
        "arrears": True,
        "eviction": False,
        "income_sources": ["benefits", "informal"],
        "isee_value": 8450,
        "isee_date": "2026-01-20",
        "needs_stated": ["economic", "housing"],
        "needs_observed": ["work", "family"],
        "services_involved": "Caritas parrocchiale",
        "outcome": "taken_on",
        "outcome_notes": "Invio al Piano integrato lavoro",
        "next_appointment": "2026-03-24",
        "privacy_notice_date": "2026-03-09",
        "consents": ["processing", "contact"],
        "notes": "Famiglia collaborante",
    }


HEALTH = [
    {
        "id": "h1",
        "person": "p4",
        "household": HOUSEHOLD_ID,
        "disability": True,
        "disability_percent": 75,
        "invalidity_recognised": True,
        "dependence": False,
        "conditions": "Diabete di tipo 2",
    },
]
POINT = {"id": "pt", "code": "MON", "name": "Punto Montichiari"}

ACCENTED = ["Ștefan", "Përparim", "Łukasz", "Gülşen", "Nicolò"]


# --- filled form -----------------------------------------------------------------------


def test_filled_form_shows_the_household_in_italian(household, persons, intake) -> None:
    pdf = intake_form(CTX, household, persons, intake, point=POINT)
    text = all_text(pdf)
    for expected in [
        "Scheda di accoglienza",
        "Punto Montichiari (MON)",
        "MON-2026-0042",
        "mrossi",
        "Servizi sociali di Calvisano",
        "Popescu",
        "PPSSFN80A01Z129K",
        "Iași (Romania)",
        "Romena",
        "+39 333 1234567",
        "stefan.popescu@example.org",
        "Via Trieste 41",
        "Scala B, int. 7",
        "€ 8.450,00",
        "Caritas parrocchiale",
        "Invio al Piano integrato lavoro",
        "Famiglia collaborante",
        "Persona di riferimento",
        "Convivente",
        "Figlio/a",
        "Diploma superiore",
        "Disoccupato/a",
        "Licenza media",
        "Casalingo/a",
        "Pensionato/a",
        "Firma della persona di riferimento",
        "Firma dell'operatore",
    ]:
        assert expected in text, expected
    for day in ["10/03/2026", "01/01/1980", "15/06/1983", "20/01/2026", "24/03/2026", "09/03/2026"]:
        assert day in text, day
    assert "2026-03-10" not in text and "1980-01-01" not in text


def test_no_english_codes_reach_paper(household, persons, intake) -> None:
    words = set(all_text(intake_form(CTX, household, persons, intake, HEALTH)).split())
    for code in [
        "unemployed",
        "upper_secondary",
        "taken_on",
        "rented",
        "referral",
        "homemaker",
        "lower_secondary",
        "other_relative",
        "benefits",
        "special_categories",
        "True",
    ]:
        assert code not in words, code


def test_accented_names_survive_extraction(household, persons, intake) -> None:
    text = all_text(intake_form(CTX, household, persons, intake))
    for name in ACCENTED:
        assert name in text, name


def test_reference_person_leads_the_household_table(household, persons, intake) -> None:
    page = next(
        t for t in pages_text(intake_form(CTX, household, persons, intake)) if "Cognome e nome" in t
    )
    assert page.index("Popescu Ștefan") < page.index("Hoxha Përparim")


def test_chosen_options_are_ticked_and_bold(household, persons, intake) -> None:
    pdf = intake_form(CTX, household, persons, intake)
    bold, regular = bold_runs(pdf), regular_runs(pdf)
    for chosen in [
        "Su invio di altri",
        "Maschio",
        "Coniugato/a",
        "In attesa",
        "Affitto",
        "Sussidi e contributi",
        "Presa in carico",
        "Trattamento dei dati personali",
        "Essere ricontattato/a",
    ]:
        assert chosen in bold, chosen
    for other in [
        "Accesso diretto",
        "Femmina",
        "Vedovo/a",
        "Proprietà",
        "Nessun reddito",
        "Chiuso",
    ]:
        assert other in regular, other


def test_footer_on_every_page(household, persons, intake) -> None:
    pages = pages_text(intake_form(CTX, household, persons, intake, HEALTH))
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {total}" in page
        assert "Punto di Comunità Montichiari" in page
        assert "Stampato il 12/03/2026 da mrossi" in page
        assert "MON-2026-0042" in page  # running header: loose pages find their file


def test_health_page_only_when_given(household, persons, intake) -> None:
    without = pages_text(intake_form(CTX, household, persons, intake))
    assert not any("Salute e disabilità" in p for p in without)
    with_health = pages_text(intake_form(CTX, household, persons, intake, HEALTH))
    assert len(with_health) == len(without) + 1
    health_page = with_health[-1]
    assert "Salute e disabilità" in health_page
    assert "Firma della persona di riferimento" not in health_page  # a page of its own
    for expected in ["Kowalski Łukasz", "75 %", "Diabete di tipo 2", "Popescu Ștefan"]:
        assert expected in health_page
    assert all("Salute e disabilità" not in p for p in with_health[:-1])


def test_large_family_table_continues_with_its_header(household, intake) -> None:
    first = [
        "Ana",
        "Mihai",
        "Elif",
        "Jürgen",
        "François",
        "Chiara",
        "Giulia",
        "Ahmed",
        "Fatima",
        "Ionuț",
        "Zoë",
        "Oğuz",
    ]
    members = [
        person(
            f"m{k}",
            name,
            "Popescu",
            relation="reference" if k == 0 else "child",
            is_reference=k == 0,
            birth_date=f"{1960 + 3 * k}-05-0{1 + k % 9}",
        )
        for k, name in enumerate(first)
    ]
    pages = pages_text(intake_form(CTX, household, members, intake))
    # (the reference person, Ana, is also in the running header of every page)
    holding = [i for i, page in enumerate(pages) if any(f"Popescu {n}" in page for n in first[1:])]
    assert len(holding) >= 2, "twelve members do not fit on the first page"
    for i in holding:
        assert "Cognome e nome" in pages[i], "header row repeated on every page of the table"
    text = "\n".join(pages)
    for name in first:
        assert f"Popescu {name}" in text, name
    assert "Componenti del nucleo: 12" in text


def test_merged_duplicates_are_left_out(household, persons, intake) -> None:
    ghost = person("px", "Duplicato", "Fantasma", merged_into="p1")
    text = all_text(intake_form(CTX, household, [*persons, ghost], intake))
    assert "Fantasma" not in text


def test_minimal_records_still_print(household) -> None:
    lone = [person("p1", "Jürgen", "Weber")]
    pdf = intake_form(CTX, household, lone, None)
    text = all_text(pdf)
    assert "Weber Jürgen" in text and "Pagina 1 di" in text


def test_filled_form_is_a4_readable_with_embedded_font(
    household, persons, intake, tmp_path
) -> None:
    pdf = intake_form(CTX, household, persons, intake, HEALTH, POINT)
    assert_a4_with_embedded_font(pdf)
    assert_readable(pdf)
    render_first_page(pdf, tmp_path)


def test_qr_code_encodes_the_household(household, persons, intake, tmp_path) -> None:
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg or pdftoppm not on PATH")
    source = tmp_path / "form.pdf"
    source.write_bytes(intake_form(CTX, household, persons, intake))
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
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "p.png")], capture_output=True, text=True
    )
    assert f"genera:household:{HOUSEHOLD_ID}" in out.stdout


# --- blank form ------------------------------------------------------------------------


def test_blank_form_has_no_personal_data(household, persons, intake) -> None:
    text = all_text(blank_intake_form(CTX))
    personal = [
        *ACCENTED,
        "Popescu",
        "Hoxha",
        "PPSSFN80A01Z129K",
        "Via Trieste",
        "MON-2026-0042",
        "mrossi",
        "333 1234567",
        "example.org",
        "Calvisano",
        "8.450",
        "Caritas",
        "/20",
    ]
    for value in personal:
        assert value not in text.replace("12/03/2026", ""), value


def test_blank_form_has_every_section_and_room_to_write() -> None:
    pdf = blank_intake_form(CTX)
    pages = pages_text(pdf)
    text = "\n".join(pages)
    for heading in [
        "Accoglienza",
        "Persona di riferimento",
        "Residenza o dimora abituale",
        "Nucleo familiare",
        "Reddito e ISEE",
        "Abitazione",
        "Bisogni",
        "Esito dell'accoglienza",
        "Privacy",
        "consensi",
        "Firme",
        "Salute e disabilità",
    ]:
        assert heading in text, heading
    for code_labels in [
        labels.EDUCATION,
        labels.WORK_STATUS,
        labels.NEEDS,
        labels.HOUSING_TENURE,
        labels.INCOME_SOURCES,
        labels.OUTCOME,
        labels.CONSENTS,
        labels.MARITAL_STATUS,
    ]:
        for label in code_labels.values():
            assert label in text, label
    table_page = next(p for p in pages if "Cognome e nome" in p)
    assert {str(n) for n in range(1, 9)} <= set(table_page.split()), "rows for 8+ members"
    assert "Etichetta o codice pratica" in text
    assert "Pagina 1 di" in pages[0] and "Punto di Comunità Montichiari" in pages[0]
    assert "Salute e disabilità" in pages[-1] and "Cognome e nome" not in pages[-1]
    assert_a4_with_embedded_font(pdf)
    assert_readable(pdf)
    assert not bold_runs(pdf) & set(labels.NEEDS.values()), "nothing is ticked on a blank form"


def test_blank_form_without_health_page() -> None:
    with_health = pages_text(blank_intake_form(CTX))
    without = pages_text(blank_intake_form(CTX, include_health=False))
    assert len(without) == len(with_health) - 1
    assert "Salute e disabilità" not in "\n".join(without)


def test_blank_form_renders(tmp_path) -> None:
    render_first_page(blank_intake_form(CTX), tmp_path)
