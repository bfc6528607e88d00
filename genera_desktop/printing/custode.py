"""The custode sociale forms: the round sheet of a housing context and the visit report.

The round sheet lists every resident of a context, grouped by household (flat or
stairwell), each with empty cells the custode fills in on the round: date, type of
contact, a short note. A household never splits across pages; a big context flows on
with the table header repeated.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from genera_desktop.domain.text import digits
from genera_desktop.printing import labels as L
from genera_desktop.printing.boxes import TextLines
from genera_desktop.printing.layout import (
    LABEL_GREY,
    Choices,
    Field,
    PrintContext,
    RunningRef,
    StickerSlot,
    choices,
    data_table,
    field_row,
    field_rows,
    fmt_date,
    gap,
    person_name,
    qr_corner,
    render,
    section,
    strut,
    styles,
    text,
    title_block,
    write_box,
)

ROUND_TITLE = "Scheda del giro – custode sociale"
VISIT_TITLE = "Scheda visita – custode sociale"
EXTRA_ROWS = 4  # rows for residents met on the round who are not on the list yet
ROW_HEIGHT = 8 * mm  # handwriting room in each resident's row (cell padding comes on top)
# The contact column holds one of these codes, written by hand.
CONTACT_CODES = (
    "VD visita domiciliare · SC spazi comuni · T telefono · "
    "A accompagnamento · G attività di gruppo"
)


def round_sheet(
    ctx: PrintContext,
    context: dict[str, Any],
    households: list[dict[str, Any]],
    persons_by_household: dict[str, list[dict[str, Any]]],
) -> bytes:
    """Return the round sheet of one housing context as PDF bytes.

    ``households`` are the context's households, ``persons_by_household`` their members
    by household id. Everyone is listed: members of a household missing from
    ``households`` are printed too, in a group of their own.
    """
    story = _round_story(context, households, persons_by_household)
    return render(ctx, story, title=ROUND_TITLE, ref=_context_ref(context), filled=True)


def round_sheets(
    ctx: PrintContext,
    contexts: list[tuple[dict[str, Any], list[dict[str, Any]], dict[str, list[dict[str, Any]]]]],
) -> bytes:
    """Return all the round sheets of a custode in one PDF, each context on a new page.

    ``contexts`` holds, per context, the arguments of :func:`round_sheet`. Each context's
    pages are numbered on their own ("Pagina 1 di 3" of that context) so its sheets can
    be filed apart; the running header names each page's context.
    """
    story: list[Flowable] = []
    for index, (context, households, persons_by_household) in enumerate(contexts):
        if index:
            story.append(PageBreak())
        story.append(RunningRef(_context_ref(context), new_section=True))
        story += _round_story(context, households, persons_by_household)
    if not story:
        story.append(Paragraph("Nessun contesto abitativo da stampare.", styles().body))
    first = _context_ref(contexts[0][0]) if contexts else ""
    return render(ctx, story, title=ROUND_TITLE, ref=first, filled=True)


def visit_report(
    ctx: PrintContext,
    visit: dict[str, Any],
    context: dict[str, Any],
    household: dict[str, Any] | None,
    persons: list[dict[str, Any]],
) -> bytes:
    """Return the report of one custode visit, filled, as PDF bytes.

    ``household`` is the household visited (if any) and ``persons`` its members; the
    person met is looked up among them by ``visit['person']``.
    """
    story = _visit_story(visit, context, household or {}, persons, filled=True)
    ref = " – ".join(p for p in (context.get("name"), fmt_date(visit.get("date"))) if p)
    return render(ctx, story, title=VISIT_TITLE, ref=ref, filled=True)


def blank_visit_report(ctx: PrintContext) -> bytes:
    """Return the visit report empty, to fill by hand on the round: no personal data."""
    story = _visit_story({}, {}, {}, [], filled=False)
    return render(ctx, story, title=VISIT_TITLE, ref="Contesto ____________________", filled=False)


# --- round sheet ----------------------------------------------------------------------


def _context_ref(context: dict[str, Any]) -> str:
    return str(context.get("name") or "")


def _natural_key(value: object) -> list[Any]:
    """Sort 'Scala A int. 2' before 'Scala A int. 10'."""
    return [int(t) if t.isdigit() else t.casefold() for t in re.split(r"(\d+)", str(value or ""))]


def _context_fields(context: dict[str, Any], full: bool = True) -> list[Flowable]:
    rows = [
        [
            Field("Contesto abitativo", context.get("name"), 1.6),
            Field("Indirizzo", context.get("address"), 1.6),
            Field("Comune", context.get("municipality"), 1.0),
        ]
    ]
    if full:
        rows.append(
            [
                Field("Proprietà o gestione", choices(L.MANAGER, context.get("manager")), 1.1),
                Field(
                    "Tipo di contesto", choices(L.CONTEXT_TYPE, context.get("context_type")), 1.3
                ),
            ]
        )
    return field_rows(rows)


def _groups(
    households: list[dict[str, Any]], persons_by_household: dict[str, list[dict[str, Any]]]
) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Households (current ones, by flat) with their current members, reference first."""
    current = [h for h in households if not h.get("merged_into")]
    current.sort(key=lambda h: (_natural_key(h.get("flat")), _natural_key(h.get("address"))))
    known = {str(h.get("id")) for h in current}
    # Members of a household not passed in are still residents: nobody is left out.
    current += [{"id": hid} for hid in persons_by_household if hid not in known]
    groups = []
    for h in current:
        members = [
            p for p in persons_by_household.get(str(h.get("id")), []) if not p.get("merged_into")
        ]
        members.sort(
            key=lambda p: 0 if p.get("is_reference") or p.get("relation") == "reference" else 1
        )
        groups.append((h, members))
    return groups


