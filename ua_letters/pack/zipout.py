"""Where a pack goes: a ZIP file, or a folder, never half-written and always reproducible.

A ZIP is written to a temporary file beside the target and renamed at the end; a folder
is filled as a temporary folder and renamed into place. Entries have a fixed time and
mode, PDFs and DOCX files (already compressed) are stored, text is deflated: the same
pack gives the same bytes. Every name is checked, so no entry can point outside the pack.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from ua_letters.errors import UaLettersError

_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_TIME = (1980, 1, 1, 0, 0, 0)
_STORED = (".pdf", ".docx")
_PACK_MARK = "manifest.csv"


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
        self._zip: zipfile.ZipFile | None = None
        if folder:
            self._temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
        else:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=parent)
            os.close(fd)
            self._temp = Path(name)
            self._zip = zipfile.ZipFile(self._temp, "w", zipfile.ZIP_DEFLATED, allowZip64=True)

    def _info(self, name: str, size: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(safe_name(name), date_time=_TIME)
        info.create_system = 3
        info.external_attr = 0o100644 << 16
        info.file_size = size
        stored = name.endswith(_STORED)
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        return info

    def add(self, name: str, data: bytes) -> None:
        if self._zip is not None:
            self._zip.writestr(self._info(name, len(data)), data)
            return
        path = self._temp / safe_name(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def add_file(self, name: str, source: Path) -> None:
        """Copy a (large) finished file into the pack without reading it into memory."""
        if self._zip is not None:
            info = self._info(name, source.stat().st_size)
            with source.open("rb") as src, self._zip.open(info, "w") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            return
        shutil.copyfile(source, self._temp / safe_name(name))

    def size(self) -> int:
        if self.folder:
            return sum(p.stat().st_size for p in self.target.rglob("*") if p.is_file())
        return self.target.stat().st_size

    def commit(self) -> Path:
        if self._zip is not None:
            self._zip.close()
            with self._temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(self._temp, self.target)
            return self.target
        old = None
        if self.target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old.", dir=self.target.parent))
            os.replace(self.target, old / "pack")
        os.replace(self._temp, self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return self.target

    def abort(self) -> None:
        if self._zip is not None:
            with contextlib.suppress(Exception):
                self._zip.close()
            with contextlib.suppress(OSError):
                self._temp.unlink()
        else:
            shutil.rmtree(self._temp, ignore_errors=True)


def check_target(target: Path, folder: bool) -> None:
    """Refuse to replace anything but an earlier pack (a folder) or a file (a ZIP)."""
    if not target.exists():
        return
    if folder:
        if not target.is_dir():
            raise UaLettersError(f"{target}: exists and is not a folder")
        if any(target.iterdir()) and not (target / _PACK_MARK).is_file():
            raise UaLettersError(
                f"{target}: the folder is not empty and holds no earlier pack",
                hint="choose a new folder, or an empty one",
            )
    elif target.is_dir():
        raise UaLettersError(
            f"{target}: is a folder", hint=f"write {target}/ to make a folder pack there"
        )
