"""Message catalogs (gettext .po files under locales/), loaded strictly.

A letter in Kyrgyz must never show an English fallback. A missing catalog raises
TranslationError; so does an incomplete one: when the domain has a template
(locales/<domain>.pot), every message in it must have a translation that is not fuzzy,
or the catalog is refused as a whole, listing what is missing. The .po files are read
directly with Babel, so no compiled .mo files need to be built or shipped.

A section office's own folder (`--templates DIR`) may hold catalogs too, as
DIR/<lang>/LC_MESSAGES/<domain>.po; it is searched before the shipped ones.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from ua_letters.errors import Problem, TranslationError
from ua_letters.resources import locales_dir

DOMAIN = "messages"  # letter wording; other domains (the web page's "web") sit beside it


def catalog_path(language: str, root: Path | None = None, domain: str = DOMAIN) -> Path:
    return (root or locales_dir()) / language / "LC_MESSAGES" / f"{domain}.po"


def template_path(domain: str = DOMAIN) -> Path:
    """The extracted message template of a domain: locales/<domain>.pot."""
    return locales_dir() / f"{domain}.pot"


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


def read_catalog(path: Path, language: str, domain: str = DOMAIN) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=domain)


def read_template(domain: str = DOMAIN) -> Catalog | None:
    path = template_path(domain)
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        return read_po(handle, domain=domain)


def untranslated(catalog: Catalog, template: Catalog) -> list[tuple[str | None, str]]:
    """(context, message) of every template message the catalog lacks or has fuzzy."""
    missing: list[tuple[str | None, str]] = []
    for entry in template:
        if not entry.id or not isinstance(entry.id, str):
            continue
        found = catalog.get(entry.id, context=entry.context)
        if found is None or found.fuzzy or not found.string:
            missing.append((entry.context, entry.id))
    return missing


@cache
def messages(language: str, domain: str = DOMAIN, root: Path | None = None) -> Messages:
    """The catalog of `language` in `domain`, complete or refused.

    `root` is a section office's folder searched first (see `catalog_path`).
    """
    candidates = [catalog_path(language, root, domain)] if root else []
    candidates.append(catalog_path(language, domain=domain))
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        raise TranslationError(
            f"there is no {domain!r} message catalog for {language!r}",
            hint=f"expected {' or '.join(str(p) for p in candidates)}",
        )
    catalog = read_catalog(path, language, domain)
    template = read_template(domain)
    missing = untranslated(catalog, template) if template is not None else []
    if missing:
        raise TranslationError(
            [
                Problem(f"no translation of {msgid!r}", str(path), field=context)
                for context, msgid in missing
            ],
            hint=f"the {language} catalog is incomplete; translate every message in {path}",
        )
    return Messages(language, catalog, domain)


def N_(context: str, message: str) -> tuple[str, str]:
    """Mark a message for extraction (pybabel -k N_:1c,2) without translating it yet."""
    return context, message
