"""Catalog hygiene: extraction is up to date, every catalog compiles and passes Babel's checks.

Extraction runs in process with the project's babel.cfg and the keyword N_:1c,2 (context
first), exactly as the command in babel.cfg does; the message ids and contexts must match
locales/messages.pot and every catalog. After changing a message in Python, run the two
commands in babel.cfg and translate the new entries.
"""

from __future__ import annotations

import io

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_keywords, parse_mapping_cfg
from babel.messages.mofile import write_mo

from tests.conftest import ROOT
from ua_letters.compose.catalogs import catalog_path, read_catalog, read_template
from ua_letters.resources import locales_dir, shipped_languages

Key = tuple[str | None, str]


def _keys(catalog: Catalog) -> set[Key]:
    return {(m.context, str(m.id)) for m in catalog if m.id}


def extracted() -> set[Key]:
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle, str(ROOT / "babel.cfg"))
    keywords = parse_keywords(["N_:1c,2"])
    return {
        (context, str(message))
        for _file, _line, message, _comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=keywords
        )
    }


def catalog_languages() -> list[str]:
    return sorted(p.parent.parent.name for p in locales_dir().glob("*/LC_MESSAGES/messages.po"))


def test_the_template_is_up_to_date_with_the_code() -> None:
    template = read_template()
    assert template is not None
    found = extracted()
    assert found, "the extractor found no messages: is babel.cfg right?"
    assert _keys(template) == found, "run the pybabel extract command in babel.cfg"


def test_every_shipped_language_has_a_catalog() -> None:
    assert set(shipped_languages()) <= set(catalog_languages())


@pytest.mark.parametrize("language", catalog_languages())
def test_catalog_matches_the_template(language: str) -> None:
    template = read_template()
    assert template is not None
    catalog = read_catalog(catalog_path(language), language)
    assert _keys(catalog) == _keys(template), "run the pybabel update command in babel.cfg"
    assert not catalog.obsolete, "remove the obsolete (#~) entries"
    untranslated = [m.id for m in catalog if m.id and (m.fuzzy or not m.string)]
    assert untranslated == []
    assert catalog.locale is not None and str(catalog.locale) == language


@pytest.mark.parametrize("language", catalog_languages())
def test_catalog_compiles_and_passes_the_checkers(language: str) -> None:
    catalog = read_catalog(catalog_path(language), language)
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check()]
    assert problems == []
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    assert len(compiled.getvalue()) > 100


def test_the_checkers_catch_a_wrong_placeholder() -> None:
    catalog = read_catalog(catalog_path("de"), "de")
    message = catalog.get("Dear Mr %(family)s", context="salutation:official:male")
    assert message is not None and "python-format" in message.flags
    message.string = "Sehr geehrter Herr %(name)s"
    assert [m.id for m, _ in catalog.check()] == ["Dear Mr %(family)s"]
