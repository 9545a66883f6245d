"""Writing files so that a failed run never leaves a half-written letter behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ua_letters.errors import UaLettersError
from ua_letters.scratch import sweep, temp_prefix
from ua_letters.stopping import deferred


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()  # what open() would give; mkstemp alone gives 0600


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place.

    Ctrl-C and SIGTERM wait until the file is in place or its temporary file is gone.
    """
    with deferred():
        fd, temp = tempfile.mkstemp(prefix=temp_prefix("part"), suffix=".part", dir=path.parent)
        try:
            os.fchmod(fd, _FILE_MODE)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


def prepare_folder(folder: Path) -> None:
    """Make the folder if need be, and sweep what killed runs left in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UaLettersError(f"cannot create the output folder {folder}: {exc.strerror}") from None
    if not os.access(folder, os.W_OK):
        raise UaLettersError(f"cannot write to the output folder {folder}: permission denied")
    sweep(folder)
