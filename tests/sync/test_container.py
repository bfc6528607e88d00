"""The `.genera` bundle: round trips, streaming memory, and every way a file can be wrong."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from genera_desktop.sync.container import (
    CHUNK_SIZE,
    MAGIC,
    BundleCorrupt,
    BundleError,
    BundleNotForUs,
    BundleReader,
    BundleUnsupported,
    BundleWriter,
)
from genera_desktop.sync.crypto import SiteKeys

SENDER = SiteKeys.generate()
RECIPIENT = SiteKeys.generate()
STRANGER = SiteKeys.generate()


def make_header(**changes: Any) -> dict[str, Any]:
    header = {
        "bundle_id": "0190a3c4-0000-7000-8000-000000000001",
        "sender": "site-mon",
        "recipient": "site-coord",
        "sequence": 7,
        "created_at": "2025-03-01T10:00:00+00:00",
        "app_version": "0.1.0",
        "schema_version": 3,
        "incarnation": 1,
    }
    header.update(changes)
    return header


def write_bundle(
    path: Path,
    records: Any,
    *,
    manifest: dict[str, Any] | None = None,
    sender: SiteKeys = SENDER,
    recipient: SiteKeys = RECIPIENT,
) -> Path:
    with BundleWriter(
        path,
        header=make_header(),
        sender_keys=sender,
        recipient_encryption_key=recipient.public().encryption,
    ) as writer:
        for record in records:
            writer.add(record)
        writer.close(manifest if manifest is not None else {"acks": {"site-coord": 41}})
    return path


def read_bundle(path: Path, keys: SiteKeys = RECIPIENT) -> tuple[dict, dict, list[dict]]:
    """What an importer does: header, signature, manifest, records."""
    reader = BundleReader(path)
    reader.verify(SENDER.public().signing)
    manifest = reader.open(keys)
    return reader.header, manifest, list(reader.records())


def person(i: int) -> dict[str, Any]:
    return {
        "table": "person",
        "id": f"0190a3c4-{i:012d}",
        "fields": {"surname": "Rossi", "given_name": f"Maria {i}", "note": "caffè, perché"},
        "stamp": [1_700_000_000_000 + i, i % 7, "site-mon"],
        "deleted": i % 11 == 0,
    }


@pytest.fixture(scope="module")
def bundle_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A valid bundle of several payload chunks, for the tampering cases."""
    path = tmp_path_factory.mktemp("bundle") / "good.genera"
    write_bundle(path, (person(i) for i in range(5000)))
    return path.read_bytes()


def regions(data: bytes) -> dict[str, tuple[int, int]]:
    """Byte ranges of each part of a bundle, from its layout."""
    at = len(MAGIC)
    (header_size,) = struct.unpack(">I", data[at : at + 4])
    header = (at + 4, at + 4 + header_size)
    sealed = (header[1], header[1] + 80)
    (manifest_size,) = struct.unpack(">I", data[sealed[1] : sealed[1] + 4])
    manifest = (sealed[1] + 4, sealed[1] + 4 + manifest_size)
    payload = (manifest[1] + 8, len(data) - 64)
    return {
        "magic": (0, len(MAGIC)),
        "header": header,
        "sealed_key": sealed,
        "manifest": manifest,
        "payload_size": (manifest[1], manifest[1] + 8),
        "payload": payload,
        "signature": (len(data) - 64, len(data)),
    }


def flipped(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1 :]


# Round trips


def test_round_trip_of_many_records(tmp_path: Path) -> None:
    records = [person(i) for i in range(20_000)]
    header, manifest, back = read_bundle(write_bundle(tmp_path / "b.genera", records))
    assert back == records
    assert header == {**make_header(), "format": 1}
    assert manifest["acks"] == {"site-coord": 41}
    assert manifest["record_count"] == 20_000
    assert len(manifest["payload_sha256"]) == 64


def test_empty_bundle(tmp_path: Path) -> None:
    _, manifest, back = read_bundle(write_bundle(tmp_path / "b.genera", []))
    assert back == []
    assert manifest["record_count"] == 0


def test_records_larger_than_a_chunk(tmp_path: Path) -> None:
    records = [{"blob": "x" * (3 * CHUNK_SIZE + 5)}, {"n": 1}, {"blob": "é" * CHUNK_SIZE}]
    _, _, back = read_bundle(write_bundle(tmp_path / "b.genera", records))
    assert back == records


