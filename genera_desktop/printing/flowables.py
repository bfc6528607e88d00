"""Custom flowables of the printed forms: checkboxes, ruled lines, slots, QR codes.

They draw shapes rather than glyphs (a checkbox is a square, crossed when chosen) so
that forms print the same whatever the font, and they hold no data logic.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, FrameBreak

from genera_desktop.printing.boxes import Drawn, KeepBlock, draw_plain, set_ink, set_pen, wrap_text
from genera_desktop.printing.fonts import FONT, FONT_BOLD
from genera_desktop.printing.qr import qr_modules

BODY_SIZE = 10.5
LABEL_SIZE = 9
WRITE_HEIGHT = 9 * mm  # room for one handwritten line on blank forms

INK = colors.black
LABEL_GREY = colors.Color(0.3, 0.3, 0.3)
RULE_GREY = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.9, 0.9, 0.9)


def draw_checkbox(canv: Canvas, x: float, y: float, size: float, checked: bool) -> None:
    """Draw a square box at (x, y) (bottom left), crossed when ``checked``.

    It sets the stroke colour and width it needs and leaves them set: the caller's
    flowable has a graphics state of its own, and a save/restore per box is costly.
    """
    set_pen(canv, INK, 0.8)
    canv.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        inset = size * 0.18
        canv.setLineWidth(1.4)
        canv.line(x + inset, y + inset, x + size - inset, y + size - inset)
        canv.line(x + inset, y + size - inset, x + size - inset, y + inset)


class Choices(Drawn):
    """A list of options, each with a box, inline or in columns; chosen ones in bold."""

    BOX = 3.5 * mm
    GAP = 1.5 * mm
    SPACING = 6 * mm

    def __init__(
        self, options: Sequence[tuple[str, bool]], columns: int | None = None, size: float = 10
    ) -> None:
        super().__init__()
        self.options = list(options)
        self.columns = columns
        self.size = size
        self.leading = size * 1.3
        self._items: list[tuple[float, float, tuple[str, ...], bool]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._items = []
        x = y = 0.0  # y: distance of the current line's top from the flowable's top
        row_lines = 1
        per_col = availWidth / self.columns if self.columns else availWidth
        for index, (label, checked) in enumerate(self.options):
            font = FONT_BOLD if checked else FONT
            room = per_col - self.BOX - self.GAP - (1 * mm if self.columns else 0)
            lines = wrap_text(label, font, self.size, max(room, 10 * mm))
            if self.columns:
                col = index % self.columns
                if col == 0 and index:
                    y += row_lines * self.leading + 0.8 * mm
                    row_lines = 1
                x = col * per_col
            else:
                width = self.BOX + self.GAP + max(stringWidth(t, font, self.size) for t in lines)
                if x and x + width > availWidth:
                    x = 0.0
                    y += row_lines * self.leading + 0.8 * mm
                    row_lines = 1
            self._items.append((x, y, lines, checked))
            row_lines = max(row_lines, len(lines))
            if not self.columns:
                x += width + self.SPACING
        self.width = availWidth
        self.height = y + row_lines * self.leading + 1 * mm
        return self.width, self.height

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        ascent = self.size * 0.76 + (self.leading - self.size) / 2
        for left, top, lines, checked in self._items:
            baseline = y + self.height - top - ascent - self.size * 0.2
            box_y = baseline + self.size * 0.36 - self.BOX / 2
            draw_checkbox(canv, x + left, box_y, self.BOX, checked)
            font = FONT_BOLD if checked else FONT
            set_ink(canv, INK)
            for i, line in enumerate(lines):
                draw_plain(canv, x + left + self.BOX + self.GAP, baseline - i * self.leading,
                           line, font, self.size)


WRITE_LINE_GREY = colors.Color(0.75, 0.75, 0.75)


class RuledLines(Drawn):
    """Faint horizontal lines to write on, one every ``spacing``."""

    def __init__(self, count: int, spacing: float = WRITE_HEIGHT) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        set_pen(canv, WRITE_LINE_GREY, 0.4)
        for i in range(self.count):
            line_y = y + self.height - (i + 1) * self.spacing + 1.5
            canv.line(x, line_y, x + self.width, line_y)


class CombBoxes(Drawn):
    """A row of character boxes, as for a codice fiscale written by hand."""

    def __init__(self, count: int, box: float = 5.5 * mm, height: float = 8 * mm) -> None:
        super().__init__()
        self.count = count
        self.box = box
        self.width = count * box
        self.height = height

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        set_pen(canv, RULE_GREY, 0.6)
        for i in range(self.count):
            canv.rect(x + i * self.box, y, self.box, self.height, stroke=1, fill=0)


class StickerSlot(Flowable):
    """A dashed, labelled box where a case sticker or the case number goes."""

    def __init__(self, width: float = 58 * mm, height: float = 30 * mm) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE_GREY)
        canv.setDash(3, 2)
        canv.setLineWidth(0.8)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canv.setFillColor(LABEL_GREY)
        canv.setFont(FONT, LABEL_SIZE)
        canv.drawString(2 * mm, self.height - 4.5 * mm, "Etichetta o codice pratica")
        canv.restoreState()


class RunningRef(Flowable):
    """Invisible marker: from its page on, the running header shows ``ref``.

    With ``new_section`` the pages from here on are numbered afresh ("Pagina 1 di M" of
    this part): put it first on a new page, as each context of :func:`round_sheets` is.
    """

    def __init__(self, ref: str, new_section: bool = False) -> None:
        super().__init__()
        self.ref = ref
        self.new_section = new_section
        self.width = self.height = 0

    def draw(self) -> None:
        canv = self.canv
        canv._genera_ref = self.ref
        if self.new_section:
            canv._genera_section += 1


class QrMatrix(Flowable):
    """A QR code of ``value`` (e.g. 'genera:household:<id>'), level M, drawn as one path.

    The matrix comes from :func:`qr_modules` (fixed mask, quick error correction); the
    dark modules' runs of each row become rectangles of a single filled path rather
    than one PDF rectangle operator each.
    """

    BORDER = 2  # quiet zone, in modules

    def __init__(self, value: str, size: float = 26 * mm) -> None:
        super().__init__()
        self.value = value
        self.modules = qr_modules(value)
        self.width = self.height = size

    def draw(self) -> None:
        count = len(self.modules)
        step = self.width / (count + 2 * self.BORDER)
        grid = _grid(step, count + 2 * self.BORDER)  # k modules, as PDF numbers
        tall = fp_str(step * 1.05)  # a hair over a module: no white seams between rows
        rects = []
        for r, row in enumerate(self.modules):
            y = fp_str(self.height - (r + self.BORDER + 1) * step)
            c = 0
            while c < count:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < count and row[c]:
                    c += 1
                rects.append(f"{grid[start + self.BORDER]} {y} {grid[c - start]} {tall} re")
        set_ink(self.canv, INK)
        # One path of a few hundred rectangles, filled once (nonzero: overlaps stay dark).
        self.canv._code.append(" ".join(rects) + " f")


@lru_cache(maxsize=8)
def _grid(step: float, count: int) -> tuple[str, ...]:
    return tuple(fp_str(k * step) for k in range(count + 1))


class FlowingBlock(KeepBlock):
    """A heading and a table: kept on one page while short, flowing on when long.

    A block up to ``keep_limit`` tall moves whole to the next page if it does not fit;
    a longer one (a large family) starts where it is, if ``min_start`` fits, and its
    table continues on the next pages with the header row repeated.
    """

    def __init__(self, flowables: list[Flowable], keep_limit: float, min_start: float,
                 page_height: float) -> None:
        super().__init__(flowables, page_height)
        self._keep_limit = keep_limit
        self._min_start = min_start

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        if self.height <= min(self._keep_limit, self.page_height):
            return []  # to the next page, whole
        content = list(self.parts)
        return [FrameBreak(), *content] if aH < self._min_start else content
