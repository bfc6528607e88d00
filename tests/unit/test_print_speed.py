"""The quick paths of the printed forms: they must print what the slow ones printed.

Text wrapped and drawn without Paragraph, QR codes with a fixed mask, blocks kept
together without KeepTogether, pages written as each household's form ends.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from genera_desktop.printing import layout
from genera_desktop.printing.boxes import SLACK, wrap_text
from genera_desktop.printing.fonts import FONT, FONT_BOLD, register_fonts
from genera_desktop.printing.intake import intake_forms
from genera_desktop.printing.layout import Field as F
from genera_desktop.printing.layout import (
    PrintContext,
    field_rows,
    gap,
    keep_together,
    render,
    section,
)
from genera_desktop.printing.qr import qr_modules
from tests.unit.pdf_text import pages_text, runs

CTX = PrintContext(site_name="Punto di Comunità Ghedi", printed_on=date(2026, 3, 2),
                   operator="mrossi")


@pytest.fixture(autouse=True)
def fonts() -> None:
    register_fonts()


@pytest.mark.parametrize("value", [
    "Luogo di nascita (comune o Stato)",
    "Servizi già coinvolti (servizi sociali, CPS, SerD, scuola, associazioni...)",
    "Trattamento dei dati di salute e particolari",
    "Ștefan Përparim Łukasz Gülşen",
])
@pytest.mark.parametrize("width", [40.0, 80.0, 160.0])
def test_wrapped_lines_fit_and_keep_every_word(value: str, width: float) -> None:
    lines = wrap_text(value, FONT, 9, width)
    assert "".join(lines).replace(" ", "") == value.replace(" ", ""), "every letter, in order"
    for line in lines:
        assert stringWidth(line, FONT, 9) <= width + SLACK, line
    for word in value.split():  # a word that fits a line is never cut
        if stringWidth(word, FONT, 9) <= width:
            assert any(word in line.split() for line in lines), word


def test_a_word_too_long_is_cut_at_its_soft_hyphen_or_between_letters() -> None:
    hyphenated = wrap_text("Non autosuffi\u00adcienza", FONT_BOLD, 9.5, 60)
    assert hyphenated == ("Non", "autosuffi-", "cienza")
    address = "mariarosaria.esposito-bianchi@example.org"
    cut = wrap_text(address, FONT, 10, 50)
    assert len(cut) > 1 and "".join(cut) == address
    assert all(stringWidth(piece, FONT, 10) <= 50 + SLACK for piece in cut)
    assert wrap_text("riga uno\nriga due", FONT, 10, 500) == ("riga uno", "riga due")


@pytest.mark.parametrize("value", [
    "genera:household:0192f1a2-7b3c-7d4e-9f00-123456789abc",
    "genera:visit:0192f1a2-7b3c-7d4e-9f00-000000000001",
    "genera:housing_context:città-ŞĂ",  # not ASCII: byte mode in UTF-8
    "HELLO 123",  # alphanumeric mode
    "x" * 300,  # a large version, several error correction blocks
])
def test_qr_matrix_is_the_standard_one_with_its_mask(value: str) -> None:
    reference = QRCode(None, QRErrorCorrectLevel.M)
    reference.addData(value)
    reference.version = reference.calculate_version()
    reference.makeImpl(False, 0)  # ReportLab's own encoder, mask 0
    assert qr_modules(value) == reference.modules


def household(number: int, members: int) -> tuple[Any, ...]:
    hid = f"0192f1a2-7b3c-7d4e-9f00-{number:012d}"
    persons = [{"id": f"p{number}-{k}", "household": hid, "first_name": f"Nome{k}",
                "last_name": f"Famiglia{number}", "relation": "reference" if k == 0 else "child",
                "is_reference": k == 0} for k in range(members)]
    return ({"id": hid, "case_number": f"GHE-2026-{number:04d}", "point": "GHE"}, persons,
            None, None, None)


def test_pages_go_out_as_each_household_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[int] = []
    original = layout._NumberedCanvas.showPage

    def show_page(canvas: Any) -> None:
        original(canvas)
        held.append(len(canvas._pages))

    monkeypatch.setattr(layout._NumberedCanvas, "showPage", show_page)
    families = [household(n, 14 if n % 5 == 0 else 1 + n % 4) for n in range(1, 21)]
    pdf = intake_forms(CTX, families)
    pages = pages_text(pdf)
    assert len(held) == len(pages) > 40
    assert max(held) <= 4, "never more than one household's pages held back"
    numbers = [re.search(r"Pagina (\d+) di (\d+)", page) for page in pages]
    assert all(numbers)
    starts = [i for i, m in enumerate(numbers) if m and m.group(1) == "1"]
    assert len(starts) == 20
    for begin, end in zip(starts, [*starts[1:], len(pages)], strict=True):
        total = end - begin  # every page of a household says how many it has
        assert [m.group(0) for m in numbers[begin:end] if m] == [
            f"Pagina {k} di {total}" for k in range(1, total + 1)]
        assert f"Famiglia{len(starts[:starts.index(begin) + 1])}" in pages[begin]


def test_a_kept_block_moves_whole_and_a_too_tall_one_flows() -> None:
    rows = [[F(f"Voce {n}", f"valore {n}")] for n in range(8)]
    story: list[Flowable] = [gap(200 * mm), keep_together([section("Blocco"), *field_rows(rows)])]
    first, second = pages_text(render(CTX, story, title="Prova", filled=False))
    assert "Blocco" not in first and "Voce 0" in second and "Voce 7" in second
    tall = [[F(f"Voce {n}", f"valore {n}")] for n in range(40)]
    pages = pages_text(render(CTX, [keep_together(field_rows(tall))], title="Prova",
                              filled=False))
    assert len(pages) == 2
    assert "Voce 0" in pages[0] and "Voce 39" in pages[1]


def test_labels_and_values_keep_their_fonts_and_sizes() -> None:
    story: list[Flowable] = [section("1. Accoglienza"),
                             *field_rows([[F("Cognome", "Popescu"), F("Nome", "Ștefan")]])]
    found = {text: (font, size) for text, font, size in runs(
        render(CTX, story, title="Prova", filled=True))}
    assert found["1. Accoglienza"] == ("/AAAAAA+DejaVuSans-Bold", 13)
    assert found["Cognome"] == ("/AAAAAA+DejaVuSans", 9)
    assert found["Ștefan"] == ("/AAAAAA+DejaVuSans", 10.5)
