"""Site key pairs: generation, the private blob, public keys as JSON, fingerprints."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from genera_desktop.sync.crypto import (
    SiteKeys,
    SitePublicKeys,
    fingerprint,
    verify_signature,
)


@pytest.fixture(scope="module")
def keys() -> SiteKeys:
    return SiteKeys.generate()


def test_public_keys_are_raw_32_bytes(keys: SiteKeys) -> None:
    public = keys.public()
    assert len(public.signing) == 32
    assert len(public.encryption) == 32
    assert public.signing != public.encryption


def test_generate_makes_different_keys() -> None:
    assert SiteKeys.generate().public() != SiteKeys.generate().public()


def test_private_bytes_round_trip(keys: SiteKeys) -> None:
    blob = keys.to_private_bytes()
    restored = SiteKeys.from_private_bytes(blob)
    assert restored.public() == keys.public()
    assert restored.to_private_bytes() == blob


@pytest.mark.parametrize(
    "blob",
    [b"", b"\x01" + b"\0" * 63, b"\x02" + b"\0" * 64, b"\x01" + b"\0" * 65],
    ids=["empty", "short", "unknown-version", "long"],
)
def test_private_bytes_refuse_anything_else(blob: bytes) -> None:
    with pytest.raises(ValueError):
        SiteKeys.from_private_bytes(blob)


def test_repr_shows_no_key_material(keys: SiteKeys) -> None:
    text = repr(keys)
    blob = keys.to_private_bytes()
    assert fingerprint(keys.public()) in text
    for secret in (blob[1:33], blob[33:]):
        assert secret.hex() not in text
        assert base64.b64encode(secret).decode() not in text


def test_public_dict_round_trip(keys: SiteKeys) -> None:
    data = keys.public().to_dict()
    assert set(data) == {"signing", "encryption"}
    assert all(isinstance(value, str) for value in data.values())
    assert SitePublicKeys.from_dict(data) == keys.public()


def test_public_keys_accept_a_memoryview(keys: SiteKeys) -> None:
    public = keys.public()
    again = SitePublicKeys(memoryview(public.signing), bytearray(public.encryption))  # type: ignore[arg-type]
    assert again == public
    assert isinstance(again.signing, bytes)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {},
        {"signing": "AAAA"},
        {"signing": "not base64!", "encryption": "AAAA"},
        {"signing": base64.b64encode(b"x" * 31).decode(), "encryption": "AAAA"},
        {"signing": 12, "encryption": 13},
    ],
)
def test_public_from_dict_refuses_malformed(data: object) -> None:
    with pytest.raises(ValueError):
        SitePublicKeys.from_dict(data)


def test_fingerprint_format_and_definition(keys: SiteKeys) -> None:
    public = keys.public()
    text = fingerprint(public)
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", text)
    expected = hashlib.sha256(public.signing + public.encryption).digest()[:8].hex().upper()
    assert text.replace("-", "") == expected
    assert fingerprint(SitePublicKeys.from_dict(public.to_dict())) == text


def test_fingerprint_changes_with_either_key(keys: SiteKeys) -> None:
    public, other = keys.public(), SiteKeys.generate().public()
    mixed_signing = SitePublicKeys(other.signing, public.encryption)
    mixed_encryption = SitePublicKeys(public.signing, other.encryption)
    prints = {fingerprint(k) for k in (public, other, mixed_signing, mixed_encryption)}
    assert len(prints) == 4


def test_sign_and_verify(keys: SiteKeys) -> None:
    signature = keys.sign(b"message")
    signing_key = keys.public().signing
    assert verify_signature(signing_key, signature, b"message")
    assert not verify_signature(signing_key, signature, b"messagf")
    assert not verify_signature(SiteKeys.generate().public().signing, signature, b"message")
    assert not verify_signature(b"short", signature, b"message")
    assert not verify_signature(signing_key, signature[:-1], b"message")
