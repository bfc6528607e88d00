"""Local-only tables: they never replicate as records (DESIGN.md, "The store")."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from genera_desktop.store.base import Base


class Setting(Base):
    """Key/value settings of this installation: site identity, network, options."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class ClockState(Base):
    """One row: the hybrid clock, the latest wall reading, and the local change counter."""

    __tablename__ = "clock_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    wall: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Local, monotonic "db version": every captured or applied change gets the next one,
    # so a bundle for a peer is "every stamp with seq above what the peer acknowledged".
    seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Replica(Base):
    """Small local numbers for site ids, so a million field stamps stay compact."""

    __tablename__ = "replica"

    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)


class FieldClock(Base):
    """The stamp of every replicated field of every record (cr-sqlite's clock table).

    ``field`` ``cl`` is the record's existence counter. ``prev_*`` is the stamp of the
    value this one replaced, so an importer can tell a concurrent edit from a later one.
    """

    __tablename__ = "field_clock"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    rid: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer, nullable=False)
    site: Mapped[int] = mapped_column(Integer, nullable=False)
    prev_hlc: Mapped[int | None] = mapped_column(Integer, nullable=True)
    prev_site: Mapped[int | None] = mapped_column(Integer, nullable=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    # The peer (replica idx) a synced value came from, so it is not sent back there;
    # NULL for a local edit. Capture leaves it as it was: an edit has ``site`` = this
    # site, which sync reads as "ours" whatever ``src`` says.
    src: Mapped[int | None] = mapped_column(Integer, nullable=True)

    # Without rowid and without an index on ``seq``: the primary key is the table, so an
    # import writes one b-tree per stamp instead of three (half the work at a million
    # stamps). Sync reads "changes above seq N" per record by the key, or by scanning a
    # member's (small) table when it writes for the coordinator.
    __table_args__ = {"sqlite_with_rowid": False}


class User(Base):
    """A staff account. Its password unlocks a key slot (store/keyring.py)."""

    __tablename__ = "user"

    username: Mapped[str] = mapped_column(String(60), primary_key=True)
    display_name: Mapped[str | None] = mapped_column(String(120), nullable=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="operator")
    # The access areas granted (vocab.ACCESS_AREAS codes, a JSON list): the kinds of an
    # area are read and written only with it (services/permissions.py). Administrators
    # hold every area whatever this says.
    access_areas: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[str] = mapped_column(String(32), nullable=False)


class Site(Base):
    """The roster: every site this store knows, itself included."""

    __tablename__ = "site"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    point_code: Mapped[str | None] = mapped_column(String(12), nullable=True)
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    encryption_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    revoked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Stamp of the latest roster change about this site, so an older directive never
    # overrides a newer one.
    hlc: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    extra: Mapped[Any] = mapped_column(JSON, nullable=True)


class AuditEntry(Base):
    """Who viewed, changed, printed or exported which record, and when."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    username: Mapped[str | None] = mapped_column(String(60), nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    kind: Mapped[str | None] = mapped_column(String(20), nullable=True)
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    detail: Mapped[Any] = mapped_column(JSON, nullable=True)


class Conflict(Base):
    """A concurrent edit of one field that lost, kept for the coordinator to review."""

    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    rid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    field: Mapped[str] = mapped_column(String(40), nullable=False)
    winner_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    winner_hlc: Mapped[int] = mapped_column(Integer, nullable=False)
    winner_site: Mapped[str] = mapped_column(String(36), nullable=False)
    loser_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    loser_hlc: Mapped[int] = mapped_column(Integer, nullable=False)
    loser_site: Mapped[str] = mapped_column(String(36), nullable=False)
    detected_at: Mapped[str] = mapped_column(String(32), nullable=False)
    detected_by: Mapped[str] = mapped_column(String(36), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Local change counter when logged: a member ships entries above what the
    # coordinator acknowledged (spec/sync.md rule 7).
    seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
