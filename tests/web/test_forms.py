"""The letter form's checks, one rule at a time, and how errors reach the page."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import CASE_URL, SUPPORTER, Client
from ua_letters.case.model import Gender
from ua_letters.case.sender import MAX_LINE
from ua_letters.web import forms
from ua_letters.web.forms import LetterForm, check

LANGUAGES = ("ru", "ky", "en")
GOOD = LetterForm.from_fields(SUPPORTER)


def errors_of(strict: bool = True, **changes: str) -> dict[str, str]:
    form = LetterForm.from_fields({**SUPPORTER, **changes})
    return {name: e.message for name, e in check(form, LANGUAGES, strict=strict).items()}


def test_a_complete_form_has_no_errors_and_makes_the_sender() -> None:
    assert check(GOOD, LANGUAGES, strict=True) == {}
    sender = GOOD.sender()
    assert sender is not None
    assert sender.name == "Айгүл Токтогулова"
    assert sender.address == ["Чүй проспекти 100", "Бишкек 720001", "Кыргызстан"]
    assert sender.email == "aigul@example.org"
    assert sender.gender is Gender.female


def test_name_and_address_are_required_for_a_download_only() -> None:
    assert errors_of(name="   ") == {"name": forms.REQUIRED_NAME}
    assert errors_of(address="\n \n") == {"address": forms.REQUIRED_ADDRESS}
    assert errors_of(strict=False, name="", address="") == {}
    assert LetterForm(language="ky").sender() is None  # the preview shows blank lines


def test_an_address_without_a_name_asks_for_the_name_even_in_a_preview() -> None:
    assert errors_of(strict=False, name="") == {"name": forms.REQUIRED_NAME}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "Я" * (MAX_LINE + 1), forms.TOO_LONG),
        ("name", "Anna\nPetrova", forms.ONE_LINE),
        ("name", "Anna\x00Petrova", forms.CONTROL),
        ("name", "Anna 😀", forms.NOT_DRAWABLE),
        ("address", "x" * (MAX_LINE + 1), forms.TOO_LONG),
        ("address", "\n".join(["line"] * (forms.MAX_ADDRESS_LINES + 1)), forms.TOO_MANY_LINES),
        ("address", "a\n" * (forms.MAX_ADDRESS // 2 + 1), forms.TOO_LONG),
        ("address", "Street\x1b[31m", forms.CONTROL),
        ("email", "not-an-address", forms.BAD_EMAIL),
        ("email", "a@" + "b" * MAX_LINE + ".org", forms.TOO_LONG),
        ("language", "xx", forms.BAD_LANGUAGE),
        ("language", "", forms.BAD_LANGUAGE),
        ("language", "de", forms.BAD_LANGUAGE),  # not offered in this test
        ("gender", "other", forms.BAD_CHOICE),
    ],
)
def test_each_bad_value_is_named_on_its_field(field: str, value: str, message: str) -> None:
    assert errors_of(**{field: value}) == {field: message}


def test_all_problems_are_reported_at_once() -> None:
    found = errors_of(language="xx", name="", address="", email="@", gender="x")
    assert set(found) == {"language", "name", "address", "email", "gender"}


def test_the_unprintable_characters_are_named() -> None:
    form = LetterForm.from_fields({**SUPPORTER, "name": "Anna 😀"})
    error = check(form, LANGUAGES, strict=True)["name"]
    assert error.params == {"chars": "😀"}


def field_error(html: str, field: str) -> str:
    found = re.search(rf'<p class="error" id="{field}-error">([^<]*)</p>', html)
    assert found, f"no error slot for {field}"
    return found.group(1)


@pytest.mark.parametrize(
    ("changes", "field", "expected"),
    [
        ({"name": ""}, "name", "Сураныч, атыңызды жазыңыз."),
        ({"address": ""}, "address", "Сураныч, дарегиңизди жазыңыз."),
        ({"name": "Я" * 201}, "name", "Сураныч, 200 белгиден ашырбаңыз."),
        ({"address": "x" * 201}, "address", "Сураныч, 200 белгиден ашырбаңыз."),
        ({"email": "x" * 201}, "email", "Сураныч, 200 белгиден ашырбаңыз."),
        ({"email": "nobody"}, "email", "Бул электрондук почтанын дарегине окшобойт."),
        ({"language": "tlh"}, "language", "Сураныч, тизмедеги тилдердин бирин тандаңыз."),
        ({"gender": "x"}, "gender", "Сураныч, тизмедеги варианттардын бирин тандаңыз."),
    ],
)
def test_bad_input_comes_back_with_the_message_next_to_the_field(
    client: Client, changes: dict[str, str], field: str, expected: str
) -> None:
    response = client.submit(
        f"{CASE_URL}/download/1.pdf", changes, headers={"accept-language": "ky"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert field_error(response.text, field) == expected
    assert f'id="{field}"' in response.text
    control = re.search(rf'<(?:input|select|textarea) id="{field}"[^>]*>', response.text)
    assert control and 'aria-invalid="true"' in control.group(0)


def test_a_rejected_form_keeps_what_was_typed_escaped(client: Client) -> None:
    typed = {"name": "", "address": '<script>alert("x")</script>', "email": "a&b"}
    response = client.submit(f"{CASE_URL}/download/1.pdf", typed)
    assert response.status_code == 422
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in response.text
    assert '<script>alert("x")' not in response.text
    assert 'value="a&amp;b"' in response.text
