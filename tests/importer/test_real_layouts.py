"""What the Spanish-titled and Russian real pages of the corpus taught (fixtures 44–47).

Each test pins one rule, with the page's own lines: a Spanish title below the name is a
title, "011-52-…" is a number dialled from the US, a local number without its area code is
left out, "Estado de México" is Mexico, Russian initials are not "г." (город).
"""

from __future__ import annotations

from ua_letters.importer import import_bytes
from ua_letters.importer.contacts import read_salutation
from ua_letters.importer.heads import interpret
from ua_letters.importer.labels import split_labels
from ua_letters.importer.numbers import split_numbers
from ua_letters.importer.places import country_code


def test_a_us_dialled_number_becomes_international_only_where_the_address_confirms_it() -> None:
    found, problems = split_numbers("011-52-722-276-0046", "MX")
    assert [n.text for n in found] == ["+52 722 276 0046"]
    assert found[0].note and "011" in found[0].note and problems == []
    found, problems = split_numbers("011-52-722-276-0046", None)
    assert found == [] and "left out" in problems[0]
    found, problems = split_numbers("011-52-722-276-0046", "GT")  # not Mexico: never guessed
    assert found == [] and "left out" in problems[0]


def test_a_buenos_aires_number_with_its_011_area_code_stays_national() -> None:
    found, problems = split_numbers("011 4345 6789", "AR")
    assert [n.text for n in found] == ["+54 11 4345-6789"] and problems == []


def test_a_local_number_without_its_area_code_is_left_out_not_completed() -> None:
    # alone, "542 1648" beside a Mexico City address is not completed with +52 (after a
    # "+ 52 5 …" number it takes that one's prefix: test_numbers)
    found, problems = split_numbers("542 1648", "MX")
    assert found == []
    assert "542 1648" in problems[0] and "left out" in problems[0]


def test_spanish_and_russian_country_names() -> None:
    assert country_code("Estado de México") == "MX"
    assert country_code("México") == "MX"
    assert country_code("Россия") == "RU"
    assert country_code("Island") is None  # German for Iceland, an English word
    assert country_code("Toluca") is None


def test_a_spanish_title_below_the_name_is_the_title() -> None:
    head = interpret([
        "Lic. Enrique Peña Nieto", "Gobernador Constitucional del Estado de México",
        "Lerdo Poniente No. 300, 1er piso, puerta 216", "Toluca, Estado de México",
    ])
    assert head.name == "Enrique Peña Nieto" and head.honorifics == ["Lic."]
    assert head.title == "Gobernador Constitucional del Estado de México"
    assert head.address == ["Lerdo Poniente No. 300, 1er piso, puerta 216",
                            "Toluca, Estado de México"]
    assert head.country == "MX"


def test_the_title_repeated_in_spanish_is_never_an_address_line() -> None:
    head = interpret([
        "President of the Republic", "Lic. Ernesto Zedillo Ponce de León",
        "Presidente de la República", "Palacio Nacional, 06067 México D.F., MEXICO",
    ])
    assert head.title == "President of the Republic"
    assert head.address == ["Palacio Nacional, 06067 México D.F., MEXICO"]
    assert head.other_title == "Presidente de la República"


def test_a_russian_addressee_in_the_dative_with_initials() -> None:
    head = interpret([
        "Генерал-полковнику Корниенко Г. А.", "Директору ФСИН России",
        "Федеральная служба исполнения наказаний Российской Федерации",
        "119991, Москва, ГСП-1, Житная ул., 14",
    ])
    assert (head.name, head.honorifics) == ("Корниенко Г. А.", ["Генерал-полковнику"])
    assert head.title == "Директору ФСИН России"
    assert head.organisation == "Федеральная служба исполнения наказаний Российской Федерации"
    assert head.address == ["119991, Москва, ГСП-1, Житная ул., 14"] and head.country == "RU"


def test_telegram_and_telex_lines_are_labels_not_address() -> None:
    assert [s.label for s in split_labels("Telegrams: Presidente Zedillo, México D.F.")] == [
        "telegram"]
    assert [s.label for s in split_labels("Telexes: 170937 sppnme; 1774468 sppnme")] == ["telex"]
    assert [s.label for s in split_labels("Faxes: + 52 5 515 1794")] == ["fax"]
    assert [s.label for s in split_labels("Факс: +7 (495) 982-19-50")] == ["fax"]


def test_an_abbreviated_spanish_salutation_is_split_from_the_english() -> None:
    salutation, problem = read_salutation("Sr. Presidente / Dear President", "en")
    assert salutation == {"es": "Sr. Presidente", "en": "Dear President"} and problem is None


_CITING_UA = """agricultural inputs and for social justice (for example, see UA 159/95, AMR
41/15/95, 5 July 1995; and follow-ups AMR 41/16/95, 26 July and AMR 41/18/95,
17 August; UA 37/96, AMR 41/06/96, 15 February 1996; UA 45/96, AMR 41/11/96,
23 February 1996).
RECOMMENDED ACTION: Please send telegrams/telexes/faxes/express/airmail
letters in Spanish or your own language:
- calling for an immediate investigation into the eviction.
APPEALS TO:
1) President of the Republic
Lic. Ernesto Zedillo Ponce de León
Presidente de la República
Palacio Nacional, 06067 México D.F., MEXICO
Faxes: + 52 5 515 1794
Salutation: Sr. Presidente / Dear President
"""


