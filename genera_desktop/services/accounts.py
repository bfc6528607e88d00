"""Staff accounts: each with a password that unlocks the shared store on this PC."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from genera_desktop.domain import vocab
from genera_desktop.domain.errors import FieldError, NotFound, Refused, ValidationFailed
from genera_desktop.domain.passwords import MIN_LENGTH, is_common
from genera_desktop.services import permissions
from genera_desktop.services.coordination import audit
from genera_desktop.services.network.site import site_info
from genera_desktop.services.transaction import reads, writes_then
from genera_desktop.store.keyring import new_recovery_key
from genera_desktop.store.local import User
from genera_desktop.store.store import Store, now_iso
from genera_desktop.store.uow import UnitOfWork

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,59}$")
MIN_PASSWORD = MIN_LENGTH  # 10: what an offline guesser of a stolen laptop's key meets


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str | None
    role: str
    access_areas: tuple[str, ...]  # as granted, in vocab.ACCESS_AREAS order
    active: bool

    @property
    def areas(self) -> tuple[str, ...]:
        """The areas the account may use: every one for an administrator."""
        return tuple(vocab.ACCESS_AREAS) if self.role == "admin" else self.access_areas


def _save_key_slots(uow: UnitOfWork) -> None:
    uow.store.keyring.save()


# An account change given the store: committed, then the key file written beside it.
changes_accounts = writes_then(_save_key_slots)


def _account(user: User) -> Account:
    return Account(user.username, user.display_name, user.role,
                   _in_order(user.access_areas or ()), user.active)


def _in_order(areas: Iterable[str]) -> tuple[str, ...]:
    wanted = set(areas)
    return tuple(a for a in vocab.ACCESS_AREAS if a in wanted)


def check_areas(areas: Iterable[str], field: str = "access") -> None:
    """Every area named must be one of vocab.ACCESS_AREAS."""
    for area in areas:
        if area not in vocab.ACCESS_AREAS:
            raise ValidationFailed([FieldError(field, "choice", ", ".join(vocab.ACCESS_AREAS),
                                               value=area)])


def check_password(password: str, field: str = "password", *,
                   username: str | None = None, display_name: str | None = None) -> None:
    """A password long enough to resist guessing on a stolen laptop, and not one of the
    commonest (domain/passwords.py: nor the user's own name with digits around it).
    The error never carries the password."""
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed([FieldError(field, "password_short", str(MIN_PASSWORD))])
    names = tuple(n for n in (username, display_name, *(display_name or "").split()) if n)
    if is_common(password, also=names):
        raise ValidationFailed([FieldError(field, "password_common")])


def check_username(username: str) -> None:
    if not USERNAME_RE.match(username):
        raise ValidationFailed([FieldError("username", "username_format", value=username)])


@reads
def list_accounts(uow: UnitOfWork) -> list[Account]:
    """Every account, active or not."""
    return [_account(u) for u in uow.session.scalars(select(User).order_by(User.username))]


@reads
def is_admin(uow: UnitOfWork) -> bool:
    """Whether the logged-in user is an administrator."""
    user = uow.session.get(User, uow.username) if uow.username else None
    return bool(user and user.role == "admin")


@reads
def current_account(uow: UnitOfWork) -> Account:
    user = uow.session.get(User, uow.username) if uow.username else None
    if user is None:
        raise NotFound("user", uow.username or "")
    return _account(user)


@changes_accounts
def add_account(uow: UnitOfWork, username: str, password: str, *, role: str = "operator",
                display_name: str | None = None, access_areas: Iterable[str] = ()) -> None:
    """An administrator adds a colleague, with the access areas granted; the caller
    commits."""
    permissions.require_admin(uow.session, uow.username)
    check_username(username)
    check_password(password, username=username, display_name=display_name)
    if role not in ("admin", "operator"):
        raise ValidationFailed([FieldError("role", "choice", "admin, operator", value=role)])
    check_areas(access_areas)
    existing = uow.session.scalar(select(User).where(User.username.ilike(username)))
    if existing is not None:
        raise ValidationFailed([FieldError("username", "duplicate", value=username)])
    areas = list(_in_order(access_areas))
    uow.session.add(User(username=username, display_name=display_name or username, role=role,
                         access_areas=areas, active=True, created_at=now_iso()))
    uow.session.flush()
    uow.store.keyring.set_user(username, password, uow.store.key)
    audit.record(uow, "admin", "user", None, {"add": username, "role": role, "access": areas})


@changes_accounts
def set_access(uow: UnitOfWork, username: str, *, grant: Iterable[str] = (),
               revoke: Iterable[str] = ()) -> tuple[str, ...]:
    """An administrator grants and revokes access areas; returns the user's areas now.

    An area both granted and revoked is refused (which one was meant?). Revoking an
    area the user lacks, or granting one they hold, changes nothing. The caller commits.
    """
    permissions.require_admin(uow.session, uow.username)
    grant, revoke = list(grant), list(revoke)
    check_areas(grant, "grant")
    check_areas(revoke, "revoke")
    both = sorted(set(grant) & set(revoke))
    if both:
        raise ValidationFailed([FieldError("revoke", "contradicts_grant", value=both[0])])
    user = uow.session.get(User, username)
    if user is None:
        raise NotFound("user", username)
    before = set(user.access_areas or ())
    after = _in_order((before | set(grant)) - set(revoke))
    if set(after) != before:
        user.access_areas = list(after)
        audit.record(uow, "admin", "user", None, {
            "access": username, "grant": sorted(set(after) - before),
            "revoke": sorted(before - set(after))})
    return after


@changes_accounts
def set_password(uow: UnitOfWork, username: str, password: str) -> None:
    """Reset a password: an administrator for anyone, a user for themself."""
    if username != uow.username:
        permissions.require_admin(uow.session, uow.username)
    user = uow.session.get(User, username)
    if user is None:
        raise NotFound("user", username)
    check_password(password, username=username, display_name=user.display_name)
    uow.store.keyring.set_user(username, password, uow.store.key)
    audit.record(uow, "admin", "user", None, {"password": username})


@changes_accounts
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
        check_password(password, username=username, display_name=user.display_name)
        uow.store.keyring.set_user(username, password, uow.store.key)
    else:
        uow.store.keyring.remove_user(username)
    audit.record(uow, "admin", "user", None, {"active": active, "user": username})


def commit_accounts(uow: UnitOfWork) -> None:
    """Commit the users table and then write the key slots beside it."""
    uow.commit()
    uow.store.keyring.save()


@dataclass(frozen=True)
class Recovered:
    """An administrator let back in (or who replaced the key), the new recovery key, and
    the names printed on its sheet."""

    username: str
    recovery_key: str
    network_name: str
    site_name: str


def recover_admin(store: Store, username: str, password: str) -> Recovered:
    """On a store opened with the recovery key: a new password for an administrator.

    The account is enabled again if it was disabled. The recovery key is replaced: the
    used one has been typed on a shared PC (and perhaps left in a shell history), and
    its sheet has been out of the safe; the new key must be shown once, like at setup.
    The users table is committed before the key slots are written, so a failure in
    between leaves the old key and passwords working.
    """
    check_password(password, username=username)
    with store.unit_of_work() as uow:
        user = uow.session.get(User, username)
        if user is None:
            # Names are matched as typed, in any case (not ilike: "%" would match anyone).
            wanted = username.strip().lower()
            user = uow.session.scalar(select(User).where(func.lower(User.username) == wanted))
        if user is None or user.role != "admin":
            raise NotFound("administrator", username)
        user.active = True
        # Who typed the key is not known: the entry names the account, never the key.
        audit.record(uow, "admin", "user", None,
                     {"password_recovered": user.username, "recovery_key": "replaced"})
        new_key = new_recovery_key()
        name = user.username

        def new_slots() -> None:
            store.keyring.set_user(name, password, store.key)
            store.keyring.set_recovery(new_key, store.key)

        _commit_with_slots(uow, new_slots)
        return _recovered(uow, name, new_key)


def recover_with_key(data_dir: Path, recovery_key: str, username: str,
                     password: str) -> Recovered:
    """Open the store with the recovery key and let an administrator back in.

    AuthFailed for a key that does not open it; nothing is written then.
    """
    check_password(password, username=username)  # before the key's costly derivation
    store = Store.open_with_recovery(data_dir, recovery_key)
    try:
        return recover_admin(store, username, password)
    finally:
        store.close()


def replace_recovery_key(store: Store) -> Recovered:
    """An administrator, logged in, makes a new recovery key: the old one stops working.

    For a sheet that was lost or seen by someone. Only the key slot of this store
    changes: a backup made before keeps its own key file, so the old sheet still opens
    it. The entry names who did it, never the key. The users table (the entry) is
    committed before the key slots are written, as in recover_admin; if that commit
    fails, the slot in memory is put back, so no later save writes a key nobody saw.
    """
    with store.unit_of_work() as uow:
        permissions.require_admin(uow.session, uow.username)
        audit.record(uow, "admin", "user", None, {"recovery_key": "replaced"})
        new_key = new_recovery_key()
        _commit_with_slots(uow, lambda: store.keyring.set_recovery(new_key, store.key))
        return _recovered(uow, uow.username or "", new_key)


def _commit_with_slots(uow: UnitOfWork, change: Callable[[], object]) -> None:
    """Change key slots and commit the users table, then write the slots
    (commit_accounts). If either fails, the slots in memory are put back: a later save
    (adding a colleague) must not write a key or password nobody was told of."""
    keyring = uow.store.keyring
    before = dict(keyring.slots)
    change()
    try:
        commit_accounts(uow)
    except BaseException:
        keyring.slots.clear()
        keyring.slots.update(before)
        raise


def _recovered(uow: UnitOfWork, username: str, recovery_key: str) -> Recovered:
    site = site_info(uow.session)
    return Recovered(username, recovery_key, site.network_name or "", site.site_name or "")
