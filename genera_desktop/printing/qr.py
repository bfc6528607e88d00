"""The module matrix of a QR code, computed once with a fixed mask and a quick ECC.

ReportLab's encoder scores all eight mask patterns (encoding the symbol eight times)
and computes the Reed-Solomon error correction with polynomial objects rebuilt for
every block: most of the time of an intake form went there. Any mask is valid and
every reader handles them all, so the mask is fixed; the error correction uses log
tables and a generator polynomial computed once per length. ReportLab still lays the
symbol out (version, finder patterns, format bits), so the matrix is the standard one.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, zip_longest

from reportlab.graphics.barcode.qrencoder import (
    EXP_TABLE,
    LOG_TABLE,
    QRCode,
    QRErrorCorrectLevel,
    QRRSBlock,
    QRUtil,
)

MASK = 0
PAD_BYTES = (0xEC, 0x11)


def qr_modules(value: str, mask: int = MASK) -> list[list[bool]]:
    """Return the dark (True) and light modules of ``value``'s QR code, level M, row by row."""
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.version = qr.calculate_version()
    template, places = _layout(qr.version, mask)
    modules = [row[:] for row in template]
    codewords = _codewords(qr)
    stream = int.from_bytes(bytes(codewords), "big")
    total = 8 * len(codewords)
    for index, (row, col, masked) in enumerate(places[:total]):  # places left over: 0
        if stream >> (total - 1 - index) & 1:
            modules[row][col] = not masked
    return modules


@lru_cache(maxsize=16)
def _layout(version: int, mask: int) -> tuple[list[list[bool]], list[tuple[int, int, bool]]]:
    """The symbol of a version with every data bit 0, and where the data bits go.

    Finder, timing and format patterns are the same for every code of a version and
    mask: ReportLab lays them out once; each code then only flips its data modules.
    Each place is (row, column, the mask's value there), in the order bits are placed.
    """
    qr = QRCode(version, QRErrorCorrectLevel.M)
    blocks = QRRSBlock.getRSBlocks(version, qr.errorCorrectLevel)
    qr.dataCache = [0] * sum(b.totalCount for b in blocks)
    qr.makeImpl(False, mask)
    is_masked = QRUtil.getMask(mask)
    places = [(row, col, bool(is_masked(row, col))) for col, row in qr.dataPosIterator()]
    return qr.modules, places


def _codewords(qr: QRCode) -> list[int]:
    """The data codewords with padding, then the error correction, interleaved by block."""
    blocks = QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    capacity = sum(b.dataCount for b in blocks) * 8
    buffer = _BitBuffer()
    for data in qr.dataList:
        data.write(buffer, qr.version)
    if buffer.length + 4 <= capacity:
        buffer.put(0, 4)  # terminator
    buffer.put(0, -buffer.length % 8)
    pad = 0
    while buffer.length < capacity:
        buffer.put(PAD_BYTES[pad % 2], 8)
        pad += 1
    codewords = buffer.value.to_bytes(capacity // 8, "big")
    data_blocks, ecc_blocks, offset = [], [], 0
    for block in blocks:
        data = list(codewords[offset:offset + block.dataCount])
        offset += block.dataCount
        data_blocks.append(data)
        ecc_blocks.append(_ecc(tuple(data), block.totalCount - block.dataCount))
    return [c for group in chain(zip_longest(*data_blocks), zip_longest(*ecc_blocks))
            for c in group if c is not None]


class _BitBuffer:
    """The bit stream of a symbol as one integer; ReportLab's data segments write to it.

    It has the two methods they call (``put`` and ``putBit``) and appends a whole field
    at once where QRBitBuffer appends bit by bit.
    """

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # noqa: N802 (ReportLab's name)
        self.put(int(bool(bit)), 1)

    def getLengthInBits(self) -> int:  # noqa: N802 (ReportLab's name)
        return self.length


@lru_cache(maxsize=32)
def _products(length: int) -> tuple[tuple[int, ...], ...]:
    """For each byte value, its products with the generator polynomial's coefficients.

    The generator of ``length`` correction codewords (leading 1 left out) comes from
    ReportLab; a row per factor turns each step of the division into one XOR of lists.
    """
    coefficients = QRUtil.getErrorCorrectPolynomial(length).num[1:]
    logs = [LOG_TABLE[c] for c in coefficients]
    rows = [tuple([0] * length)]
    for factor in range(1, 256):
        lf = LOG_TABLE[factor]
        rows.append(tuple(EXP_TABLE[(lf + lg) % 255] for lg in logs))
    return tuple(rows)


def _ecc(data: tuple[int, ...], length: int) -> list[int]:
    """Reed-Solomon remainder of ``data`` over GF(256): ``length`` correction codewords."""
    products = _products(length)
    remainder = [0] * length
    for byte in data:
        row = products[byte ^ remainder[0]]
        remainder.append(0)
        remainder = [r ^ p for r, p in zip(remainder[1:], row, strict=True)]
    return remainder
