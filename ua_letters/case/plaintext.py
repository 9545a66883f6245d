"""Text fields hold plain text: no control characters that no document format can hold.

A NUL or a form feed pasted from a spreadsheet would make an invalid DOCX and an empty box
in a PDF. We refuse them at input, naming the character, rather than guess a replacement.
"""

from __future__ import annotations

from ua_letters.textsafety import control_characters, describe


def check_plain(value: object) -> object:
    """Validate a string, a list of strings or a mapping of them (pydantic AfterValidator)."""
    texts: list[str] = []
    if isinstance(value, str):
        texts = [value]
    elif isinstance(value, list):
        texts = [v for v in value if isinstance(v, str)]
    elif isinstance(value, dict):
        for item in value.values():
            texts += [item] if isinstance(item, str) else [v for v in item if isinstance(v, str)]
    bad = sorted({c for text in texts for c in control_characters(text)})
    if bad:
        raise ValueError(f"contains a control character ({describe(bad)}); remove it")
    return value
