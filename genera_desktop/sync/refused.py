"""The error of a bundle that is not applied (kept apart so that error texts can name it
without importing the whole import machinery)."""

from __future__ import annotations

from pathlib import Path

from genera_desktop.domain.errors import GeneraError


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
