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


# The namespace of ids made from other ids (uuid5 over it and the kind and ids).
_NAMED = uuid.UUID("3c0f7a52-7d1e-4a8c-9a53-1f0d6e2b8c41")


def id_from(kind: str, *ids: str) -> str:
    """The id of the one record of ``kind`` these ids may have (a person's enrolment in
    a workshop, their job profile): the same on every site, so two sites that make it
    while apart make one record, which sync then merges field by field."""
    key = "|".join([kind, *(i.strip().lower() for i in ids)])
    return str(uuid.uuid5(_NAMED, key))
