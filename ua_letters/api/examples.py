"""Copying the bundled example cases out, so that a new user has files to edit and try.

An installed ua-letters keeps its examples inside the package, where nobody should edit
them; `ua-letters example DIR` puts copies where the user works. A file already there
with the same bytes is left alone; one with different content is never replaced, so a
case a user has edited is not lost.
"""

from __future__ import annotations

from pathlib import Path

from ua_letters.errors import Problem, UaLettersError
from ua_letters.render.output import prepare_folder, write_atomic
from ua_letters.resources import example_cases

__all__ = ["copy_examples", "example_cases"]


def copy_examples(folder: Path) -> tuple[list[Path], list[Path]]:
    """Copy every bundled example into `folder`: (files written, files already there).

    Refuses before writing anything when a file of the same name holds something else.
    """
    sources = example_cases()
    targets = [(source, folder / source.name) for source in sources]
    clashes = [
        target for source, target in targets
        if target.exists() and (not target.is_file() or target.read_bytes() != source.read_bytes())
    ]  # fmt: skip
    if clashes:
        raise UaLettersError(
            [Problem(f"{t} exists and differs from the bundled example") for t in clashes],
            hint="move it away or choose another folder: ua-letters example DIR",
        )
    prepare_folder(folder)
    written, present = [], []
    for source, target in targets:
        if target.exists():
            present.append(target)
        else:
            write_atomic(target, source.read_bytes())
            written.append(target)
    return written, present
