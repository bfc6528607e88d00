"""Invitation files: signed by the coordinator, refused when anything is off."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from genera_desktop.sync import invitation
from genera_desktop.sync.crypto import SiteKeys, SitePublicKeys
from genera_desktop.sync.invitation import InvitationError, read_invitation, write_invitation

COORDINATOR = SiteKeys.generate()
STRANGER = SiteKeys.generate()


def invitation_data(**changes: Any) -> dict[str, Any]:
    data = {
        "network_id": "0190a3c4-0000-7000-8000-00000000000a",
        "network_name": "Bassa Bresciana Orientale",
        "coordinator_site_id": "0190a3c4-0000-7000-8000-00000000000c",
        "site_id": "0190a3c4-0000-7000-8000-00000000000d",
        "site_name": "Punto Montichiari – Città",
        "role": "point",
        "point_code": "MON",
        "catalogs": [
            {"kind": "point", "code": "MON", "name": "Punto Montichiari"},
            {"kind": "housing_context", "id": "h1", "lat": 45.4167, "units": 12},
        ],
    }
    data.update(changes)
    return data


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def save(path: Path, document: Any) -> None:
    path.write_text(json.dumps(document), encoding="utf-8")


def resign(document: dict[str, Any], keys: SiteKeys = COORDINATOR) -> None:
    """Sign a body as the writer would, bypassing its checks: a buggy or hostile writer."""
    signed = invitation._SIGNATURE_CONTEXT + invitation._canonical(document["body"])
    document["signature"] = base64.b64encode(keys.sign(signed)).decode()


@pytest.fixture
def written(tmp_path: Path) -> Path:
    path = tmp_path / "invito.genera-invite"
    write_invitation(path, invitation_data(), COORDINATOR)
    return path


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "invito.genera-invite"
    body = write_invitation(path, invitation_data(), COORDINATOR)
    read = read_invitation(path)
    assert read == body
    assert {k: read[k] for k in invitation_data()} == invitation_data()
    assert read["version"] == 1
    assert SitePublicKeys.from_dict(read["coordinator_keys"]) == COORDINATOR.public()
    token = read["enrolment_token"]
    assert len(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))) == 32
    assert read["created_at"].startswith("20")
    assert list(tmp_path.iterdir()) == [path]


def test_tokens_are_fresh_unless_given(tmp_path: Path) -> None:
    first = write_invitation(tmp_path / "a", invitation_data(), COORDINATOR)
    second = write_invitation(tmp_path / "b", invitation_data(), COORDINATOR)
    assert first["enrolment_token"] != second["enrolment_token"]
    token = invitation.new_enrolment_token()
    given = write_invitation(
        tmp_path / "c",
        invitation_data(enrolment_token=token, created_at="2025-03-01T10:00:00+00:00"),
        COORDINATOR,
    )
    assert read_invitation(tmp_path / "c") == given
    assert given["enrolment_token"] == token
    assert given["created_at"] == "2025-03-01T10:00:00+00:00"


def test_laptop_without_point(tmp_path: Path) -> None:
    body = write_invitation(
        tmp_path / "i", invitation_data(role="laptop", point_code=None), COORDINATOR
    )
    assert read_invitation(tmp_path / "i")["point_code"] is None
    assert body["role"] == "laptop"


@pytest.mark.parametrize(
    "changes",
    [
        {"role": "boss"},
        {"role": "point", "point_code": None},
        {"site_name": None},
        {"catalogs": {"not": "a list"}},
        {"catalogs": ["not a dict"]},
        {"enrolment_token": "short"},
        {"created_at": "yesterday"},
        {"version": 2},
        {"coordinator_keys": STRANGER.public().to_dict()},
    ],
)
def test_writer_refuses_bad_data_and_leaves_nothing(
    tmp_path: Path, changes: dict[str, Any]
) -> None:
    with pytest.raises(ValueError):
        write_invitation(tmp_path / "i", invitation_data(**changes), COORDINATOR)
    assert list(tmp_path.iterdir()) == []


def test_writer_refuses_missing_field(tmp_path: Path) -> None:
    data = invitation_data()
    del data["network_id"]
    with pytest.raises(ValueError):
        write_invitation(tmp_path / "i", data, COORDINATOR)


def expect(path: Path, code: str) -> None:
    with pytest.raises(InvitationError) as caught:
        read_invitation(path)
    assert caught.value.code == code
    assert caught.value.path == path


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("site_name", "Punto Calcinato"),
        ("role", "laptop"),
        ("point_code", "CAL"),
        ("enrolment_token", "A" * 43),
        ("catalogs", []),
        ("coordinator_keys", STRANGER.public().to_dict()),
    ],
)
def test_changed_field_is_tampered(written: Path, field: str, value: Any) -> None:
    document = load(written)
    document["body"][field] = value
    save(written, document)
    expect(written, "tampered")


def test_changed_signature_is_tampered(written: Path) -> None:
    document = load(written)
    signature = bytearray(base64.b64decode(document["signature"]))
    signature[10] ^= 1
    document["signature"] = base64.b64encode(bytes(signature)).decode()
    save(written, document)
    expect(written, "tampered")


@pytest.mark.parametrize("signature", [None, "", "!!!", 42])
def test_missing_or_garbled_signature_is_tampered(written: Path, signature: Any) -> None:
    document = load(written)
    document["signature"] = signature
    save(written, document)
    expect(written, "tampered")


def test_flipped_byte_in_file_is_refused(written: Path) -> None:
    raw = written.read_bytes()
    at = raw.index(b"Montichiari")
    written.write_bytes(raw[:at] + b"N" + raw[at + 1 :])
    expect(written, "tampered")


def test_reformatted_file_still_reads(written: Path) -> None:
    # Whitespace is not content: a file reindented by an editor is the same invitation.
    save(written, load(written))
    assert read_invitation(written)["site_name"] == invitation_data()["site_name"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe garbage",
        b"[]",
        b'{"format": "other"}',
        b'{"format": "genera-invitation"}',
        b"GENERA-BUNDLE...",
    ],
)
def test_not_an_invitation(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "i"
    path.write_bytes(content)
    expect(path, "not_an_invitation")


def test_newer_version_is_unsupported(written: Path) -> None:
    document = load(written)
    document["body"]["version"] = 2
    resign(document)
    save(written, document)
    expect(written, "unsupported_version")


def test_signed_but_invalid_body(written: Path) -> None:
    document = load(written)
    document["body"]["role"] = "coordinator"
    resign(document)
    save(written, document)
    expect(written, "invalid")


def test_overwrite_is_atomic(written: Path) -> None:
    write_invitation(
        written, invitation_data(site_name="Punto Ghedi", point_code="GHE"), COORDINATOR
    )
    assert read_invitation(written)["site_name"] == "Punto Ghedi"
    assert list(written.parent.iterdir()) == [written]