# A4 less its margins, 180 mm: the phone column holds "+39 371 136 0811" on one line (a
# custode dials it from the sheet); "Data" a date and "Nota" a few words written by hand;
# the contact column one of the CONTACT_CODES.
_ROUND_COLUMNS = (
    ("Alloggio / scala", 31 * mm),
    ("Residente", 33 * mm),
    ("Telefono", 33 * mm),
    ("Data", 24 * mm),
    ("Contatto", 19 * mm),
    ("Nota", 40 * mm),
)
_ROUND_WIDTHS = [width for _, width in _ROUND_COLUMNS]
CELL_PADDING = 6  # points, left and right together (layout.data_table)
SMALLEST_PHONE_SIZE = 9  # points: smaller is hard to read on a landing's light


@lru_cache(maxsize=8)
def _phone_style(size: float) -> ParagraphStyle:
    cell = styles().cell
    return ParagraphStyle(f"phone{size}", parent=cell, fontSize=size,
                          leading=max(cell.leading * size / cell.fontSize, size + 2))


def _phone(number: str) -> Flowable:
    """A phone number on one line: in a smaller type if it must (not below 9 pt); a
    number longer than that still wraps rather than leave the cell."""
    cell = styles().cell
    room = _ROUND_WIDTHS[2] - CELL_PADDING
    wide = stringWidth(number, cell.fontName, cell.fontSize)
    size = cell.fontSize if wide <= room else max(
        SMALLEST_PHONE_SIZE, int(cell.fontSize * room / wide * 10) / 10)
    return TextLines(number, _phone_style(size))


def _same_phone(a: str, b: str) -> bool:
    """The same number, with or without the country prefix."""
    a, b = digits(a), digits(b)
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 6 and longer.endswith(shorter)


def _round_story(
    context: dict[str, Any],
    households: list[dict[str, Any]],
    persons_by_household: dict[str, list[dict[str, Any]]],
) -> list[Flowable]:
    groups = _groups(households, persons_by_household)
    residents = sum(len(members) for _, members in groups)
    corner = qr_corner(f"genera:housing_context:{context.get('id', '')}", "Contesto abitativo")
    lines = [
        "Piano integrato casa – residenti da incontrare nel giro",
        f"Nuclei: <b>{len(groups)}</b> · Residenti: <b>{residents}</b>",
    ]
    header = [title for title, _ in _ROUND_COLUMNS]
    rows: list[list[object]] = []
    commands: list[tuple[Any, ...]] = []
    cell, hint = styles().cell, styles().hint
    for household, members in groups:
        first = len(rows) + 1  # +1: the header row
        flat = text(household.get("flat") or household.get("address") or "—")
        # The household's phone goes in the phone column, on the first row without a
        # number of its own, unless a member's number is that one already: never twice.
        home = str(household.get("phone") or "")
        home_shown = not home or any(_same_phone(home, str(p.get("phone") or ""))
                                     for p in members)
        if not members:
            rows.append(
                [
                    Paragraph(flat, cell),
                    Paragraph("(nessun residente registrato)", hint),
                    _phone(home) if home else "",
                    strut(ROW_HEIGHT),
                    "",
                    "",
                ]
            )
            home_shown = True
        phones = []
        for person in members:
            phone = str(person.get("phone") or "")
            if not phone and not home_shown:
                phone, home_shown = home, True
            phones.append(phone)
        if not home_shown:  # every member has another number: the home's under the flat
            flat += f"<br/><font color='#4d4d4d' size='9'>tel. {text(home)}</font>"
        place = Paragraph(flat, cell)
        for n, (person, phone) in enumerate(zip(members, phones, strict=True)):
            rows.append(
                [
                    place if n == 0 else "",
                    person_name(person),
                    _phone(phone) if phone else "",
                    strut(ROW_HEIGHT),
                    "",
                    "",
                ]
            )
        last = len(rows)
        commands += [
            ("NOSPLIT", (0, first), (-1, last)),
            ("LINEABOVE", (0, first), (-1, first), 1.2, LABEL_GREY),
        ]
        if last > first:
            commands.append(("SPAN", (0, first), (0, last)))
    rows += [["", "", "", strut(ROW_HEIGHT), "", ""] for _ in range(EXTRA_ROWS)]
    return [
        title_block("Scheda del giro", lines, corner),
        gap(3 * mm),
        KeepTogether(_context_fields(context)),
        gap(2 * mm),
        Paragraph(f"Contatto: {CONTACT_CODES}", hint),
        gap(2 * mm),
        data_table(header, rows, _ROUND_WIDTHS, commands),
    ]


