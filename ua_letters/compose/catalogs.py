"""Message catalogs (gettext .po files under locales/), loaded strictly.

A letter in Kyrgyz must never show an English fallback: a missing catalog, or a message
without a translation, raises TranslationError naming the language and the message.
The .po files are read directly with Babel, so no compiled .mo files need to be built
or shipped.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from ua_letters.errors import TranslationError
from ua_letters.resources import locales_dir

DOMAIN = "messages"  # letter wording; other domains (the web page's "web") sit beside it


def catalog_path(language: str, root: Path | None = None, domain: str = DOMAIN) -> Path:
    return (root or locales_dir()) / language / "LC_MESSAGES" / f"{domain}.po"


class Messages:
    """The translations of one language, looked up by (context, English message)."""

    def __init__(self, language: str, catalog: Catalog, domain: str = DOMAIN) -> None:
        self.language = language
        self.domain = domain
        self._catalog = catalog

    def get(self, message: str, context: str | None = None, **params: object) -> str:
        entry = self._catalog.get(message, context=context)
        text = entry.string if entry is not None and not entry.fuzzy else ""
        if not isinstance(text, str) or not text:
            where = f" (context {context!r})" if context else ""
            raise TranslationError(
                f"the {self.language} catalog has no translation of {message!r}{where}",
                hint=f"add it to {catalog_path(self.language, domain=self.domain)}",
            )
        return text % params if params else text

    def has(self, message: str, context: str | None = None) -> bool:
        entry = self._catalog.get(message, context=context)
        return entry is not None and not entry.fuzzy and bool(entry.string)


@cache
def messages(language: str, domain: str = DOMAIN) -> Messages:
    path = catalog_path(language, domain=domain)
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language, domain=domain)
    except FileNotFoundError:
        raise TranslationError(
            f"there is no {domain!r} message catalog for {language!r}", hint=f"expected {path}"
        ) from None
    return Messages(language, catalog, domain)


def N_(context: str, message: str) -> tuple[str, str]:
    """Mark a message for extraction (pybabel -k N_:1c,2) without translating it yet."""
    return context, message
