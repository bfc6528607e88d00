"""Typed errors the core raises. They carry machine codes, never UI sentences:
the CLI and the GUI turn them into words (DESIGN.md, "User-visible text")."""

from __future__ import annotations

from pathlib import Path


class GeneraError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"


class FieldError(GeneraError):
    """One field of one record is wrong."""

    def __init__(self, field: str, code: str, detail: str = "", value: object = None) -> None:
        super().__init__(f"{field}: {code}{': ' + detail if detail else ''}")
        self.field = field
        self.code = code
        self.detail = detail
        self.value = value


class ValidationFailed(GeneraError):
    """Several field errors at once (a form, an import row)."""

    code = "validation"

    def __init__(self, errors: list[FieldError], where: str = "") -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors
        self.where = where


class NotFound(GeneraError):
    """A record, user or site that this store does not hold."""

    code = "not_found"

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"{kind} {ident} not found")
        self.kind = kind
        self.ident = ident


class Refused(GeneraError):
    """An operation that is not allowed here, by role, scope or state."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}{': ' + detail if detail else ''}")
        self.code = code
        self.detail = detail


class MoveRefused(Refused):
    """A status change the kind's flow does not allow (an initiative's): code
    ``KIND_move``, naming where from and where to."""

    def __init__(self, kind: str, from_status: str | None, to_status: str | None) -> None:
        super().__init__(f"{kind}_move", f"from {from_status} to {to_status}")
        self.from_status = from_status
        self.to_status = to_status


class AuthFailed(GeneraError):
    """Unknown user, wrong password or disabled account (deliberately not said which)."""

    code = "auth"


class StoreMissing(GeneraError):
    """No store in the data folder yet."""

    code = "no_store"

    def __init__(self, path: str) -> None:
        super().__init__(f"no store in {path}")
        self.path = path


class StoreExists(GeneraError):
    """A store already lives in the data folder."""

    code = "store_exists"

    def __init__(self, path: str) -> None:
        super().__init__(f"a store already exists in {path}")
        self.path = path


class StoreNewer(GeneraError):
    """The store was written by a newer release of genera."""

    code = "store_newer"


class ClockSetBack(GeneraError):
    """The wall clock is well behind a reading this site already made: edits are refused."""

    code = "clock_set_back"

    def __init__(self, wall_ms: int, last_wall_ms: int) -> None:
        super().__init__(f"wall clock {wall_ms} is behind last reading {last_wall_ms}")
        self.wall_ms = wall_ms
        self.last_wall_ms = last_wall_ms


class Cancelled(GeneraError):
    """Long work (an import, demo data) stopped by the user; nothing of it was kept."""

    code = "cancelled"


# -- sync files (bundles, invitations) ---------------------------------------------------
# Each carries a machine ``code`` and the file ``path``; the faces turn the code into
# words. ``str()`` is for logs only.


class SyncFileError(Exception):
    """Something is wrong with a sync file. `code` says what, `path` says which file."""

    def __init__(self, code: str, path: str | Path, detail: str = "") -> None:
        self.code = code
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{code}: {self.path}" + (f" ({detail})" if detail else ""))


class BundleError(SyncFileError):
    """A `.genera` bundle cannot be used."""


class BundleCorrupt(BundleError):
    """Not a bundle, truncated, tampered with, or badly signed.

    Codes: ``not_a_bundle``, ``truncated``, ``corrupt``, ``bad_signature``, ``changed``
    (the file changed between two reads of it).
    """


class BundleNotForUs(BundleError):
    """The bundle is sealed for another site's key. Code: ``wrong_recipient``."""


class BundleUnsupported(BundleError):
    """Made by a newer version of the file format. Code: ``unsupported_format``."""


class InvitationError(SyncFileError):
    """An invitation file cannot be used.

    Codes: ``not_an_invitation``, ``unsupported_version``, ``tampered`` (the signature
    does not match), ``invalid`` (signed, but a field is missing or wrong).
    """


class BundleRefused(GeneraError):
    """A bundle that was not applied. ``code`` says why, ``path`` which file.

    ``suspend`` asks the caller to suspend the sender once the import's transaction is
    rolled back (two stores claim one site).
    """

    def __init__(self, code: str, path: Path, detail: str = "", *,
                 suspend: str | None = None, sender: str | None = None) -> None:
        super().__init__(f"{code}: {path.name}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.path = path
        self.detail = detail
        self.suspend = suspend
        self.sender = sender
