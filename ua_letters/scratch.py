"""Temporary names that say whose they are, so a later run can sweep what a killed run left.

Every temporary file or folder the program makes beside its output is called
`.ua-letters-tmp.<pid>.<what>.<random>`. A run that is killed outright (SIGKILL, power
loss) cannot clean up; the next run in that folder removes such names whose process no
longer exists, and leaves alone those of a run still going (two packs into one folder).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from pathlib import Path

PREFIX = ".ua-letters-tmp."
_OURS = re.compile(r"^\.ua-letters-tmp\.(\d+)\.")


def temp_prefix(what: str) -> str:
    """The start of a temporary name for this process: `.ua-letters-tmp.<pid>.<what>.`."""
    return f"{PREFIX}{os.getpid()}.{what}."


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def sweep(folder: Path) -> list[str]:
    """Remove the temporary files and folders of runs that are gone; return their names."""
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _OURS.match(entry.name)
        if match is None or _alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(entry.name)
    return removed
