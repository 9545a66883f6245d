"""E-mail drafts parse with the stdlib; mailto links stay short and keep their line breaks."""

from __future__ import annotations

import email
from datetime import date
from email.policy import default
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from tests.conftest import LANGUAGES
from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter
from ua_letters.delivery.email import eml, plain_body
from ua_letters.delivery.mailto import MAILTO_LIMIT, whole_mailto
from ua_letters.errors import UaLettersError

SENDER = Sender(name="Анна Петрова", email="anna@example.org")


@pytest.mark.parametrize("language", LANGUAGES)
def test_eml_parses_with_headers_and_utf8_body(
    example_case: Case, language: str, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], language, SENDER, letter_date)
    raw = eml(letter, "minister@example.kg", SENDER)
    assert b"\r\n" in raw and all(len(line) <= 998 for line in raw.split(b"\r\n"))
    message = email.message_from_bytes(raw, policy=default)
    assert message["To"] == "minister@example.kg"
    assert message["From"] == "Анна Петрова <anna@example.org>"
    assert message["Subject"] == letter.subject
    assert message["Date"].datetime.date() == letter_date
    assert message.get_content_charset() == "utf-8"
    body = message.get_content()
    for block in letter.blocks:
        if block.kind in ("salutation", "p", "item"):
            assert block.text in body
    assert raw == eml(letter, "minister@example.kg", SENDER)  # deterministic


# A Cyrillic letter percent-encodes to six characters, so a Russian or Kyrgyz letter never
# fits in a link; a short letter in a Latin-script language does.
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_mailto_carries_the_whole_letter_with_crlf_encoded(
    example_case: Case, language: str, letter_date: date
) -> None:
    short = example_case.model_copy(update={"facts": {language: "Short."}})
    writer = Sender(name="Anna Petrova")
    letter = compose_letter(short, short.recipients[0], language, writer, letter_date)
    link = whole_mailto(letter, "minister@example.kg")
    assert link is not None
    assert link.startswith("mailto:minister@example.kg?subject=")
    assert len(link) < MAILTO_LIMIT
    assert "\n" not in link and " " not in link
    query = parse_qs(urlsplit(link).query)
    assert query["subject"] == [letter.subject]
    body = query["body"][0]
    assert "%0D%0A" in link and "\r\n" in body
    assert body == plain_body(letter).replace("\n", "\r\n")
    assert unquote(link).count("mailto:") == 1


def test_a_letter_too_long_for_a_link_gets_none_never_a_cut_one(
    example_case: Case, letter_date: date
) -> None:
    for language in LANGUAGES:
        recipient = example_case.recipients[0]
        letter = compose_letter(example_case, recipient, language, SENDER, letter_date)
        assert whole_mailto(letter, "minister@example.kg") is None  # the .eml draft is the route


def test_mailto_checks_every_address_and_writes_an_idn_domain_in_punycode(
    example_case: Case, letter_date: date
) -> None:
    short = example_case.model_copy(update={"facts": {"en": "Short."}})
    letter = compose_letter(short, short.recipients[0], "en", SENDER, letter_date)
    link = whole_mailto(letter, "a@example.kg, b@пример.рф")
    assert link is not None
    assert link.startswith("mailto:a@example.kg,b@xn--e1afmkfd.xn--p1ai?subject=")
    with pytest.raises(UaLettersError):
        whole_mailto(letter, "a@example.kg\r\nBcc: x@example.org")
