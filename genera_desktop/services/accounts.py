"""Staff accounts: each with a password that unlocks the shared store on this PC."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from genera_desktop.domain.errors import FieldError, NotFound, Refused, ValidationFailed
from genera_desktop.services import audit, permissions
from genera_desktop.store.local import User
from genera_desktop.store.store import now_iso
from genera_desktop.store.uow import UnitOfWork

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,59}$")
MIN_PASSWORD = 8


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str | None
    role: str
    health_access: bool
    active: bool


def check_password(password: str, field: str = "password") -> None:
    """A password long enough to resist guessing on a stolen laptop."""
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed([FieldError(field, "password_short", str(MIN_PASSWORD))])


def check_username(username: str) -> None:
    if not USERNAME_RE.match(username):
        raise ValidationFailed([FieldError("username", "username_format", value=username)])


def list_accounts(uow: UnitOfWork) -> list[Account]:
    """Every account, active or not."""
    return [
        Account(u.username, u.display_name, u.role, u.health_access, u.active)
        for u in uow.session.scalars(select(User).order_by(User.username))
    ]


def current_account(uow: UnitOfWork) -> Account:
    user = uow.session.get(User, uow.username) if uow.username else None
    if user is None:
        raise NotFound("user", uow.username or "")
    return Account(user.username, user.display_name, user.role, user.health_access, user.active)


def add_account(uow: UnitOfWork, username: str, password: str, *, role: str = "operator",
                display_name: str | None = None, health_access: bool = False) -> None:
    """An administrator adds a colleague; the caller commits."""
    permissions.require_admin(uow.session, uow.username)
    check_username(username)
    check_password(password)
    if role not in ("admin", "operator"):
        raise ValidationFailed([FieldError("role", "choice", "admin, operator", value=role)])
    existing = uow.session.scalar(select(User).where(User.username.ilike(username)))
    if existing is not None:
        raise ValidationFailed([FieldError("username", "duplicate", value=username)])
    uow.session.add(User(username=username, display_name=display_name or username, role=role,
                         health_access=health_access, active=True, created_at=now_iso()))
    uow.session.flush()
    uow.store.keyring.set_user(username, password, uow.store.key)
    audit.record(uow, "admin", "user", None, {"add": username, "role": role})


def set_password(uow: UnitOfWork, username: str, password: str) -> None:
    """Reset a password: an administrator for anyone, a user for themself."""
    if username != uow.username:
        permissions.require_admin(uow.session, uow.username)
    user = uow.session.get(User, username)
    if user is None:
        raise NotFound("user", username)
    check_password(password)
    uow.store.keyring.set_user(username, password, uow.store.key)
    audit.record(uow, "admin", "user", None, {"password": username})


def set_active(uow: UnitOfWork, username: str, active: bool, password: str | None = None) -> None:
    """Disable (the key slot goes) or enable again (with a new password) an account."""
    permissions.require_admin(uow.session, uow.username)
    user = uow.session.get(User, username)
    if user is None:
        raise NotFound("user", username)
    if not active and username == uow.username:
        raise Refused("cannot_disable_self")
    user.active = active
    if active:
        if password is None:
            raise ValidationFailed([FieldError("password", "required")])
        check_password(password)
        uow.store.keyring.set_user(username, password, uow.store.key)
    else:
        uow.store.keyring.remove_user(username)
    audit.record(uow, "admin", "user", None, {"active": active, "user": username})


def commit_accounts(uow: UnitOfWork) -> None:
    """Commit the users table and then write the key slots beside it."""
    uow.commit()
    uow.store.keyring.save()
