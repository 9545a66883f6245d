"""Which header name means which column: offices label their lists in their own language.

The names are data (columns.toml) so that a new spelling is one line, not a code change.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from ua_letters.errors import UaLettersError

_DATA = Path(__file__).with_name("columns.toml")


@cache
def aliases() -> dict[str, str]:
    """{casefolded header name: column}."""
    table = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return {alias.casefold(): column for column, names in table.items() for alias in names}


def normalise(title: str) -> str:
    return " ".join(title.lstrip("\ufeff").replace("_", " ").split()).casefold()


def map_header(source: str, titles: list[str]) -> tuple[dict[int, str], list[str]]:
    """({cell index: column}, unused header titles); refuses a header without a name.

    "Vorname;Name" (a German export) is a first name and a surname: when a list has a
    first-name column and no surname column, its plain name column is the surname.
    """
    known = aliases()
    found: dict[int, str] = {}
    unused: list[str] = []
    for index, title in enumerate(titles):
        column = known.get(normalise(title))
        if column is None:
            if title.strip():
                unused.append(title.strip()[:40])
            continue
        if column in found.values():
            raise UaLettersError(f"{source}: the column {column!r} appears twice in the header")
        found[index] = column
    names = set(found.values())
    if {"first", "name"} <= names and "last" not in names:
        found = {i: ("last" if c == "name" else c) for i, c in found.items()}
    if "name" not in names and not names & {"first", "last"}:
        accepted = sorted({a for a, c in known.items() if c in ("name", "first", "last")})
        raise UaLettersError(
            f"{source}: the first row must be a header with a name column",
            hint="accepted name columns: " + ", ".join(accepted),
        )
    return found, unused
