"""A sample letter first, then "Send your letter to:" and the officials (fixture 55).

Older action alerts, and blogs copying them, put the letter above its addressee: the
letter's opening is then that official's salutation and never an official, "Or send your
letter to:" starts another official, and officials of the writer's own government (the US
Secretary of State on an action about Sudan) never give the UA its country.
"""

from __future__ import annotations

from ua_letters.importer import import_bytes
from ua_letters.importer.places import countries_named

_LETTER = """Today's Action comes from Amnesty International:
No one has been brought to justice for the crimes committed in Sudan. Sudan needs justice.
Here's a sample letter you can send:
*****************
Dear Secretary Rice,
{body}
I therefore urge your government, as a member of the UN Security Council, to act.
Yours sincerely,
***********
Send your letter to:
Secretary of State
US Department of State
2201 C Street, NW
Washington, DC 20520
Fax: 202.647.1811
You can also contact the Department of State using this web form
""".format(body="I'm writing to you to express my concern about the continuing failure to bring "
           "to justice those responsible for war crimes and crimes against humanity in Sudan.")


def test_the_official_below_the_letter_is_found_in_his_fields() -> None:
    ua = import_bytes(_LETTER.encode())
    assert len(ua.recipients) == 1
    official = ua.recipients[0]
    assert official.title == "Secretary of State"
    assert official.organisation == "US Department of State"
    assert official.address == ["2201 C Street, NW", "Washington, DC 20520"]
    assert official.fax == ["+1 202-647-1811"]  # a bare US number beside a US address
    assert official.name is None  # the page names no one: never "Secretary Rice"


def test_the_letter_opening_is_the_salutation_never_an_official() -> None:
    ua = import_bytes(_LETTER.encode())
    assert ua.recipients[0].salutation == {"en": "Dear Secretary Rice"}
    assert all("Rice" not in (r.name or "") + (r.title or "") for r in ua.recipients)


def test_a_letter_without_its_closing_gives_no_salutation() -> None:
    # without "Yours sincerely," right above the heading, the opening is not known to be
    # this official's letter: left empty
    ua = import_bytes(_LETTER.replace("Yours sincerely,\n", "").encode())
    assert ua.recipients[0].salutation == {}


def test_the_writers_own_government_never_gives_the_country() -> None:
    ua = import_bytes(_LETTER.encode())
    assert ua.country is None  # not US: the action concerns Sudan
    assert any("United States" in n.message and "Sudan" in n.message for n in ua.notices)


def test_officials_of_the_country_the_page_names_give_it() -> None:
    text = _LETTER.replace("Sudan", "the United States")
    assert import_bytes(text.encode()).country == "US"


def test_or_send_your_letter_to_starts_another_official() -> None:
    text = _LETTER + """Or send your letter to:
Rt Hon Jack Straw MP
Secretary of State for Foreign and Commonwealth Affairs
King Charles Street
London SW1A 2AH
Fax: 020 7008 1111
"""
    ua = import_bytes(text.encode())
    assert [r.organisation for r in ua.recipients] == ["US Department of State", None]
    second = ua.recipients[1]
    assert second.name == "Jack Straw"
    assert second.address == ["King Charles Street", "London SW1A 2AH"]
    assert second.fax == ["+44 20 7008 1111"]
    assert ua.recipients[0].fax == ["+1 202-647-1811"]


def test_countries_are_counted_by_their_names_only() -> None:
    found = countries_named("Sudan's courts, the Sudanese army, Darfur in Sudan; Saudi Arabia")
    assert found == {"SD": 2, "SA": 1}
    assert countries_named("Diplomatische Vertretungen in Ägypten", "de") == {"EG": 1}


def test_a_us_number_never_takes_the_code_of_the_uas_country() -> None:
    # the header names Sudan: the official in Washington still gets +1, never +249
    ua = import_bytes(("Document - Sudan: impunity must end\n" + _LETTER).encode())
    assert ua.country == "SD"
    assert ua.recipients[0].fax == ["+1 202-647-1811"]
