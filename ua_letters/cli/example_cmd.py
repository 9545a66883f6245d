"""`ua-letters example [DIR]`: copy the bundled example cases out, to read, edit and try."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def example(
    folder: Annotated[
        Path, typer.Argument(metavar="DIR", help="Where to put the copies (default: here).")
    ] = Path("."),
) -> None:
    """Copy the bundled example cases into DIR (never over a different file).

    askarov.yaml (UA 135/10, Kyrgyzstan: ru, ky, en, fax numbers) and zhen-jianghua.yaml
    (UA 235/17, China: English, a deadline and an e-mail address).

    Example: ua-letters example my-cases && ua-letters render my-cases/askarov.yaml
    """
    from ua_letters.api import copy_examples

    written, present = copy_examples(folder)
    for path in written:
        typer.echo(str(path))
    for path in present:
        sys.stderr.write(f"note: {path} is already there, unchanged\n")
