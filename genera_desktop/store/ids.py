"""UUIDv7 record ids: time-ordered, made on the site that creates the record."""

from __future__ import annotations

import os
import time
import uuid


def new_id(ms: int | None = None, rand: bytes | None = None) -> str:
    """A UUIDv7 string (RFC 9562): 48-bit ms timestamp, version 7, 74 random bits."""
    if ms is None:
        ms = time.time_ns() // 1_000_000
    if rand is None:
        rand = os.urandom(10)
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= int.from_bytes(rand, "big") & ((1 << 80) - 1)
    value &= ~(0xF << 76)
    value |= 0x7 << 76  # version
    value &= ~(0x3 << 62)
    value |= 0x2 << 62  # RFC 4122 variant
    return str(uuid.UUID(int=value))
