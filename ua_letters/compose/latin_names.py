"""What each letter language in another script does with a Latin-letter name (the data).

latin_names.yaml keeps the rule per language with its reason: whether a Latin spelling is
kept at all (the draft then writes it under the language's key, importer/enrich/names.py)
and how it then takes the grammatical cases — not at all (Russian), or through the
courtesy word after it that takes the ending in its place (Kyrgyz «Mahmoud Hussein
мырзага»). The grammar of each language reads it here, so the draft and the letters
follow one rule.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

_DATA = Path(__file__).with_name("latin_names.yaml")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@cache
def rules() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return loaded


def keeps_latin(language: str) -> bool:
    return (rules().get(language) or {}).get("keep_latin") is True


def apposition(language: str, gender: str) -> str | None:
    """The courtesy word that takes the case after a Latin name («мырза»), None for
    a gender the data has no word for (unknown)."""
    words = (rules().get(language) or {}).get("apposition") or {}
    word = words.get(gender)
    return str(word) if word else None


def is_latin_name(name: str) -> bool:
    """Whether a name is written in Latin letters (and no Cyrillic): «Mahmoud Hussein»."""
    return bool(_LATIN.search(name)) and not _CYRILLIC.search(name)
