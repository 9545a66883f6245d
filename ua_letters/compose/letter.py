"""A composed letter: an ordered list of typed blocks, ready for any renderer.

A template writes one block per line as `kind: text` (see templates/en/letter.txt.j2);
a line without a known kind continues the block before it. Renderers style each kind
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
from ua_letters.compose.environment import PLACEHOLDER_END, PLACEHOLDER_START, render_template
from ua_letters.compose.typography import typeset
from ua_letters.compose.variants import Variant
from ua_letters.errors import UaLettersError

KINDS = ("from", "date", "to", "subject", "salutation", "p", "item", "close", "sign", "copy")
_LINE = re.compile(r"^(?P<kind>[a-z]+):(?: (?P<text>.*))?$")
_PLACEHOLDER = re.compile(f"{PLACEHOLDER_START}(\\d+){PLACEHOLDER_END}")


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


def parse_blocks(rendered: str, values: list[str], source: str = "template") -> list[Block]:
    """Split template output into blocks, then put the values back in."""
    blocks: list[tuple[str, str]] = []
    for number, line in enumerate(rendered.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if match and match["kind"] in KINDS:
            blocks.append((match["kind"], match["text"] or ""))
        elif blocks:
            kind, previous = blocks[-1]
            blocks[-1] = (kind, f"{previous} {line.strip()}".strip())
        else:
            raise UaLettersError(
                f"{source}: output line {number} does not start with a block kind "
                f"({', '.join(KINDS)}): {line[:60]!r}"
            )

    def fill(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: values[int(m.group(1))], text).strip()

    return [Block(kind, fill(text)) for kind, text in blocks]


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
    blocks = [
        Block(b.kind, typeset(b.text, language))
        for b in parse_blocks(rendered, values, f"{language} letter template")
    ]
    subjects = [b.text for b in blocks if b.kind == "subject"]
    return Letter(
        language=language,
        recipient_index=case.recipients.index(recipient),
        blocks=tuple(blocks),
        subject=subjects[0] if subjects else "",
        dated=on_date,
        reference=case.ua.reference,
        variant=chosen,
    )
