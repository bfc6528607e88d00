"""The adolescents' plan's forms: the hours register of a school-work experience
(formazione scuola-lavoro), for the host tutor to sign day by day; and the consent form
of one kind of consent, for a parent (or the young person, once of age) to sign.

The register names the student, the school and the host with their tutors, the dates,
the safety training and the training pact; then each day's hours logged with the
activity and room for the host tutor's signature, a few blank rows for the days to come,
the totals against the hours planned and those the school type requires over three
years, and the signatures. A pure function of plain dicts, as the service reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from genera_desktop.printing.layout import (
    CONTENT_WIDTH,
    Field,
    PrintContext,
    choices,
    data_table,
    field_row,
    fmt_date,
    gap,
    keep_together,
    person_name,
    qr_corner,
    render,
    section,
    signature_boxes,
    strut,
    styles,
    text,
    title_block,
)

SCHOOL_WORK_TITLE = "Registro ore – formazione scuola-lavoro"
SCHOOL_TYPES = {"liceo": "Liceo", "tecnico": "Istituto tecnico",
                "professionale": "Istituto professionale"}
BLANK_ROWS = 6  # room for the days still to come, written by hand
HOURS_HEADER = ("N.", "Data", "Ore", "Attività svolta", "Firma del tutor dell'ente ospitante")
HOURS_WIDTHS = (10 * mm, 24 * mm, 16 * mm, 80 * mm, CONTENT_WIDTH - 130 * mm)


def fmt_hours(value: object) -> str:
    """Hours the Italian way: 7,5 (a whole number without decimals; '' if empty)."""
    if value is None or value == "":
        return ""
    try:
        amount = round(float(str(value)), 2)
    except ValueError:
        return str(value)
    return f"{amount:g}".replace(".", ",")


def organisation_text(org: dict[str, Any] | None) -> str:
    """A school or a host on a form: its name, address and comune."""
    if not org:
        return ""
    return ", ".join(str(p) for p in (org.get("name"), org.get("address"),
                                     org.get("municipality")) if p)


def school_work_register(
    ctx: PrintContext,
    experience: dict[str, Any],
    student: dict[str, Any],
    school: dict[str, Any] | None,
    host: dict[str, Any] | None,
    hours: Sequence[dict[str, Any]],
    *,
    minor: bool = False,
) -> bytes:
    """Return the hours register of a school-work experience as PDF bytes (A4).

    ``experience`` is the record with its computed ``hours_done`` and ``hours_required``;
    ``student`` the person (names and birth date); ``hours`` its entries by date. A
    ``minor`` student's register has a box for a parent's signature too.
    """
    story = _story(experience, student, school, host, hours, minor)
    ref = " – ".join(p for p in (person_name(student), str(experience.get("title") or ""))
                     if p)
    return render(ctx, story, title=SCHOOL_WORK_TITLE, ref=ref, filled=True)


def _story(experience: dict[str, Any], student: dict[str, Any],
           school: dict[str, Any] | None, host: dict[str, Any] | None,
           hours: Sequence[dict[str, Any]], minor: bool) -> list[Flowable]:
    corner = qr_corner(f"genera:school_work:{experience.get('id', '')}", "Esperienza")
    lines = ["Formazione scuola-lavoro (già PCTO)"]
    if experience.get("title"):
        lines.insert(0, f"<b>{text(experience.get('title'))}</b>")
    school_type = SCHOOL_TYPES.get(str(experience.get("school_type")), "")
    story: list[Flowable] = [
        title_block("Registro ore", lines, corner), gap(2 * mm),
        field_row([Field("Studente/ssa", person_name(student), 2.2),
                   Field("Nato/a il", fmt_date(student.get("birth_date")), 0.9),
                   Field("Tipo di scuola", school_type, 1.1)]),
        field_row([Field("Scuola", organisation_text(school), 2.2),
                   Field("Tutor scolastico", experience.get("school_tutor"), 2.0)]),
        field_row([Field("Ente ospitante", organisation_text(host), 2.2),
                   Field("Tutor dell'ente ospitante", experience.get("host_tutor"), 2.0)]),
        field_row([Field("Dal", fmt_date(experience.get("start_date"))),
                   Field("Al", fmt_date(experience.get("end_date"))),
                   Field("Formazione sulla sicurezza il",
                         fmt_date(experience.get("safety_training_on")), 1.4),
                   Field("Patto formativo firmato il",
                         fmt_date(experience.get("pact_signed_on")), 1.4)]),
        gap(4 * mm),
        section("Ore svolte", keep_with_next=False),
    ]
    rows: list[list[object]] = [
        [str(n), fmt_date(h.get("date")), fmt_hours(h.get("hours")), h.get("activity") or "",
         ""]
        for n, h in enumerate(hours, start=1)
    ]
    rows += [[str(n), strut(7 * mm), "", "", ""]
             for n in range(len(hours) + 1, len(hours) + 1 + BLANK_ROWS)]
    story.append(data_table(HOURS_HEADER, rows, HOURS_WIDTHS))
    done = float(experience.get("hours_done") or 0)
    required = experience.get("hours_required")
    left = max(0.0, float(required) - done) if required is not None else None
    signers = ["Lo studente / la studentessa", "Il tutor dell'ente ospitante",
               "Il tutor scolastico"]
    if minor:
        signers.insert(1, "Un genitore o il tutore legale")
    story += [
        gap(4 * mm),
        keep_together([
            section("Totali"),
            field_row([Field("Ore registrate", fmt_hours(done)),
                       Field("Ore previste", fmt_hours(experience.get("planned_hours"))),
                       Field("Ore richieste nel triennio", fmt_hours(required), 1.3),
                       Field("Ore che mancano al triennio", fmt_hours(left), 1.3)]),
            gap(4 * mm),
            section("Firme"),
            signature_boxes(signers),
        ]),
    ]
    return story


# --- the consent form --------------------------------------------------------------------

CONSENT_TITLE = "Modulo di consenso – Piano adolescenti"
# What each consent allows, as the form says it to the one who signs (Italian).
CONSENT_TEXTS = {
    "processing": (
        "Trattamento dei dati personali",
        "al trattamento dei dati personali di {who} da parte del Punto di Comunità, per "
        "seguirne il percorso nel Piano integrato adolescenti, come descritto "
        "nell'informativa ricevuta."),
    "special_categories": (
        "Trattamento di dati particolari",
        "al trattamento dei dati particolari di {who} (ad esempio relativi alla salute) "
        "strettamente necessari alle attività del Piano integrato adolescenti."),
    "activities": (
        "Partecipazione alle attività",
        "alla partecipazione di {who} alle attività del Piano integrato adolescenti: "
        "laboratori, gruppi e incontri organizzati dal Punto di Comunità e dai suoi "
        "partner, anche nei punti diffusi del territorio."),
    "images": (
        "Immagini e riprese",
        "alla ripresa di fotografie e video in cui compare {who} durante le attività, e al "
        "loro uso senza scopo di lucro per documentare e raccontare il programma. Nessuna "
        "immagine è pubblicata con il nome e il cognome."),
    "school_work": (
        "Formazione scuola-lavoro",
        "allo svolgimento da parte di {who} del percorso di formazione scuola-lavoro presso "
        "l'ente ospitante concordato con la scuola, secondo il patto formativo, dopo la "
        "formazione sulla sicurezza."),
    "network_sharing": (
        "Condivisione con la rete",
        "alla condivisione dei dati di {who} necessari al percorso con gli enti della rete "
        "del programma (scuola, servizi sociali del Comune, enti partner)."),
}
GIVERS = {"parent": "genitore", "guardian": "tutore legale"}


def consent_form(ctx: PrintContext, consent_type: str, person: dict[str, Any], *,
                 minor: bool, given: dict[str, Any] | None = None,
                 activity: str | None = None) -> bytes:
    """Return the consent form of one type for ``person`` as PDF bytes (A4), to be signed
    by a parent or guardian for a ``minor``, by the person themself otherwise.

    ``given`` is a consent already recorded (who gave it, when), printed as a copy to
    sign again; without it the signer's name is left to write. ``activity`` names the
    workshop or experience the consent is asked for.
    """
    heading, body = CONSENT_TEXTS[consent_type]
    st = styles()
    who = person_name(person) or "________________"
    lines = [f"<b>{text(heading)}</b>"]
    if activity:
        lines.append(f"Per: {text(activity)}")
    corner = qr_corner(f"genera:person:{person.get('id', '')}:{consent_type}", "Persona")
    given = given or {}
    signer = given.get("given_by_name") if given.get("given_by") in GIVERS else None
    story: list[Flowable] = [title_block("Consenso", lines, corner), gap(2 * mm)]
    if minor:
        story += [
            field_row([Field("Il/la sottoscritto/a", signer, 2.2),
                       Field("in qualità di", choices(GIVERS, given.get("given_by")), 1.5)]),
            field_row([Field("del/della minore", who, 2.2),
                       Field("nato/a il", fmt_date(person.get("birth_date")), 1.5)]),
        ]
    else:
        story.append(field_row([Field("Il/la sottoscritto/a", who, 2.2),
                                Field("nato/a il", fmt_date(person.get("birth_date")), 1.5)]))
    story += [
        gap(4 * mm),
        Paragraph(text("dichiara di aver ricevuto l'informativa sul trattamento dei dati "
                       "personali e") + " " + "<b>" + text("dà / non dà il consenso") + "</b> "
                  + text(body.format(who=who)), st.body),
        gap(3 * mm),
        choices({"yes": "Do il consenso", "no": "Non do il consenso"}, None),
        gap(3 * mm),
        Paragraph(text("Il consenso si può revocare in ogni momento, per iscritto o "
                       "presso il Punto di Comunità: dal giorno della revoca non vale più. "
                       "Per un minore conta il consenso di un genitore o del tutore."),
                  st.hint),
        gap(4 * mm),
    ]
    if given.get("date"):
        story.append(field_row([Field("Consenso registrato il", fmt_date(given.get("date"))),
                                Field("Revocato il", fmt_date(given.get("withdrawn_on")))]))
        story.append(gap(4 * mm))
    story.append(signature_boxes(
        ["Firma del genitore o del tutore" if minor else "Firma dell'interessato/a",
         "Firma dell'operatore che lo raccoglie"]))
    return render(ctx, story, title=CONSENT_TITLE, ref=heading, filled=True)
