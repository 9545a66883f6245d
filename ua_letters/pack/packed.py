"""A file of the pack written as it is made: compressed (or stored) and checksummed on the
way, so that joining the pack at the end copies its bytes and computes nothing.

The print files, labels.pdf and manifest.csv grow while the letters are made; at the end
the main process only copies each into the ZIP (see `PackOutput.add_packed`), which with
the earlier way (read it again, checksum it, compress it) was a serial tail after the
last letter, while the workers had nothing left to do.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import TextIO

from ua_letters.archive import Entry
from ua_letters.pack.zipstream import Packer


class Packed:
    """The data of the member `name`, in the file `folder / name` (deflated, or stored)."""

    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.path = folder / name
        self._file = self.path.open("wb")
        self._packer = Packer(name, self._file)
        self.binary = io.BufferedWriter(self._packer, 1 << 16)

    def text(self) -> TextIO:
        """A text view (UTF-8, newlines as written) of the same member."""
        return io.TextIOWrapper(self.binary, encoding="utf-8", newline="")

    def finish(self) -> Entry:
        """Complete the member; its data is then in `path`, described by the entry."""
        self.binary.flush()
        entry = self._packer.finish()
        self.binary.close()
        self._file.close()
        return entry

    def abandon(self) -> None:
        """Close the file (it is removed with the pack's scratch folder), whatever state
        the stop left it in: on a full disk, flushing the rest fails again."""
        with contextlib.suppress(OSError, ValueError):
            self.binary.close()
        self._file.close()
