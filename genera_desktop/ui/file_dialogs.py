"""Every file dialog of the app, in one place: where it opens and what it remembers.

A dialog opens in the folder the person last saved to or opened from (one folder for
the whole app, in this PC's settings), else in their Documents folder: never in the
program's own folder, where a file saved is lost to them. The dialogs speak the app's
language through Qt's own translations (app.install_translators).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from genera_desktop.domain.settings import LAST_FOLDER
from genera_desktop.ui.preferences import set_user_setting, user_setting


def documents_folder() -> Path:
    """The person's Documents folder (their home where the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder() -> Path:
    """Where the next dialog opens: the last folder used, if it still exists."""
    last = user_setting(LAST_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember(chosen: str | Path, *, folder: bool = False) -> None:
    """Keep the folder of a file chosen (or the folder itself) for the next dialog."""
    path = Path(chosen)
    set_user_setting(LAST_FOLDER, str(path if folder else path.parent))


def save_file(parent: QWidget | None, title: str, name: str, filters: str) -> str:
    """Where to save a file suggested as ``name``; '' when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / name), filters)
    if path:
        remember(path)
    return path


def open_file(parent: QWidget | None, title: str, filters: str, *,
              folder: Path | None = None) -> str:
    """One file to open; '' when cancelled. ``folder`` overrides where it opens (the
    backups' own folder, say)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(folder or start_folder()),
                                          filters)
    if path:
        remember(path)
    return path


def open_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    """Files to open; [] when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), filters)
    if paths:
        remember(paths[0])
    return list(paths)


def choose_folder(parent: QWidget | None, title: str) -> str:
    """A folder; '' when cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if path:
        remember(path, folder=True)
    return path
