"""The invitation file a coordinator writes so that a new site can join its network.

A JSON document, readable by eye::

    {"format": "genera-invitation", "body": {...}, "signature": "<base64 Ed25519>"}

The signature covers the body serialised canonically (sorted keys, no spaces, UTF-8),
made with the coordinator's signing key, whose public half travels in the body. That
only proves the file is whole: staff confirm the coordinator by reading its key
fingerprint over the phone. Whoever holds the file can enrol with its one-time token, so
it is handed over like a key.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from genera_desktop.domain.errors import InvitationError
from genera_desktop.files import atomic_output
from genera_desktop.sync.crypto import SiteKeys, SitePublicKeys, verify_signature

__all__ = ["InvitationError", "new_enrolment_token", "read_invitation", "write_invitation"]

FORMAT = "genera-invitation"
VERSION = 1
ROLES = ("point", "laptop")
TOKEN_BYTES = 32
_SIGNATURE_CONTEXT = b"genera-invitation/1 signature\0"
# What the caller provides; `write_invitation` adds the rest.
_CALLER_FIELDS: dict[str, type | tuple[type, ...]] = {
    "network_id": str,
    "network_name": str,
    "coordinator_site_id": str,
    "site_id": str,
    "site_name": str,
    "role": str,
    "point_code": (str, type(None)),
    "catalogs": list,
}
_ADDED_FIELDS = ("version", "coordinator_keys")


def new_enrolment_token() -> str:
    """A fresh one-time enrolment token: 32 random bytes, URL-safe base64."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def write_invitation(
    path: str | Path, data: dict[str, Any], coordinator_keys: SiteKeys
) -> dict[str, Any]:
    """Sign and write an invitation atomically; return the body as written.

    `data` holds the network (`network_id`, `network_name`), the coordinator's
    `coordinator_site_id`, the new site (`site_id`, `site_name`, `role`, `point_code`)
    and `catalogs`, a list of dicts passed through untouched. `enrolment_token` and
    `created_at` are made here unless given; the caller keeps the returned token to
    recognise the site's first bundle. `ValueError` if a field is missing or wrong.
    """
    clash = [key for key in _ADDED_FIELDS if key in data]
    if clash:
        raise ValueError(f"invitation data may not set {', '.join(clash)}")
    body = {
        "enrolment_token": new_enrolment_token(),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **data,
        "version": VERSION,
        "coordinator_keys": coordinator_keys.public().to_dict(),
    }
    problem = _problem(body)
    if problem:
        raise ValueError(problem)
    signature = coordinator_keys.sign(_SIGNATURE_CONTEXT + _canonical(body))
    document = {
        "format": FORMAT,
        "body": body,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    with atomic_output(path) as out:
        out.write(text.encode("utf-8"))
    return body


def read_invitation(path: str | Path) -> dict[str, Any]:
    """Read an invitation, check its signature and fields, and return its body.

    Raises `InvitationError` with code ``not_an_invitation``, ``unsupported_version``,
    ``tampered`` or ``invalid``; `OSError` if the file cannot be read at all.
    """
    path = Path(path)
    try:
        document = json.loads(path.read_bytes())
    except ValueError as exc:  # UnicodeDecodeError included
        raise InvitationError("not_an_invitation", path, "not JSON") from exc
    if (
        not isinstance(document, dict)
        or document.get("format") != FORMAT
        or not isinstance(document.get("body"), dict)
    ):
        raise InvitationError("not_an_invitation", path)
    body: dict[str, Any] = document["body"]
    version = body.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvitationError("not_an_invitation", path, "no version")
    if version != VERSION:
        # Checked before the signature: another version may sign differently.
        raise InvitationError("unsupported_version", path, f"version {version}")
    try:
        keys = SitePublicKeys.from_dict(body.get("coordinator_keys"))
        signature = base64.b64decode(document.get("signature", ""), validate=True)
    except (ValueError, TypeError, binascii.Error) as exc:
        raise InvitationError("tampered", path, "keys or signature unreadable") from exc
    try:
        signed = _SIGNATURE_CONTEXT + _canonical(body)
    except ValueError as exc:  # NaN or the like: never written by us
        raise InvitationError("tampered", path) from exc
    if not verify_signature(keys.signing, signature, signed):
        raise InvitationError("tampered", path)
    problem = _problem(body)
    if problem:
        raise InvitationError("invalid", path, problem)
    return body


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _problem(body: dict[str, Any]) -> str | None:
    """What is wrong with an invitation body, for logs; None if nothing."""
    for name, kind in _CALLER_FIELDS.items():
        if not isinstance(body.get(name, ...), kind):
            return f"{name} missing or of the wrong type"
    if body["role"] not in ROLES:
        return f"role must be one of {', '.join(ROLES)}"
    if body["role"] == "point" and not body["point_code"]:
        return "a point site needs its point_code"
    if not all(isinstance(catalog, dict) for catalog in body["catalogs"]):
        return "catalogs must be a list of objects"
    token = body.get("enrolment_token")
    if not isinstance(token, str) or len(_urlsafe_b64decode(token)) != TOKEN_BYTES:
        return f"enrolment_token must be {TOKEN_BYTES} bytes, URL-safe base64"
    created_at = body.get("created_at")
    try:
        datetime.fromisoformat(created_at if isinstance(created_at, str) else "")
    except ValueError:
        return "created_at must be an ISO date-time"
    return None


def _urlsafe_b64decode(text: str) -> bytes:
    """The bytes of unpadded URL-safe base64, or b"" if `text` is not that."""
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except (ValueError, binascii.Error):
        return b""
