"""Blog posts with ready letters (fixture 58): the post's date and title above the first
addressee, and each letter dated by the day it was written.

"Friday, November 02, 2007" and "A couple of letters with neat links" are the blog's, never
an official's name or address; "Thursday, November 1, 2007" between an addressee and his
letter is that letter's date, and the opening below it is his salutation.
"""

from __future__ import annotations

from ua_letters.importer import import_bytes
from ua_letters.importer.lines import Kind, classify_line

_PROSE = ("On September 27th, fifteen Ethiopian refugees were forcibly returned to Ethiopia, "
          "in clear breach of the Convention relating to the Status of Refugees.")
_POST = f"""Friday, November 02, 2007

A couple of letters with neat links

Field Marshal Omar Hassan Ahmad al-Bashir
Office of the President
People's Palace, PO Box 281

Thursday, November 1, 2007

Your Excellency,

{_PROSE}

Sincerely and Respectfully,


Dr Fakhruddin Ahmed
Chief Adviser
Office of the Chief Adviser

Friday, November 2, 2007

Dear Chief Adviser,

{_PROSE}
"""


def test_a_date_with_its_weekday_is_a_date_line() -> None:
    assert classify_line(1, "Thursday, November 1, 2007").kind is Kind.date
    assert classify_line(1, "Donnerstag, 1. November 2007").kind is Kind.date
    assert classify_line(1, "Friday saw protests in 2007").kind is Kind.text


def test_the_posts_date_and_title_are_not_the_addressee() -> None:
    first = import_bytes(_POST.encode()).recipients[0]
    assert first.name == "Omar Hassan Ahmad al-Bashir" and first.honorifics == ["Field Marshal"]
    assert first.organisation == "Office of the President"
    assert first.address == ["People's Palace, PO Box 281"]
    assert first.salutation == {"en": "Your Excellency"}


def test_each_dated_letter_gives_its_addressee_the_salutation() -> None:
    ua = import_bytes(_POST.encode())
    assert len(ua.recipients) == 2
    second = ua.recipients[1]
    assert second.name == "Fakhruddin Ahmed" and second.title == "Chief Adviser"
    assert second.organisation == "Office of the Chief Adviser" and second.address == []
    assert second.salutation == {"en": "Dear Chief Adviser"}


def test_a_title_line_of_a_real_addressee_is_kept() -> None:
    # one field a paragraph: the title's lower-case words are "of", "the", "and", never a
    # blog post's title
    text = ("Minister of the Interior and of Public Security\n\nRosa Pérez\n\n"
            f"Calle Mayor 1\n\nGuatemala City\n\nDear Minister,\n\n{_PROSE}\n")
    official = import_bytes(text.encode()).recipients[0]
    assert official.title == "Minister of the Interior and of Public Security"
    assert official.name == "Rosa Pérez"


def test_a_month_that_is_also_a_weekday_abbreviation_stays_a_month() -> None:
    assert classify_line(1, "Mar 2021").kind is Kind.date  # March; "mar" is also martes
    assert classify_line(1, "Im Juni 2021").kind is Kind.date