def test_earlier_uas_cited_in_a_parenthesis_are_not_this_ones_number() -> None:
    ua = import_bytes(_CITING_UA.encode(), "ua.txt")
    assert ua.number is None
    assert ua.languages_requested == ["es"]
    assert ua.actions == ["calling for an immediate investigation into the eviction."]
    (official,) = ua.recipients
    assert official.fax == []  # a 1996 Mexico City number: it reaches no one today
    assert official.address == ["Palacio Nacional, 06067 México D.F., MEXICO"]
    assert official.salutation == {"es": "Sr. Presidente", "en": "Dear President"}


def test_a_number_after_see_is_a_citation_but_the_header_number_is_read() -> None:
    ua = import_bytes(b"UA 61/20 Index: EUR 58/001/2020\nsee UA 12/19 for the background\n"
                      b"Minister X\nFax: +996 312 62 50 54\n", "ua.txt")
    assert ua.number == "61/20"


def test_a_post_only_addressee_at_the_end_of_a_page() -> None:
    text = ("Briefe gegen das Vergessen\n\nWir brauchen Ihre Unterstützung. Gegen das "
            "Vergessen.\n\nJanuar 2026\n\nHiroshi Hiraguchi\nMinister of Justice\n"
            "1-1-1 Kasumigaseki\nChiyoda-ku\nTokyo 100-8977\nJAPAN\n")
    (official,) = import_bytes(text.encode(), "page.txt").recipients
    assert (official.name, official.title) == ("Hiroshi Hiraguchi", "Minister of Justice")
    assert official.address[-1] == "JAPAN" and official.country == "JP"


_TWO_OFFICIALS = """contact information:

Attorney General of Mexico Alejandro Gertz Manero
Dr. Velasco, Número 175
06720 Mexico City
Mexico

Mexican Embassy in the United States
Ambassador Esteban Moctezuma Barragán
1911 Pennsylvania Avenue,
NW, Washington DC 20006
Phone: (202) 728-1600

sample letter:

Dear Attorney General of Mexico / Your Excellency,

I am concerned about the situation of human rights defender, Ana Lorena Delgadillo; \
journalist, Marcela Turati; and independent forensic expert, Mercedes Doretti.
"""


def test_a_sample_letter_opening_goes_to_the_official_whose_title_it_names() -> None:
    general, ambassador = import_bytes(_TWO_OFFICIALS.encode(), "ua.txt").recipients
    assert general.salutation == {"en": "Dear Attorney General of Mexico"}
    assert ambassador.salutation == {}  # "Your Excellency" names no title: left to a person


def test_the_german_active_since_line_is_the_issue_date() -> None:
    ua = import_bytes(b"Urgent Action\nAktiv seit 23. Mai 2023 | Noch 45 Tage Laufzeit\n"
                      b"Minister X\nFax: +98 21 6649 5880\n", "ua.txt")
    assert str(ua.issued) == "2023-05-23"


_READY_LETTER = """Hamada al-Sawi,
Office of the Public Prosecutor
Madinat al-Rehab
Fax: (00 202) 2577 4716

Solafa Magdy, Hossam el-Sayed and Mohamed Salah

Dear Counsellor,

On 10 March 2020, the Egyptian authorities suspended all prison visits as a measure to \
prevent the spread of COVID-19, and Solafa Magdy's mother could no longer send her food.

Amnesty International considers Solafa, Hossam and Mohamed to be prisoners of conscience.
"""


def test_a_ready_letters_subject_line_names_the_people() -> None:
    ua = import_bytes(_READY_LETTER.encode(), "letter.txt")
    assert [p.name for p in ua.people] == ["Solafa Magdy", "Hossam el-Sayed", "Mohamed Salah"]
    assert "subject line" in ua.checks["person.name"]
    assert [r.name for r in ua.recipients] == ["Hamada al-Sawi"]


def test_a_subject_line_that_is_not_a_list_of_names_names_no_one() -> None:
    text = _READY_LETTER.replace("Solafa Magdy, Hossam el-Sayed and Mohamed Salah",
                                 "Release the Journalists Now")
    assert "subject line" not in import_bytes(text.encode(), "letter.txt").checks.get(
        "person.name", "")


def test_the_german_set_phrase_keeps_a_given_name() -> None:
    text = ("Briefe gegen das Vergessen\n\nIch möchte Sie aufmerksam machen auf den Fall von "
            "Steven Donziger.\n\nHerrn Minister X\nFax: +1 202 514 2000\n")
    ua = import_bytes(text.encode(), "brief.txt")
    assert [p.name for p in ua.people] == ["Steven Donziger"]


