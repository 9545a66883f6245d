"""E-mail addresses (also hidden ones), social handles and salutations per language."""

from __future__ import annotations

from ua_letters.importer.contacts import (
    gender_of_salutation,
    read_emails,
    read_handles,
    read_salutation,
)


def test_emails() -> None:
    assert read_emails("minister@gov.example.kg, info@gov.example.kg") == (
        ["minister@gov.example.kg", "info@gov.example.kg"],
        False,
        False,
    )
    assert read_emails("[email protected]") == ([], True, False)
    assert read_emails("press [at] gov [dot] kg") == (["press@gov.kg"], False, True)
    assert read_emails("see the website") == ([], False, False)


def test_handles() -> None:
    assert read_handles("@MinJust @Presidency") == ["@MinJust", "@Presidency"]
    assert read_handles("facebook.com/minjust") == ["facebook.com/minjust"]
    assert read_handles("https://twitter.com/@minjust") == ["https://twitter.com/@minjust"]


def test_two_language_salutation_is_split() -> None:
    assert read_salutation("Dear Attorney General/ Estimada Señora Fiscal", "en") == (
        {"en": "Dear Attorney General", "es": "Estimada Señora Fiscal"},
        None,
    )
    assert read_salutation(
        "Dear Prosecutor General/ Уважаемый господин Генеральный прокурор", "en"
    ) == ({"en": "Dear Prosecutor General", "ru": "Уважаемый господин Генеральный прокурор"}, None)


def test_one_language_salutations_stay_whole() -> None:
    assert read_salutation("Dear Sir/Madam", "en") == ({"en": "Dear Sir/Madam"}, None)
    assert read_salutation("“Dear Minister”,", "en") == ({"en": "Dear Minister"}, None)
    assert read_salutation("Your Majesty", "en") == ({"en": "Your Majesty"}, None)
    assert read_salutation("", "en") == ({}, None)


def test_salutation_gender_only_when_it_says_so() -> None:
    assert gender_of_salutation("Estimada Señora Fiscal") == "female"
    assert gender_of_salutation("Dear Mr President") == "male"
    assert gender_of_salutation("Dear Sir/Madam") is None
    assert gender_of_salutation("Dear Minister") is None
