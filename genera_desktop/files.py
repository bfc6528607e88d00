"""Writing files so that a crash, a full disk or a refusal never leaves half a file, and
keeping the store's files to their owner."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """Write a file beside ``path`` and rename it into place only if the block succeeds.

    On any exception the temporary file is removed and ``path`` is left as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole, or not at all."""
    with atomic_output(path) as out:
        out.write(data)


def private_dir(path: str | Path) -> None:
    """Make a folder its owner's alone (0700), where the system has such modes; a
    folder this user does not own is left as it is."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o700)


def private_file(path: str | Path) -> None:
    """Make a file its owner's alone (0600), where the system has such modes."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def open_private(path: str | Path) -> IO[bytes]:
    """A new file (or one emptied) for writing, its owner's alone from the start."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    private_file(path)  # an existing file keeps its mode through O_CREAT: set it
    return os.fdopen(fd, "wb")
