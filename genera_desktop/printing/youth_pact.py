"""The training pact (patto formativo) of a school-work experience: what the student, the
school and the host agree before the first day, for them to sign — and, for a student
under 18, a parent or guardian (issue 14: "the training pact signed, by a parent for a
minor").

It names the parties with their tutors, the project, the dates and the hours planned
against those the school type requires over three years, the safety training (no hours
before it), the student's duties and the signatures. A pure function of plain dicts, as
services/youth/prints.py reads them.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from genera_desktop.printing.layout import (
    Field,
    PrintContext,
    field_row,
    fmt_date,
    gap,
    keep_together,
    person_name,
    qr_corner,
    render,
    section,
    signature_boxes,
    styles,
    text,
    title_block,
    write_box,
)
from genera_desktop.printing.youth import SCHOOL_TYPES, fmt_hours, organisation_text

PACT_TITLE = "Patto formativo – formazione scuola-lavoro"
# What the student undertakes (the usual clauses of a patto formativo, in plain words).
DUTIES = (
    "completare la formazione generale e specifica sulla salute e sicurezza sul lavoro "
    "prima del primo giorno: prima di quella data non si registrano ore;",
    "seguire le indicazioni del tutor dell'ente ospitante e del tutor scolastico;",
    "rispettare le norme di salute e sicurezza sul lavoro e i regolamenti dell'ente "
    "ospitante;",
    "tenere riservati i dati e le informazioni conosciuti durante il percorso;",
    "registrare ogni giorno le ore svolte e l'attività sul registro ore, firmato dal tutor "
    "dell'ente ospitante;",
    "avvisare la scuola e l'ente ospitante di ogni assenza.",
)


def school_work_pact(ctx: PrintContext, experience: dict[str, Any],
                     student: dict[str, Any], school_org: dict[str, Any] | None,
                     host_org: dict[str, Any] | None, *, minor: bool = False) -> bytes:
    """Return the training pact of a school-work experience as PDF bytes (A4).

    ``experience`` is the record with its computed ``hours_required``; ``student`` the
    person (names and birth date). A ``minor`` student's pact is signed by a parent or
    guardian too.
    """
    st = styles()
    corner = qr_corner(f"genera:school_work:{experience.get('id', '')}:pact", "Esperienza")
    lines = ["Formazione scuola-lavoro (già PCTO)"]
    if experience.get("title"):
        lines.insert(0, f"<b>{text(experience.get('title'))}</b>")
    school, host = organisation_text(school_org), organisation_text(host_org)
    training = experience.get("safety_training_on")
    story: list[Flowable] = [
        title_block("Patto formativo", lines, corner), gap(2 * mm),
        section("Le parti"),
        field_row([Field("Studente/ssa", person_name(student), 2.2),
                   Field("Nato/a il", fmt_date(student.get("birth_date")), 0.9),
                   Field("Tipo di scuola",
                         SCHOOL_TYPES.get(str(experience.get("school_type")), ""), 1.1)]),
        field_row([Field("Scuola", school, 2.2),
                   Field("Tutor scolastico", experience.get("school_tutor"), 2.0)]),
        field_row([Field("Ente ospitante", host, 2.2),
                   Field("Tutor dell'ente ospitante", experience.get("host_tutor"), 2.0)]),
        gap(2 * mm),
        section("Il percorso"),
        field_row([Field("Dal", fmt_date(experience.get("start_date"))),
                   Field("Al", fmt_date(experience.get("end_date"))),
                   Field("Ore previste", fmt_hours(experience.get("planned_hours"))),
                   Field("Ore richieste nel triennio",
                         fmt_hours(experience.get("hours_required")), 1.3)]),
        field_row([Field("Formazione sulla sicurezza (generale e specifica) completata il",
                         fmt_date(training), 2.0),
                   Field("Patto firmato il", fmt_date(experience.get("pact_signed_on")))]),
        write_box("Attività previste e obiettivi", None, lines=2),
        gap(2 * mm),
        section("Lo studente / la studentessa si impegna a"),
        Paragraph("<br/>".join("• " + text(d) for d in DUTIES), st.body),
        gap(2 * mm),
    ]
    signers = ["Lo studente o la studentessa", "Il tutor scolastico",
               "Il tutor dell'ente ospitante"]
    if minor:
        signers.insert(1, "Il genitore o il tutore")
    story.append(keep_together([section("Firme"), signature_boxes(signers)]))
    ref = " – ".join(p for p in (person_name(student), str(experience.get("title") or ""))
                     if p)
    return render(ctx, story, title=PACT_TITLE, ref=ref, filled=True)
