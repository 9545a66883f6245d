"""E-mail damage to a text: "> " quoting, forward headers, and hard wrapping at ~72 columns.

Re-joining lines is a decision, so it is taken only where a mail program's greedy wrap
is the one explanation: the text has no line longer than 80 characters yet many near
its widest, and a line is joined to the next only if the next line's first word would
not have fitted on it. An address line ("Frunze Street, 469") is short, so the next
field is never pulled onto it; a bullet or numbered item never continues a line. A line
ending in ":" is a heading or lead-in and is never continued either.
"""

from __future__ import annotations

import re

_QUOTE = re.compile(r"^(?:> ?)+")
_ATTRIBUTION = re.compile(r"^(On .{6,200}wrote:|.{0,40}-{3,} ?(Forwarded|Original) "
                          r"[Mm]essage ?-{3,}.{0,40}|Begin forwarded message:)$")
_FORWARD_HEADER = re.compile(r"^(From|Sent|Date|To|Cc|Subject|Reply-To):\s")
_STARTS_ITEM = re.compile(r"^([•·*▪●◦–—-]\s|\d+[.)]\s)")
MAX_WRAP = 80
MIN_WRAP = 60


def repair(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without quoting and hard wraps, and what was changed (for the header)."""
    changes: list[str] = []
    if _is_quoted(lines):
        lines = _unquote(lines)
        changes.append("'> ' quoting removed")
    width = _wrap_width(lines)
    if width:
        lines = _unwrap(lines, width)
        changes.append(f"lines wrapped at {width} columns re-joined")
    return lines, changes


def _is_quoted(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    quoted = sum(1 for line in filled if line.startswith(">"))
    return quoted >= 10 and quoted >= 0.5 * len(filled)


def _unquote(lines: list[str]) -> list[str]:
    """Drop the quote marks, the attribution line and the forwarded-message headers.

    The forwarded headers go because their "Date:" and "From:" are the mail's, not the
    UA's; so does the forwarder's note above the forward marker.
    """
    out: list[str] = []
    in_headers = False
    lines = _forwarded_part(lines)
    for line in lines:
        bare = _QUOTE.sub("", line).rstrip()
        if _ATTRIBUTION.match(bare.strip()):
            in_headers = not bare.strip().endswith("wrote:")
            continue
        if in_headers:
            if _FORWARD_HEADER.match(bare) or (bare[:1] in " \t" and bare.strip()):
                continue
            in_headers = False
            if not bare.strip():
                continue
        out.append(bare)
    return out


def _forwarded_part(lines: list[str]) -> list[str]:
    """From the forward marker on: the forwarder's note above it is not the UA.

    Its first line would otherwise be taken for the UA's title.
    """
    for i, line in enumerate(lines):
        if _ATTRIBUTION.match(_QUOTE.sub("", line).strip()):
            return lines[i:]
    return lines


def _wrap_width(lines: list[str]) -> int | None:
    """The column a mail program wrapped at, or None if the text is not hard-wrapped."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if not lengths:
        return None
    widest = max(lengths)
    if not MIN_WRAP <= widest <= MAX_WRAP:
        return None
    near = sum(1 for n in lengths if n >= widest - 12)
    return widest if near >= 5 and near >= 0.2 * len(lengths) else None


def _unwrap(lines: list[str], width: int) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and i and _joins(lines[i - 1], line, width):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _joins(previous: str, line: str, width: int) -> bool:
    """True if `line` continues `previous`: its first word would not have fitted there."""
    before, text = previous.rstrip(), line.strip()
    if not before.strip() or not text or before.endswith(":") or _STARTS_ITEM.match(text):
        return False
    return len(before) + 1 + len(text.split()[0]) > width and len(before) >= 0.6 * width
