"""The registry of letter languages: one module per language, looked up by code.

Shared composition code calls `rules(language)` and the rules answer; adding a language
means adding its module here (and its templates and catalog), never a branch elsewhere.
"""

from __future__ import annotations

from ua_letters.compose.languages import de, en, es, fr, ky, ru
from ua_letters.compose.languages.base import Forms, LanguageRules

__all__ = ["REGISTRY", "Forms", "LanguageRules", "rules"]

REGISTRY: dict[str, LanguageRules] = {m.RULES.code: m.RULES for m in (de, en, es, fr, ky, ru)}


def rules(language: str) -> LanguageRules:
    """The rules of `language`; a language without a module gets the shared defaults."""
    return REGISTRY.get(language) or LanguageRules(code=language)
