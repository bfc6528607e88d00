"""The workshop forms: a session's sign-in sheet and a workshop's attendance register.

The sign-in sheet goes round the room, so it shows names only: no phone, codice fiscale
or household, which later signers would read (domain.md, "Workshops"). The enrolled
sign beside their name; newcomers write theirs in the blank rows that fill the rest of
the last page (at least eight); the operator ticks minors (those the app knows are under 18
on the session's day come ticked) and writes down how many came without giving a name. The register is the season at a glance: one row per person, one
column per session, on landscape pages (up to 30 sessions side by side; more continue
on further pages with the names repeated).

Both are pure functions of plain dicts, as the services read them from the store.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from genera_desktop.domain.ages import under_18_on
from genera_desktop.domain.text import fold
from genera_desktop.printing.boxes import (
    Drawn,
    KeepBlock,
    TextLines,
    draw_plain,
    set_ink,
    set_pen,
    wrap_text,
)
from genera_desktop.printing.flowables import INK, LABEL_GREY, RULE_GREY, SHADE, draw_checkbox
from genera_desktop.printing.fonts import FONT, FONT_BOLD
from genera_desktop.printing.layout import (
    FRAME_HEIGHT,
    LANDSCAPE_WIDTH,
    Field,
    PrintContext,
    RunningRef,
    field_row,
    fmt_date,
    gap,
    person_name,
    qr_corner,
    render,
    strut,
    styles,
    text,
    title_block,
)

SIGNIN_TITLE = "Foglio firme – {noun}"
REGISTER_TITLE = "Registro presenze – {noun}"


def _noun(workshop: dict[str, Any]) -> str:
    """A youth group (a workshop whose ``format`` is ``group``) is called what it is."""
    return "gruppo" if workshop.get("format") == "group" else "laboratorio"


def _titled(title: str, workshop: dict[str, Any]) -> str:
    return title.format(noun=_noun(workshop))
MIN_BLANK_ROWS = 8  # room for walk-ins even when the enrolled fill the page
NO_NAME_LINE = "Persone presenti senza nome: ________"

# What the register prints for each attendance status, and what the legend says.
MARKS = {"present": "P", "absent": "A", "excused": "G"}
LEGEND = ("<b>P</b> presente · <b>A</b> assente · <b>G</b> assente giustificato · "
          "casella vuota: non registrato")


def signin_sheet(
    ctx: PrintContext,
    workshop: dict[str, Any],
    session: dict[str, Any],
    place: dict[str, Any] | None,
    persons: list[dict[str, Any]],
) -> bytes:
    """Return the sign-in sheet of one workshop session as PDF bytes (A4 portrait).

    ``place`` is where the session is held (the session's, else the workshop's place;
    None leaves the box to fill in); ``persons`` are the enrolled, printed in surname
    order (accents and case aside) with their names only, the «Minore» box ticked for
    those whose ``birth_date`` makes them under 18 on the session's ``date``.
    """
    story = _signin_story(workshop, session, place, persons)
    ref = " – ".join(p for p in (str(workshop.get("title") or ""),
                                 fmt_date(session.get("date"))) if p)
    return render(ctx, story, title=_titled(SIGNIN_TITLE, workshop), ref=ref, filled=True)


def attendance_register(
    ctx: PrintContext,
    workshop: dict[str, Any],
    sessions: list[dict[str, Any]],
    persons: list[dict[str, Any]],
    attendance: dict[tuple[str, str], str],
) -> bytes:
    """Return the attendance register of a workshop as PDF bytes (A4 landscape).

    ``attendance`` maps (session id, person id) to a status (present, absent, excused).
    Persons in surname order, sessions by date and time; each session's guests (people
    who gave no name, its ``guests``) and total present close the columns, each person's
    count of presences closes the rows.
    """
    story = _register_story(workshop, sessions, persons, attendance)
    return render(ctx, story, title=_titled(REGISTER_TITLE, workshop), ref=str(workshop.get("title") or ""),
                  filled=True, landscape=True)


# --- shared -----------------------------------------------------------------------------


def surname_order(persons: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Persons by surname, then first name, accents and case aside (Ćosić by Cosi)."""
    return sorted(persons, key=lambda p: (fold(str(p.get("last_name") or "")),
                                          fold(str(p.get("first_name") or "")),
                                          str(p.get("id") or "")))


