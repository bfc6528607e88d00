"""`python -m genera_desktop` (and the `genera-desktop` command): start the desktop app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from genera_desktop.paths import default_data_dir


def main(argv: list[str] | None = None) -> int:
    """Parse ``--data-dir`` (else GENERA_DATA_DIR, else the platform's folder) and run."""
    args_in = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        prog="genera-desktop", description="genera: the desktop application"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=None,
        help="the folder of this installation's store",
    )
    # Qt reads its own options (-platform, -style...): leave them to it.
    args, qt_args = parser.parse_known_args(args_in)
    data_dir = (args.data_dir or default_data_dir()).expanduser()

    from genera_desktop.app import run

    return run(data_dir, [sys.argv[0], *qt_args])


if __name__ == "__main__":
    sys.exit(main())
