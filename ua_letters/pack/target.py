"""Where a pack may go: only a fresh folder, an empty one, or one holding exactly an
earlier pack (its marker file lists what that pack wrote) is replaced, so nothing the
program did not write is ever deleted; a ZIP replaces a file, never a folder.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from ua_letters.errors import UaLettersError

MARK = ".ua-letters-pack"  # in a folder pack: the names of the files it wrote
MARK_HEAD = "ua-letters pack\n"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FOLDER_MODE = 0o777 & ~_umask()  # what mkdir gives; mkdtemp alone gives 0700


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _earlier_pack(target: Path) -> set[str] | None:
    """The files an earlier pack in `target` wrote, from its marker; None if it has none."""
    try:
        text = (target / MARK).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith(MARK_HEAD):
        return None
    return set(text[len(MARK_HEAD) :].splitlines())


def check_target(target: Path, folder: bool) -> None:
    """Refuse to replace anything but an earlier pack (a folder) or a file (a ZIP).

    A folder is replaced only if it is empty or holds an earlier pack and nothing else:
    a file the pack did not write (notes added later, a thesis) stops the run.
    """
    if not target.exists():
        return
    if folder:
        if target.is_symlink() or not target.is_dir():
            raise UaLettersError(f"{target}: exists and is not a folder")
        present = [p for p in target.rglob("*") if not p.is_dir() or p.is_symlink()]
        if not present:
            return
        wrote = _earlier_pack(target)
        if wrote is None:
            raise UaLettersError(
                f"{target}: the folder is not empty and holds no earlier pack; nothing was changed",
                hint="choose a new folder, or an empty one",
            )
        foreign = sorted(
            str(p.relative_to(target))
            for p in present
            if p.name != MARK or p.parent != target
            if str(p.relative_to(target)) not in wrote
        )
        if foreign:
            raise UaLettersError(
                f"{target}: holds files the earlier pack did not write ({', '.join(foreign[:3])}"
                f"{', …' if len(foreign) > 3 else ''}); nothing was changed",
                hint="move those files elsewhere, or choose a new folder",
            )
    elif target.is_dir():
        raise UaLettersError(
            f"{target}: is a folder", hint=f"write {target}/ to make a folder pack there"
        )
