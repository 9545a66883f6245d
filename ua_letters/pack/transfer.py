"""Letters sent from worker processes without resending what they all share.

Most of a letter's bytes are the same in every letter: the embedded font subset of a PDF,
the styles and theme of a DOCX. Sending them through a pipe for each letter cost more
than making the letter, so a worker sends each shared piece once, with its key, and after
that only the key; the main process keeps the pieces and puts the files back together.
The pieces arrive in order (a worker takes its tasks in the order they were submitted,
and results are read in that order), so a key always arrives after its bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable
from dataclasses import dataclass

Part = "bytes | Shared"


@dataclass(frozen=True)
class Shared:
    key: Hashable
    data: bytes | None  # None: this process sent the bytes before


class Segments:
    """A write-only binary output that records shared pieces by key (see render.pdfdoc)."""

    def __init__(self, sent: set[Hashable]) -> None:
        self._sent = sent
        self._parts: list[bytes | Shared] = []
        self._pending: list[bytes] = []
        self._hash = hashlib.sha256()  # of the whole file, taken here so the main process need not

    def write(self, data: bytes, /) -> int:
        self._pending.append(bytes(data))
        self._hash.update(data)
        return len(data)

    def sha256(self) -> str:
        return self._hash.hexdigest()

    def write_shared(self, key: Hashable, data: bytes) -> None:
        self._hash.update(data)
        self._flush()
        if key in self._sent:
            self._parts.append(Shared(key, None))
        else:
            self._sent.add(key)
            self._parts.append(Shared(key, data))

    def _flush(self) -> None:
        if self._pending:
            self._parts.append(b"".join(self._pending))
            self._pending = []

    def parts(self) -> tuple[bytes | Shared, ...]:
        self._flush()
        return tuple(self._parts)


class Received:
    """The main process's side: the shared pieces seen so far, and the files rebuilt."""

    def __init__(self) -> None:
        self._store: dict[Hashable, bytes] = {}

    def join(self, parts: tuple[bytes | Shared, ...]) -> bytes:
        out = []
        for part in parts:
            if isinstance(part, Shared):
                if part.data is not None:
                    self._store[part.key] = part.data
                out.append(self._store[part.key])
            else:
                out.append(part)
        return b"".join(out)
