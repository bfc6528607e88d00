"""`genera network invite|join|revoke`: bringing sites into the network and out of it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from genera_desktop.cli.context import Context
from genera_desktop.services.network import sync


def register(nsub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = nsub.add_parser("invite", help="coordinator: write an invitation file for a new site")
    p.add_argument("--site-name", required=True, help="the new site's name")
    p.add_argument("--role", required=True, choices=("point", "laptop"))
    p.add_argument("--point", help="the point code (required for a point site)")
    p.add_argument("--out", required=True, type=Path, help="the invitation file to write")
    p.set_defaults(handler=cmd_invite)
    common(p)
    p = nsub.add_parser("join", help="make this new store a member site from an invitation")
    p.add_argument("file", type=Path, help="the invitation file")
    p.add_argument("--admin-user", required=True, help="this store's first administrator")
    p.set_defaults(handler=cmd_join)
    common(p)
    p = nsub.add_parser("revoke", help="coordinator: refuse a site's bundles from now on")
    p.add_argument("site", help="the site's id or name")
    p.set_defaults(handler=cmd_revoke)
    common(p)


def cmd_invite(ctx: Context, args: argparse.Namespace) -> int:
    args.error_where = "network invite"
    invited = sync.invite(ctx.store, site_name=args.site_name, role=args.role,
                          point_code=args.point, out=args.out)
    where = f" for point {invited.point_code}" if invited.point_code else ""
    ctx.say(f"invitation for {invited.role} site '{invited.site_name}'{where} written to "
            f"{invited.path}")
    ctx.say(f"site id: {invited.site_id}")
    ctx.say(f"coordinator key fingerprint: {invited.coordinator_fingerprint} "
            "(the new site's staff read it back to you by phone)")
    ctx.say("hand the file over like a key: whoever holds it can join once")
    return 0


def cmd_join(ctx: Context, args: argparse.Namespace) -> int:
    args.error_where = "network join"
    joined = sync.join(ctx.data_dir, args.file, admin_user=args.admin_user,
                       password=ctx.password(confirm=True))
    joined.store.close()
    where = f", point {joined.point_code}" if joined.point_code else ""
    ctx.say(f"joined network '{joined.network_name}' as {joined.role} site "
            f"'{joined.site_name}'{where}")
    ctx.say(f"site id: {joined.site_id}")
    ctx.say(f"key fingerprint: {joined.fingerprint} (read it to the coordinator by phone)")
    ctx.say(f"coordinator '{joined.coordinator_name}' key fingerprint: "
            f"{joined.coordinator_fingerprint}")
    ctx.say(f"catalog records received: {joined.catalogs}")
    ctx.say("enrolment completes when the coordinator imports this site's first bundle "
            "(genera sync export --out FILE)")
    ctx.say(f"recovery key (write it down and keep it safe; it is shown only once): "
            f"{joined.recovery_key}")
    return 0


def cmd_revoke(ctx: Context, args: argparse.Namespace) -> int:
    site = sync.revoke(ctx.store, args.site)
    ctx.say(f"site '{site.name}' ({site.site_id}) revoked: its bundles are refused from now on")
    return 0
