"""Where stores live: one place for the whole app."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "genera"
APP_AUTHOR = "genera"


def default_data_dir() -> Path:
    """GENERA_DATA_DIR, or the platform's per-user data folder."""
    env = os.environ.get("GENERA_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The resources/ folder, from a checkout or a PyInstaller bundle."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