# --- visit report ---------------------------------------------------------------------


def _visit_contact(value: object, filled: bool) -> Choices:
    options = [(lbl, code == value) for code, lbl in L.VISIT_CONTACT_TYPE.items()]
    if filled and value and value not in L.VISIT_CONTACT_TYPE:
        options.append((f"Altro: {value}", True))  # free text: print it as written
    else:
        options.append(("Altro: ____________", False))
    return Choices(options, columns=2)


def _outcome_and_notes(visit: dict[str, Any], filled: bool) -> list[Flowable]:
    """On paper one box takes outcome and notes; a filled report shows notes only if any."""
    if not filled:
        return [write_box("Esito e note", None, lines=2)]
    boxes = [write_box("Esito", visit.get("outcome"), lines=1)]
    if visit.get("notes"):
        boxes.append(write_box("Note", visit.get("notes")))
    return boxes


def _visit_story(
    visit: dict[str, Any],
    context: dict[str, Any],
    household: dict[str, Any],
    persons: list[dict[str, Any]],
    filled: bool,
) -> list[Flowable]:
    current = [p for p in persons if not p.get("merged_into")]
    met = next((p for p in current if p.get("id") and p.get("id") == visit.get("person")), None)
    names = ", ".join(person_name(p) for p in current)
    corner: Flowable
    if filled:
        corner = qr_corner(f"genera:visit:{visit.get('id', '')}", "Visita")
        lines = [f"Visita del <b>{fmt_date(visit.get('date'))}</b>"]
    else:
        corner = StickerSlot(height=22 * mm)
        lines = ["Compilare in stampatello. Barrare le caselle che interessano."]
    story: list[Flowable] = [title_block("Scheda visita", lines, corner)]
    story.append(
        KeepTogether(
            [
                section("1. Contesto e visita"),
                *_context_fields(context, full=False),
                field_row(
                    [
                        Field("Data", fmt_date(visit.get("date"))),
                        Field("Ora", visit.get("time"), 0.6),
                        Field("Custode sociale", visit.get("operator"), 2.6),
                    ]
                ),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                section("2. Chi è stato incontrato"),
                field_row(
                    [
                        Field("Alloggio / scala", household.get("flat")),
                        Field("Persona incontrata", person_name(met) if met else None, 1.6),
                        Field("Telefono", (met or {}).get("phone") or household.get("phone")),
                    ]
                ),
                field_row([Field("Componenti del nucleo", names)]),
                field_row(
                    [
                        Field("Segnalato da", choices(L.FLAGGED_BY, visit.get("flagged_by"), 2)),
                        Field(
                            "Tipo di contatto", _visit_contact(visit.get("contact_type"), filled)
                        ),
                    ]
                ),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                section("3. Situazione rilevata e interventi"),
                field_row(
                    [
                        Field(
                            "Problemi rilevati",
                            choices(L.VISIT_ISSUES, visit.get("issues") or [], 3),
                        )
                    ]
                ),
                write_box("Azioni intraprese", visit.get("actions"), lines=3),
                field_row(
                    [
                        Field(
                            "Invii e segnalazioni a",
                            choices(L.VISIT_REFERRALS, visit.get("referrals") or []),
                        )
                    ]
                ),
                *_outcome_and_notes(visit, filled),
            ]
        )
    )
    story.append(
        field_row(
            [
                Field("Prossima visita", fmt_date(visit.get("next_visit"))),
                Field("Firma del custode sociale", strut(14 * mm), 1.6),
                Field("Firma della persona incontrata (facoltativa)", strut(14 * mm), 1.6),
            ]
        )
    )
    return story
