"""The `.genera` bundle file: signed by its sender, sealed for one recipient, streamed.

Layout (integers big-endian)::

    b"GENERA-BUNDLE"      magic, 13 bytes
    u32 n, header         clear JSON, non-personal metadata only
    sealed content key    HPKE(X25519, HKDF-SHA256, ChaCha20Poly1305), 80 bytes
    u32 n, manifest       ChaCha20Poly1305 under the content key; AAD: the header
    u64 n, payload        chunks: u32 (bit 31 = final | length) + ciphertext
    signature             Ed25519 over SHA-256 of everything above, 64 bytes

The payload is JSON lines (one record per line) compressed with zlib and cut into
~64 KiB chunks; each chunk's nonce is its index and its associated data says whether it is
the last, so reordered, dropped or truncated chunks fail to decrypt. The manifest carries
the record count and the SHA-256 of the uncompressed payload, checked at the end of
`BundleReader.records()`.

The content key is random per bundle and known only to sender and recipient. HPKE alone
would let anyone who knows the recipient's public key write a bundle, so the signature is
what proves the sender; `records()` refuses to run until `verify()` has passed.

Verify first, then read: the clear header is only parsed on opening (its sender names
the key to verify with); its fields, the format version included, are judged once the
signature holds (or, at enrolment, once the manifest that binds them has decrypted), so
a flipped byte reads as a damaged bundle, never as "update this installation". The
signature is the last 64 bytes, over everything before them, in every format version:
a bundle of a newer format is still verified before it is called newer.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric import x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from genera_desktop.domain.errors import (
    BundleCorrupt,
    BundleError,
    BundleNotForUs,
    BundleUnsupported,
)
from genera_desktop.files import atomic_output
from genera_desktop.sync.crypto import SIGNATURE_SIZE, SiteKeys, verify_signature

__all__ = [
    "BundleCorrupt",
    "BundleError",
    "BundleNotForUs",
    "BundleReader",
    "BundleUnsupported",
    "BundleWriter",
]

MAGIC = b"GENERA-BUNDLE"
FORMAT_VERSION = 1
HEADER_FIELDS = (
    "bundle_id",
    "sender",
    "recipient",
    "sequence",
    "created_at",
    "app_version",
    "schema_version",
    "incarnation",
)
CHUNK_SIZE = 64 * 1024
MAX_HEADER = 16 * 1024
MAX_MANIFEST = 16 * 1024 * 1024
# One record is a few hundred bytes; a line this long is a broken or hostile file.
MAX_RECORD = 64 * 1024 * 1024

_HPKE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)
_HPKE_INFO = b"genera-bundle/1 content key"
_SEALED_SIZE = KEM.X25519.enc_length() + 32 + 16
_TAG_SIZE = 16
_FINAL = 0x8000_0000
_MANIFEST_AAD = b"genera-bundle/1 manifest\0"
_PAYLOAD_AAD = b"genera-bundle/1 payload\0"
_SIGNATURE_CONTEXT = b"genera-bundle/1 signature\0"
_MANIFEST_NONCE = 0
_PAYLOAD_NONCE = 1
_RESERVED_MANIFEST_KEYS = ("record_count", "payload_sha256")
_COPY_BLOCK = 1024 * 1024
_INFLATE_STEP = 256 * 1024


def _nonce(section: int, counter: int) -> bytes:
    # Manifest and payload share one key, so a section byte keeps their nonces apart.
    return struct.pack(">B3xQ", section, counter)


def _chunk_aad(final: bool) -> bytes:
    return _PAYLOAD_AAD + (b"\1" if final else b"\0")


def _signed_message(digest: bytes) -> bytes:
    # Ed25519 here is one-shot, so the file is hashed as it streams and the hash is signed.
    return _SIGNATURE_CONTEXT + digest


# ASCII keeps every line encodable (even lone surrogates) and newline-free. One encoder
# and decoder for the module: building them per record costs more than the work itself.
_dumps = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode
_loads = json.JSONDecoder().decode


def _encode_header(header: dict[str, Any]) -> bytes:
    if not isinstance(header, dict):
        raise TypeError("header must be a dict")
    if header.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        raise ValueError(f"this writer makes format {FORMAT_VERSION} only")
    missing = [name for name in HEADER_FIELDS if name not in header]
    if missing:
        raise ValueError(f"header lacks {', '.join(missing)}")
    for key, value in header.items():
        # Scalars only: the header is read by anyone, so it stays small and flat.
        if not isinstance(value, str | int | float | bool | type(None)):
            raise ValueError(f"header field {key!r} must be a scalar")
    if not isinstance(header["sequence"], int) or header["sequence"] < 0:
        raise ValueError("header sequence must be a non-negative int")
    data = json.dumps(
        {**header, "format": FORMAT_VERSION}, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("ascii")
    if len(data) > MAX_HEADER:
        raise ValueError("header too large")
    return data


def _decode_header(data: bytes, path: Path) -> dict[str, Any]:
    """The clear header as an object; not judged yet (``_check_format`` is, once the
    bundle is authenticated). Past the magic, a header that does not parse is damaged."""
    try:
        header = json.loads(data)
    except ValueError as exc:  # UnicodeDecodeError is a ValueError too
        raise BundleCorrupt("corrupt", path, "header is not JSON") from exc
    if not isinstance(header, dict):
        raise BundleCorrupt("corrupt", path, "header is not an object")
    if any(name not in header for name in HEADER_FIELDS) or not isinstance(header["sequence"], int):
        raise BundleCorrupt("corrupt", path, "header fields missing")
    return header


def _check_format(header: dict[str, Any], path: Path) -> None:
    """The header's format version, judged once the header is known to be intact."""
    version = header.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleCorrupt("corrupt", path, "no format version")
    if version > FORMAT_VERSION:
        raise BundleUnsupported("unsupported_format", path, f"format {version}")


