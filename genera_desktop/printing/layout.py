"""Shared page template, styles and building blocks of the printed forms.

Every form is a platypus story rendered by :func:`render`: A4, one frame, a running
header and a footer ("Pagina N di M", site, print date) drawn once the page count is
known (see :class:`_NumberedCanvas`). The custom flowables live in ``flowables``.
"""

from __future__ import annotations

import io
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFPage, PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from genera_desktop.domain.days import day_text
from genera_desktop.domain.money import euro_text
from genera_desktop.domain.text import full_name
from genera_desktop.printing.boxes import BoxRow, Heading, KeepBlock, TextLines, draw_plain
from genera_desktop.printing.flowables import (
    BODY_SIZE,
    INK,
    LABEL_GREY,
    LABEL_SIZE,
    RULE_GREY,
    SHADE,
    WRITE_HEIGHT,
    Choices,
    CombBoxes,
    FlowingBlock,
    QrMatrix,
    RuledLines,
    RunningRef,
    StickerSlot,
)
from genera_desktop.printing.fonts import FONT, FONT_BOLD, register_fonts

# Re-exported so that a form module imports its whole vocabulary from one place.
__all__ = [
    "CONTENT_WIDTH",
    "FRAME_HEIGHT",
    "LABEL_GREY",
    "LANDSCAPE_FRAME_HEIGHT",
    "LANDSCAPE_WIDTH",
    "PAGE_HEIGHT",
    "Choices",
    "CombBoxes",
    "Field",
    "FlowingBlock",
    "PrintContext",
    "RunningRef",
    "StickerSlot",
    "choices",
    "data_table",
    "field_row",
    "field_rows",
    "fmt_date",
    "fmt_euro",
    "gap",
    "keep_together",
    "person_name",
    "qr_corner",
    "render",
    "section",
    "signature_boxes",
    "strut",
    "styles",
    "text",
    "title_block",
    "write_box",
    "yes_no",
]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
# The same, on a page turned to landscape (render(..., landscape=True)).
LANDSCAPE_WIDTH = PAGE_HEIGHT - 2 * MARGIN_X
LANDSCAPE_FRAME_HEIGHT = PAGE_WIDTH - MARGIN_TOP - MARGIN_BOTTOM