def _hours(record: dict[str, Any]) -> str:
    start, end = record.get("start_time"), record.get("end_time")
    if start and end:
        return f"{start}–{end}"
    return str(start or "")


def minor_on(birth_date: Any, day: Any) -> bool:
    """Under 18 on ``day`` (ISO dates); False when either is unknown: the app does not
    tick a box it cannot vouch for, the operator does."""
    try:
        on = date.fromisoformat(str(day or "")[:10])
    except ValueError:
        return False
    return under_18_on(str(birth_date) if birth_date else None, on)


def _place_text(place: dict[str, Any] | None) -> str:
    if not place:
        return ""
    parts = (place.get("name"), place.get("address"), place.get("municipality"))
    # A square is often named by its address: say it once.
    return ", ".join(dict.fromkeys(str(p) for p in parts if p))


# --- sign-in sheet ----------------------------------------------------------------------

NAME_SIZE = 12  # names read at arm's length, on a clipboard passed round the room
SIGNIN_ROW = 11 * mm  # room for a signature
# N., surname and name (a newcomer writes theirs here), minor tick, signature.
SIGNIN_WIDTHS = (10 * mm, 70 * mm, 17 * mm, 83 * mm)
SIGNIN_HEADER = ("N.", "Cognome e nome", "Minore", "Firma")


def _signin_story(
    workshop: dict[str, Any],
    session: dict[str, Any],
    place: dict[str, Any] | None,
    persons: list[dict[str, Any]],
) -> list[Flowable]:
    st = styles()
    ordered = surname_order(persons)
    names = [person_name(p) or "—" for p in ordered]
    minors = [minor_on(p.get("birth_date"), session.get("date")) for p in ordered]
    corner = qr_corner(f"genera:workshop_session:{session.get('id', '')}", "Incontro")
    lines = [
        f"<b>{text(workshop.get('title'))}</b>",
        "Chi è in elenco firma accanto al proprio nome; chi non c'è scrive cognome e nome "
        "in una riga libera e firma.",
    ]
    fields = [
        field_row([
            Field("Data", fmt_date(session.get("date")), 0.8),
            Field("Orario", _hours(session), 0.8),
            Field("Luogo", _place_text(place), 2.2),
            Field("Conduce", workshop.get("facilitator"), 1.2),
        ])
    ]
    if session.get("topic"):
        fields.append(field_row([Field("Argomento dell'incontro", session.get("topic"))]))
    no_name = ParagraphStyle("no_name", parent=st.body, fontName=FONT_BOLD, fontSize=12,
                             leading=15)
    closing = KeepBlock(
        [
            gap(4 * mm),
            TextLines(NO_NAME_LINE, no_name),
            gap(3 * mm),
            field_row([Field("Firma di chi conduce l'incontro", strut(12 * mm))]),
        ],
        FRAME_HEIGHT,
    )
    closing.wrap(sum(SIGNIN_WIDTHS), FRAME_HEIGHT)
    story: list[Flowable] = [title_block("Foglio firme", lines, corner), gap(2 * mm), *fields,
                             gap(4 * mm)]
    if names:
        story.append(_NameRows(names, 1, header=True, minors=minors))
    story.append(_BlankRows(len(names) + 1, MIN_BLANK_ROWS, closing.height,
                            header=not names))
    story.append(closing)
    return story


