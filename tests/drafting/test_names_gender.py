"""Cyrillic forms of names, and officials' gender from what the UA says."""

from __future__ import annotations

from pathlib import Path

import pytest

from ua_letters.importer.enrich.cyrillic import named_country, to_cyrillic
from ua_letters.importer.enrich.gender import official_gender
from ua_letters.importer.enrich.given_names import given_name_gender

CORPUS = Path(__file__).parents[1] / "fixtures" / "import" / "corpus"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Azimzhan Askarov", "Азимжан Аскаров"),
        ("Kubatbek Baibolov", "Кубатбек Байболов"),
        ("Baitemir Ibraev", "Байтемир Ибраев"),
        ("Roza Otunbaeva", "Роза Отунбаева"),
        ("Aliaksandr Lukashenka", "Александр Лукашенко"),
        ("Nurbek Toktakunov", "Нурбек Токтакунов"),
        ("Mikhail Khodorkovsky", "Михаил Ходорковский"),
        ("Natalya Estemirova", "Наталья Эстемирова"),
        ("Intigam Aliyev", "Интигам Алиев"),
        ("Rasul Jafarov", "Расул Джафаров"),
        ("Yevgeny Zhovtis", "Евгений Жовтис"),
        ("Marfa Rabkova", "Марфа Рабкова"),
        ("Jalal-Abad", "Джалал-Абад"),
    ],
)
def test_names_back_in_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Igor Viktorovich Krasnov", "Игорь Викторович Краснов"),  # the soft sign
        ("Krasnov Igor Viktorovich", "Игорь Викторович Краснов"),  # given name first
        ("Alexander Ivanovich Bastrykin", "Александр Иванович Бастрыкин"),  # not «Александер»
        ("Dmitry Peskov", "Дмитрий Песков"),
        ("Mzia Amaghlobeli", "Мзия Амаглобели"),  # Georgian gh is г
    ],
)
def test_usual_russian_forms_of_given_names(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin, "RU") == cyrillic


def test_central_asian_j_is_zh() -> None:
    assert to_cyrillic("Sooronbay Jeenbekov", "KG") == "Сооронбай Жээнбеков"
    assert to_cyrillic("Azimjan Askarov", "KG") == "Азимжан Аскаров"
    assert to_cyrillic("Rasul Jafarov", "AZ") == "Расул Джафаров"


@pytest.mark.parametrize(
    "latin", ["Maksim Znak", "Mikola Statkevich", "Sofia Sapega", "Paval Sevyarynets"],
)
def test_a_belarusian_romanisation_gets_no_russian_offer(latin: str) -> None:
    # an "a" may be an akanye o, and "Sofia" is София or Софья: no rule decides
    assert to_cyrillic(latin, "BY") is None


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Aliaksandr Lukashenka", "Александр Лукашенко"),
        ("Andrey Shved", "Андрей Швед"),
        ("Andrei Šved", "Андрей Швед"),  # a Slovak page's spelling (page 42)
        ("Maryia Kalesnikava", "Мария Колесникова"),
        ("Ales Bialiatski", "Алесь Беляцкий"),
        ("Sviatlana Tsikhanouskaya", "Светлана Тихановская"),
        ("Raman Pratasevich", "Роман Протасевич"),
        ("Valyantsin Stefanovich", "Валентин Стефанович"),
        ("Uladzimir Labkovich", "Владимир Лабкович"),
        ("Zmitser Dashkevich", "Змитер Дашкевич"),
    ],
)
def test_belarusian_names_the_table_knows_are_offered(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin, "BY") == cyrillic


def test_a_belarusian_spelling_names_the_country_where_the_page_did_not() -> None:
    assert named_country("Alyaksandr Lukashenka") == "BY"
    assert named_country("Zmitser Dashkevich") == "BY"
    assert named_country("Alexander Ivanov") is None  # not every word known
    assert named_country("Raman Kumar") is None  # Raman is also an Indian name
    assert named_country("Dmitry Peskov") is None  # known, but no Belarusian spelling


def test_a_page_without_its_country_still_gets_the_belarusian_names(tmp_path: Path) -> None:
    import yaml

    from ua_letters.importer import draft_yaml, import_file

    page = CORPUS / "41-eponymistuk-belarus-letter.txt"
    draft = yaml.safe_load(draft_yaml(import_file(str(page))))
    assert draft["ua"]["country"] is None
    assert draft["person"]["name"]["cyrl"] == "Змитер Дашкевич"
    president = draft["recipients"][0]
    assert president["name"]["cyrl"] == "Александр Лукашенко"
    assert president["gender"] == "male"
    assert president["title"]["de"] == "Präsident"


def test_a_patronymic_shows_the_gender_in_either_order() -> None:
    man = official_gender([], "Krasnov Igor Viktorovich", soviet=True)
    assert (man.gender, man.guessed) == ("male", True)
    woman = official_gender([], "Tatyana Nikolaevna Moskalkova", soviet=True)
    assert woman.gender == "female"
    assert official_gender([], "Bolot Isakovich Otunbaev", soviet=False).gender == "male"
    assert official_gender([], "Ana Petrovich Jones", soviet=False).gender == "female"  # Ana
    assert official_gender([], "Xyz Abc Djokovich", soviet=False).gender == "unknown"


def test_belarusian_given_names_give_a_marked_guess() -> None:
    guess = official_gender([], "Alyaksandr Lukashenka", soviet=True)
    assert (guess.gender, guess.guessed) == ("male", True)
    assert official_gender([], "Sviatlana Tsikhanouskaya", soviet=True).gender == "female"


