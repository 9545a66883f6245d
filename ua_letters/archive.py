"""Every ZIP the program writes (DOCX packages, web downloads, packs) follows one rule:
entries in the given order, the fixed time 1980-01-01 00:00 (the earliest a ZIP can hold),
mode 0644 from a Unix system, and already-compressed files (PDF, DOCX) stored rather than
deflated again. The same letters then give the same bytes, whenever they are made.

Archives are assembled here from members compressed in advance. A DOCX is a ZIP of
some 17 parts, and only the document body changes from one letter to the next.
Compressing the large unchanging parts (styles alone are 800 kB of XML) once, and copying
their compressed bytes into each letter, is what makes a DOCX cheap. A pack goes further:
its worker processes write whole runs of members (`piece`), and the main process only
copies those bytes into the archive (pack/zipstream.py) and writes the central
directory from their entries (`Entry.central`, `end_of_directory`, with ZIP64 records
once the pack outgrows the classic limits). The standard `zipfile`
cannot take pre-compressed data, so the headers are built here.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Protocol

ENTRY_TIME = (1980, 1, 1, 0, 0, 0)
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # ENTRY_TIME as a DOS date
_VERSION, _VERSION64 = 20, 45
_UNIX = 3 << 8  # made on Unix
_ATTRIBUTES = 0o100644 << 16
_COMPRESSED = (".pdf", ".docx", ".xlsx", ".zip", ".png")
_LIMIT = 0xFFFFFFFF  # beyond this an offset or size needs a ZIP64 field


def compressed_already(name: str) -> bool:
    """Files that deflate cannot shrink: stored as they are, which is also faster."""
    return name.lower().endswith(_COMPRESSED)


class Output(Protocol):
    """Where bytes go: a file, a BytesIO, or a sender that may also have `write_shared`."""

    def write(self, data: bytes, /) -> object: ...


@dataclass(frozen=True)
class Entry:
    """A member's header fields, without its data (which may be written elsewhere)."""

    name: bytes
    crc: int
    size: int
    length: int  # of the data as written (compressed, or `size` when stored)
    method: int = 8  # 8 deflate, 0 stored

    def local(self) -> bytes:
        """The local header that precedes the member's data."""
        if self.length >= _LIMIT or self.size >= _LIMIT:
            raise ValueError(f"a member of 4 GB or more: {self.name.decode()}")
        return struct.pack("<4s5H3L2H", b"PK\x03\x04", *self._fixed(_VERSION), 0) + self.name

    def central(self, offset: int) -> bytes:
        """The member's central-directory record, for data whose header is at `offset`."""
        extra = b"" if offset < _LIMIT else struct.pack("<2HQ", 1, 8, offset)
        version = _VERSION64 if extra else _VERSION
        fields = (_UNIX | version, *self._fixed(version), len(extra), 0, 0, 0, _ATTRIBUTES)
        head = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", *fields, min(offset, _LIMIT))
        return head + self.name + extra

    def _fixed(self, version: int) -> tuple[int, ...]:
        flags = 0x800 if max(self.name, default=0) > 0x7F else 0  # bit 11: the name is UTF-8
        return (version, flags, self.method, 0, _DOS_DATE, self.crc, self.length, self.size,
                len(self.name))  # fmt: skip


@dataclass(frozen=True)
class Member:
    name: bytes
    crc: int
    size: int
    data: bytes  # raw deflate stream, or the content itself when `method` is 0 (stored)
    key: Hashable | None = None  # set for members that many archives share
    method: int = 8  # 8 deflate, 0 stored

    @property
    def entry(self) -> Entry:
        return Entry(self.name, self.crc, self.size, len(self.data), self.method)


def deflate(name: str, content: bytes, level: int = 6, key: Hashable | None = None) -> Member:
    """A member compressed now, to be copied into one or many archives."""
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    data = packer.compress(content) + packer.flush()
    return Member(name.encode("utf-8"), zlib.crc32(content), len(content), data, key)


def member(name: str, content: bytes) -> Member:
    """`content` as a member: deflated, or stored if it is compressed already."""
    if compressed_already(name):
        return Member(name.encode("utf-8"), zlib.crc32(content), len(content), content, method=0)
    return deflate(name, content)


def zip_bytes(files: Iterable[tuple[str, bytes]]) -> bytes:
    """A small archive in memory: each (name, content) deflated, or stored if compressed."""
    return assemble([member(n, c) for n, c in files])


def assemble(members: list[Member]) -> bytes:
    buffer = io.BytesIO()
    write(buffer, members)
    return buffer.getvalue()


def piece(members: Iterable[Member]) -> tuple[bytes, list[Entry]]:
    """A run of members as they stand in an archive (headers and data), and their entries:
    what a pack's worker writes, for `ZipStream.add_piece` to copy."""
    parts: list[bytes] = []
    entries = []
    for m in members:
        entries.append(m.entry)
        parts += (entries[-1].local(), m.data)
    return b"".join(parts), entries


def write(out: Output, members: list[Member]) -> None:
    """The archive: local headers and data, then the central directory. The data of a
    shared member goes to `out.write_shared(key, data)` where the output has it."""
    names = [m.name for m in members]
    if len(set(names)) != len(names):
        raise ValueError("two members of one archive share a name")
    share = getattr(out, "write_shared", None)
    directory: list[bytes] = []
    offset = 0
    for m in members:
        local = m.entry.local()
        out.write(local)
        if share is not None and m.key is not None:
            share(m.key, m.data)
        else:
            out.write(m.data)
        directory.append(m.entry.central(offset))
        offset += len(local) + len(m.data)
    out.write(
        b"".join(directory) + end_of_directory(len(members), sum(map(len, directory)), offset)
    )


def end_of_directory(count: int, size: int, start: int) -> bytes:
    """The end of the central directory (`size` bytes at `start`), with the ZIP64 record
    and locator first when the count, the size or the start passes the classic fields."""
    classic = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, min(count, 0xFFFF), min(count, 0xFFFF),
        min(size, _LIMIT), min(start, _LIMIT), 0,
    )  # fmt: skip
    if count < 0xFFFF and size < _LIMIT and start < _LIMIT:
        return classic
    record = struct.pack(
        "<4sQ2H2L4Q", b"PK\x06\x06", 44, _UNIX | _VERSION64, _VERSION64, 0, 0, count, count,
        size, start,
    )  # fmt: skip
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, start + size, 1)
    return record + locator + classic
