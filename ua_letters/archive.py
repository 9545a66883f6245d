"""Every ZIP the program writes (DOCX packages, web downloads, packs) follows one rule:
entries in the given order, the fixed time 1980-01-01 00:00 (the earliest a ZIP can hold),
mode 0644 from a Unix system, and already-compressed files (PDF, DOCX) stored rather than
deflated again. The same letters then give the same bytes, whenever they are made.

Small archives are assembled here from members compressed in advance. A DOCX is a ZIP of
some 17 parts, and only the document body changes from one letter to the next.
Compressing the large unchanging parts (styles alone are 800 kB of XML) once, and copying
their compressed bytes into each letter, is what makes a DOCX cheap. The standard
`zipfile` cannot take pre-compressed data, so the few headers are built here; a pack,
which streams large files, writes with `zipfile` and takes its headers from `entry`.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Protocol

ENTRY_TIME = (1980, 1, 1, 0, 0, 0)
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # ENTRY_TIME as a DOS date
_VERSION = 20
_UNIX_SYSTEM = 3
_UNIX = _UNIX_SYSTEM << 8
_MODE = 0o100644
_ATTRIBUTES = _MODE << 16
_COMPRESSED = (".pdf", ".docx", ".xlsx", ".zip", ".png")


def compressed_already(name: str) -> bool:
    """Files that deflate cannot shrink: stored as they are, which is also faster."""
    return name.lower().endswith(_COMPRESSED)


def entry(name: str, size: int) -> zipfile.ZipInfo:
    """The header of an entry that `zipfile` writes (a pack streams large files)."""
    info = zipfile.ZipInfo(name, date_time=ENTRY_TIME)
    info.create_system = _UNIX_SYSTEM
    info.external_attr = _ATTRIBUTES
    info.file_size = size
    info.compress_type = zipfile.ZIP_STORED if compressed_already(name) else zipfile.ZIP_DEFLATED
    return info


class Output(Protocol):
    """Where bytes go: a file, a BytesIO, or a sender that may also have `write_shared`."""

    def write(self, data: bytes, /) -> object: ...


@dataclass(frozen=True)
class Member:
    name: bytes
    crc: int
    size: int
    data: bytes  # raw deflate stream, or the content itself when `method` is 0 (stored)
    key: Hashable | None = None  # set for members that many archives share
    method: int = 8  # 8 deflate, 0 stored


def deflate(name: str, content: bytes, level: int = 6, key: Hashable | None = None) -> Member:
    """A member compressed now, to be copied into one or many archives."""
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    data = packer.compress(content) + packer.flush()
    return Member(name.encode("utf-8"), zlib.crc32(content), len(content), data, key)


def zip_bytes(files: Iterable[tuple[str, bytes]]) -> bytes:
    """A small archive in memory: each (name, content) deflated, or stored if compressed."""
    return assemble([_stored(n, c) if compressed_already(n) else deflate(n, c) for n, c in files])


def _stored(name: str, content: bytes) -> Member:
    return Member(name.encode("utf-8"), zlib.crc32(content), len(content), content, method=0)


def assemble(members: list[Member]) -> bytes:
    buffer = io.BytesIO()
    write(buffer, members)
    return buffer.getvalue()


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
        flags = 0x800 if max(m.name, default=0) > 0x7F else 0  # bit 11: the name is UTF-8
        fixed = (_VERSION, flags, m.method, 0, _DOS_DATE, m.crc, len(m.data), m.size, len(m.name))
        local = struct.pack("<4s5H3L2H", b"PK\x03\x04", *fixed, 0) + m.name
        out.write(local)
        if share is not None and m.key is not None:
            share(m.key, m.data)
        else:
            out.write(m.data)
        directory.append(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                _UNIX | _VERSION,
                *fixed,
                0,
                0,
                0,
                0,
                _ATTRIBUTES,
                offset,
            )
            + m.name
        )
        offset += len(local) + len(m.data)
    central = b"".join(directory)
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), offset, 0
    )
    out.write(central + end)
