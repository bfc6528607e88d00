"""The sync ledger: bundles seen, per-peer acknowledgements, quarantine (local-only).

None of these tables replicates as records; some of their rows travel inside bundles as
directives (quarantine decisions, refusals) or are rebuilt from what bundles say.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from genera_desktop.store.base import Base


class Peer(Base):
    """What this site knows of its exchanges with one other site.

    Sequence numbers count bundles per (sender, recipient) pair; ``*_upto`` values are
    local change counters (clock_state.seq) of the site named: a bundle carries every
    change above what its recipient acknowledged.
    """

    __tablename__ = "sync_peer"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # Bundles we wrote for it: the last sequence number used.
    out_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Our change counter up to which it has confirmed receiving (our incarnation only).
    ack_out: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Its change counter up to which we hold its changes: what we acknowledge to it.
    in_upto: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # The highest sequence number of its bundles we applied, in its current incarnation.
    in_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Its incarnation as last seen in one of its bundles.
    incarnation: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # Why its bundles are refused here until it is enrolled again (copied store...).
    suspended: Mapped[str | None] = mapped_column(String(40), nullable=True)


class BundleIn(Base):
    """Every bundle this site applied, so a second import applies nothing."""

    __tablename__ = "sync_bundle_in"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender: Mapped[str] = mapped_column(String(36), nullable=False)
    incarnation: Mapped[str] = mapped_column(String(36), nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    payload_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    imported_at: Mapped[str] = mapped_column(String(32), nullable=False)
    applied: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    report: Mapped[Any] = mapped_column(JSON, nullable=True)

    __table_args__ = (
        UniqueConstraint("sender", "incarnation", "sequence", name="uq_sync_bundle_in_seq"),
    )


class BundleOut(Base):
    """Every bundle this site wrote (its file name only: no path, nothing personal)."""

    __tablename__ = "sync_bundle_out"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    recipient: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    upto: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[str] = mapped_column(String(32), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    full: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    counts: Mapped[Any] = mapped_column(JSON, nullable=True)


class PeerRecord(Base):
    """What this site believes a member peer holds, so records entering its scope go in
    full and records leaving it are evicted.

    ``state`` is ``in`` (sent in full) or ``out`` (eviction sent); ``sent_upto`` is the
    ``upto`` of the last bundle that said so: confirmed once the peer acknowledges it.
    """

    __tablename__ = "sync_peer_record"

    peer: Mapped[int] = mapped_column(Integer, primary_key=True)  # replica idx
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    rid: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[str] = mapped_column(String(3), nullable=False)
    sent_upto: Mapped[int] = mapped_column(Integer, nullable=False)


class Quarantine(Base):
    """A field change stamped more than 24 h ahead of this site's clock, held unapplied.

    The id is derived from the change itself, so every site that holds a copy of it
    names it the same way and the coordinator's decision finds them all.
    """

    __tablename__ = "sync_quarantine"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    rid: Mapped[str] = mapped_column(String(36), nullable=False)
    field: Mapped[str] = mapped_column(String(40), nullable=False)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    hlc: Mapped[int] = mapped_column(Integer, nullable=False)
    site: Mapped[str] = mapped_column(String(36), nullable=False)
    prev_hlc: Mapped[int | None] = mapped_column(Integer, nullable=True)
    prev_site: Mapped[str | None] = mapped_column(String(36), nullable=True)
    sender: Mapped[str] = mapped_column(String(36), nullable=False)
    received_at: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="held")


class Directive(Base):
    """A coordinator's decision about one field change, sent to every site.

    ``reason``: ``accepted`` / ``rejected`` (quarantine) or ``out_of_scope`` (a change
    refused because its author no longer held the record). Wherever the field still
    carries the bad stamp it takes ``new_value`` with the ``new_*`` stamp (no stamp: the
    field is cleared), and a later copy of the bad change is ignored.
    """

    __tablename__ = "sync_directive"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reason: Mapped[str] = mapped_column(String(20), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    rid: Mapped[str] = mapped_column(String(36), nullable=False)
    field: Mapped[str] = mapped_column(String(40), nullable=False)
    bad_hlc: Mapped[int] = mapped_column(Integer, nullable=False)
    bad_site: Mapped[str] = mapped_column(String(36), nullable=False)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_hlc: Mapped[int | None] = mapped_column(Integer, nullable=True)
    new_site: Mapped[str | None] = mapped_column(String(36), nullable=True)
    decided_at: Mapped[str] = mapped_column(String(32), nullable=False)
    # Local change counter when this site learnt it: the coordinator ships those above
    # what each peer acknowledged.
    seq: Mapped[int] = mapped_column(Integer, nullable=False, index=True)


class PendingEviction(Base):
    """A record that left this site's scope, removed once the coordinator has every
    local change to it."""

    __tablename__ = "sync_eviction"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    rid: Mapped[str] = mapped_column(String(36), primary_key=True)
    since: Mapped[str] = mapped_column(String(32), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class Enrolment(Base):
    """An invitation the coordinator wrote: the token's hash, until the site's first
    bundle brings its keys."""

    __tablename__ = "sync_enrolment"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[str] = mapped_column(String(32), nullable=False)
    completed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


Index("ix_sync_quarantine_status", Quarantine.status)
