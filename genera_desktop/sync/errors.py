"""Typed errors of the sync file formats (bundles, invitations).

Each carries a machine `code` and the file `path`; the UI turns the code into words.
`str()` is for logs only.
"""

from __future__ import annotations

from pathlib import Path


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
