"""A bullet that says, word for word, what the phrasebook says, is that standard request.

requests.yaml lists the ways UAs word a request; this adds the phrasebook's own wording in
the UA's language (templates/<lang>/requests.txt.j2), rendered for the people concerned —
their number and gender, so every pronoun and agreement is the one the bullet must have —
with their names left open. A bullet that matches it from start to end asks exactly what
the letter will ask, so the mapping is right by construction; it is how a UA written with
this tool, or copied from its phrasebook, comes back as `request:` entries in every
language, and why each new phrasebook request is recognised without a pattern of its own.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ua_letters.compose.requests import known_requests, request_text
from ua_letters.errors import UaLettersError

_TOKEN = "qqpersonqq"  # stands for the names; plain letters survive normalising


class _Names:
    """Every grammatical form of the people's names, as the token (with its preposition)."""

    def __init__(self, language: str) -> None:
        from ua_letters.importer.requests import grammar  # here: requests imports this module

        rules = grammar(language)
        self._a = rules.to_name if rules else "a"

    def __getattr__(self, form: str) -> str:
        if form == "a":
            return f"{self._a} {_TOKEN}"
        if form in ("de", "que"):
            return f"{form} {_TOKEN}"
        return _TOKEN


def _person(
    language: str, count: int, gender: str, feminine: bool, group: bool
) -> dict[str, Any]:
    plural = count > 1 or group
    return {
        "name": _Names(language),
        "kind": "group" if group else "several" if plural else "one",
        "plural": plural,
        "feminine": feminine,
        "gender": "plural" if plural else gender,
    }


def _variants(options: dict[str, Any]) -> list[dict[str, Any]]:
    """The request with its defaults, and with each true/false option flipped."""
    flipped = [{k: not v} for k, v in options.items() if isinstance(v, bool)]
    return [{}, *flipped]


@cache
def phrasebook_texts(
    language: str, count: int, gender: str, feminine: bool, group: bool = False
) -> tuple[tuple[str, tuple[tuple[str, Any], ...], str], ...]:
    """(request, options, text with the token for the names) of every standard request;
    `group`: the phrasebook's wording for a named group, which some languages give apart."""
    person = _person(language, count, gender, feminine, group)
    found = []
    for request_id, spec in known_requests().items():
        for options in _variants(spec.options):
            try:
                text = request_text(request_id, options, language, person)
            except UaLettersError:  # a language without this request: nothing to match
                continue
            found.append((request_id, tuple(sorted(options.items())), text))
    return tuple(found)


def phrasebook_pattern(text: str, people: str) -> str:
    """The regex a normalised bullet must match: `text` with `people` for the names."""
    from ua_letters.importer.requests import normalise  # here: requests imports this module

    pattern = re.escape(normalise(text)).replace(r"\ ", " ")
    name = re.escape(_TOKEN)
    pattern = pattern.replace(f"de {name}", f"(?:de |d')\\s*{name}")
    pattern = pattern.replace(f"que {name}", f"qu(?:e |')\\s*{name}")
    pattern = re.sub(r"^(?:de |d')", "(?:de |d')?", pattern)  # the lead-in may take «de»
    return pattern.replace(name, f"(?:{people})")
