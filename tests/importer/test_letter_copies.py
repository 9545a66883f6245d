"""A ready letter with its copies below the closing (fixture 57, and AIUSA's letters).

"Copies of this letter to:" after "Yours respectfully," lists the officials who get a copy;
they are copies, the letter's opening stays the main official's salutation, and the list
ends where the page goes on to something else (a separator, a paragraph, two blank lines).
"""

from __future__ import annotations

from ua_letters.importer import import_bytes
from ua_letters.importer.lines import Kind, classify_line
from ua_letters.importer.names import kind_of
from ua_letters.importer.places import country_code

_BODY = ("I am writing to you because I am very seriously concerned about the health of "
         "U Gambira, a Buddhist monk who is being held in solitary confinement in Kale prison.")
_LETTER = f"""Lt Gen Ko Ko
Minister of Home Affairs
Ministry of Home Affairs
Office No. 10
Nay Pyi Taw
Union of Myanmar
Fax: +95 67 412 439

Date:
Dear Minister,

{_BODY}

Yours respectfully,


Copies of this letter to:

- U Go Kyin Paung, Warden of Kale Prison, Sagaing Division, Union of Myanmar.

- Ambassade de la République de l‘Union du Myanmar, Paris, France.



The database is protected by copyright 2016
send message
"""


def test_the_copies_below_the_letter_are_copies() -> None:
    ua = import_bytes(_LETTER.encode())
    main, warden, embassy = ua.recipients
    assert (main.copy, warden.copy, embassy.copy) == (False, True, True)
    assert main.name == "Ko Ko" and main.salutation == {"en": "Dear Minister"}
    assert warden.title == "Warden of Kale Prison" and warden.name == "U Go Kyin Paung"
    assert warden.address == ["Sagaing Division", "Union of Myanmar"]
    assert embassy.organisation == "Ambassade de la République de l‘Union du Myanmar"
    assert embassy.name is None and embassy.address == ["Paris", "France"]
    assert ua.country == "MM"  # the embassy in Paris is abroad


def test_the_copies_end_where_the_page_goes_on() -> None:
    ua = import_bytes(_LETTER.encode())
    assert len(ua.recipients) == 3  # the site's footer is no official
    separated = _LETTER.replace("\n\n\n\nThe database", "\n****************\nThe database")
    assert len(import_bytes(separated.encode()).recipients) == 3


def test_copies_need_the_letter_closed_right_above_them() -> None:
    # a "copies" line far below the letter, after other text, is not the letter's
    text = _LETTER.replace("Yours respectfully,", "Thank you for your attention.")
    assert [r.copy for r in import_bytes(text.encode()).recipients] == [False]


def test_a_blank_date_line_is_the_letters_date_not_a_heading() -> None:
    assert classify_line(1, "Date:").kind is Kind.date
    assert classify_line(1, "Date: 30 November 2001").kind is Kind.text  # the issue date
    assert classify_line(1, "Copies of this letter to:").kind is Kind.copies


def test_state_forms_and_places() -> None:
    assert country_code("Union of Myanmar") == "MM"
    assert country_code("Republic of the Union of Myanmar") == "MM"
    assert country_code("European Union") is None
    assert kind_of("Sagaing Division") == "address"
    assert kind_of("Police Division") == "org"
    assert kind_of("Paris") == "address"
    assert kind_of("Paris Hilton") == "name"


_ONE_FIELD_A_PARAGRAPH = f"""Senior General Than Shwe



Senior General Than Shwe

Chairman, State Peace and Development Council

c/o Ministry of Defense

Naypyitaw

REPUBLIC OF THE UNION OF MYANMAR (Burma)

Dear Senior General:

{_BODY}

Sincerely,

copy to:

U Han Thu

Minister-Counselor, Charge d’Affaires Ad Interim

Embassy of the Republic of the Union of Myanmar

2300 S Street NW

Washington, DC 20008

Fax: 1 202 332 4351

................
"""


def test_one_field_a_paragraph_and_the_page_title_above_it() -> None:
    # an AIUSA letter of 2010 (info.5y1.org copy): "Naypyitaw" alone between blank lines
    # is an address line, not a heading, since every field stands alone; the page's title
    # repeats the addressee's first line and is not part of the address
    ua = import_bytes(_ONE_FIELD_A_PARAGRAPH.encode())
    main, embassy = ua.recipients
    assert main.name == "Than Shwe" and main.honorifics == ["Senior General"]
    assert main.title == "Chairman" and main.organisation == "State Peace and Development Council"
    assert main.care_of == "Ministry of Defense"
    assert main.address == ["Naypyitaw", "REPUBLIC OF THE UNION OF MYANMAR (Burma)"]
    assert main.country == "MM" and ua.country == "MM"
    assert main.salutation == {"en": "Dear Senior General"}
    assert embassy.copy and embassy.name == "U Han Thu"
    # two titles of one office on one line stay one title
    assert embassy.title == "Minister-Counselor, Charge d’Affaires Ad Interim"
    assert embassy.organisation == "Embassy of the Republic of the Union of Myanmar"
    assert embassy.address == ["2300 S Street NW", "Washington, DC 20008"]
    assert embassy.fax == ["+1 202-332-4351"]


def test_a_country_with_its_other_name_in_parentheses() -> None:
    assert country_code("REPUBLIC OF THE UNION OF MYANMAR (Burma)") == "MM"
    assert country_code("Myanmar (Burma)") == "MM"