class _SigninGrid(Drawn):
    """Rows of the sign-in sheet: number, name (or room for one), minor box, signature.

    Drawn straight on the canvas: a grey grid, the header row shaded and repeated on
    every page the rows flow onto.
    """

    HEADER = 8 * mm
    PAD = 2.5 * mm

    def __init__(self, first_number: int, header: bool) -> None:
        super().__init__()
        self.first_number = first_number
        self.header = header
        self.row_heights: list[float] = []
        self.names: list[str] = []
        self.minors: list[bool] = []  # per row: the «Minore» box comes ticked
        self._lines: list[tuple[str, ...]] = []

    def _header_height(self) -> float:
        return self.HEADER if self.header else 0.0

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        widths = SIGNIN_WIDTHS
        total = sum(widths)
        top = y + self.height
        set_pen(canv, RULE_GREY, 0.6)
        if self.header:
            canv.setFillColor(SHADE)
            canv.rect(x, top - self.HEADER, total, self.HEADER, stroke=1, fill=1)
            set_ink(canv, INK)
            left = x
            for label, width in zip(SIGNIN_HEADER, widths, strict=True):
                label_width = stringWidth(label, FONT_BOLD, 9.5)
                draw_plain(canv, left + (width - label_width) / 2, top - self.HEADER + 2.8 * mm,
                           label, FONT_BOLD, 9.5)
                left += width
            top -= self.HEADER
        set_pen(canv, RULE_GREY, 0.6)
        bottom = y
        canv.rect(x, bottom, total, top - bottom, stroke=1, fill=0)
        left = x
        for width in widths[:-1]:
            left += width
            canv.line(left, bottom, left, top)
        row_top = top
        box = 5 * mm
        for index, height in enumerate(self.row_heights):
            row_bottom = row_top - height
            if index:
                set_pen(canv, RULE_GREY, 0.6)
                canv.line(x, row_top, x + total, row_top)
            number = str(self.first_number + index)
            set_ink(canv, LABEL_GREY)
            middle = (row_top + row_bottom) / 2
            draw_plain(canv, x + widths[0] - 1.5 * mm - stringWidth(number, FONT, 10),
                       middle - 3.5, number, FONT, 10)
            lines = self._lines[index] if index < len(self._lines) else ()
            if lines:
                set_ink(canv, INK)
                leading = NAME_SIZE * 1.2
                baseline = middle + (len(lines) - 1) * leading / 2 - NAME_SIZE * 0.35
                for line in lines:
                    draw_plain(canv, x + widths[0] + self.PAD, baseline, line, FONT, NAME_SIZE)
                    baseline -= leading
            box_x = x + widths[0] + widths[1] + (widths[2] - box) / 2
            ticked = index < len(self.minors) and self.minors[index]
            draw_checkbox(canv, box_x, middle - box / 2, box, ticked)
            row_top = row_bottom


