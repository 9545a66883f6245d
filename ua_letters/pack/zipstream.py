"""A large ZIP written as it goes, by the rule of `ua_letters.archive`: the letters come
as pieces that worker processes wrote (headers, CRCs and data), and the big files as
data compressed and checksummed while they were made (`Packer`). The main process then
only copies bytes (in the kernel, with copy_file_range, where it can) and writes the
central directory.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, BinaryIO

from ua_letters.archive import Entry, Member, compressed_already, end_of_directory, piece

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

_WRITE_BACK = 32 << 20  # start writing the pack to the disk every 32 MB


class ZipStream:
    """A large archive written as it goes: members, and pieces that workers wrote.

    The central directory grows in `directory` (a temporary file), not in memory, so a
    pack of any size costs the main process the same few megabytes.
    """

    def __init__(self, out: BinaryIO, directory: BinaryIO) -> None:
        """`out`: an unbuffered, seekable file (`open(path, "wb", buffering=0)`)."""
        self._out = out
        self._directory = directory
        self._offset = 0
        self._count = 0
        self._size = 0
        self._synced = 0  # bytes before this offset are on their way to the disk

    def add(self, m: Member) -> None:
        data, entries = piece([m])
        self.add_piece(entries, data)

    def add_piece(self, entries: Iterable[Entry], source: bytes | BinaryIO) -> None:
        """Members that a worker wrote out already: `source` holds their headers and data,
        which are copied as they are (within the kernel, from a file); only their
        central-directory records are made here."""
        length = self._record(entries)
        if isinstance(source, bytes):
            self._write(source)
        else:
            copy_range(source.fileno(), self._out.fileno(), 0, length)
        if self._offset - self._synced >= _WRITE_BACK:
            self._write_back()

    def _write_back(self) -> None:
        """Start writing what is written so far to the disk, and let the kernel drop those
        pages from its cache once they are there. Without this, a large pack stays in the
        cache until the final fsync, which then waits for all of it (0.3 s for 650 MB):
        time in which the workers are done and only this process waits."""
        advise = getattr(os, "posix_fadvise", None)
        if advise is not None:
            with contextlib.suppress(OSError):
                advise(self._out.fileno(), self._synced, self._offset - self._synced,
                       os.POSIX_FADV_DONTNEED)  # fmt: skip
        self._synced = self._offset

    def add_packed(self, entry: Entry, data: BinaryIO) -> None:
        """A member whose data (`entry.length` bytes from the start of `data`) a `Packer`
        made: its header is written here, its data copied as it is."""
        self._record([entry])
        self._write(entry.local())
        copy_range(data.fileno(), self._out.fileno(), 0, entry.length)

    def _record(self, entries: Iterable[Entry]) -> int:
        """Add the entries' central records; return the bytes their members take."""
        records = []
        start = self._offset
        for e in entries:
            records.append(e.central(self._offset))
            self._offset += len(e.local()) + e.length
        self._count += len(records)
        block = b"".join(records)
        self._size += len(block)
        self._directory.write(block)
        return self._offset - start

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[self._out.write(view) or 0 :]

    def add_file(self, name: str, source: BinaryIO) -> None:
        """Stream a large file in (deflated or stored by its name), from its start."""
        with tempfile.TemporaryFile() as scratch:
            packer = Packer(name, scratch)
            while block := source.read(1 << 20):
                packer.write(block)
            self.add_packed(packer.finish(), scratch)

    def close(self) -> None:
        """Append the central directory and its end; the output then holds the archive."""
        self._directory.seek(0)
        while block := self._directory.read(1 << 20):
            self._write(block)
        self._write(end_of_directory(self._count, self._size, self._offset))


class Packer(io.RawIOBase):
    """A member's data made as it is written: deflated (or stored, by the name's rule)
    into `out`, its CRC and sizes kept, so that nothing has to be read again to archive it.
    Wrap it in `io.BufferedWriter` and `io.TextIOWrapper` for text."""

    def __init__(self, name: str, out: BinaryIO) -> None:
        self.name_bytes = name.encode("utf-8")
        self._out = out
        self._deflate = (
            None if compressed_already(name) else zlib.compressobj(6, zlib.DEFLATED, -15)
        )
        self._crc = self._size = self._length = 0

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer, /) -> int:
        block = bytes(data)
        self._crc, self._size = zlib.crc32(block, self._crc), self._size + len(block)
        self._emit(block if self._deflate is None else self._deflate.compress(block))
        return len(block)

    def _emit(self, block: bytes) -> None:
        self._length += len(block)
        self._out.write(block)

    def finish(self) -> Entry:
        """The member's entry; its data is then complete in `out`."""
        if self._deflate is not None:
            self._emit(self._deflate.flush())
        self._out.flush()
        method = 0 if self._deflate is None else 8
        return Entry(self.name_bytes, self._crc, self._size, self._length, method)


def copy_range(source: int, target: int, offset: int, count: int) -> None:
    """Copy `count` bytes at `offset` of one file to the position of another (by their
    descriptors), in the kernel where it can (Linux), without passing through this process."""
    fast = getattr(os, "copy_file_range", None)
    while count:
        try:
            if fast is None:
                raise OSError("no copy_file_range")
            done = fast(source, target, count, offset)
        except OSError:  # another file system, or no such call: the plain way from now on
            fast = None
            done = os.write(target, os.pread(source, min(count, 1 << 20), offset))
        if not done:
            raise OSError(f"{count} bytes short of a piece of the archive")
        offset, count = offset + done, count - done
