"""A site's key pairs: Ed25519 to sign what it sends, X25519 to receive what is sealed for it.

Private keys never leave the site: the store keeps `SiteKeys.to_private_bytes()` encrypted
under its own key. Other sites know a site by its `SitePublicKeys`, and staff compare the
`fingerprint()` of those keys over the phone at enrolment.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

KEY_SIZE = 32
SIGNATURE_SIZE = 64
# A version byte in front of the private blob, so a later key type can be told apart
# from this one instead of being misread as two 32-byte keys.
_PRIVATE_BLOB_VERSION = 1
_PRIVATE_BLOB_SIZE = 1 + 2 * KEY_SIZE


@dataclass(frozen=True)
class SitePublicKeys:
    """The raw 32-byte public keys of one site: what the roster and invitations carry."""

    signing: bytes
    encryption: bytes

    def __post_init__(self) -> None:
        for name in ("signing", "encryption"):
            value = getattr(self, name)
            if not isinstance(value, bytes | bytearray | memoryview) or len(value) != KEY_SIZE:
                raise ValueError(f"{name} key must be {KEY_SIZE} bytes")
            # A database may hand back a memoryview; keep plain, hashable bytes.
            object.__setattr__(self, name, bytes(value))
        # Reject what the library would refuse later, at the door.
        ed25519.Ed25519PublicKey.from_public_bytes(self.signing)
        x25519.X25519PublicKey.from_public_bytes(self.encryption)

    def to_dict(self) -> dict[str, str]:
        """Both keys as standard base64 strings, for JSON."""
        return {
            "signing": base64.b64encode(self.signing).decode("ascii"),
            "encryption": base64.b64encode(self.encryption).decode("ascii"),
        }

    @classmethod
    def from_dict(cls, data: Any) -> SitePublicKeys:
        """Parse what `to_dict()` wrote; `ValueError` if anything is missing or malformed."""
        if not isinstance(data, dict):
            raise ValueError("public keys must be an object")
        try:
            return cls(
                signing=base64.b64decode(data["signing"], validate=True),
                encryption=base64.b64decode(data["encryption"], validate=True),
            )
        except (KeyError, TypeError, binascii.Error) as exc:
            raise ValueError("malformed public keys") from exc


@dataclass(frozen=True, eq=False)
class SiteKeys:
    """One site's private keys. Compare sites by `public()`, never by identity of these."""

    signing: ed25519.Ed25519PrivateKey
    encryption: x25519.X25519PrivateKey

    @classmethod
    def generate(cls) -> SiteKeys:
        """Fresh key pairs from the operating system's random source."""
        return cls(ed25519.Ed25519PrivateKey.generate(), x25519.X25519PrivateKey.generate())

    def to_private_bytes(self) -> bytes:
        """One opaque blob with both private keys; the caller must store it encrypted."""
        return (
            bytes([_PRIVATE_BLOB_VERSION])
            + self.signing.private_bytes_raw()
            + self.encryption.private_bytes_raw()
        )

    @classmethod
    def from_private_bytes(cls, blob: bytes) -> SiteKeys:
        """Rebuild the keys from `to_private_bytes()`; `ValueError` on anything else."""
        if len(blob) != _PRIVATE_BLOB_SIZE or blob[0] != _PRIVATE_BLOB_VERSION:
            raise ValueError("not a genera site key blob")
        return cls(
            ed25519.Ed25519PrivateKey.from_private_bytes(blob[1 : 1 + KEY_SIZE]),
            x25519.X25519PrivateKey.from_private_bytes(blob[1 + KEY_SIZE :]),
        )

    def public(self) -> SitePublicKeys:
        """The public halves, raw."""
        return SitePublicKeys(
            signing=self.signing.public_key().public_bytes_raw(),
            encryption=self.encryption.public_key().public_bytes_raw(),
        )

    def sign(self, message: bytes) -> bytes:
        """An Ed25519 signature of `message` (64 bytes)."""
        return self.signing.sign(message)

    def __repr__(self) -> str:
        # Never the key material, even by accident in a log line.
        return f"SiteKeys(fingerprint={fingerprint(self.public())!r})"


def verify_signature(signing_key: bytes, signature: bytes, message: bytes) -> bool:
    """True if `signature` is a valid Ed25519 signature of `message` by `signing_key`.

    A malformed key or signature is simply not valid: callers decide what that means.
    """
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(signing_key).verify(signature, message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def fingerprint(public: SitePublicKeys) -> str:
    """A short code staff can read over the phone, e.g. ``4F2A-9C1B-77E0-D3A5``.

    The first 8 bytes of SHA-256 over the signing then the encryption public key: enough
    to notice a substituted key when two people compare it by voice.
    """
    digest = hashlib.sha256(public.signing + public.encryption).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))
