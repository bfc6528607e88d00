"""The school-work hours register (printing/youth.py): the parties, each day's hours,
the totals against the school type's three years, the signatures; Italian, A4."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from genera_desktop.printing.layout import PrintContext
from genera_desktop.printing.youth import fmt_hours, school_work_register
from tests.unit.pdf_text import all_text, pages_text, runs

CTX = PrintContext(site_name="Punto di Comunità Montichiari", printed_on=date(2026, 10, 30),
                   operator="Laura Bianchi")
EXPERIENCE = {"id": "sw-1", "title": "Panificazione e vendita", "school_type": "tecnico",
              "start_date": "2026-10-05", "end_date": "2026-10-30", "planned_hours": 80,
              "school_tutor": "Prof.ssa Lucia Rizzi", "host_tutor": "Sergio Bertoni",
              "safety_training_on": "2026-10-01", "pact_signed_on": "2026-09-28",
              "hours_done": 7.5, "hours_required": 150}
STUDENT = {"first_name": "Giulia", "last_name": "Ferrari", "birth_date": "2009-05-10"}
SCHOOL = {"name": "IIS Don Milani", "municipality": "Montichiari"}
HOST = {"name": "Forno Bertoni", "address": "Via Roma 3", "municipality": "Montichiari"}
HOURS = [{"date": "2026-10-05", "hours": 4, "activity": "Laboratorio di panificazione"},
         {"date": "2026-10-06", "hours": 3.5, "activity": "Vendita al banco"}]


def test_hours_are_written_with_the_italian_comma() -> None:
    assert [fmt_hours(v) for v in (7.5, 4, 4.0, 0.25, None)] == ["7,5", "4", "4", "0,25", ""]


def test_the_register_names_the_parties_each_day_and_the_totals() -> None:
    text = all_text(school_work_register(CTX, EXPERIENCE, STUDENT, SCHOOL, HOST, HOURS))
    for expected in ("Registro ore", "Panificazione e vendita", "Ferrari Giulia",
                     "10/05/2009", "Istituto tecnico", "IIS Don Milani, Montichiari",
                     "Forno Bertoni, Via Roma 3, Montichiari", "Prof.ssa Lucia Rizzi",
                     "Sergio Bertoni", "05/10/2026", "30/10/2026", "01/10/2026",
                     "28/09/2026", "Laboratorio di panificazione", "Vendita al banco",
                     "Ore richieste nel triennio",
                     "Lo studente / la studentessa", "Il tutor scolastico",
                     "Punto di Comunità Montichiari", "Stampato il 30/10/2026"):
        assert expected in text, expected
    cells = [t for t, _, _ in runs(school_work_register(CTX, EXPERIENCE, STUDENT, SCHOOL,
                                                        HOST, HOURS))]
    # Each day's hours, then the totals: done, planned, required, left.
    rows = cells[cells.index("Ore svolte"):cells.index("Totali")]
    first, second = rows.index("05/10/2026"), rows.index("06/10/2026")
    assert rows[first - 1:first + 2] == ["1", "05/10/2026", "4"]
    assert rows[second - 1:second + 2] == ["2", "06/10/2026", "3,5"]
    totals = [cells[cells.index(label) + 1] for label in
              ("Ore registrate", "Ore previste", "Ore richieste nel triennio",
               "Ore che mancano al triennio")]
    assert totals == ["7,5", "80", "150", "142,5"]
    assert "2026-10-05" not in text


def test_a_minors_register_has_a_parents_signature() -> None:
    assert "Un genitore o il tutore legale" in all_text(
        school_work_register(CTX, EXPERIENCE, STUDENT, SCHOOL, HOST, HOURS, minor=True))
    assert "Un genitore" not in all_text(
        school_work_register(CTX, EXPERIENCE, STUDENT, SCHOOL, HOST, HOURS))


def test_two_hundred_days_flow_on_a4_pages_with_the_header_repeated() -> None:
    many = [{"date": f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}", "hours": 1,
             "activity": "Attività"} for n in range(200)]
    pdf = school_work_register(CTX, EXPERIENCE, STUDENT, SCHOOL, HOST, many)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 3
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.01)
    texts = pages_text(pdf)
    assert all("Registro ore – formazione scuola-lavoro" in t for t in texts)
    assert sum("Attività svolta" in t for t in texts) >= len(pages) - 1
    assert "200" in texts[-2] + texts[-1]


def test_the_consent_form_of_a_minor_is_for_a_parent_to_sign() -> None:
    from genera_desktop.printing.youth import CONSENT_TEXTS, consent_form

    given = {"given_by": "parent", "given_by_name": "Anna Ferrari", "date": "2026-09-01"}
    text = all_text(consent_form(CTX, "images", STUDENT, minor=True, given=given,
                                 activity="Radio di quartiere"))
    for expected in ("Consenso", "Immagini e riprese", "Per: Radio di quartiere",
                     "Anna Ferrari", "del/della minore", "Ferrari Giulia", "10/05/2009",
                     "in cui compare Ferrari Giulia", "Do il consenso", "Non do il consenso",
                     "Consenso registrato il 01/09/2026", "Firma del genitore o del tutore",
                     "Firma dell'operatore che lo raccoglie", "Stampato il 30/10/2026"):
        assert expected in text, expected
    adult = all_text(consent_form(CTX, "school_work", STUDENT, minor=False))
    assert "Firma dell'interessato/a" in adult and "del/della minore" not in adult
    assert "svolgimento da parte di Ferrari Giulia" in adult
    # Every consent type has its words.
    from genera_desktop.domain.vocab_youth import CONSENT_TYPE

    assert set(CONSENT_TEXTS) == set(CONSENT_TYPE)
    for kind in CONSENT_TYPE:
        assert CONSENT_TEXTS[kind][0] in all_text(consent_form(CTX, kind, STUDENT, minor=True))


def test_the_training_pact_names_the_parties_the_hours_and_who_signs() -> None:
    from genera_desktop.printing.youth_pact import school_work_pact

    pdf = school_work_pact(CTX, EXPERIENCE, STUDENT, SCHOOL, HOST, minor=True)
    text = all_text(pdf)
    for expected in ("Patto formativo", "Panificazione e vendita", "Ferrari Giulia",
                     "10/05/2009", "Istituto tecnico", "IIS Don Milani, Montichiari",
                     "Forno Bertoni, Via Roma 3, Montichiari", "Prof.ssa Lucia Rizzi",
                     "Sergio Bertoni", "05/10/2026", "30/10/2026", "01/10/2026",
                     "28/09/2026", "80", "150", "sicurezza",
                     "Il genitore o il tutore", "Il tutor dell'ente ospitante",
                     "Stampato il 30/10/2026"):
        assert expected in text, expected
    assert "2026-10-05" not in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # the signatures on the same page
    adult = all_text(school_work_pact(CTX, EXPERIENCE, STUDENT, SCHOOL, HOST))
    assert "Il genitore o il tutore" not in adult
