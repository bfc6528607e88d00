"""`genera backup --out FILE` and `genera restore FILE`: encrypted backups of the store.

A backup opens with the passwords its users had when it was made, or with the recovery
key. A restore checks the whole backup before it replaces anything, keeps the replaced
store in ``replaced-YYYYmmdd-HHMMSS/`` inside the data folder, and makes the site a new
incarnation (spec/sync.md, hard case 6).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from genera_desktop.cli.context import Context, UsageError
from genera_desktop.cli.printing import output_path
from genera_desktop.domain.errors import AuthFailed
from genera_desktop.services import backup

# Plain words for BackupInvalid codes (services return codes, the faces word them).
INVALID = {
    "not_a_backup": "{file} is not a genera backup",
    "damaged": "the backup {file} is damaged, incomplete or was altered ({detail}): "
               "nothing was restored",
    "unsupported_format": "the backup {file} was made by a newer version of genera: "
                          "update this installation",
    "plaintext": "the backup {file} holds an unencrypted database: it was not made by genera",
    "newer_schema": "the backup {file} was made by a newer release of genera: "
                    "update this installation",
}


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `genera backup` and `genera restore`."""
    p = sub.add_parser("backup", help="write an encrypted backup of this store")
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    p.set_defaults(handler=cmd_backup)
    common(p)

    p = sub.add_parser("restore", help="replace this store with a backup "
                                       "(the replaced store is kept aside)")
    p.add_argument("file", metavar="FILE", help="the backup file")
    p.add_argument("--recovery-key", metavar="KEY",
                   help="unlock the backup with the recovery key instead of a password "
                        "('-': ask for it without echo, so it stays out of the shell history)")
    p.add_argument("--check", action="store_true",
                   help="only check that the backup opens and is whole; replace nothing")
    p.set_defaults(handler=cmd_restore)
    common(p)


def cmd_backup(ctx: Context, args: argparse.Namespace) -> int:
    out = output_path(args.out)  # the same checks as a PDF's --out, before the store opens
    info = backup.make_backup(ctx.store, out)
    ctx.say(f"backup written: {out} ({_size(info.size)})")
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(f"no backup file {path}")
    if args.recovery_key:
        who: dict[str, Any] = {"recovery_key": _recovery_key(args.recovery_key)}
    else:
        who = {"username": ctx.username, "password": ctx.password()}
    try:
        if args.check:
            info = backup.check_backup(path, **who)
            ctx.say(f"the backup {path.name} is whole and opens: site {info.site_id}, "
                    f"made {info.created_at} by genera {info.app_version}")
            return 0
        result = backup.restore_backup(ctx.data_dir, path, **who)
    except backup.BackupInvalid as err:
        template = INVALID.get(err.code, "the backup {file} was refused ({code})")
        raise UsageError(template.format(file=path.name, detail=err.detail or "-",
                                         code=err.code)) from None
    except AuthFailed:
        raise UsageError(
            f"wrong user name or password for the backup {path.name}"
            if not args.recovery_key else
            f"the recovery key does not open the backup {path.name}") from None
    ctx.say(f"restored site {result.info.site_id} from the backup made "
            f"{result.info.created_at} into {result.data_dir}")
    if result.replaced is not None:
        ctx.say(f"the replaced store is kept in {result.replaced}")
    ctx.say("this site is now a new incarnation: its next bundle tells the other sites")
    return 0


def _recovery_key(given: str) -> str:
    if given != "-":
        return given
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    return getpass.getpass("Recovery key: ")


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"
