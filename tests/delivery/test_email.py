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
from ua_letters.delivery.email import MAILTO_LIMIT, eml, mailto, plain_body

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


@pytest.mark.parametrize("language", LANGUAGES)
def test_mailto_is_short_with_crlf_encoded(
    example_case: Case, language: str, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], language, SENDER, letter_date)
    link = mailto(letter, "minister@example.kg", "The full letter is in the attached PDF.")
    assert link.startswith("mailto:minister@example.kg?subject=")
    assert len(link) < MAILTO_LIMIT
    assert "\n" not in link and " " not in link
    query = parse_qs(urlsplit(link).query)
    assert query["subject"] == [letter.subject]
    body = query["body"][0]
    assert "%0D%0A" in link and "\r\n" in body
    assert body.startswith(letter.of_kind("salutation")[0])
    full = plain_body(letter).replace("\n", "\r\n")
    assert body == full.strip() or body.endswith("The full letter is in the attached PDF.")
    assert unquote(link).count("mailto:") == 1
