"""A composed letter: an ordered list of typed blocks, ready for any renderer.

A template writes one block per line as `kind: text` (see templates/en/letter.txt.j2);
a line without a kind continues the block before it. The syntax is strict: a line that
starts like a block (`ps: …`) with a kind that does not exist is a template error naming
the template's file and line, never text merged into the paragraph above. Renderers style each kind
(the subject in bold, items as a list…) and never need to know the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ua_letters.case.model import Case, Recipient
from ua_letters.case.sender import Sender
from ua_letters.compose.context import letter_context
from ua_letters.compose.environment import (
    TEMPLATE_NAME,
    Printed,
    load_template,
    render_template,
)
from ua_letters.compose.languages import rules
from ua_letters.compose.typography import typeset
from ua_letters.compose.variants import Variant
from ua_letters.errors import UaLettersError

KINDS = ("from", "date", "to", "subject", "salutation", "p", "item", "close", "sign", "copy")
_LINE = re.compile(r"^(?P<kind>[a-z]+):(?: (?P<text>.*))?$")


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
    rendered: str, values: Printed, source: str = "template", template_file: str | None = None
) -> list[Block]:
    """Split template output into blocks, then put the values back in."""
    blocks: list[tuple[str, str]] = []
    for number, line in enumerate(rendered.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if match and match["kind"] in KINDS:
            blocks.append((match["kind"], match["text"] or ""))
        elif match:
            raise UaLettersError(
                f"{_line_of(template_file, match['kind']) or source}: template error: "
                f"unknown block kind {match['kind']!r}; use one of {', '.join(KINDS)}"
            )
        elif blocks:
            kind, previous = blocks[-1]
            blocks[-1] = (kind, f"{previous} {line.strip()}".strip())
        else:
            raise UaLettersError(
                f"{source}: output line {number} does not start with a block kind "
                f"({', '.join(KINDS)}): {line[:60]!r}"
            )

    return [Block(kind, values.fill(text).strip()) for kind, text in blocks]


def _line_of(template_file: str | None, kind: str) -> str | None:
    """'file:line' of the template line that writes the block `kind:`, when it can be told."""
    if template_file is None:
        return None
    try:
        lines = Path(template_file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return template_file
    starts = re.compile(rf"^\s*{re.escape(kind)}:")
    number = next((i for i, line in enumerate(lines, start=1) if starts.match(line)), None)
    return f"{template_file}:{number}" if number else template_file


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
    rendered, values = render_template(language, context, user_templates)
    template_file = load_template(language, TEMPLATE_NAME, user_templates).filename
    blocks = [
        Block(b.kind, typeset(b.text, language))
        for b in parse_blocks(rendered, values, f"{language} letter template", template_file)
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