def test_nothing_personal_in_clear(tmp_path: Path) -> None:
    path = write_bundle(
        tmp_path / "b.genera", [{"surname": "Bonomelli"}], manifest={"x": "Zanardelli"}
    )
    data = path.read_bytes()
    assert b"Bonomelli" not in data and b"Zanardelli" not in data
    assert BundleReader(path).header["sender"] == "site-mon"


def test_header_is_readable_without_keys(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.genera", [{"a": 1}])
    header = BundleReader(path).header
    assert header["sequence"] == 7 and header["incarnation"] == 1 and header["format"] == 1


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(st.text(), json_values, max_size=6), max_size=40))
def test_any_records_round_trip(records: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _, manifest, back = read_bundle(write_bundle(Path(folder) / "b.genera", records))
    assert back == records
    assert manifest["record_count"] == len(records)


# Who may read it, who wrote it


def test_bundle_for_another_recipient(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.genera", [{"a": 1}])
    reader = BundleReader(path)
    reader.verify(SENDER.public().signing)
    with pytest.raises(BundleNotForUs) as caught:
        reader.open(STRANGER)
    assert caught.value.code == "wrong_recipient"
    assert caught.value.path == path


def test_signature_by_another_key(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.genera", [{"a": 1}], sender=STRANGER)
    with pytest.raises(BundleCorrupt) as caught:
        BundleReader(path).verify(SENDER.public().signing)
    assert caught.value.code == "bad_signature"


def test_signature_replaced_by_another_key(tmp_path: Path, bundle_bytes: bytes) -> None:
    # Someone re-signs a real bundle with their own key: it must not pass as ours.
    body = bundle_bytes[:-64]
    path = tmp_path / "b.genera"
    path.write_bytes(body + STRANGER.sign(body))
    with pytest.raises(BundleCorrupt, match="bad_signature"):
        BundleReader(path).verify(SENDER.public().signing)


def test_records_need_verify_first(tmp_path: Path) -> None:
    reader = BundleReader(write_bundle(tmp_path / "b.genera", [{"a": 1}]))
    reader.open(RECIPIENT)
    with pytest.raises(RuntimeError):
        reader.records()


def test_open_before_verify_as_at_enrolment(tmp_path: Path) -> None:
    reader = BundleReader(write_bundle(tmp_path / "b.genera", [{"a": 1}]))
    assert reader.open(RECIPIENT)["record_count"] == 1
    reader.verify(SENDER.public().signing)
    assert list(reader.records()) == [{"a": 1}]


# Tampering, truncation, garbage


@pytest.mark.parametrize(
    "region", ["magic", "header", "sealed_key", "manifest", "payload_size", "payload", "signature"]
)
@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_any_flipped_byte_is_refused(
    tmp_path: Path, bundle_bytes: bytes, region: str, where: str
) -> None:
    start, end = regions(bundle_bytes)[region]
    offset = {"first": start, "middle": (start + end) // 2, "last": end - 1}[where]
    path = tmp_path / "b.genera"
    path.write_bytes(flipped(bundle_bytes, offset))
    with pytest.raises(BundleCorrupt):
        read_bundle(path)


def test_changed_header_value_breaks_the_manifest_too(tmp_path: Path, bundle_bytes: bytes) -> None:
    # The header is bound to the encrypted part, not only to the signature.
    start, end = regions(bundle_bytes)["header"]
    header = bundle_bytes[start:end].replace(b'"sequence":7', b'"sequence":8')
    assert len(header) == end - start
    path = tmp_path / "b.genera"
    path.write_bytes(bundle_bytes[:start] + header + bundle_bytes[end:])
    reader = BundleReader(path)
    assert reader.header["sequence"] == 8
    with pytest.raises(BundleCorrupt, match="corrupt"):
        reader.open(RECIPIENT)
    with pytest.raises(BundleCorrupt, match="bad_signature"):
        reader.verify(SENDER.public().signing)


def test_payload_changed_after_verify(tmp_path: Path, bundle_bytes: bytes) -> None:
    # A file swapped between verify() and records() still fails, in the AEAD layer.
    path = tmp_path / "b.genera"
    path.write_bytes(bundle_bytes)
    reader = BundleReader(path)
    reader.verify(SENDER.public().signing)
    reader.open(RECIPIENT)
    start, end = regions(bundle_bytes)["payload"]
    path.write_bytes(flipped(bundle_bytes, (start + end) // 2))
    with pytest.raises(BundleCorrupt, match="corrupt"):
        list(reader.records())


def test_manifest_changed_after_verify(tmp_path: Path, bundle_bytes: bytes) -> None:
    path = tmp_path / "b.genera"
    path.write_bytes(bundle_bytes)
    reader = BundleReader(path)
    reader.verify(SENDER.public().signing)
    start, _ = regions(bundle_bytes)["manifest"]
    path.write_bytes(flipped(bundle_bytes, start))
    with pytest.raises(BundleCorrupt, match="changed"):
        reader.open(RECIPIENT)


@pytest.mark.parametrize(
    "keep", [0, 5, 13, 16, 30, "header", "sealed_key", "manifest", "payload", "signature", -1]
)
def test_truncated_bundle_is_refused(tmp_path: Path, bundle_bytes: bytes, keep: int | str) -> None:
    if isinstance(keep, str):
        start, end = regions(bundle_bytes)[keep]
        size = (start + end) // 2
    else:
        size = keep % len(bundle_bytes)
    path = tmp_path / "b.genera"
    path.write_bytes(bundle_bytes[:size])
    with pytest.raises(BundleCorrupt) as caught:
        read_bundle(path)
    assert caught.value.code in {"not_a_bundle", "truncated"}


@pytest.mark.parametrize("extra", [b"\0", b"x" * 100, MAGIC])
def test_appended_bytes_are_refused(tmp_path: Path, bundle_bytes: bytes, extra: bytes) -> None:
    path = tmp_path / "b.genera"
    path.write_bytes(bundle_bytes + extra)
    with pytest.raises(BundleCorrupt) as caught:
        read_bundle(path)
    assert caught.value.code == "corrupt"


@pytest.mark.parametrize(
    "content", [b"", b"hello", b"GENERA-BUNDLE", b"GENERA-BUNDLE\0\0\0\2{}", b"PK\3\4" * 100]
)
def test_not_a_bundle(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "b.genera"
    path.write_bytes(content)
    with pytest.raises(BundleError) as caught:
        BundleReader(path)
    # Our magic with nothing usable after it is a damaged bundle.
    assert caught.value.code in {"not_a_bundle", "truncated", "corrupt"}


def test_a_header_claiming_a_newer_format_is_verified_first(tmp_path: Path,
                                                             bundle_bytes: bytes) -> None:
    """A header changed to say "format 2" is a damaged bundle, not one to update for:
    nothing in the header is judged before the signature holds."""
    start, end = regions(bundle_bytes)["header"]
    header = json.loads(bundle_bytes[start:end])
    header["format"] = 2
    raw = json.dumps(header).encode()
    path = tmp_path / "b.genera"
    path.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + bundle_bytes[end:])
    reader = BundleReader(path)  # readable: the sender names the key to check
    with pytest.raises(BundleCorrupt) as caught:
        reader.verify(SENDER.public().signing)
    assert caught.value.code == "bad_signature"


def test_a_flipped_header_byte_is_damage_not_a_newer_format(tmp_path: Path,
                                                            bundle_bytes: bytes) -> None:
    path = tmp_path / "b.genera"
    path.write_bytes(bundle_bytes.replace(b'"format":1', b'"format":9', 1))
    assert path.read_bytes() != bundle_bytes
    reader = BundleReader(path)
    with pytest.raises(BundleCorrupt) as caught:
        reader.verify(SENDER.public().signing)
    assert caught.value.code == "bad_signature"
    with pytest.raises(BundleCorrupt) as caught:  # and the manifest it binds fails too
        reader.open(RECIPIENT)
    assert caught.value.code == "corrupt"


def test_a_signed_bundle_of_a_newer_format_asks_to_update(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from genera_desktop.sync import container

    monkeypatch.setattr(container, "FORMAT_VERSION", 2)  # a newer release wrote it
    path = write_bundle(tmp_path / "b.genera", [{"kind": "person", "id": "1"}])
    monkeypatch.undo()
    reader = BundleReader(path)
    assert reader.header["format"] == 2
    with pytest.raises(BundleUnsupported) as caught:
        reader.verify(SENDER.public().signing)
    assert caught.value.code == "unsupported_format"
    with pytest.raises(BundleCorrupt):  # a stranger's key never gets that far
        reader.verify(STRANGER.public().signing)


def test_count_mismatch_found_at_the_end(tmp_path: Path) -> None:
    path = tmp_path / "b.genera"
    with BundleWriter(
        path,
        header=make_header(),
        sender_keys=SENDER,
        recipient_encryption_key=RECIPIENT.public().encryption,
    ) as writer:
        writer.add({"a": 1})
        writer._count += 1  # a sender that lies about its count
        writer.close({})
    with pytest.raises(BundleCorrupt, match="corrupt"):
        read_bundle(path)


# Writing fails cleanly


def test_exception_inside_writer_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "b.genera"
    with pytest.raises(KeyError):
        write_bundle(path, records_then_fail(100))
    assert list(tmp_path.iterdir()) == []


def records_then_fail(n: int) -> Iterator[dict[str, Any]]:
    yield from (person(i) for i in range(n))
    raise KeyError("the export broke")


def test_unserialisable_record_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_bundle(tmp_path / "b.genera", [{"a": 1}, {"when": object()}])
    assert list(tmp_path.iterdir()) == []


def test_bad_manifest_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_bundle(tmp_path / "b.genera", [{"a": 1}], manifest={"record_count": 3})
    with pytest.raises(ValueError):
        write_bundle(tmp_path / "b.genera", [{"a": 1}], manifest={"x": float("nan")})
    assert list(tmp_path.iterdir()) == []


def test_leaving_without_close_leaves_nothing(tmp_path: Path) -> None:
    with (
        pytest.raises(RuntimeError),
        BundleWriter(
            tmp_path / "b.genera",
            header=make_header(),
            sender_keys=SENDER,
            recipient_encryption_key=RECIPIENT.public().encryption,
        ) as writer,
    ):
        writer.add({"a": 1})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "header",
    [
        make_header(sequence=-1),
        make_header(format=2),
        make_header(note={"nested": 1}),
        {"bundle_id": "x"},
    ],
)
def test_writer_refuses_a_bad_header(tmp_path: Path, header: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        BundleWriter(
            tmp_path / "b.genera",
            header=header,
            sender_keys=SENDER,
            recipient_encryption_key=RECIPIENT.public().encryption,
        )
    assert list(tmp_path.iterdir()) == []


# Streaming


MEMORY_SCRIPT = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from genera_desktop.sync.container import BundleReader, BundleWriter
    from genera_desktop.sync.crypto import SiteKeys

    def peak_mb():
        # Linux carries the parent's ru_maxrss across fork and exec; VmHWM is our own.
        status = Path("/proc/self/status")
        if status.exists():
            line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
            return int(line.split()[1]) / 1024
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)

    n, path = int(sys.argv[1]), Path(sys.argv[2])
    sender, recipient = SiteKeys.generate(), SiteKeys.generate()
    header = dict(bundle_id="b", sender="s", recipient="r", sequence=1, created_at="2025-01-01",
                  app_version="0.1", schema_version=1, incarnation=1)
    before = peak_mb()
    started = time.perf_counter()
    with BundleWriter(path, header=header, sender_keys=sender,
                      recipient_encryption_key=recipient.public().encryption) as writer:
        for i in range(n):
            writer.add({"table": "visit", "id": f"{i:036d}", "field": "note",
                        "value": f"visita {i}", "stamp": [1700000000000 + i, 0, "s"]})
        writer.close({})
    written = time.perf_counter()
    reader = BundleReader(path)
    reader.verify(sender.public().signing)
    reader.open(recipient)
    count = sum(1 for _ in reader.records())
    done = time.perf_counter()
    print(json.dumps({"count": count, "write_s": written - started, "read_s": done - written,
                      "growth_mb": peak_mb() - before, "peak_mb": peak_mb(),
                      "size_mb": path.stat().st_size / 1e6}))
    """
)


@pytest.mark.slow
def test_a_million_records_in_bounded_memory(tmp_path: Path) -> None:
    pytest.importorskip("resource")
    n = 1_000_000
    # A fresh interpreter, so the peak measured is this bundle's and nothing else's.
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(n), str(tmp_path / "big.genera")],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,  # an upper bound only: a busy machine may be slow
        cwd=Path(__file__).resolve().parents[2],
    )
    report = json.loads(result.stdout)
    print(report)
    assert report["count"] == n
    assert report["growth_mb"] < 40
