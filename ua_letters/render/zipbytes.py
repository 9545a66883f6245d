"""A ZIP archive assembled from members compressed in advance, with fixed entry times.

A DOCX is a ZIP of some 17 parts, and only the document body changes from one letter
to the next. Compressing the large unchanging parts (styles alone are 800 kB of XML)
once, and copying their compressed bytes into each letter, is what makes a DOCX cheap.
The standard `zipfile` cannot take pre-compressed data, so the few headers are built here.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Protocol

_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest time a ZIP can hold
_VERSION = 20
_UNIX = 3 << 8
_ATTRIBUTES = 0o100644 << 16


class Output(Protocol):
    """Where bytes go: a file, a BytesIO, or a sender that may also have `write_shared`."""

    def write(self, data: bytes, /) -> object: ...


@dataclass(frozen=True)
class Member:
    name: bytes
    crc: int
    size: int
    data: bytes  # raw deflate stream
    key: Hashable | None = None  # set for members that many archives share


def deflate(name: str, content: bytes, level: int = 6, key: Hashable | None = None) -> Member:
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    data = packer.compress(content) + packer.flush()
    return Member(name.encode("utf-8"), zlib.crc32(content), len(content), data, key)


def assemble(members: list[Member]) -> bytes:
    buffer = io.BytesIO()
    write(buffer, members)
    return buffer.getvalue()


def write(out: Output, members: list[Member]) -> None:
    """The archive: local headers and data, then the central directory. The data of a
    shared member goes to `out.write_shared(key, data)` where the output has it."""
    share = getattr(out, "write_shared", None)
    directory: list[bytes] = []
    offset = 0
    for m in members:
        fixed = (_VERSION, 0, 8, 0, _DOS_DATE, m.crc, len(m.data), m.size, len(m.name))
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
