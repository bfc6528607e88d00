"""`genera network create|status` (invite, join and revoke come with sync)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from genera_desktop.cli.context import Context
from genera_desktop.services.network import membership as network


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    np = sub.add_parser("network", help="the network of sites")
    nsub = np.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = nsub.add_parser("create", help="make this store the coordinator of a new network")
    p.add_argument("--name", required=True, help="the network's name")
    p.add_argument("--site-name", required=True, help="this site's name")
    p.add_argument("--admin-user", required=True, help="the first administrator")
    p.set_defaults(handler=cmd_create)
    common(p)
    p = nsub.add_parser("status", help="this site and the sites it knows")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)
    common(p)
    from genera_desktop.cli import enrolment

    enrolment.register(nsub, common)


def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    created = network.create_network(
        ctx.data_dir, network_name=args.name, site_name=args.site_name,
        admin_user=args.admin_user, password=ctx.password(confirm=True),
    )
    created.store.close()
    ctx.say(f"network '{args.name}' created; this site '{args.site_name}' is its coordinator")
    ctx.say(f"site id: {created.site_id}")
    ctx.say(f"key fingerprint: {created.fingerprint}")
    ctx.say(f"recovery key (write it down and keep it safe; it is shown only once): "
            f"{created.recovery_key}")
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    status = network.status(ctx.store)
    if args.json:
        ctx.print_json(status)
        return 0
    ctx.say(f"site: {status['site_name']} ({status['role']}) {status['site_id']}")
    ctx.say(f"network: {status['network']}")
    if status["point"]:
        ctx.say(f"point: {status['point']}")
    ctx.say(f"fingerprint: {status['fingerprint']}")
    for site in status["sites"]:
        flag = " REVOKED" if site["revoked"] else ""
        ctx.say(f"  {site['site_name']} ({site['role']}) {site['site_id']} "
                f"in: {site['last_in'] or '-'} out: {site['last_out'] or '-'}{flag}")
    return 0
