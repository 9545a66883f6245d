"""The interface language: a visible switcher first, then Accept-Language, then English.

Interface wording lives in the gettext domain `web` (locales/<lang>/LC_MESSAGES/web.po),
read through the same strict catalogs as the letters, so a page never shows a silent
English fallback. Language names come from CLDR (Babel), not from the catalogs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from babel import Locale, negotiate_locale

from ua_letters.api import catalog_path, locales_dir, messages

DOMAIN = "web"
DEFAULT = "en"
QUERY = "ui"  # ?ui=ky switches the interface and remembers it in a cookie
COOKIE = "ua_ui"
MAX_ACCEPT = 20  # Accept-Language entries looked at; the rest are ignored


@cache
def ui_languages() -> tuple[str, ...]:
    """Languages with a `web` catalog, sorted."""
    return tuple(
        sorted(
            p.name for p in locales_dir().iterdir() if catalog_path(p.name, domain=DOMAIN).is_file()
        )
    )


def parse_accept_language(header: str) -> list[str]:
    """Language tags by preference, highest q first; q=0 and malformed entries dropped.

    >>> parse_accept_language("ru;q=0.8, ky-KG, en;q=0.1, de;q=0")
    ['ky-KG', 'ru', 'en']
    """
    weighted: list[tuple[float, int, str]] = []
    for position, item in enumerate(header.split(",")[:MAX_ACCEPT]):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        name, _, value = params.strip().partition("=")
        if name.strip() == "q":
            try:
                quality = float(value)
            except ValueError:
                continue
        if tag and tag != "*" and quality > 0:
            weighted.append((-quality, position, tag.strip()))
    return [tag for _, _, tag in sorted(weighted)]


def choose_language(query: str | None, cookie: str | None, accept: str | None) -> str:
    """The interface language for a request: ?ui=, then the cookie, then Accept-Language."""
    available = ui_languages()
    for explicit in (query, cookie):
        if explicit in available:
            return explicit
    if accept:
        found = negotiate_locale(parse_accept_language(accept), list(available), sep="-")
        if found:
            return found
    return DEFAULT if DEFAULT in available else available[0]


@cache
def language_name(language: str) -> str:
    """A language's own name for itself, capitalised: 'Кыргызча', 'Русский', 'English'."""
    name = Locale.parse(language).get_display_name(language) or language
    return name[:1].upper() + name[1:]


def translator(language: str) -> Callable[..., str]:
    """`_(message, **params)` for templates and views: strict lookup in the web catalog."""
    catalog = messages(language, domain=DOMAIN)

    def gettext(message: str, **params: object) -> str:
        text = catalog.get(message)
        return text % params if params else text

    return gettext


@cache
def territory_name(code: str, language: str) -> str:
    """A country's name in `language`, from CLDR: ('KG', 'ru') -> 'Киргизия'."""
    return str(Locale.parse(language).territories.get(code.upper(), code))
