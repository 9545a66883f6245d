"""A small YAML writer that keeps comments, for drafts a person will edit.

PyYAML cannot write comments, and a draft without them cannot say what to check. So the
structure is written here, while every scalar is still quoted by PyYAML's safe_dump, and
the finished text is read back and compared with the data: a quoting mistake can never
produce a draft that means something else.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: faster
_LOADERS = {_LOADER, yaml.SafeLoader}  # the draft's own check, and the case loader's
_INDENT = "  "
_WIDTH = 90


@dataclass(frozen=True)
class Note:
    """A value with a comment on its line, and comment lines above it."""

    value: Any
    comment: str | None = None
    above: tuple[str, ...] = ()


def plain(value: Any) -> Any:
    """The data without its comments."""
    if isinstance(value, Note):
        return plain(value.value)
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def dump(data: dict[str, Any], header: list[str]) -> str:
    """YAML text for `data` with its comments; raise if it would not read back the same."""
    lines = [_comment(part) for text in header for part in _wrap(text)]
    lines += _mapping(data, 0) if data else ["{}"]
    text = "\n".join(lines) + "\n"
    if yaml.load(text, Loader=_LOADER) != plain(data):
        raise RuntimeError("the draft YAML does not read back as written")  # a bug, not input
    return text


def commented_out(items: list[Any], intro: str, indent: int = 1) -> str:
    """List items as YAML lines turned into comments, below an `intro` comment: removing
    the "# " in front of each line puts them back into the list they were taken from."""
    lines = [_comment(part, indent) for part in _wrap(intro)]
    for line in _sequence(items, indent):
        pad = line[: len(line) - len(line.lstrip())]
        lines.append(f"{pad}# {_printable(line.lstrip())}" if line.strip() else "")
    return "\n".join(lines) + "\n"


def _wrap(text: str) -> list[str]:
    """Long header comments wrapped, their continuation lines indented under the text."""
    lead = text[: len(text) - len(text.lstrip())]
    marker = re.match(r"\s*(?:\d+\.\s+)?", text)
    hang = " " * (marker.end() if marker else len(lead))
    return textwrap.wrap(
        " ".join(_printable(text).split()), _WIDTH, initial_indent=lead, subsequent_indent=hang,
        break_on_hyphens=False, break_long_words=False,
    ) or [""]


def _printable(text: str) -> str:
    """YAML refuses control characters even inside comments."""
    return "".join(c if c.isprintable() else " " for c in text)


def _comment(text: str, indent: int = 0) -> str:
    """A comment line; an empty text gives an empty line, which reads better than '#'."""
    text = _printable(text)
    lead = text[: len(text) - len(text.lstrip())]
    clean = " ".join(text.split())
    return f"{_INDENT * indent}# {lead}{clean}" if clean else ""


def _tail(comment: str | None) -> str:
    clean = " ".join(_printable(comment).split()) if comment else ""
    return f"  # {clean}" if clean else ""


def _mapping(data: dict[str, Any], indent: int, first_prefix: str | None = None) -> list[str]:
    lines: list[str] = []
    pad = _INDENT * indent
    for position, (key, raw) in enumerate(data.items()):
        note = raw if isinstance(raw, Note) else Note(raw)
        lines += [_comment(text, indent) for text in note.above]
        lead = first_prefix if position == 0 and first_prefix is not None else pad
        lines += _entry(f"{lead}{scalar(key)}:", note, indent)  # "no" and "null" need quotes
    return lines


def _entry(lead: str, note: Note, indent: int) -> list[str]:
    value = note.value
    if isinstance(value, dict) and value:
        return [lead + _tail(note.comment), *_mapping(value, indent + 1)]
    if isinstance(value, list) and value:
        return [lead + _tail(note.comment), *_sequence(value, indent + 1)]
    if isinstance(value, str) and "\n" in value and (block := _block(value, indent + 1)):
        return [f"{lead} |-{_tail(note.comment)}", *block]
    return [f"{lead} {scalar(value)}{_tail(note.comment)}"]


def _sequence(items: list[Any], indent: int) -> list[str]:
    lines: list[str] = []
    pad = _INDENT * indent + "- "
    for raw in items:
        note = raw if isinstance(raw, Note) else Note(raw)
        lines += [_comment(text, indent) for text in note.above]
        value = note.value
        if isinstance(value, dict) and value:
            first = _mapping(value, indent + 1, first_prefix=pad)
            lines += [first[0] + _tail(note.comment), *first[1:]] if note.comment else first
        elif isinstance(value, str) and "\n" in value and (block := _block(value, indent + 1)):
            lines += [f"{pad}|-{_tail(note.comment)}", *block]
        else:
            lines.append(f"{pad}{scalar(value)}{_tail(note.comment)}")
    return lines


def _block(text: str, indent: int) -> list[str] | None:
    """A literal block (|-) when it reads back exactly; else None for a quoted scalar."""
    pad = _INDENT * indent
    lines = [pad + line if line else "" for line in text.split("\n")]
    try:
        block = "k: |-\n" + "\n".join(lines)
        # libyaml refuses a tab after a block's indentation that PyYAML reads: both must agree
        if all(yaml.load(block, Loader=loader) == {"k": text} for loader in _LOADERS):
            return lines
    except yaml.YAMLError:
        pass
    return None


def scalar(value: Any) -> str:
    """One scalar on one line, quoted by PyYAML when it needs quotes."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, dict)):  # only empty ones get here
        return "[]" if isinstance(value, list) else "{}"
    text = yaml.safe_dump(value, allow_unicode=True, width=2**31, default_flow_style=True)
    text = text.removesuffix("\n").removesuffix("\n...").removesuffix("\n")
    risky = isinstance(value, str) and not all(c.isprintable() for c in value)
    if "\n" in text or (risky and yaml.safe_load(f"k: {text}") != {"k": value}):
        # Folded anyway, or a character YAML reads as a line break (U+0085…): escape all.
        text = yaml.safe_dump(value, width=2**31, default_style='"').strip()
    return text
