"""The `web` catalogs translate exactly the interface's messages, in every UI language.

The messages are extracted from the page templates (`_("…")`) and the Python modules
(`M("…")`) with Babel, as pybabel would; a missing or left-over entry fails here rather
than as a TranslationError on a supporter's screen.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from ua_letters.compose.catalogs import catalog_path
from ua_letters.web.i18n import DOMAIN, translator, ui_languages

WEB = Path(__file__).resolve().parents[2] / "ua_letters" / "web"


@cache
def used_messages() -> frozenset[str]:
    found = extract_from_dir(
        str(WEB),
        method_map=[("**.html", "jinja2.ext:babel_extract"), ("**.py", "python")],
        keywords={"_": None, "M": None},
        options_map={"**.html": {"trim_blocks": "True", "lstrip_blocks": "True"}},
    )
    return frozenset(str(message) for _, _, message, _, _ in found)


def read(language: str) -> Catalog:
    with catalog_path(language, domain=DOMAIN).open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def test_messages_are_found() -> None:
    assert "Your name" in used_messages()  # a template message
    assert "Please enter your name." in used_messages()  # a Python one
    assert len(used_messages()) > 50


@pytest.mark.parametrize("language", ui_languages())
def test_catalog_has_exactly_the_used_messages(language: str) -> None:
    catalog = read(language)
    ids = {str(m.id) for m in catalog if m.id}
    assert sorted(used_messages() - ids) == [], "missing from the catalog"
    assert sorted(ids - used_messages()) == [], "no longer used; remove them"
    assert not catalog.obsolete


@pytest.mark.parametrize("language", ui_languages())
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    catalog = read(language)
    for message in catalog:
        if not message.id:
            continue
        assert message.string, message.id
        assert not message.fuzzy, message.id
        assert list(message.check(catalog)) == [], message.id
    gettext = translator(language)
    for message_id in used_messages():
        gettext(message_id)  # strict: raises if anything is missing


def test_ru_and_ky_are_really_translated() -> None:
    for language in ("ru", "ky"):
        catalog = read(language)
        same = [m.id for m in catalog if m.id and m.string == m.id and "%(" not in str(m.id)]
        assert same == [], language
