"""Custom flowables of the printed forms: checkboxes, ruled lines, slots, QR codes.

They draw shapes rather than glyphs (a checkbox is a square, crossed when chosen) so
that forms print the same whatever the font, and they hold no data logic.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, FrameBreak, KeepTogether

from genera_desktop.printing.fonts import FONT, FONT_BOLD

BODY_SIZE = 10.5
LABEL_SIZE = 9
WRITE_HEIGHT = 9 * mm  # room for one handwritten line on blank forms

INK = colors.black
LABEL_GREY = colors.Color(0.3, 0.3, 0.3)
RULE_GREY = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.9, 0.9, 0.9)


def draw_checkbox(canv: Canvas, x: float, y: float, size: float, checked: bool) -> None:
    """Draw a square box at (x, y) (bottom left), crossed when ``checked``."""
    canv.saveState()
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.8)
    canv.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        inset = size * 0.18
        canv.setLineWidth(1.4)
        canv.line(x + inset, y + inset, x + size - inset, y + size - inset)
        canv.line(x + inset, y + size - inset, x + size - inset, y + inset)
    canv.restoreState()


class Choices(Flowable):
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
        self._items: list[tuple[float, float, list[str], bool]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._items = []
        x = y = 0.0  # y: distance of the current line's top from the flowable's top
        row_lines = 1
        per_col = availWidth / self.columns if self.columns else availWidth
        for index, (label, checked) in enumerate(self.options):
            font = FONT_BOLD if checked else FONT
            room = per_col - self.BOX - self.GAP - (1 * mm if self.columns else 0)
            lines = simpleSplit(label, font, self.size, max(room, 10 * mm))
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

    def draw(self) -> None:
        canv = self.canv
        ascent = self.size * 0.76 + (self.leading - self.size) / 2
        for x, top, lines, checked in self._items:
            baseline = self.height - top - ascent - self.size * 0.2
            box_y = baseline + self.size * 0.36 - self.BOX / 2
            draw_checkbox(canv, x, box_y, self.BOX, checked)
            canv.setFont(FONT_BOLD if checked else FONT, self.size)
            canv.setFillColor(INK)
            for i, line in enumerate(lines):
                canv.drawString(x + self.BOX + self.GAP, baseline - i * self.leading, line)


class RuledLines(Flowable):
    """Faint horizontal lines to write on, one every ``spacing``."""

    def __init__(self, count: int, spacing: float = WRITE_HEIGHT) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(colors.Color(0.75, 0.75, 0.75))
        self.canv.setLineWidth(0.4)
        for i in range(self.count):
            y = self.height - (i + 1) * self.spacing + 1.5
            self.canv.line(0, y, self.width, y)
        self.canv.restoreState()


class CombBoxes(Flowable):
    """A row of character boxes, as for a codice fiscale written by hand."""

    def __init__(self, count: int, box: float = 5.5 * mm, height: float = 8 * mm) -> None:
        super().__init__()
        self.count = count
        self.box = box
        self.width = count * box
        self.height = height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE_GREY)
        self.canv.setLineWidth(0.6)
        for i in range(self.count):
            self.canv.rect(i * self.box, 0, self.box, self.height, stroke=1, fill=0)
        self.canv.restoreState()


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


def qr_code(value: str, size: float = 26 * mm) -> QrCode:
    """Return a QR code flowable encoding ``value`` (e.g. 'genera:household:<id>')."""
    return QrCode(value, width=size, height=size, qrLevel="M", qrBorder=2)


class FlowingBlock(KeepTogether):
    """A heading and a table: kept on one page while short, flowing on when long.

    A block up to ``keep_limit`` tall moves whole to the next page if it does not fit;
    a longer one (a large family) starts where it is, if ``min_start`` fits, and its
    table continues on the next pages with the header row repeated.
    """

    def __init__(self, flowables: list[Flowable], keep_limit: float, min_start: float) -> None:
        super().__init__(flowables)
        self._keep_limit = keep_limit
        self._min_start = min_start

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._keep_limit >= self._H or aH >= self._H:
            return super().split(aW, aH)
        content = list(self._content)
        return [FrameBreak(), *content] if aH < self._min_start else content
