"""Stored moments: ISO 8601 text, UTC when it names no zone."""

from __future__ import annotations

from datetime import UTC, datetime


def parse_stamp(iso: str | None) -> datetime | None:
    """The moment an ISO text names, zone-aware (UTC when it names none); None when the
    text is empty or not a moment."""
    if not iso:
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
