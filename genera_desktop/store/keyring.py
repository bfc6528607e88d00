"""Key slots: the store's random key, wrapped once per user and once for recovery.

The file sits beside the encrypted database and holds nothing personal: slots are
named by a keyed hash of the username, and every wrapped key is AES-256-GCM under a
key derived from the password with Argon2id.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from genera_desktop.domain.errors import AuthFailed
from genera_desktop.files import open_private

KEYRING_FILE = "keys.json"
FORMAT = 1
# OWASP's minimum for Argon2id (19 MiB, 2 passes): every CLI call derives a key, so it
# has to stay well under a second on an old laptop, and still costs an attacker dearly.
DEFAULT_KDF = {"memory_cost": 19 * 1024, "iterations": 2, "lanes": 1, "length": 32}
# What new slots use; tests of the core swap in a cheaper setting for speed.
KDF_PARAMS = DEFAULT_KDF
RECOVERY_SLOT = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    kdf = Argon2id(
        salt=salt, length=params["length"], iterations=params["iterations"],
        lanes=params["lanes"], memory_cost=params["memory_cost"],
    )
    return kdf.derive(secret.encode("utf-8"))


def new_recovery_key() -> str:
    """A recovery key staff can print and type: 8 groups of 5 base32 letters."""
    raw = base64.b32encode(secrets.token_bytes(25)).decode("ascii").rstrip("=")
    return "-".join(raw[i : i + 5] for i in range(0, 40, 5))


def normalize_recovery_key(text: str) -> str:
    """Accept a recovery key typed with or without dashes and in any case."""
    clean = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(clean[i : i + 5] for i in range(0, len(clean), 5))


@dataclass
class Keyring:
    """The key slots of one store."""

    path: Path
    pepper: bytes
    slots: dict[str, dict[str, Any]]

    @classmethod
    def create(cls, data_dir: Path) -> Keyring:
        return cls(data_dir / KEYRING_FILE, secrets.token_bytes(16), {})

    @classmethod
    def load(cls, data_dir: Path) -> Keyring:
        path = data_dir / KEYRING_FILE
        doc = json.loads(path.read_text("utf-8"))
        return cls(path, _unb64(doc["pepper"]), doc["slots"])

    def slot_name(self, username: str) -> str:
        """The slot's name: a keyed hash, so the file does not list the staff."""
        digest = hmac.new(self.pepper, username.strip().lower().encode(), hashlib.sha256)
        return digest.hexdigest()[:32]

    def _wrap(self, name: str, secret: str, db_key: bytes) -> None:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        kek = _derive(secret, salt, KDF_PARAMS)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, name.encode())
        self.slots[name] = {
            "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped), "kdf": KDF_PARAMS,
        }

    def _unwrap(self, name: str, secret: str) -> bytes:
        slot = self.slots.get(name)
        if slot is None:
            # Spend the same effort as a real attempt: no timing hint that a user exists.
            _derive(secret, b"\0" * 16, KDF_PARAMS)
            raise AuthFailed()
        kek = _derive(secret, _unb64(slot["salt"]), slot["kdf"])
        try:
            return AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), name.encode())
        except InvalidTag:
            raise AuthFailed() from None

    def set_user(self, username: str, password: str, db_key: bytes) -> None:
        """Add or replace a user's slot."""
        self._wrap(self.slot_name(username), password, db_key)

    def remove_user(self, username: str) -> None:
        """Drop a user's slot (a disabled account can no longer open the store)."""
        self.slots.pop(self.slot_name(username), None)

    def unlock(self, username: str, password: str) -> bytes:
        """The database key, or AuthFailed."""
        return self._unwrap(self.slot_name(username), password)

    def set_recovery(self, recovery_key: str, db_key: bytes) -> None:
        self._wrap(RECOVERY_SLOT, normalize_recovery_key(recovery_key), db_key)

    def unlock_recovery(self, recovery_key: str) -> bytes:
        return self._unwrap(RECOVERY_SLOT, normalize_recovery_key(recovery_key))

    def save(self) -> None:
        """Write atomically: a crash never leaves a store without its keys."""
        doc = {"format": FORMAT, "pepper": _b64(self.pepper), "slots": self.slots}
        tmp = self.path.with_suffix(".tmp")
        # Owner only (0600), like the database: the slots are what a guesser starts from.
        with open_private(tmp) as fh:
            fh.write(json.dumps(doc, indent=1, sort_keys=True).encode("utf-8"))
            fh.flush()
            with contextlib.suppress(OSError):
                os.fsync(fh.fileno())
        os.replace(tmp, self.path)