def test_a_name_with_other_letters_gets_no_offer() -> None:
    assert to_cyrillic("Marta Lucía Ríos") is None
    assert to_cyrillic("Азимжан Аскаров") is None


@pytest.mark.parametrize(
    ("stated", "gender"),
    [
        (["Dear Mr President"], "male"),
        (["Dear Madam"], "female"),
        (["Sehr geehrte Frau Ministerin"], "female"),
        (["Sehr geehrter Herr Minister"], "male"),
        (["Señora Fiscal"], "female"),
        (["Monsieur le Ministre"], "male"),
        (["Уважаемая госпожа Президент"], "female"),
        (["Präsidentin"], "female"),
        (["Ministra del Interior"], "female"),
        (["H.E.", "Mr"], "male"),
    ],
)
def test_stated_gender(stated: list[str], gender: str) -> None:
    evidence = official_gender(stated, None, soviet=False)
    assert (evidence.gender, evidence.guessed) == (gender, False)


def test_a_guess_is_marked_and_nothing_stays_unknown() -> None:
    assert official_gender(["Dear Minister"], "Roza Otunbaeva", soviet=True).guessed
    assert official_gender(["Dear Minister"], "Roza Otunbaeva", soviet=True).gender == "female"
    guess = official_gender(["Dear Minister"], "Maria Gomez", soviet=False)
    assert (guess.gender, guess.guessed) == ("female", True)
    assert official_gender(["Dear Minister"], "Kubatbek Xyz", soviet=False).gender == "unknown"
    both = official_gender(["Dear Sir or Madam"], None, soviet=False)
    assert both.gender == "unknown"


def test_central_asian_given_names_give_a_marked_guess() -> None:
    man = official_gender(["Dear Ombudsman"], "Tursunbek Akun", soviet=True)
    assert (man.gender, man.guessed) == ("male", True)
    woman = official_gender(["Dear Minister"], "Aigul Akmatova", soviet=True)
    assert (woman.gender, woman.guessed) == ("female", True)
    assert official_gender([], "Nurgul Kim", soviet=True).gender == "female"
    assert official_gender([], "Bek Kim", soviet=True).gender == "unknown"  # too short
    assert official_gender([], "Tursunbek Akun", soviet=False).gender == "unknown"


def test_an_ambassador_is_offered_the_cyrillic_name_of_the_state_he_represents() -> None:
    import yaml

    from ua_letters.importer import draft_yaml, import_file

    page = Path(__file__).parents[1] / "fixtures" / "import" / "11-uzbekistan-name-title.txt"
    draft = yaml.safe_load(draft_yaml(import_file(str(page))))
    ambassador = draft["recipients"][2]
    assert ambassador["title"]["en"] == "Ambassador of the Republic of Uzbekistan"
    assert ambassador["name"] == {"latn": "Otabek Akbarov", "cyrl": "Отабек Акбаров"}


@pytest.mark.parametrize(
    ("given", "country", "gender"),
    [
        ("Kay", "US", None),  # "mostly_female" in the US: not firm
        ("Kay", None, None),  # "male" overall, but the US and Britain say otherwise
        ("Andrea", "IT", "male"),  # the country's own answer
        ("Andrea", "US", None),
        ("Ali", None, None),  # women bear it in some countries …
        ("Ali", "EG", "male"),  # … not in the Arab states
        ("Maria", None, "female"),
        ("Greg", "US", "male"),
        ("Claudia", "CL", "female"),  # Chile: no column, the overall answer is firm
        ("Hamada", "EG", "male"),  # the list lacks it: the checked table
        ("Motaz", None, "male"),
        ("Gholamhossein", None, "male"),  # Persian Gholam- compounds are men's names
        ("Jean", None, None),  # a woman's name in the US, a man's in France
        ("Wu", "CN", None),
    ],
)
def test_a_given_name_is_read_for_the_country(given: str, country: str | None,
                                              gender: str | None) -> None:
    assert given_name_gender(given, country) == gender


def test_kay_ivey_is_no_longer_guessed_a_man() -> None:
    evidence = official_gender(["Dear Governor"], "Kay Ivey", soviet=False, country="US")
    assert evidence.gender == "unknown"
    assert official_gender([], "Kay Ivey", soviet=False).gender == "unknown"


def test_an_ayatollah_is_a_man_as_the_ua_says() -> None:
    evidence = official_gender(["Your Excellency", "Ayatollah"], "Sadegh Larijani", False)
    assert (evidence.gender, evidence.guessed) == ("male", False)


@pytest.mark.parametrize(
    ("page", "index", "gender", "de"),
    [
        ("02-aiusa-egypt-132-19-update", 0, "male", "Staatsanwalt"),  # Hamada al-Sawi
        ("03-aiusa-egypt-90-23", 1, "male", "Botschafter"),  # Motaz Mounir Zahran
        ("08-aiusa-iran-83-21-update", 0, "male", "Oberhaupt der Justiz"),  # Gholamhossein
        ("15-smu-alabama-arthur", 0, "unknown", None),  # Kay Ivey: not guessed a man
    ],
)
def test_real_drafts_officials_gender(page: str, index: int, gender: str,
                                      de: str | None) -> None:
    import yaml

    from ua_letters.importer import draft_yaml, import_file

    draft = yaml.safe_load(draft_yaml(import_file(str(CORPUS / f"{page}.txt"))))
    official = draft["recipients"][index]
    assert official["gender"] == gender
    assert official["title"].get("de") == de
