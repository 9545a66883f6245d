"""A composed letter: an ordered list of typed blocks, ready for any renderer.

A template writes one block per line as `kind: text` (see templates/en/letter.txt.j2);
a line without a kind continues the block before it. The syntax is strict: a line that
starts like a block (`ps: …`) with a kind that does not exist is a template error naming
the template's file and line, never text merged into the paragraph above. Renderers style each kind
(the subject in bold, items as a list…) and never need to know the language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ua_letters.case.model import Case, Recipient
from ua_letters.case.sender import Sender
from ua_letters.compose.context import letter_context
from ua_letters.compose.environment import (
    TEMPLATE_NAME,
    load_template,
    render_template,
    template_files,
)
from ua_letters.compose.languages import rules
from ua_letters.compose.typography import typeset
from ua_letters.compose.values import Segment, Value
from ua_letters.compose.variants import Variant
from ua_letters.errors import UaLettersError

KINDS = ("from", "date", "to", "subject", "salutation", "p", "item", "close", "sign", "copy")
_KIND = re.compile(r"([a-z]+):")


@dataclass(frozen=True)
class Block:
    kind: str
    text: str


@dataclass(frozen=True)
class Letter:
    language: str
    recipient_index: int
    blocks: tuple[Block, ...]
    subject: str
    dated: date
    reference: str  # "UA 135/10 · EUR 58/011/2010", printed in the footer
    variant: Variant

    def text(self) -> str:
        """Plain text, one block per line: what golden files and searches compare."""
        return "\n".join(f"{b.kind}: {b.text}" for b in self.blocks) + "\n"

    def of_kind(self, kind: str) -> list[str]:
        return [b.text for b in self.blocks if b.kind == kind]


def parse_blocks(
    output: list[Segment],
    source: str = "template",
    files: Callable[[], list[str]] | None = None,
) -> list[Block]:
    """Read the blocks from the template's own text; values go into them as data.

    `output` is the template's text as `str` and its printed values as `Value`
    (compose/values.py). Only text says where a line ends and which kind a line starts;
    a value is one piece of its block's text, whatever characters it holds. `files` gives
    the template's files for an error message; it is called only on an error, because
    finding them parses every included template again.
    """
    blocks: list[tuple[str, list[Segment]]] = []
    for number, line in enumerate(_lines(output), start=1):
        if not line or (len(line) == 1 and type(line[0]) is not Value and not line[0].strip()):
            continue
        kind, text = _kind(line)
        if kind in KINDS:
            blocks.append((kind, text))
        elif kind:
            raise UaLettersError(
                f"{_line_of(files() if files else [], kind) or source}: template error: "
                f"unknown block kind {kind!r}; use one of {', '.join(KINDS)}"
            )
        elif blocks:
            blocks[-1] = (blocks[-1][0], _strip([*blocks[-1][1], " ", *_strip(line)]))
        else:
            shown = "".join("…" if type(s) is Value else s for s in line)
            raise UaLettersError(
                f"{source}: output line {number} does not start with a block kind "
                f"({', '.join(KINDS)}): {shown[:60]!r}"
            )
    return [Block(kind, "".join(text).strip()) for kind, text in blocks]


def _lines(output: list[Segment]) -> Iterator[list[Segment]]:
    """The output's lines. Only the template's text breaks lines; a value never does."""
    line: list[Segment] = []
    for segment in output:
        if type(segment) is Value:
            line.append(segment)
            continue
        parts = segment.splitlines()
        if not parts:
            continue
        for index, part in enumerate(parts):
            if index:
                yield line
                line = []
            if part:
                if line and type(line[-1]) is not Value:
                    line[-1] += part  # text of one line written in pieces reads as one
                else:
                    line.append(part)
        if len(segment.splitlines(keepends=True)[-1]) != len(parts[-1]):
            yield line
            line = []
    yield line


def _kind(line: list[Segment]) -> tuple[str, list[Segment]]:
    """('p', its text) for a line 'p: …' written by the template itself, or ('', line).

    A block starts with lowercase letters, a colon, then a space or the end of the line,
    all in the template's text: a value at the start of a line never makes a block.
    """
    first = line[0]
    match = None if type(first) is Value else _KIND.match(first)
    if match is None:
        return "", line
    rest = first[match.end() :]
    if rest[:1] == " ":
        return match[1], [rest[1:], *line[1:]]
    if not rest and len(line) == 1:
        return match[1], []
    return "", line


def _strip(text: list[Segment]) -> list[Segment]:
    """`str.strip` of the joined text, stopping at a value (as it stops at any non-space)."""
    start, end = 0, len(text)
    while start < end and type(text[start]) is not Value and not text[start].strip():
        start += 1
    while end > start and type(text[end - 1]) is not Value and not text[end - 1].strip():
        end -= 1
    kept = text[start:end]
    if kept and type(kept[0]) is not Value:
        kept[0] = kept[0].lstrip()
    if kept and type(kept[-1]) is not Value:
        kept[-1] = kept[-1].rstrip()
    return kept


def _line_of(files: list[str], kind: str) -> str | None:
    """'file:line' of the template line that writes the block `kind:`, when it can be told.

    The letter template is searched first, then the templates it includes, in order.
    """
    starts = re.compile(rf"^\s*{re.escape(kind)}:")
    for file in files:
        try:
            lines = Path(file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        number = next((i for i, line in enumerate(lines, start=1) if starts.match(line)), None)
        if number:
            return f"{file}:{number}"
    return files[0] if files else None


def compose_letter(
    case: Case,
    recipient: Recipient,
    language: str,
    sender: Sender | None,
    on_date: date,
    user_templates: Path | None = None,
    variant: Variant | None = None,
) -> Letter:
    chosen = variant or Variant()
    context = letter_context(case, recipient, language, sender, on_date, chosen, user_templates)
    output = render_template(language, context, user_templates)
    template = load_template(language, TEMPLATE_NAME, user_templates)
    blocks = [
        Block(b.kind, typeset(b.text, language))
        for b in parse_blocks(
            output, f"{language} letter template", lambda: template_files(template)
        )
    ]
    subjects = [b.text for b in blocks if b.kind == "subject"]
    return Letter(
        language=language,
        recipient_index=case.recipients.index(recipient),
        blocks=tuple(blocks),
        subject=rules(language).bare_subject(subjects[0]) if subjects else "",
        dated=on_date,
        reference=case.ua.reference,
        variant=chosen,
    )
