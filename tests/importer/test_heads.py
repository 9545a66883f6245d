"""Title, name, organisation and address from the head of a recipient, in any order."""

from __future__ import annotations

import pytest

from ua_letters.case.model import Role
from ua_letters.importer.heads import interpret, pieces_of
from ua_letters.importer.names import kind_of, split_title_name, strip_honorifics
from ua_letters.importer.roles import role_of, title_from_salutation


def test_title_before_name_one_field_per_line() -> None:
    head = interpret(
        [
            "Minister of Internal Affairs",
            "Kubatbek Baibolov",
            "Frunze Street, 469",
            "Bishkek 720040, KYRGYZSTAN",
        ]
    )
    assert (head.title, head.name, head.organisation) == (
        "Minister of Internal Affairs",
        "Kubatbek Baibolov",
        None,
    )
    assert head.address == ["Frunze Street, 469", "Bishkek 720040, KYRGYZSTAN"]
    assert head.country == "KG"


def test_name_before_title_and_a_c_o_line() -> None:
    head = interpret(
        [
            "H.E. Mr Otabek Akbarov",
            "Ambassador of the Republic of Uzbekistan",
            "Embassy of Uzbekistan",
            "c/o Mission of Uzbekistan to the EU",
            "99 Avenue Franklin Roosevelt",
            "1050 Brussels",
            "Belgium",
        ]
    )
    assert head.name == "Otabek Akbarov" and head.honorifics == ["H.E.", "Mr"]
    assert head.title == "Ambassador of the Republic of Uzbekistan"
    assert head.organisation == "Embassy of Uzbekistan"
    assert head.care_of == "Mission of Uzbekistan to the EU"
    assert head.address[0] == "99 Avenue Franklin Roosevelt"
    assert head.country == "BE"


def test_a_whole_recipient_on_one_line() -> None:
    head = interpret(
        [
            "Minister of Justice Juan Pérez, Ministry of Justice, Calle 12 No. 3-45, "
            "Bogotá, Colombia."
        ]
    )
    assert (head.title, head.name, head.organisation) == (
        "Minister of Justice",
        "Juan Pérez",
        "Ministry of Justice",
    )
    assert head.address == ["Calle 12 No. 3-45", "Bogotá", "Colombia"]
    assert "name" in head.checks  # split from one piece: a person should look


def test_title_that_continues_on_the_next_line() -> None:
    head = interpret(
        [
            "Minister of Internal Affairs of the",
            "Kyrgyz Republic",
            "Kubatbek Baibolov",
            "469 Frunze Street",
        ]
    )
    assert head.title == "Minister of Internal Affairs of the Kyrgyz Republic"
    assert head.name == "Kubatbek Baibolov"


@pytest.mark.parametrize(
    ("text", "honorifics", "rest"),
    [
        ("H.E. Mr Juan Pérez", ["H.E.", "Mr"], "Juan Pérez"),
        ("Lt.-Gen. Ivan Petrov", ["Lt.-Gen."], "Ivan Petrov"),
        ("Counsellor Nabil Sadek", ["Counsellor"], "Nabil Sadek"),
        ("General Prosecutor", [], "General Prosecutor"),
    ],
)
def test_honorifics(text: str, honorifics: list[str], rest: str) -> None:
    assert strip_honorifics(text) == (rest, honorifics)


@pytest.mark.parametrize(
    ("piece", "kind"),
    [
        ("Minister of Internal Affairs", "title"),
        ("Kubatbek Baibolov", "name"),
        ("Dom Pravitelstva", "address"),
        ("Office of the Prosecutor General", "org"),
        ("Prosecutor General's Office", "org"),
        ("Head of the Presidential Administration", "title"),
        ("c/o Ministry of Foreign Affairs", "address"),
        ("KYRGYZSTAN", "address"),
        ("Жакип Асанов", "name"),
    ],
)
def test_piece_kinds(piece: str, kind: str) -> None:
    assert kind_of(piece) == kind


@pytest.mark.parametrize(
    ("piece", "title", "name"),
    [
        ("President Roza Otunbaeva", "President", "Roza Otunbaeva"),
        ("Attorney General Jane Doe", "Attorney General", "Jane Doe"),
        (
            "King and Prime Minister Salman bin Abdul Aziz Al Saud",
            "King and Prime Minister",
            "Salman bin Abdul Aziz Al Saud",
        ),
        ("Governor of Osh Province", "Governor of Osh Province", None),
        (
            "President of the Human Rights Commission",
            "President of the Human Rights Commission",
            None,
        ),
    ],
)
def test_title_and_name_in_one_piece(piece: str, title: str, name: str | None) -> None:
    assert split_title_name(piece) == (title, name)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Minister of Internal Affairs", Role.minister),
        ("Prime Minister", Role.prime_minister),
        ("General Prosecutor", Role.general_prosecutor),
        ("Attorney General", Role.general_prosecutor),
        ("Regional Prosecutor", Role.prosecutor),
        ("President of the Supreme Court", Role.judge),
        ("Human Rights Commissioner of the Russian Federation", Role.ombudsman),
        ("Chief of Police", Role.police_chief),
        ("Secretary of Justice", Role.minister),
        ("President", Role.president),
        ("Vice President", None),
    ],
)
def test_roles(title: str, role: Role | None) -> None:
    assert role_of(title) is role


def test_title_from_salutation() -> None:
    assert title_from_salutation("Dear President") == "President"
    assert title_from_salutation("Dear Mr President") == "President"
    assert title_from_salutation("Dear Sir or Madam") is None
    assert title_from_salutation("Your Excellency") is None


def test_an_address_line_is_kept_as_the_ua_writes_it() -> None:
    # from a real page, http://nabnyc.blogspot.com/2009/12/
    # amnesty-international-needs-your-help.html:
    # splitting "No. 300" and joining the pieces again once wrote "No., 300"
    lines = ["Lerdo Poniente No. 300, 1er piso, puerta 216", "Palacio del Poder Ejecutivo"]
    assert pieces_of(lines) == lines


def test_a_title_from_a_salutation_has_no_punctuation() -> None:
    assert title_from_salutation("Dear Governor:") == "Governor"


def test_an_office_headed_by_an_official_is_a_title() -> None:
    # page 56 (Prague, 2001): "Government" begins it, but "Commissioner" is the office
    head = interpret(["Government Commissioner for Human Rights", "Jan Jarab",
                      "Government Office", "Vladislovova 4", "11000 Prague 1 - Nové Mesto",
                      "Czech Republic"])
    assert head.title == "Government Commissioner for Human Rights"
    assert head.name == "Jan Jarab" and head.organisation == "Government Office"
    assert head.address == ["Vladislovova 4", "11000 Prague 1 - Nové Mesto", "Czech Republic"]
    assert kind_of("Government Office") == "org"
    assert kind_of("Office of the President") == "org"
    assert kind_of("Human Rights Commission") == "org"


def test_a_named_street_is_an_address_not_a_title() -> None:
    assert kind_of("King Charles Street") == "address"
    assert kind_of("President Kennedy Avenue") == "address"
    assert kind_of("President of the Republic") == "title"
