"""Grouping recipient lines into one block per official, whatever the blank lines say."""

from __future__ import annotations

from ua_letters.importer.blocks import Block, assemble
from ua_letters.importer.lines import classify


def blocks(text: str) -> list[Block]:
    return assemble(classify(text))


def heads(found: list[Block]) -> list[list[str]]:
    return [[text for _, text in block.head] for block in found]


def test_blank_lines_inside_a_recipient_do_not_split_it() -> None:
    found = blocks(
        "Minister\n\nKubatbek Baibolov\n\n\nFrunze Street, 469\n\nFax: +996 312 68 20 44"
        "\n\n\nSalutation: Dear Minister\nGeneral Prosecutor\nFax: +996 312 66 54 11"
    )
    assert heads(found) == [
        ["Minister", "Kubatbek Baibolov", "Frunze Street, 469"],
        ["General Prosecutor"],
    ]
    assert found[0].salutation == (11, "Dear Minister")


def test_no_blank_line_between_two_recipients() -> None:
    found = blocks("A Minister\nFax: +1 202 555 0101\nB Minister\nFax: +1 202 555 0102")
    assert heads(found) == [["A Minister"], ["B Minister"]]


def test_a_blank_line_after_the_country_ends_a_recipient_without_contacts() -> None:
    found = blocks("Minister\nStreet 1\nKYRGYZSTAN\n\nPresident\nFax: +996 312 62 50 12")
    assert heads(found) == [["Minister", "Street 1", "KYRGYZSTAN"], ["President"]]


def test_copies_marker_with_and_without_content() -> None:
    found = blocks(
        "A\nFax: +1 202 555 0101\nAnd copies to:\nB\nFax: +1 202 555 0102\n"
        "Copies to: C, Street 2, Fax: +1 202 555 0103"
    )
    assert [(b.copy, b.head[0][1]) for b in found] == [
        (False, "A"),
        (True, "B"),
        (True, "C, Street 2"),
    ]


def test_unlabelled_numbers_follow_the_label_above() -> None:
    found = blocks(
        "A\nTel: +1 202 555 0100\n+1 202 555 0101\nFax\n+1 202 555 0102\n-OR-\n+1 202 555 0103"
    )
    labels = [(segment.label, segment.value) for _, segment in found[0].contacts]
    assert labels == [
        ("phone", "+1 202 555 0100"),
        ("phone", "+1 202 555 0101"),
        ("fax", ""),
        ("fax", "+1 202 555 0102"),
        ("fax", "+1 202 555 0103"),
    ]
    assert found[0].unlabelled == []


def test_a_number_before_any_label_is_marked_unlabelled() -> None:
    found = blocks("A\n+1 202 555 0101")
    assert found[0].unlabelled == [2]


def test_salutation_label_with_its_text_below() -> None:
    found = blocks("A\nFax: +1 202 555 0101\nSalutation:\nDear Minister\nB\nFax: +1 202 555 0102")
    assert found[0].salutation == (4, "Dear Minister")
    assert heads(found) == [["A"], ["B"]]


def test_notes_are_kept_apart_from_the_address() -> None:
    found = blocks(
        "A\n(Please note that the fax may be switched off at night)\nFax: +1 202 555 0101"
    )
    assert heads(found) == [["A"]]
    assert found[0].notes == [(2, "(Please note that the fax may be switched off at night)")]
