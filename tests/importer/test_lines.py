"""Every line gets one kind; the later steps only look at kinds."""

from __future__ import annotations

import pytest

from ua_letters.importer.lines import Kind, classify, classify_line


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", Kind.blank),
        ("PLEASE WRITE IMMEDIATELY in Russian, Kyrgyz, English or your own language:", Kind.write),
        ("Take action: write in Filipino, English or your own language:", Kind.write),
        ("PLEASE SEND APPEALS BEFORE 16 SEPTEMBER 2010 TO:", Kind.appeals_to),
        ("Contact these officials by 12 October 2015:", Kind.appeals_to),
        ("And copies to:", Kind.copies),
        ("Copies to:", Kind.copies),
        ("Send copies to", Kind.copies),
        ("Please send copies to:", Kind.copies),
        (
            "Also send copies to diplomatic representatives accredited to your country.",
            Kind.embassy,
        ),
        ("ADditional Information", Kind.end),
        ("This Urgent Action expires on 20 January 2021.", Kind.instruction),
        ("• Calling for the release of X;", Kind.bullet),
        ("- Calling for the release of X;", Kind.bullet),
        ("* Calling for the release of X;", Kind.bullet),
        ("1. Calling for the release of X;", Kind.bullet),
        ("2) Calling for the release of X;", Kind.bullet),
        ("a) Calling for the release of X;", Kind.bullet),
        ("-OR-", Kind.connector),
        ("+996 312 68 20 44", Kind.number),
        ("+996 312 68 20 44 -OR- +996 312 66 24 62", Kind.number),
        ("minister@gov.example.kg", Kind.email),
        ("[email protected]", Kind.email),
        ("(Please note that the fax may be switched off at night)", Kind.note),
        ("Fax: +996 312 68 20 44", Kind.labelled),
        ("Dear Minister", Kind.labelled),
        ("Minister of Internal Affairs", Kind.text),
        ("Frunze Street, 469", Kind.text),
        ("Bishkek 720040, KYRGYZSTAN", Kind.text),
    ],
)
def test_kinds(text: str, kind: Kind) -> None:
    assert classify_line(1, text).kind is kind


def test_lines_are_numbered_from_one_and_keep_their_body() -> None:
    lines = classify("Title\n\n• First;\nCopies to: President X, Fax: +1 202 555 0101")
    assert [(line.number, line.kind) for line in lines] == [
        (1, Kind.text),
        (2, Kind.blank),
        (3, Kind.bullet),
        (4, Kind.copies),
    ]
    assert lines[2].body == "First;"
    assert lines[3].body == "President X, Fax: +1 202 555 0101"


def test_a_huge_line_is_text_and_quick() -> None:
    line = classify_line(1, "embassy " * 100_000 + "your country")
    assert line.kind is Kind.text
