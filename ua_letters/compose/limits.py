"""How much text a template may make, and how that is told before the text exists.

A check on a result comes too late when making the result is the harm: `'x'|center(10**10)`
needs 10 GB before anything could measure it. So the guards (compose/bounded.py) estimate
first, with `text_size`, a lower bound of `len(str(value))` that stops counting at the limit
(a list holding one 1,000,000-character text 1,000 times is 1,000 references but a
1,000,000,000-character `str`), and refuse what could only come out too large.
"""

from __future__ import annotations

import jinja2

MAX_OUTPUT = 1_000_000  # characters (or items); a letter is about 5,000
MAX_POWER_BITS = 4096
MAX_WORK = 10_000_000_000  # character copies one filter may do (wordwrap, sum): well under 1 s


class BudgetExceeded(jinja2.TemplateRuntimeError):
    """A template did more work or made more text than any letter needs."""


def check_output(text: str) -> str:
    if len(text) > MAX_OUTPUT:
        raise BudgetExceeded(f"the template makes more than {MAX_OUTPUT:,} characters")
    return text


def refuse_over(size: int, what: str) -> None:
    """Refuse to make `what` when it would be over MAX_OUTPUT characters."""
    if size > MAX_OUTPUT:
        raise BudgetExceeded(f"{what} would make more than {MAX_OUTPUT:,} characters")


def text_size(value: object, limit: int = MAX_OUTPUT) -> int:
    """At least len(str(value)), counted no further than just past `limit`."""
    if isinstance(value, str | bytes):
        return len(value)
    total, pending = 0, [value]
    while pending and total <= limit:
        item = pending.pop()
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, list | tuple | set | frozenset):
            total += 2 + len(item)  # brackets and separators
            if total <= limit:
                pending.extend(item)
        elif isinstance(item, dict):
            total += 2 + 2 * len(item)
            if total <= limit:
                pending.extend(item.keys())
                pending.extend(item.values())
        else:
            total += 1
    return total
