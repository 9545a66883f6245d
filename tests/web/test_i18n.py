"""The interface language: switcher, cookie, Accept-Language, English last."""

from __future__ import annotations

import pytest

from tests.web.conftest import CASE_URL, Client
from ua_letters.web.i18n import (
    COOKIE,
    choose_language,
    language_name,
    parse_accept_language,
    translator,
    ui_languages,
)


def test_interface_languages_are_at_least_ru_ky_en() -> None:
    assert {"ru", "ky", "en"} <= set(ui_languages())


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ru;q=0.8, ky-KG, en;q=0.1, de;q=0", ["ky-KG", "ru", "en"]),
        ("*", []),
        ("en;q=abc, ky", ["ky"]),
        ("", []),
        ("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5", ["fr-CH", "fr", "en"]),
    ],
)
def test_accept_language_is_ordered_by_quality(header: str, expected: list[str]) -> None:
    assert parse_accept_language(header) == expected


@pytest.mark.parametrize(
    ("query", "cookie", "accept", "expected"),
    [
        ("ky", "ru", "en", "ky"),  # the switcher wins
        (None, "ru", "ky", "ru"),  # then the remembered choice
        ("xx", None, "ky-KG,ru;q=0.5", "ky"),  # an unknown ?ui= is ignored
        (None, "xx", "ru-RU", "ru"),
        (None, None, "de-DE, fr", "en"),  # no interface in those: English
        (None, None, None, "en"),
    ],
)
def test_choose_language(
    query: str | None, cookie: str | None, accept: str | None, expected: str
) -> None:
    assert choose_language(query, cookie, accept) == expected


def test_language_names_are_their_own() -> None:
    assert [language_name(code) for code in ("ky", "ru", "en")] == [
        "Кыргызча",
        "Русский",
        "English",
    ]


def test_translator_fills_parameters() -> None:
    assert translator("ru")("Fax: %(number)s", number="+1") == "Факс: +1"


def test_switcher_sets_a_cookie_that_later_pages_follow(client: Client) -> None:
    first = client.get(f"{CASE_URL}?ui=ky", headers={"accept-language": "en"})
    assert '<html lang="ky">' in first.text
    assert f"{COOKIE}=ky" in first.headers["set-cookie"]
    later = client.get("/", headers={"accept-language": "en"})
    assert '<html lang="ky">' in later.text


def test_switcher_links_on_every_page(client: Client) -> None:
    page = client.get(CASE_URL, headers={"accept-language": "ru"}).text
    for code in ("ru", "ky", "en"):
        assert f'href="{CASE_URL}?ui={code}"' in page
    assert 'aria-current="true">Русский' in page


def test_an_unknown_switch_sets_no_cookie(client: Client) -> None:
    page = client.get(f"{CASE_URL}?ui=../../etc", headers={"accept-language": "ru"})
    assert '<html lang="ru">' in page.text
    assert COOKIE not in page.headers.get("set-cookie", "")
