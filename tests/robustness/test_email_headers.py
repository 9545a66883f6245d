"""E-mail headers cannot be forged from the case or the sender; IDN domains go in as punycode."""

from __future__ import annotations

import email
from datetime import date
from email.policy import default
from urllib.parse import unquote

import pytest

from tests.conftest import EXAMPLE
from ua_letters.case import Case, Sender, parse_case
from ua_letters.compose import compose_letter
from ua_letters.delivery.email import eml
from ua_letters.delivery.mailto import whole_mailto
from ua_letters.errors import CaseFileError, UaLettersError

CASE = EXAMPLE.read_text(encoding="utf-8")
FAX = "    fax: +996 312 66 54 11\n"


def _with_email(value: str) -> str:
    assert FAX in CASE
    return CASE.replace(FAX, f"{FAX}    email: {value}\n")


def test_idn_domain_goes_into_to_as_punycode(letter_date: date) -> None:
    case = parse_case(_with_email("priemnaya@генпрокуратура.кг"))
    assert case.recipients[1].email == ["priemnaya@генпрокуратура.кг"]
    letter = compose_letter(case, case.recipients[1], "en", None, letter_date)
    raw = eml(letter, case.recipients[1].email, None)
    to = email.message_from_bytes(raw, policy=default)["To"]
    assert to == "priemnaya@xn--80aahizrhhjcbxkd.xn--c1an"
    assert "генпрокуратура.кг".encode("idna") == b"xn--80aahizrhhjcbxkd.xn--c1an"
    short = case.model_copy(update={"facts": {"en": "Short."}})  # a letter a link can carry
    brief = compose_letter(short, short.recipients[1], "en", None, letter_date)
    link = whole_mailto(brief, "priemnaya@генпрокуратура.кг")
    assert link is not None and unquote(link).startswith("mailto:priemnaya@xn--")


@pytest.mark.parametrize(
    "value",
    [
        '"a@b.kg\\r\\nBcc: spy@evil.example"',
        '"a@b.kg\\nBcc: spy@evil.example"',
        '"a@b.kg, spy@evil.example"',
        '"Spy <spy@evil.example>"',
        '"a@b.kg;spy@evil.example"',
    ],
)
def test_recipient_addresses_that_would_add_headers_are_refused(value: str) -> None:
    with pytest.raises(CaseFileError, match=r"recipients\[1\]\.email"):
        parse_case(_with_email(value))


def test_a_senders_name_with_a_line_break_cannot_add_a_header(
    example_case: Case, letter_date: date
) -> None:
    sender = Sender(name="Anna\r\nBcc: spy@evil.example", email="anna@example.org")
    letter = compose_letter(example_case, example_case.recipients[0], "en", sender, letter_date)
    raw = eml(letter, "minister@example.kg", sender)
    message = email.message_from_bytes(raw, policy=default)
    assert message["Bcc"] is None
    assert message["From"].addresses[0].addr_spec == "anna@example.org"
    assert all(b"\nBcc" not in line for line in raw.split(b"\r\n"))


def test_an_unchecked_address_is_refused_without_repeating_it(
    example_case: Case, letter_date: date
) -> None:
    letter = compose_letter(example_case, example_case.recipients[0], "en", None, letter_date)
    with pytest.raises(UaLettersError, match="line break") as error:
        eml(letter, ["secret.person@example.org\r\nBcc: x@y.kg"], None)
    assert "secret.person" not in str(error.value)


def test_a_writers_address_outside_ascii_is_kept_and_left_to_the_mail_client(
    example_case: Case, letter_date: date
) -> None:
    sender = Sender(name="Айгүл", email="айгүл@пример.kg")
    letter = compose_letter(example_case, example_case.recipients[0], "en", sender, letter_date)
    message = email.message_from_bytes(eml(letter, "minister@example.kg", sender), policy=default)
    assert message["From"] is None and message["To"] == "minister@example.kg"
