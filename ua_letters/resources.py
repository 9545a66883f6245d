"""Where the language data lives, in a source checkout and in an installed wheel.

In the repository, templates/, locales/ and examples/ sit at the top level so they are easy
to find and edit. The wheel copies them into the package (see pyproject.toml), so an
installed `ua-letters` never depends on the checkout.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from babel.core import get_global

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder `name` (templates, locales, examples), installed copy first."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"ua-letters data folder {name!r} is missing from the installation")


def templates_dir() -> Path:
    return data_dir("templates")


def locales_dir() -> Path:
    return data_dir("locales")


LANGUAGES_ENV = "UA_LETTERS_LANGUAGES"


def user_languages_dir() -> Path:
    """The user's own languages folder (DIR/<lang>/…, as `--templates DIR`).

    An installed ua-letters keeps its shipped languages inside site-packages, where nobody
    should add files; a language of one's own goes here instead, and every command finds
    it: $UA_LETTERS_LANGUAGES when set, else the platform's user data folder
    (~/.local/share/ua-letters/languages on Linux).
    """
    chosen = os.environ.get(LANGUAGES_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path  # small, but only the commands that need it

    return user_data_path("ua-letters", appauthor=False) / "languages"


def example_case() -> Path:
    return data_dir("examples") / "askarov.yaml"


def example_cases() -> list[Path]:
    """Every bundled example case file, sorted by name (`ua-letters example` copies them)."""
    return sorted(data_dir("examples").glob("*.yaml"))


@cache
def shipped_languages() -> tuple[str, ...]:
    """Languages with both a template folder and a message catalog, sorted."""
    templates = {p.name for p in templates_dir().iterdir() if (p / "letter.txt.j2").is_file()}
    catalogs = {
        p.name for p in locales_dir().iterdir() if (p / "LC_MESSAGES" / "messages.po").is_file()
    }
    return tuple(sorted(templates & catalogs))


@cache
def script_of(language: str) -> str:
    """The writing system a language is normally written in, from CLDR: 'cyrl', 'latn'…"""
    likely: str = get_global("likely_subtags").get(language, "")
    parts = likely.split("_")
    return parts[1].lower() if len(parts) > 1 else "latn"
