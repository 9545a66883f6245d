"""The draft's values and their comments, as the enrichment steps read and change them.

The draft is plain data whose values may be wrapped in yamlwriter's Note to carry a
comment; each step reads through the wrapper and, when it adds an offer, keeps the
comments already there and adds its own.
"""

from __future__ import annotations

from typing import Any

from ua_letters.importer.yamlwriter import Note


def value(item: Any) -> Any:
    return item.value if isinstance(item, Note) else item


def with_note(old: Any, new: Any, comment: str | None, replace: bool = False) -> Note:
    """`new` in place of `old`, keeping its comments (`replace`: the line comment goes)."""
    above = old.above if isinstance(old, Note) else ()
    keep = None if replace or not isinstance(old, Note) else old.comment
    if keep and comment and keep.startswith("CHECK") and comment.startswith("CHECK: "):
        comment = comment.removeprefix("CHECK: ")  # one CHECK mark per line
    joined = "; ".join(c for c in (keep, comment) if c)
    return Note(new, joined or None, above)