class _NameRows(_SigninGrid):
    """The enrolled, one row each, a long name wrapped on two lines in its cell."""

    def __init__(self, names: list[str], first_number: int, header: bool,
                 minors: Sequence[bool] = ()) -> None:
        super().__init__(first_number, header)
        self.names = names
        self.minors = list(minors)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        room = SIGNIN_WIDTHS[1] - 2 * self.PAD
        self._lines = [wrap_text(name, FONT, NAME_SIZE, room) for name in self.names]
        self.row_heights = [max(SIGNIN_ROW, len(lines) * NAME_SIZE * 1.2 + 2 * mm)
                            for lines in self._lines]
        self.width = sum(SIGNIN_WIDTHS)
        self.height = self._header_height() + sum(self.row_heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        room = availHeight - self._header_height()
        fit, used = 0, 0.0
        while fit < len(self.row_heights) and used + self.row_heights[fit] <= room:
            used += self.row_heights[fit]
            fit += 1
        if fit == 0:
            return []  # not one row here: the whole block goes to the next page
        return [
            _NameRows(self.names[:fit], self.first_number, self.header, self.minors[:fit]),
            _NameRows(self.names[fit:], self.first_number + fit, header=True,
                      minors=self.minors[fit:]),
        ]


class _BlankRows(_SigninGrid):
    """Blank rows for newcomers: as many as fill the page, never fewer than ``minimum``.

    The room kept free under them (``reserve``) is for the closing lines, which stay on
    the same page. When fewer than ``minimum`` fit there, a next page is needed anyway:
    the rows fill what is left of this one and go on to fill the next (paper that is
    printed regardless), the closing lines under them.
    """

    def __init__(self, first_number: int, minimum: int, reserve: float, header: bool,
                 count: int | None = None) -> None:
        super().__init__(first_number, header)
        self.minimum = minimum
        self.reserve = reserve
        self.count = count  # fixed, once split; None: decided by the room on the page

    def _fit(self, availHeight: float) -> int:  # noqa: N803
        return max(0, int((availHeight - self._header_height() - self.reserve) // SIGNIN_ROW))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._atTop:
            self.header = True  # a new page: the column names again
        count = self.count if self.count is not None else max(self._fit(availHeight),
                                                              self.minimum)
        self.row_heights = [SIGNIN_ROW] * count
        self.width = sum(SIGNIN_WIDTHS)
        self.height = self._header_height() + sum(self.row_heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self.count is not None:
            return []
        # The closing lines go to the next page with the rest: no room kept for them here.
        fit = max(0, int((availHeight - self._header_height()) // SIGNIN_ROW))
        if fit == 0:
            return []
        here = _BlankRows(self.first_number, 0, self.reserve, self.header, count=fit)
        rest = _BlankRows(self.first_number + fit, max(0, self.minimum - fit), self.reserve,
                          header=True)
        return [here, rest]


# --- attendance register ----------------------------------------------------------------

NAME_WIDTH = 50 * mm
TOTAL_WIDTH = 19 * mm  # "Presenze" whole, in the header's bold
MIN_SESSION_WIDTH = 6.5 * mm  # 30 sessions side by side on a landscape page
MAX_SESSION_WIDTH = 13 * mm
REGISTER_ROW = 6.5 * mm
ZEBRA = Color(0.94, 0.94, 0.94)


@dataclass(frozen=True)
class _Column:
    session: dict[str, Any]
    label: str  # the date as printed in the header (with the time if a day has two)


def sessions_per_page(count: int) -> int:
    """How many session columns each page of the register holds, spread evenly."""
    if count <= 0:
        return 0
    room = LANDSCAPE_WIDTH - NAME_WIDTH - TOTAL_WIDTH
    most = max(1, int(room // MIN_SESSION_WIDTH))
    pages = math.ceil(count / most)
    return math.ceil(count / pages)


def _columns(sessions: list[dict[str, Any]]) -> list[_Column]:
    ordered = sorted(sessions, key=lambda s: (str(s.get("date") or ""),
                                              str(s.get("start_time") or ""),
                                              str(s.get("id") or "")))
    days = [str(s.get("date") or "") for s in ordered]
    columns = []
    for session, day in zip(ordered, days, strict=True):
        label = fmt_date(day) or "—"
        if days.count(day) > 1 and session.get("start_time"):
            label += f" {session['start_time']}"
        columns.append(_Column(session, label))
    return columns


def _register_story(
    workshop: dict[str, Any],
    sessions: list[dict[str, Any]],
    persons: list[dict[str, Any]],
    attendance: dict[tuple[str, str], str],
) -> list[Flowable]:
    st = styles()
    people = surname_order(persons)
    columns = _columns(sessions)
    dates = [str(c.session["date"]) for c in columns if c.session.get("date")]
    span = f"dal {fmt_date(min(dates))} al {fmt_date(max(dates))}" if dates else ""
    lines = [f"<b>{text(workshop.get('title'))}</b>"]
    facts = [span, f"incontri: <b>{len(columns)}</b>", f"iscritti: <b>{len(people)}</b>"]
    if workshop.get("facilitator"):
        facts.append(f"conduce: {text(workshop['facilitator'])}")
    lines.append(" · ".join(f for f in facts if f))
    corner = qr_corner(f"genera:workshop:{workshop.get('id', '')}",
                       _noun(workshop).capitalize())
    legend = Paragraph(LEGEND, st.hint)
    story: list[Flowable] = [title_block("Registro presenze", lines, corner), gap(2 * mm),
                             legend, gap(2 * mm)]
    per_page = max(1, sessions_per_page(len(columns)))
    chunks = [columns[i:i + per_page] for i in range(0, len(columns), per_page)] or [[]]
    title = str(workshop.get("title") or "")
    for number, chunk in enumerate(chunks):
        if number:
            first = number * per_page + 1
            span_ref = f"incontri {first}–{first + len(chunk) - 1} di {len(columns)}"
            story += [PageBreak(), RunningRef(f"{title} – {span_ref}"),
                      TextLines(f"{title} – {span_ref} (segue)", st.heading), gap(2 * mm),
                      legend, gap(2 * mm)]
        elif len(chunks) > 1:
            story.append(RunningRef(f"{title} – incontri 1–{len(chunk)} di {len(columns)}"))
        if not columns:
            story += [TextLines("Nessun incontro in calendario.", st.body), gap(2 * mm)]
        story.append(_register_table(chunk, people, attendance))
    return story


class _Turned(Flowable):
    """A short label turned a quarter to read upwards, for a narrow column's header."""

    SIZE = 9

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self.width = self.SIZE * 1.2
        self.height = stringWidth(label, FONT, self.SIZE) + 1

    def draw(self) -> None:
        canv = self.canv
        canv.rotate(90)
        set_ink(canv, INK)
        draw_plain(canv, 0, -self.SIZE * 0.95, self.label, FONT, self.SIZE)


def _register_table(
    columns: list[_Column],
    people: list[dict[str, Any]],
    attendance: dict[tuple[str, str], str],
) -> Table:
    st = styles()
    name_style = ParagraphStyle("register_name", parent=st.cell, fontSize=9.5, leading=11)
    width = min(MAX_SESSION_WIDTH,
                (LANDSCAPE_WIDTH - NAME_WIDTH - TOTAL_WIDTH) / max(len(columns), 1))
    header: list[object] = [TextLines("Partecipante", st.header_cell)]
    header += [_Turned(c.label) for c in columns]
    header.append(TextLines("Presenze", st.header_cell))
    rows: list[list[object]] = [header]
    commands: list[tuple[Any, ...]] = []
    ids = [str(c.session.get("id") or "") for c in columns]
    present_per_session = [0] * len(columns)
    recorded = [c.session.get("guests") is not None for c in columns]
    for r, person in enumerate(people, start=1):
        pid = str(person.get("id") or "")
        row: list[object] = [TextLines(person_name(person) or "—", name_style)]
        presences = 0
        for c, sid in enumerate(ids):
            status = attendance.get((sid, pid))
            mark = MARKS.get(status or "", "")
            if status:
                recorded[c] = True
            if status == "present":
                presences += 1
                present_per_session[c] += 1
                commands.append(("FONTNAME", (c + 1, r), (c + 1, r), FONT_BOLD))
            row.append(mark)
        row.append(str(presences))
        rows.append(row)
        if r % 2 == 0:
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    guests = [int(c.session.get("guests") or 0) for c in columns]
    guest_row: list[object] = [TextLines("Ospiti senza nome", name_style)]
    guest_row += [str(g) if rec else "" for g, rec in zip(guests, recorded, strict=True)]
    guest_row.append(str(sum(guests)))
    bold_name = ParagraphStyle("register_total", parent=name_style, fontName=FONT_BOLD)
    total_row: list[object] = [TextLines("Totale presenti", bold_name)]
    total_row += [str(p + g) if rec else ""
                  for p, g, rec in zip(present_per_session, guests, recorded, strict=True)]
    total_row.append(str(sum(present_per_session) + sum(guests)))
    rows += [guest_row, total_row]
    last = len(rows) - 1
    widths = [NAME_WIDTH, *([width] * len(columns)), TOTAL_WIDTH]
    # Fixed heights (a Table measures nothing then), taller where a long name wraps.
    room = NAME_WIDTH - 6
    heights: list[float | None] = [None]
    heights += [max(REGISTER_ROW, len(wrap_text(person_name(p) or "—", FONT, 9.5, room))
                    * name_style.leading + 4) for p in people]
    heights += [REGISTER_ROW, REGISTER_ROW]
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (1, 1), (-1, -1), 10),
        ("FONTNAME", (-1, 1), (-1, -1), FONT_BOLD),
        ("FONTNAME", (0, last), (-1, last), FONT_BOLD),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
        ("LINEABOVE", (0, last - 1), (-1, last - 1), 1.2, INK),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BACKGROUND", (0, last - 1), (-1, last), SHADE),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (1, 0), (-2, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (0, -1), 4),
        *commands,
    ]))
    return table

