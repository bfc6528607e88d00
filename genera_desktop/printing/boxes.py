"""Plain text lines, labelled box rows, headings and kept blocks drawn straight on the canvas.

A platypus Paragraph parses markup and a Table measures every cell through a general
engine; a form prints thousands of short labels and values that need neither. These
flowables wrap plain text with a cached greedy line breaker and draw the boxes of a
row with a handful of canvas calls: the same look at a fraction of the cost when the
forms of 4,500 households go into one PDF (the whole run went from 64 ms of CPU a
household to about 10). Text stays real text in the embedded font: :func:`draw_plain`
writes the same operators as ``drawString``, encoded once per document.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

SOFT_HYPHEN = "\u00ad"
SLACK = 0.5  # points a line may overrun its width: invisible, and saves a wrap


@lru_cache(maxsize=8192)
def wrap_text(value: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Break ``value`` into lines no wider than ``width``, at spaces and newlines.

    A word too long for a line breaks at a soft hyphen (printed as '-') or, failing
    that, between letters: an e-mail address in a narrow box must not run out of it.
    Cached: the labels of a form are the same for every household. Like a Paragraph it
    lets a line overrun by a hair (``SLACK``) rather than wrap a label that just fits.
    """
    width += SLACK
    lines: list[str] = []
    for paragraph in value.split("\n"):
        line = ""
        for word in paragraph.split():
            whole = word.replace(SOFT_HYPHEN, "")
            candidate = f"{line} {whole}" if line else whole
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            if stringWidth(whole, font, size) <= width:
                line = whole
                continue
            pieces = _break_word(word, font, size, width)
            lines.extend(pieces[:-1])
            line = pieces[-1]
        lines.append(line)
    return tuple(lines)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than a line: at its soft hyphens if they do, else letter by letter."""
    if SOFT_HYPHEN in word:
        parts = word.split(SOFT_HYPHEN)
        pieces, current = [], parts[0]
        for part in parts[1:]:
            if stringWidth(f"{current}{part}-", font, size) <= width:
                current += part
            else:
                pieces.append(current + "-")
                current = part
        return [*pieces, current]
    pieces, current = [], ""
    for letter in word:
        if current and stringWidth(current + letter, font, size) > width:
            pieces.append(current)
            current = ""
        current += letter
    return [*pieces, current]


def set_ink(canv: Canvas, color: object) -> None:
    """Set the fill (text) colour unless it is already the current one.

    The canvas keeps its current colours (and saves them with the graphics state), so a
    form that writes a thousand labels in the same grey emits the colour once, not a
    thousand times.
    """
    if canv._fillColorObj is color:
        return
    plain = isinstance(color, Color) and type(color) is Color and color.alpha == 1
    if plain and not canv._enforceColorSpace:
        canv._code.append(_fill_op(color))  # what setFillColor writes, without its checks
        canv._fillColorObj = color
    else:
        canv.setFillColor(color)


@lru_cache(maxsize=16)
def _fill_op(color: Color) -> str:
    return f"{fp_str(color.red, color.green, color.blue)} rg"


def set_pen(canv: Canvas, color: object, width: float) -> None:
    """Set the stroke colour and line width, each only if it changes."""
    if canv._strokeColorObj is not color:
        canv.setStrokeColor(color)
    if canv._lineWidth != width:
        canv.setLineWidth(width)


class Drawn(Flowable):
    """A flowable that draws at an offset on the canvas it is given, state untouched.

    Flowable.drawOn saves the graphics state, translates and restores it: a hundred
    times a form. A box row draws the parts that are Drawn straight at their place;
    they set colours and widths through :func:`set_ink` and :func:`set_pen`.
    """

    def draw(self) -> None:
        self.draw_at(self.canv, 0, 0)

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        """Draw with the bottom left at (x, y)."""
        raise NotImplementedError


class TextLines(Drawn):
    """Plain text (no markup) in one paragraph style, wrapped to the width it is given."""

    def __init__(self, value: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.value = value
        self.style = style
        self.lines: tuple[str, ...] = ()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        style = self.style
        self.lines = wrap_text(self.value, style.fontName, style.fontSize, availWidth)
        self.width = availWidth
        self.height = len(self.lines) * style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []  # short texts: they move to the next page whole

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        style = self.style
        font, size = style.fontName, style.fontSize
        set_ink(canv, style.textColor)
        baseline = y + self.height - size
        centred = style.alignment == 1
        for line in self.lines:
            left = x + (self.width - stringWidth(line, font, size)) / 2 if centred else x
            draw_plain(canv, left, baseline, line, font, size)
            baseline -= style.leading


def _place(canv: Canvas, flowable: Flowable, x: float, y: float) -> None:
    if isinstance(flowable, Drawn):
        flowable.draw_at(canv, x, y)
    elif not isinstance(flowable, Spacer):  # a strut holds room and draws nothing
        flowable.drawOn(canv, x, y)


class BoxRow(Drawn):
    """One row of labelled boxes that share their borders, contents at the top.

    Each cell is a list of flowables stacked top down (a label, then the value or room
    to write); the row is as tall as its tallest cell, padding included.
    """

    PAD_LEFT = PAD_RIGHT = 4.0
    PAD_TOP = 3.0
    PAD_BOTTOM = 4.0

    def __init__(self, cells: Sequence[Sequence[Flowable]], widths: Sequence[float],
                 line_width: float, color: object) -> None:
        super().__init__()
        self.cells = [list(c) for c in cells]
        self.widths = list(widths)
        self.line_width = line_width
        self.color = color

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        tallest = 0.0
        for cell, width in zip(self.cells, self.widths, strict=True):
            inner = width - self.PAD_LEFT - self.PAD_RIGHT
            tallest = max(tallest, sum(f.wrap(inner, availHeight)[1] for f in cell))
        self.width = sum(self.widths)
        self.height = tallest + self.PAD_TOP + self.PAD_BOTTOM
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        set_pen(canv, self.color, self.line_width)
        canv.rect(x, y, self.width, self.height, stroke=1, fill=0)
        left = x
        for cell, width in zip(self.cells, self.widths, strict=True):
            if left > x:
                set_pen(canv, self.color, self.line_width)
                canv.line(left, y, left, y + self.height)
            top = y + self.height - self.PAD_TOP
            for flowable in cell:
                top -= flowable.height
                _place(canv, flowable, left + self.PAD_LEFT, top)
            left += width


class Heading(Drawn):
    """A section heading: bold text with a rule under it, kept with what follows."""

    PAD_TOP = 7.0
    PAD_BOTTOM = 3.0

    def __init__(self, title: str, style: ParagraphStyle, rule_width: float, color: object,
                 keep_with_next: bool = True) -> None:
        super().__init__()
        self.text = TextLines(title, style)
        self.rule_width = rule_width
        self.color = color
        self.keepWithNext = int(keep_with_next)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.PAD_TOP + self.text.wrap(availWidth, availHeight)[1] + self.PAD_BOTTOM
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        self.text.draw_at(canv, x, y + self.PAD_BOTTOM)
        set_pen(canv, self.color, self.rule_width)
        canv.line(x, y, x + self.width, y)


_CACHE_LIMIT = 20_000  # encoded strings kept per document (labels repeat, values rarely)


def draw_plain(canv: Canvas, x: float, y: float, value: str, font: str, size: float) -> None:
    """Draw ``value`` with its baseline at (x, y), as ``canv.drawString`` would.

    drawString builds a text object and maps every character to the font subset each
    time; a form draws the same labels for every household. The encoded operators of
    each string are kept per document (subset codes belong to a document) and the text
    is written as one BT ... ET with its own font operator, so it stays real text.
    """
    if not value:
        return
    doc = canv._doc
    held = canv.__dict__.get("_genera_text")
    if held is None or held[0] is not doc:
        held = (doc, {})
        canv._genera_text = held
    encoded: dict[tuple[str, float, str], str] = held[1]
    key = (font, size, value)
    ops = encoded.get(key)
    if ops is None:
        face = pdfmetrics.getFont(font)
        if not getattr(face, "_dynamicFont", False):  # a standard font: the usual way
            canv.setFont(font, size)
            canv.drawString(x, y, value)
            return
        size_op = fp_str(size)
        ops = " ".join(
            f"{face.getSubsetInternalName(subset, doc)} {size_op} Tf ({canv._escape(chunk)}) Tj"
            for subset, chunk in face.splitString(value, doc)
        )
        if len(encoded) >= _CACHE_LIMIT:
            encoded.clear()
        encoded[key] = ops
    canv._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {ops} ET")


class KeepBlock(Drawn):
    """Flowables kept on one page and drawn as one: a lighter KeepTogether.

    A block that does not fit where it is moves whole to the next page; one taller
    than a page (``page_height``) flows on as its parts. Unlike KeepTogether it does
    not copy the frame to measure itself, and draws its parts in one go.
    """

    def __init__(self, parts: Sequence[Flowable], page_height: float) -> None:
        super().__init__()
        self.parts = list(parts)
        self.page_height = page_height
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        canv = getattr(self, "canv", None)
        self._heights = [f.wrapOn(canv, availWidth, self.page_height)[1] for f in self.parts]
        self.width = availWidth
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self.height > self.page_height:
            return list(self.parts)
        return []  # to the next page, whole

    def draw_at(self, canv: Canvas, x: float, y: float) -> None:
        top = y + self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            top -= height
            _place(canv, part, x, top)
