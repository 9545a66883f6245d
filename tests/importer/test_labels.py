"""Contact labels in every spelling, with or without colon, one or many on a line."""

from __future__ import annotations

import pytest

from ua_letters.importer.labels import Segment, split_labels


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Fax: +996 312 68 20 44", "fax", "+996 312 68 20 44"),
        ("Fax : +996 312 68 20 44", "fax", "+996 312 68 20 44"),
        ("Fax +996 312 68 20 44", "fax", "+996 312 68 20 44"),
        ("FAX: +996 312 68 20 44", "fax", "+996 312 68 20 44"),
        ("Fax no.: +90 312 478 0101", "fax", "+90 312 478 0101"),
        ("Tel/Fax: +7 861 268 5032", "phone_fax", "+7 861 268 5032"),
        ("T: +44 20 7413 5500", "phone", "+44 20 7413 5500"),
        ("Tel: +90 312 478 0000", "phone", "+90 312 478 0000"),
        ("Email: a@b.kg", "email", "a@b.kg"),
        ("E-mail: a@b.kg", "email", "a@b.kg"),
        ("Email a@b.kg", "email", "a@b.kg"),
        ("Twitter: @MinJust", "twitter", "@MinJust"),
        ("Facebook: facebook.com/minjust", "facebook", "facebook.com/minjust"),
        ("Salutation: Dear Minister", "salutation", "Dear Minister"),
        ("Fax", "fax", ""),
        ("Salutation:", "salutation", ""),
    ],
)
def test_one_label(text: str, label: str, value: str) -> None:
    assert split_labels(text) == [Segment(label, value)]


def test_phone_and_fax_separated_by_a_capital_i() -> None:
    assert split_labels("Phone: +95 67 412 079 I Fax: +95 67 412 439") == [
        Segment("phone", "+95 67 412 079"),
        Segment("fax", "+95 67 412 439"),
    ]


def test_a_whole_recipient_on_one_line() -> None:
    line = (
        "Minister X, Street 1, City 1000, Country. Fax: +1 202 555 0101 "
        "Email: x@y.org Salutation: Dear Minister"
    )
    assert split_labels(line) == [
        Segment(None, "Minister X, Street 1, City 1000, Country."),
        Segment("fax", "+1 202 555 0101"),
        Segment("email", "x@y.org"),
        Segment("salutation", "Dear Minister"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the placeholder table printed under the diplomatic-copies instruction
        "Name Address 1 Address 2 Address 3 Fax Fax number Email Email address Salutation",
        "Telegraph Street 5",
        "Send faxes to the Minister",
        "info@mail.gov.kg",
        "Frunze Street, 469",
    ],
)
def test_words_that_are_not_labels(text: str) -> None:
    assert split_labels(text) == [Segment(None, text)]