@dataclass(frozen=True)
class PrintContext:
    """What every printed form needs besides its data: where, when and by whom."""

    site_name: str
    printed_on: date
    operator: str | None = None


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the forms, built once the font is registered."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    hint: ParagraphStyle
    cell: ParagraphStyle
    caption: ParagraphStyle
    header_cell: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """Return the shared styles (body 10.5 pt, labels 9 pt, headings larger)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=13.5, textColor=INK)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=11, leading=14.5),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=13, leading=16),
        body=body,
        label=ParagraphStyle(
            "label", parent=body, fontSize=LABEL_SIZE, leading=11, textColor=LABEL_GREY
        ),
        hint=ParagraphStyle(
            "hint", parent=body, fontSize=LABEL_SIZE, leading=11.5, textColor=LABEL_GREY
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=10, leading=12.5),
        caption=ParagraphStyle(
            "caption", parent=body, fontSize=LABEL_SIZE, leading=11, alignment=1
        ),
        header_cell=ParagraphStyle(
            "header_cell", parent=body, fontName=FONT_BOLD, fontSize=9.5, leading=11.5
        ),
    )


# --- values ---------------------------------------------------------------------------


# The app's one day formatter (domain/days.py), under the name the forms use.
fmt_date = day_text


# The app's one euro formatter (domain/money.py), under the name the forms use.
fmt_euro = euro_text


def text(value: object) -> str:
    """Return ``value`` as text ('' for None) escaped for a Paragraph."""
    if value is None:
        return ""
    return escape(str(value))


def person_name(person: dict[str, Any]) -> str:
    """Return 'Surname Name' as it is written on Italian forms."""
    return full_name(person.get("last_name"), person.get("first_name"))


def strut(height: float = WRITE_HEIGHT) -> Spacer:
    """An invisible spacer that makes an empty table cell tall enough to write in."""
    return Spacer(0.1, height)


# --- flowables ------------------------------------------------------------------------


def choices(
    labels: dict[str, str], chosen: object, columns: int | None = None, size: float = 10
) -> Choices:
    """Return a Choices for every code of ``labels``; ``chosen`` is a code or a list."""
    if isinstance(chosen, list | tuple | set | frozenset):
        picked = {str(c) for c in chosen}
    else:
        picked = {str(chosen)} if chosen not in (None, "") else set()
    return Choices([(lbl, code in picked) for code, lbl in labels.items()], columns, size)


def yes_no(value: object) -> Choices:
    """Return 'Sì / No' boxes for a boolean that may be unknown (None: none ticked)."""
    return Choices([("Sì", value is True), ("No", value is False)])


# --- building blocks ------------------------------------------------------------------

# Plain-string cells would otherwise be set in Helvetica, a font the PDF does not embed.
_FONT_CMD = ("FONTNAME", (0, 0), (-1, -1), FONT)


@dataclass
class Field:
    """One labelled box of a form: a label and its value (text, a flowable or empty)."""

    label: str
    value: object = None  # text, a flowable, a list of flowables; empty: write-in room
    width: float = 1.0  # relative to the other fields of the row


def _field_value(value: object) -> list[Flowable]:
    if isinstance(value, Flowable):
        return [value]
    if isinstance(value, list):
        return value
    if value is None or value == "":
        return [strut()]
    return [TextLines(str(value), styles().body)]


def field_row(fields: Sequence[Field]) -> Flowable:
    """Return one row of labelled boxes; empty values leave room to write by hand."""
    total = sum(f.width for f in fields)
    widths = [CONTENT_WIDTH * f.width / total for f in fields]
    label = styles().label
    cells = [[TextLines(f.label, label), *_field_value(f.value)] for f in fields]
    return BoxRow(cells, widths, BOX_LINE, RULE_GREY)


def field_rows(rows: Sequence[Sequence[Field]]) -> list[Flowable]:
    """Return stacked rows of labelled boxes that read as one grid."""
    return [field_row(r) for r in rows]


BOX_LINE = 0.6  # the grey border of every box


def write_box(label: str, value: object = None, lines: int = 3) -> Flowable:
    """Return a full-width labelled box: the text if given, else ruled lines to write on."""
    empty = value is None or value == ""
    content = RuledLines(lines) if empty else TextLines(str(value), styles().body)
    cell = [TextLines(label, styles().label), content]
    return BoxRow([cell], [CONTENT_WIDTH], BOX_LINE, RULE_GREY)


def section(title: str, keep_with_next: bool = True) -> Flowable:
    """Return a section heading that stays with what follows it (unless told not to)."""
    return Heading(title, styles().heading, 1.2, INK, keep_with_next)


def keep_together(parts: Sequence[Flowable]) -> Flowable:
    """Return ``parts`` kept on one page (moved whole to the next if they do not fit)."""
    return KeepBlock(parts, FRAME_HEIGHT)


def gap(height: float = 2.5 * mm) -> Spacer:
    """Vertical space between blocks of a section."""
    return Spacer(1, height)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """Return a grid with a shaded header row repeated on every page it flows onto.

    Text cells are wrapped; flowables (a :func:`strut` for a write-in cell) pass as is.
    """
    head = [TextLines(h, styles().header_cell) for h in header]
    cell_style = styles().cell
    body = [
        [
            c if isinstance(c, Flowable | list) else TextLines(str(c), cell_style) if c else ""
            for c in row
        ]
        for row in rows
    ]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                _FONT_CMD,
                ("GRID", (0, 0), (-1, -1), 0.6, RULE_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *extra_style,
            ]
        )
    )
    return table


def signature_boxes(labels: Sequence[str]) -> Flowable:
    """Return side-by-side signature boxes, each with room to sign and a date line."""
    st = styles()
    cells = [
        [
            TextLines(lbl, st.label),
            Spacer(1, 18 * mm),
            TextLines("Data ____/____/________", st.hint),
        ]
        for lbl in labels
    ]
    return BoxRow(cells, [CONTENT_WIDTH / len(labels)] * len(labels), BOX_LINE, RULE_GREY)


def _line(markup: str, style: ParagraphStyle) -> Flowable:
    """A line given as Paragraph markup: plain TextLines unless it holds tags or entities."""
    if "<" in markup or "&" in markup:
        return Paragraph(markup, style)
    return TextLines(markup, style)


def title_block(title: str, lines: Sequence[str], corner: Flowable) -> Flowable:
    """Return the top of a form: title and a few lines on the left, QR or sticker right."""
    st = styles()
    left: list[Flowable] = [TextLines(title, st.title)]
    left.extend(_line(line, st.subtitle) for line in lines)
    return _TitleBlock(left, corner)


class _TitleBlock(Flowable):
    """Title lines on the left, the corner (QR code, sticker slot) at the right, a rule under."""

    PAD_TOP = 3.0
    PAD_BOTTOM = 3 * mm

    def __init__(self, left: list[Flowable], corner: Flowable) -> None:
        super().__init__()
        self.left = left
        self.corner = corner
        self._heights: list[float] = []
        self._corner_size = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        canv = getattr(self, "canv", None)
        corner_width = max(self.corner.wrapOn(canv, availWidth, availHeight)[0], 30 * mm)
        self._corner_size = self.corner.wrapOn(canv, corner_width + 2 * mm, availHeight)
        left_width = availWidth - corner_width - 2 * mm
        self._heights = [f.wrapOn(canv, left_width, availHeight)[1] for f in self.left]
        self.width = availWidth
        inner = max(sum(self._heights), self._corner_size[1])
        self.height = self.PAD_TOP + inner + self.PAD_BOTTOM
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        y = self.height - self.PAD_TOP
        for part, height in zip(self.left, self._heights, strict=True):
            y -= height
            part.drawOn(canv, 0, y)
        width, height = self._corner_size
        self.corner.drawOn(canv, self.width - width, self.height - self.PAD_TOP - height)
        canv.setStrokeColor(RULE_GREY)
        canv.setLineWidth(BOX_LINE)
        canv.line(0, 0, self.width, 0)


def qr_corner(value: str, caption: str) -> Flowable:
    """Return the QR code of a record with a short caption under it."""
    return _QrCorner(QrMatrix(value), TextLines(caption, styles().caption))


class _QrCorner(Flowable):
    """A QR code centred over its caption, in a column 44 mm wide."""

    WIDTH = 44 * mm
    PAD = 3.0  # under the code and under the caption

    def __init__(self, code: QrMatrix, caption: TextLines) -> None:
        super().__init__()
        self.code = code
        self.caption = caption

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.caption.wrap(self.WIDTH, availHeight)
        self.width = self.WIDTH
        self.height = self.code.height + self.PAD + self.caption.height + self.PAD
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        self.code.drawOn(canv, (self.width - self.code.width) / 2, self.height - self.code.height)
        self.caption.draw_at(canv, 0, self.PAD)


# --- the document ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Chrome:
    """What the header and footer of every page show."""

    form_title: str
    site_name: str
    printed_on: str
    operator: str | None
    ref: str


class _NumberedCanvas(Canvas):
    """A canvas that holds pages back until their part ends so the footer can say 'di M'.

    Pages are numbered per part (a :class:`RunningRef` with ``new_section`` starts one):
    when a page of a new part is finished, the pages of the parts before it are complete
    and go out with their footers. Only one part's pages wait in memory, not a whole
    4,500-household print run.
    """

    def __init__(self, *args: Any, chrome: _Chrome, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._chrome = chrome
        self._genera_ref = chrome.ref
        self._genera_section = 0
        self._pages: list[dict[str, Any]] = []  # held back, each a snapshot of the canvas

    def showPage(self) -> None:  # noqa: N802 (ReportLab API)
        page = dict(self.__dict__)
        finished = sum(1 for s in self._pages if s["_genera_section"] != self._genera_section)
        if finished:
            self._emit(finished)
            self.__dict__.update(page)  # back to the page just finished
        self._pages.append(page)
        self._startPage()

    def save(self) -> None:
        self._emit(len(self._pages))
        super().save()

    def _emit(self, count: int) -> None:
        """Draw header and footer on the first ``count`` held pages and write them out."""
        pages = self._pages[:count]
        del self._pages[:count]  # in place: every snapshot refers to this same list
        totals = Counter(state["_genera_section"] for state in pages)
        numbers: Counter[int] = Counter()
        for state in pages:
            self.__dict__.update(state)
            numbers[self._genera_section] += 1
            self._draw_chrome(numbers[self._genera_section], totals[self._genera_section])
            super().showPage()
            if self._pageCompression:
                _compress_page(self._doc.Pages.pages[-1])

    def _draw_chrome(self, number: int, total: int) -> None:
        chrome = self._chrome
        page_width, page_height = self._pagesize  # portrait, or landscape for a wide grid
        content_width = page_width - 2 * MARGIN_X
        left, right = MARGIN_X, page_width - MARGIN_X
        self.saveState()
        self.setStrokeColor(RULE_GREY)
        self.setLineWidth(0.5)
        self.setFillColor(LABEL_GREY)
        top = page_height - 12 * mm
        draw_plain(self, left, top, chrome.form_title, FONT_BOLD, LABEL_SIZE)
        title_width = stringWidth(chrome.form_title, FONT_BOLD, LABEL_SIZE)
        ref = _fit(self._genera_ref, content_width - title_width - 8 * mm)
        draw_plain(self, right - stringWidth(ref, FONT, LABEL_SIZE), top, ref, FONT, LABEL_SIZE)
        self.line(left, top - 2 * mm, right, top - 2 * mm)
        # Two footer rows so that a long site name is printed whole, never overlapped.
        page_label = f"Pagina {number} di {total}"
        label_width = stringWidth(page_label, FONT_BOLD, LABEL_SIZE)
        self.line(left, 17 * mm, right, 17 * mm)
        site = _fit(chrome.site_name, content_width - label_width - 6 * mm)
        draw_plain(self, left, 13 * mm, site, FONT, LABEL_SIZE)
        printed = f"Stampato il {chrome.printed_on}"
        if chrome.operator:
            printed += f" da {chrome.operator}"
        printed = _fit(printed, content_width - label_width - 6 * mm)
        draw_plain(self, left, 9 * mm, printed, FONT, LABEL_SIZE)
        draw_plain(self, right - label_width, 13 * mm, page_label, FONT_BOLD, LABEL_SIZE)
        self.restoreState()


def _compress_page(page: PDFPage) -> None:
    """Deflate a page's content now rather than when the document is written.

    ReportLab keeps each page's text until the end and compresses it then: a print run
    of 13,000 pages held well over a hundred megabytes of page text. Compressed as each
    page goes out it holds a fraction. Flate only, without the ASCII85 armour ReportLab
    adds by default: a binary stream is valid PDF and a fifth smaller.
    """
    stream = page.stream
    if not stream or page.Contents:
        return
    contents = PDFStream(content=zlib.compress(stream.encode("utf8")))
    contents.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = None


def _fit(line: str, width: float) -> str:
    """Cut ``line`` (in the 9 pt regular face) to ``width``, marking the cut with '…'."""
    if stringWidth(line, FONT, LABEL_SIZE) <= width:
        return line
    while line and stringWidth(line + "…", FONT, LABEL_SIZE) > width:
        line = line[:-1]
    return line.rstrip() + "…"


def render(
    ctx: PrintContext,
    story: list[Flowable],
    *,
    title: str,
    ref: str = "",
    filled: bool,
    landscape: bool = False,
) -> bytes:
    """Lay ``story`` out on A4 pages with header and footer; return the PDF bytes.

    ``ref`` starts the running header (a :class:`RunningRef` in the story changes it);
    the operator who printed is named only on filled forms, so blank ones carry no names.
    With ``landscape`` the pages are A4 turned (a wide grid such as a register); the
    frame is then :data:`LANDSCAPE_WIDTH` by :data:`LANDSCAPE_FRAME_HEIGHT`.
    """
    register_fonts()
    buffer = io.BytesIO()
    page_width, page_height = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
    doc = BaseDocTemplate(
        buffer,
        pagesize=(page_width, page_height),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        creator="genera",
        initialFontName=FONT,  # else the canvas declares Helvetica, a font not embedded
        initialFontSize=BODY_SIZE,
        author=ctx.site_name,  # never a person's name: metadata travel with the file
        lang="it-IT",
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        page_width - 2 * MARGIN_X,
        page_height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    chrome = _Chrome(
        form_title=title,
        site_name=ctx.site_name,
        printed_on=fmt_date(ctx.printed_on),
        operator=ctx.operator if filled else None,
        ref=ref,
    )
    doc.build(story, canvasmaker=partial(_NumberedCanvas, chrome=chrome))
    return buffer.getvalue()
