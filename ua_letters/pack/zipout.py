"""Where a pack goes: a ZIP file, or a folder, never half-written and always reproducible.

A ZIP is written to a temporary file beside the target and renamed at the end; a folder
is filled as a temporary folder and renamed into place; what it may replace is decided
in target.py. Entries
follow `ua_letters.archive` (fixed time and mode; PDFs and DOCX files stored, text
deflated): the same pack gives the same bytes. The letters come as pieces that worker
processes wrote (headers, CRCs and data); they are copied into the ZIP as they are, or,
for a folder, each member's data into its file. Every name is checked, so no entry can
point outside the pack, and no two entries share a name.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from ua_letters.archive import Entry, member
from ua_letters.errors import UaLettersError
from ua_letters.pack.target import FOLDER_MODE, MARK, MARK_HEAD, check_target, locked
from ua_letters.pack.zipstream import ZipStream, copy_range
from ua_letters.scratch import sweep, temp_prefix

_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def safe_name(name: str) -> str:
    """A relative path of plain parts ('letters/ru/0002-anna/01-x.pdf'), or a ValueError."""
    parts = name.split("/")
    if not all(_PART.match(p) and p not in (".", "..") and ".." not in p for p in parts):
        raise ValueError(f"unsafe name for a pack entry: {name!r}")
    return name


class PackOutput:
    """Collects the pack's entries; `commit()` puts the finished pack in place."""

    def __init__(self, target: Path, folder: bool) -> None:
        self.target = target
        self.folder = folder
        parent = target.parent
        if not parent.is_dir():
            raise UaLettersError(f"{parent}: no such folder for the pack")
        check_target(target, folder)
        sweep(parent)
        self._zip: ZipStream | None = None
        self._names: set[str] = set()
        if folder:
            self._temp = Path(tempfile.mkdtemp(prefix=temp_prefix("pack"), dir=parent))
        else:
            fd, name = tempfile.mkstemp(prefix=temp_prefix("pack"), suffix=".part", dir=parent)
            self._temp = Path(name)
            self._file = os.fdopen(fd, "wb", buffering=0)
            # The central directory, until the end; it has no name, so it is never left behind.
            self._directory = tempfile.TemporaryFile(dir=parent)  # noqa: SIM115
            self._zip = ZipStream(self._file, self._directory)

    def _new(self, name: str) -> str:
        """The entry's checked name; a second entry of one name is refused, never written."""
        safe_name(name)
        if name in self._names or name == MARK:
            raise UaLettersError(
                f"two files of the pack would both be called {name}; no pack was written",
                hint="give every recipient of the case its own id",
            )
        self._names.add(name)
        return name

    def _path(self, name: str) -> Path:
        path = self._temp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def add(self, name: str, data: bytes) -> None:
        self._new(name)
        if self._zip is not None:
            self._zip.add(member(name, data))
            return
        self._path(name).write_bytes(data)

    def add_file(self, name: str, source: Path) -> None:
        """Copy a (large) finished file into the pack without reading it into memory."""
        self._new(name)
        if self._zip is not None:
            with source.open("rb") as src:
                self._zip.add_file(name, src)
            return
        shutil.copyfile(source, self._temp / name)

    def add_packed(self, entry: Entry, data: Path) -> None:
        """A member whose data a `Packed` file holds (compressed and checksummed)."""
        self._new(entry.name.decode("utf-8"))
        with data.open("rb") as source:
            if self._zip is not None:
                self._zip.add_packed(entry, source)
                return
            with self._path(entry.name.decode("utf-8")).open("wb") as target:
                unpack = zlib.decompressobj(-15) if entry.method else None
                while block := source.read(1 << 20):
                    target.write(block if unpack is None else unpack.decompress(block))

    def add_piece(self, entries: Sequence[Entry], piece: bytes | Path) -> None:
        """Members that a worker wrote as one piece (see `archive.piece`): in memory, or in
        a scratch file, which is removed once it is in the pack."""
        for e in entries:
            self._new(e.name.decode("utf-8"))
        if isinstance(piece, bytes):
            self._piece(entries, piece)
            return
        with piece.open("rb", buffering=0) as source:
            self._piece(entries, source)
        piece.unlink()

    def _piece(self, entries: Sequence[Entry], source: bytes | BinaryIO) -> None:
        if self._zip is not None:
            self._zip.add_piece(entries, source)
            return
        offset = 0
        for e in entries:  # a folder: each member's data into its own file
            offset += len(e.local())
            with self._path(e.name.decode("utf-8")).open("wb") as target:
                if isinstance(source, bytes):
                    data = source[offset : offset + e.length]
                elif e.method == 0:
                    copy_range(source.fileno(), target.fileno(), offset, e.length)
                    data = None
                else:
                    data = os.pread(source.fileno(), e.length, offset)
                if data is not None:
                    target.write(data if e.method == 0 else zlib.decompress(data, -15))
            offset += e.length

    def size(self) -> int:
        if self.folder:
            return sum(p.stat().st_size for p in self.target.rglob("*") if p.is_file())
        return self.target.stat().st_size

    def commit(self) -> Path:
        if self._zip is not None:
            self._zip.close()
            self._directory.close()
            os.fsync(self._file.fileno())
            self._file.close()
            os.replace(self._temp, self.target)
            return self.target
        listing = MARK_HEAD + "".join(f"{name}\n" for name in sorted(self._names))
        (self._temp / MARK).write_text(listing, encoding="utf-8")
        with locked(self.target.parent):  # two packs into one folder: one at a time
            check_target(self.target, True)
            old = None
            mode = FOLDER_MODE
            if self.target.exists():
                mode = self.target.stat().st_mode & 0o7777
                old = Path(tempfile.mkdtemp(prefix=temp_prefix("old"), dir=self.target.parent))
                os.replace(self.target, old / "pack")
            os.chmod(self._temp, mode)
            os.replace(self._temp, self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self.target

    def abort(self) -> None:
        """Remove the temporary pack; works on a full disk (nothing more is written)."""
        with contextlib.suppress(OSError):
            if self._zip is None:
                shutil.rmtree(self._temp)
            else:
                self._temp.unlink()
        if self._zip is not None:
            for handle in (self._file, self._directory):
                with contextlib.suppress(OSError):
                    handle.close()