def test_the_draft_keeps_both_titles_each_under_its_language() -> None:
    from ua_letters.importer import draft_yaml

    ua = import_bytes(_CITING_UA.encode(), "ua.txt")
    (official,) = ua.recipients
    assert official.other_title == "Presidente de la República"
    draft = draft_yaml(ua)
    assert "en: President of the Republic" in draft
    assert "es: Presidente de la República" in draft


def test_a_spanish_title_in_an_english_ua_is_marked_spanish() -> None:
    from ua_letters.importer.names import title_language

    assert title_language("Gobernador Constitucional del Estado de México", "en") == "es"
    assert title_language("Director", "en") == "en"  # shared with English: the UA's own
    assert title_language("Директору ФСИН России", "en") == "ru"


def test_the_headers_marked_list_of_people() -> None:
    text = ("UA 17/08      Fear of imminent execution/ flogging\n\nIRAN\n\n"
            "           Tayyeb Karimi (m)\n           Yazdan (m) (surname not known)\n"
            "           Four other men, unnamed\n\n"
            "Qasem Salamat (m) aged 43\n\nMinister X\nFax: +98 21 6649 5880\n")
    ua = import_bytes(text.encode(), "ua.txt")
    assert [(p.name, str(p.gender)) for p in ua.people] == [
        ("Tayyeb Karimi", "male"), ("Yazdan", "male")]  # the first run only


def test_a_sites_banner_above_the_story_is_passed_over_once() -> None:
    text = ("The Tribunal for Putin (T4P) global initiative was set up in response to the "
            "all-out war launched by Russia against Ukraine in February 2022.\n\n"
            "AI Urgent Action: Life of Human Rights Defender at risk\n\n24.06.2010 source: "
            "www.amnesty.org\n\nHuman rights defender and ethnic Uzbek, Azimzhan Askarov, was "
            "detained on 15 June in southern Kyrgyzstan. He is a prisoner of conscience.\n\n"
            "Azimzhan Askarov was detained by police officers on 15 June in Bazar Korgan.\n")
    ua = import_bytes(text.encode(), "page.txt")
    assert [p.name for p in ua.people] == ["Azimzhan Askarov"]
    assert str(ua.issued) == "2010-06-24"


def test_a_person_the_story_introduces_beside_one_named_twice() -> None:
    text = ("Urgent Action Update: Arbitrarily Detained Activist (Egypt: UA 132.19)\n\n"
            "On 18 May 2020, prominent activist Alaa Abdel Fattah ended his hunger strike. Human "
            "rights lawyer Mohamed el-Baqer’s detention was also renewed for 45 days.\n\n"
            "Mohamed el-Baqer is held at Tora prison.\n\nMinister X\nFax: +20 2 2577 4716\n")
    ua = import_bytes(text.encode(), "ua.txt")
    assert [p.name for p in ua.people] == ["Alaa Abdel Fattah", "Mohamed el-Baqer"]


def test_an_introduced_name_said_once_alone_is_not_taken() -> None:
    text = ("Youth activist Zmistser Dashkevich was sentenced to two years in March 2011 for "
            "alleged assault. He was due to be released in December 2012.\n\n"
            "Minister X\nFax: +375 17 222 3869\n")
    assert import_bytes(text.encode(), "ua.txt").people == []


_RAU = """Primera AU 047/24: 047/24 | Índice: AMR 41/8075/2024 | Fecha: | México
Acción UrgenteDEFENSORAS ESPIADAS POR LAS AUTORIDADES
En 2016, la Fiscalía investigó ilegalmente a las defensoras Ana Lorena Delgadillo, Marcela \
Turati y Mercedes Doretti, en relación con su trabajo en San Fernando, Tamaulipas. Instamos \
a las autoridades a detener toda acción contra Ana Lorena Delgadillo, Marcela Turati y \
Mercedes Doretti.
Actúa: redacta tu propio llamamiento o utiliza esta carta modelo
Fiscal General de México Alejandro Gertz Manero
Dr. Velasco, Número 175
06720, Ciudad de México
México
X: @FGRMexico
Correo-e: alejandro.gertz@fgr.org.mx
Fiscal General de México:
Me dirijo a usted para expresarle mi preocupación por la situación de la defensora de los \
derechos humanos Ana Lorena Delgadillo y de la periodista Marcela Turati.
"""


def test_a_spanish_ua_of_the_red_de_acciones_urgentes() -> None:
    ua = import_bytes(_RAU.encode(), "au.txt")
    assert (ua.number, ua.language) == ("47/24", "es")
    assert [p.name for p in ua.people] == [
        "Ana Lorena Delgadillo", "Marcela Turati", "Mercedes Doretti"]  # not "San Fernando"
    (official,) = ua.recipients
    assert (official.title, official.name) == ("Fiscal General de México", "Alejandro Gertz Manero")
    assert official.address == ["Dr. Velasco, Número 175", "06720, Ciudad de México", "México"]
    assert official.email == ["alejandro.gertz@fgr.org.mx"]
    assert official.social == {"twitter": ["@FGRMexico"]}
    assert official.salutation == {"es": "Fiscal General de México"}