class BundleWriter:
    """Writes one bundle for one recipient, streaming; a context manager.

    `add()` records, then `close(manifest)` renames the finished file into place. On an
    exception inside the `with` block, or in `close()`, nothing is left at `path`.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        header: dict[str, Any],
        sender_keys: SiteKeys,
        recipient_encryption_key: bytes,
    ) -> None:
        self.path = Path(path)
        self._header = _encode_header(header)
        self._sender_keys = sender_keys
        recipient = x25519.X25519PublicKey.from_public_bytes(recipient_encryption_key)
        content_key = ChaCha20Poly1305.generate_key()
        self._sealed_key = _HPKE.encrypt(content_key, recipient, info=_HPKE_INFO)
        self._aead = ChaCha20Poly1305(content_key)
        self._payload_hash = hashlib.sha256()
        self._count = 0
        self._lines: list[str] = []
        self._buffered = 0
        self._compressor = zlib.compressobj(6)
        self._pending = bytearray()
        self._chunks = 0
        # Anonymous where the OS allows it, deleted on close elsewhere: a crash leaves
        # at most ciphertext behind, never a half bundle at `path`. abort() closes it,
        # and close() and __exit__ always reach abort().
        self._payload: IO[bytes] | None = tempfile.TemporaryFile(dir=self.path.parent)  # noqa: SIM115

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.abort()
        elif self._payload is not None:
            self.abort()
            raise RuntimeError("BundleWriter left without close(manifest)")

    def add(self, record: dict[str, Any]) -> None:
        """Append one JSON-serialisable record to the payload."""
        if self._payload is None:
            raise RuntimeError("bundle already closed")
        if not isinstance(record, dict):
            raise TypeError("a record must be a dict")
        line = _dumps(record)
        self._lines.append(line)
        self._buffered += len(line) + 1
        self._count += 1
        if self._buffered >= CHUNK_SIZE:
            self._flush_lines()

    def close(self, manifest: dict[str, Any]) -> None:
        """Finish the bundle and rename it into place.

        `manifest` is the caller's dict; `record_count` and `payload_sha256` are added
        here and may not be in it.
        """
        if self._payload is None:
            raise RuntimeError("bundle already closed")
        try:
            if not isinstance(manifest, dict):
                raise TypeError("manifest must be a dict")
            clash = [key for key in _RESERVED_MANIFEST_KEYS if key in manifest]
            if clash:
                raise ValueError(f"manifest may not set {', '.join(clash)}")
            self._flush_lines(last=True)
            full = {
                **manifest,
                "record_count": self._count,
                "payload_sha256": self._payload_hash.hexdigest(),
            }
            data = _dumps(full).encode("ascii")
            if len(data) > MAX_MANIFEST:
                raise ValueError("manifest too large")
            nonce = _nonce(_MANIFEST_NONCE, 0)
            self._write_file(self._aead.encrypt(nonce, data, _MANIFEST_AAD + self._header))
        finally:
            self.abort()

    def abort(self) -> None:
        """Drop everything written so far; safe to call twice."""
        if self._payload is not None:
            self._payload.close()
            self._payload = None

    def _flush_lines(self, *, last: bool = False) -> None:
        data = ("\n".join(self._lines) + "\n").encode("ascii") if self._lines else b""
        self._lines.clear()
        self._buffered = 0
        self._payload_hash.update(data)
        self._pending += self._compressor.compress(data)
        if last:
            self._pending += self._compressor.flush()
        # Strictly more than a chunk: the last chunk must exist to carry the final flag.
        while len(self._pending) > CHUNK_SIZE:
            self._write_chunk(self._pending[:CHUNK_SIZE], final=False)
            del self._pending[:CHUNK_SIZE]
        if last:
            self._write_chunk(self._pending, final=True)

    def _write_chunk(self, data: bytearray, *, final: bool) -> None:
        assert self._payload is not None
        ct = self._aead.encrypt(
            _nonce(_PAYLOAD_NONCE, self._chunks), bytes(data), _chunk_aad(final)
        )
        self._payload.write(struct.pack(">I", len(ct) | (_FINAL if final else 0)) + ct)
        self._chunks += 1

    def _write_file(self, manifest_ct: bytes) -> None:
        assert self._payload is not None
        payload_size = self._payload.tell()
        self._payload.seek(0)
        digest = hashlib.sha256()
        with atomic_output(self.path) as out:
            prefix = MAGIC + struct.pack(">I", len(self._header)) + self._header
            prefix += self._sealed_key + struct.pack(">I", len(manifest_ct)) + manifest_ct
            prefix += struct.pack(">Q", payload_size)
            digest.update(prefix)
            out.write(prefix)
            while block := self._payload.read(_COPY_BLOCK):
                digest.update(block)
                out.write(block)
            out.write(self._sender_keys.sign(_signed_message(digest.digest())))


class _Prefix(NamedTuple):
    """Everything before the payload, as read from the file."""

    raw: bytes
    sealed: bytes
    manifest_ct: bytes
    payload_size: int


class BundleReader:
    """Reads one bundle: the clear header at once, the rest on demand, streaming.

    Order of use: `verify()` and `open()` (either first; `open()` first when the sender's
    key is only learnt from the manifest, as at enrolment, in which case the manifest is
    untrusted until `verify()` passes), then `records()`.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        with open(self.path, "rb") as f:
            self._size = os.fstat(f.fileno()).st_size
            start = f.read(len(MAGIC) + 4)
            if len(start) < len(MAGIC) + 4 or not start.startswith(MAGIC):
                raise BundleCorrupt("not_a_bundle", self.path)
            (header_size,) = struct.unpack(">I", start[len(MAGIC) :])
            if header_size > MAX_HEADER:
                raise BundleCorrupt("not_a_bundle", self.path, "header too large")
            self._header_bytes = f.read(header_size)
        if len(self._header_bytes) < header_size:
            raise BundleCorrupt("truncated", self.path)
        self._header = _decode_header(self._header_bytes, self.path)
        self._prefix_digest: bytes | None = None
        self._verified = False
        self._aead: ChaCha20Poly1305 | None = None
        self._manifest: dict[str, Any] | None = None
        self._payload_offset = 0

    @property
    def header(self) -> dict[str, Any]:
        """The clear header (a copy), including its ``format`` version."""
        return dict(self._header)

    def verify(self, sender_signing_key: bytes) -> None:
        """Check the sender's Ed25519 signature over the whole file, streaming it; then,
        the file being the sender's, its format (``unsupported_format`` if newer) and its
        layout. A file the signature does not cover says why when its layout can: cut
        short (``truncated``), sizes that do not add up (``corrupt``); else
        ``bad_signature``."""
        with self._open() as f:
            digest = hashlib.sha256()
            remaining = self._size - SIGNATURE_SIZE
            while remaining > 0:
                block = f.read(min(remaining, _COPY_BLOCK))
                if not block:
                    raise BundleCorrupt("changed", self.path)
                digest.update(block)
                remaining -= len(block)
            signature = f.read(SIGNATURE_SIZE)
        if not verify_signature(sender_signing_key, signature, _signed_message(digest.digest())):
            with self._open() as f:
                self._read_prefix(f)  # truncated or corrupt, if its layout says so
            raise BundleCorrupt("bad_signature", self.path)
        _check_format(self._header, self.path)
        with self._open() as f:
            self._read_prefix(f)
        self._verified = True

    def open(self, recipient_keys: SiteKeys) -> dict[str, Any]:
        """Unseal the content key with our key and return the manifest (a copy)."""
        with self._open() as f:
            prefix = self._read_prefix(f)
        try:
            content_key = _HPKE.decrypt(prefix.sealed, recipient_keys.encryption, info=_HPKE_INFO)
        except (InvalidTag, ValueError) as exc:
            raise BundleNotForUs("wrong_recipient", self.path) from exc
        aead = ChaCha20Poly1305(content_key)
        try:
            data = aead.decrypt(
                _nonce(_MANIFEST_NONCE, 0), prefix.manifest_ct, _MANIFEST_AAD + self._header_bytes
            )
            manifest = json.loads(data)
        except (InvalidTag, ValueError) as exc:
            raise BundleCorrupt("corrupt", self.path, "manifest") from exc
        # The manifest decrypted with the header as associated data: the header is whole.
        _check_format(self._header, self.path)
        if (
            not isinstance(manifest, dict)
            or not isinstance(manifest.get("record_count"), int)
            or not isinstance(manifest.get("payload_sha256"), str)
        ):
            raise BundleCorrupt("corrupt", self.path, "manifest fields")
        self._aead, self._manifest = aead, manifest
        self._payload_offset = len(prefix.raw)
        return dict(manifest)

    def records(self) -> Iterator[dict[str, Any]]:
        """Stream the payload's records; the count and hash are checked after the last one.

        A `BundleCorrupt` may come after records were already yielded: apply them in a
        transaction and roll back on error.
        """
        if not self._verified:
            raise RuntimeError("verify() the bundle before reading its records")
        if self._aead is None or self._manifest is None:
            raise RuntimeError("open() the bundle before reading its records")
        return self._iter_records(self._aead, self._manifest)

    @contextlib.contextmanager
    def _open(self) -> Iterator[IO[bytes]]:
        with open(self.path, "rb") as f:
            if os.fstat(f.fileno()).st_size != self._size:
                raise BundleCorrupt("changed", self.path)
            yield f

    def _read_prefix(self, f: IO[bytes]) -> _Prefix:
        """Read up to the payload and check the sizes add up to the file's size."""
        start = len(MAGIC) + 4 + len(self._header_bytes)
        f.seek(start)
        sealed = f.read(_SEALED_SIZE)
        size_field = f.read(4)
        if len(sealed) < _SEALED_SIZE or len(size_field) < 4:
            raise BundleCorrupt("truncated", self.path)
        (manifest_size,) = struct.unpack(">I", size_field)
        if manifest_size > MAX_MANIFEST + _TAG_SIZE:
            raise BundleCorrupt("corrupt", self.path, "manifest size")
        manifest_ct = f.read(manifest_size)
        size_field = f.read(8)
        if len(manifest_ct) < manifest_size or len(size_field) < 8:
            raise BundleCorrupt("truncated", self.path)
        (payload_size,) = struct.unpack(">Q", size_field)
        prefix_size = start + _SEALED_SIZE + 4 + manifest_size + 8
        expected = prefix_size + payload_size + SIGNATURE_SIZE
        if self._size < expected:
            raise BundleCorrupt("truncated", self.path)
        if self._size > expected:
            raise BundleCorrupt("corrupt", self.path, "trailing bytes")
        f.seek(0)
        raw = f.read(prefix_size)
        # verify() and open() each read the prefix; the file must not change in between,
        # or the signature checked would not be over the manifest used.
        digest = hashlib.sha256(raw).digest()
        if self._prefix_digest is None:
            self._prefix_digest = digest
        elif digest != self._prefix_digest:
            raise BundleCorrupt("changed", self.path)
        return _Prefix(raw, sealed, manifest_ct, payload_size)

    def _iter_records(
        self, aead: ChaCha20Poly1305, manifest: dict[str, Any]
    ) -> Iterator[dict[str, Any]]:
        digest = hashlib.sha256()
        count = 0
        inflater = zlib.decompressobj()
        tail = b""
        with self._open() as f:
            f.seek(self._payload_offset)
            for data in self._chunks(f, aead):
                while True:
                    try:
                        out = inflater.decompress(data, _INFLATE_STEP)
                    except zlib.error as exc:
                        raise BundleCorrupt("corrupt", self.path, "payload") from exc
                    data = inflater.unconsumed_tail
                    digest.update(out)
                    text = tail + out
                    cut = text.rfind(b"\n") + 1
                    tail = text[cut:]
                    if len(tail) > MAX_RECORD:
                        raise BundleCorrupt("corrupt", self.path, "record too large")
                    batch = self._parse_lines(text[:cut])
                    count += len(batch)
                    yield from batch
                    if not data and len(out) < _INFLATE_STEP:
                        break
        if not inflater.eof or inflater.unused_data or tail:
            raise BundleCorrupt("corrupt", self.path, "payload end")
        if count != manifest["record_count"] or digest.hexdigest() != manifest["payload_sha256"]:
            raise BundleCorrupt("corrupt", self.path, "payload does not match manifest")

    def _chunks(self, f: IO[bytes], aead: ChaCha20Poly1305) -> Iterator[bytes]:
        position = self._payload_offset
        end = self._size - SIGNATURE_SIZE
        index = 0
        while True:
            word = f.read(4) if position + 4 <= end else b""
            if len(word) < 4:
                raise BundleCorrupt("truncated", self.path, "no final chunk")
            (word_value,) = struct.unpack(">I", word)
            final, size = bool(word_value & _FINAL), word_value & ~_FINAL
            if not _TAG_SIZE <= size <= CHUNK_SIZE + _TAG_SIZE:
                raise BundleCorrupt("corrupt", self.path, "chunk size")
            position += 4 + size
            ct = f.read(size) if position <= end else b""
            if len(ct) < size:
                raise BundleCorrupt("truncated", self.path, "chunk")
            try:
                plain = aead.decrypt(_nonce(_PAYLOAD_NONCE, index), ct, _chunk_aad(final))
            except InvalidTag as exc:
                raise BundleCorrupt("corrupt", self.path, f"chunk {index}") from exc
            yield plain
            index += 1
            if final:
                break
        if position != end:
            raise BundleCorrupt("corrupt", self.path, "bytes after the final chunk")

    def _parse_lines(self, data: bytes) -> list[dict[str, Any]]:
        if not data:
            return []
        # One JSON array per batch of lines: a single decode call instead of thousands.
        try:
            records = _loads("[" + data[:-1].decode("ascii").replace("\n", ",") + "]")
        except ValueError as exc:
            raise BundleCorrupt("corrupt", self.path, "record is not JSON") from exc
        if not all(isinstance(record, dict) for record in records):
            raise BundleCorrupt("corrupt", self.path, "record is not an object")
        return records
