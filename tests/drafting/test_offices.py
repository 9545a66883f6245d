"""Titles from office and country, and the checked table of country forms."""

from __future__ import annotations

from typing import Any

import pytest
from babel import Locale

from ua_letters.compose.offices import countries, match_office, offices, titles
from ua_letters.resources import shipped_languages

_VOICELESS = set("кпстфхцчшщ")
_HARMONY = {"а": "ы", "ы": "ы", "я": "ы", "е": "и", "э": "и", "и": "и", "о": "у", "у": "у",
            "ю": "у", "ө": "ү", "ү": "ү"}


def kyrgyz_genitive(noun: str) -> str:
    """The Kyrgyz genitive suffix rule: harmony with the last vowel, voicing of the end."""
    stem = noun.rstrip("ь")
    vowel = next(_HARMONY[c] for c in reversed(stem.casefold()) if c in _HARMONY)
    last = stem[-1].casefold()
    first = "н" if last in _HARMONY else "т" if last in _VOICELESS else "д"
    return f"{noun.rstrip('ь') if first == 'т' and noun.endswith('ь') else noun}{first}{vowel}н"


# The head nouns of Russian state names: what precedes one is an adjective that agrees
# with it («Чешской Республики»), what follows is the name, which stays («Республики Чили»).
_RU_HEADS = {"Республика": "Республики", "Королевство": "Королевства",
             "Государство": "Государства", "Султанат": "Султаната", "Федерация": "Федерации",
             "Штаты": "Штатов", "Эмираты": "Эмиратов"}
_RU_ADJECTIVE = (("ая", "ой"), ("ое", "ого"), ("ые", "ых"), ("ие", "их"))


def russian_genitive(state: str) -> str:
    """The Russian genitive of a state's name by the grammar, independently of the table:
    the adjectives and the head noun decline, the name after the head does not, and a
    one-word name declines by its ending (Грузия → Грузии) unless Russian leaves it."""
    words = state.split()
    if not any(w in _RU_HEADS for w in words):
        [name] = words
        if name.endswith("ия"):
            return name[:-1] + "и"
        if name.endswith("а"):
            return name[:-1] + ("и" if name[-2] in "кгхжшчщ" else "ы")
        if name[-1] in "иуоеэю":
            return name  # Чили, Перу: indeclinable
        return name + "а"
    declined = []
    for i, word in enumerate(words):
        if word in _RU_HEADS:
            return " ".join([*declined, _RU_HEADS[word], *words[i + 1:]])
        head, _, last = word.rpartition("-")  # «Народно-Демократическая»: the last part
        ending = next(new for old, new in _RU_ADJECTIVE if last.endswith(old))
        declined.append(f"{head}-" * bool(head) + last[:-2] + ending)
    raise AssertionError(state)


def test_there_are_at_least_30_offices_with_every_language() -> None:
    assert len(offices()) >= 30
    for office in offices().values():
        assert set(office.titles) == set(shipped_languages()) - {"en"}, office.key


@pytest.mark.parametrize("code", sorted(countries()))
def test_country_forms_match_cldr_and_the_kyrgyz_rule(code: str) -> None:
    forms = countries()[code]
    assert forms["ru"]["cldr"] == Locale("ru").territories[code]
    assert forms["ky"]["cldr"] == Locale("ky").territories[code]
    assert Locale("en").territories[code] in forms["en"]
    words = forms["ky"]["state"].split()
    assert forms["ky"]["genitive"] == " ".join([*words[:-1], kyrgyz_genitive(words[-1])])
    assert forms["ru"]["genitive"] == russian_genitive(forms["ru"]["state"])
    assert set(forms) <= {"en", "ru", "ky", "local_offices"}
    assert set(forms.get("local_offices", ())) <= set(offices())


def test_the_russian_genitive_rule_itself() -> None:
    assert russian_genitive("Чешская Республика") == "Чешской Республики"
    assert russian_genitive("Республика Союз Мьянма") == "Республики Союз Мьянма"
    assert russian_genitive("Соединённые Штаты Америки") == "Соединённых Штатов Америки"
    assert russian_genitive("Лаосская Народно-Демократическая Республика") == (
        "Лаосской Народно-Демократической Республики")
    assert russian_genitive("Туркменистан") == "Туркменистана"
    assert russian_genitive("Мексика") == "Мексики"
    assert russian_genitive("Перу") == "Перу"


def test_every_english_name_names_one_state() -> None:
    names = [name.casefold() for forms in countries().values() for name in forms["en"]]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("title", "code", "ru", "ky"), [
    ("President of the Czech Republic", "CZ", "Президент Чешской Республики",
     "Чехиянын Президенти"),
    ("Minister of Home Affairs of the Union of Myanmar", "MM",
     "Министр внутренних дел Республики Союз Мьянма", "Мьянманын Ички иштер министри"),
    ("Minister of Home Affairs of Burma", "MM",
     "Министр внутренних дел Республики Союз Мьянма", "Мьянманын Ички иштер министри"),
    ("President of the Republic of Chile", "CL", "Президент Республики Чили",
     "Чили Республикасынын Президенти"),
    ("President of the United States of America", "US",
     "Президент Соединённых Штатов Америки", "Америка Кошмо Штаттарынын Президенти"),
    ("Minister of Justice of the Republic of the Sudan", "SD",
     "Министр юстиции Республики Судан", "Судан Республикасынын Юстиция министри"),
    ("Prime Minister of Bangladesh", "BD", "Премьер-министр Народной Республики Бангладеш",
     "Бангладештин Премьер-министри"),
    ("Prime Minister of the State of Israel", "IL", "Премьер-министр Государства Израиль",
     "Израиль Мамлекетинин Премьер-министри"),
    ("Prime Minister of Thailand", "TH", "Премьер-министр Королевства Таиланд",
     "Тайланд Королдугунун Премьер-министри"),
    ("President of Peru", "PE", "Президент Республики Перу", "Перу Республикасынын Президенти"),
])
def test_a_title_naming_a_newly_listed_state(title: str, code: str, ru: str, ky: str) -> None:
    from ua_letters.compose.offices import match_office_of

    found = match_office_of(title)
    assert found is not None and found[1] == code
    assert match_office(title, code) is found[0]  # the page's own country, named or not
    offered = titles(found[0], code, "male")
    assert (offered["ru"], offered["ky"]) == (ru, ky)


def test_the_issue_examples() -> None:
    president = offices()["president"]
    assert titles(president, "BY", "male")["ru"] == "Президент Республики Беларусь"
    assert titles(president, "BY", "male")["ky"] == "Беларусь Республикасынын Президенти"
    assert titles(president, "BY", "female")["de"] == "Präsidentin"


def test_titles_match_only_the_office_and_its_country() -> None:
    office = match_office("Minister of Internal Affairs", "KG")
    assert office is not None and office.key == "minister_interior"
    office = match_office("Minister of Justice of the Kyrgyz Republic", "KG")
    assert office is not None and office.key == "minister_justice"
    assert match_office("H.E. President", "KG") is offices()["president"]
    assert match_office("Minister of Internal Affairs of Jalal-Abad region", "KG") is None
    assert match_office("Minister of Justice of Belarus", "KG") is None  # another country
    assert match_office("Head of the Jalal-Abad regional police", "KG") is None


def test_a_gendered_title_needs_a_known_gender() -> None:
    offered = titles(offices()["minister_interior"], "KG", "unknown")
    assert "de" not in offered and "es" not in offered
    assert offered["fr"] == "Ministre de l’Intérieur"  # the same for a man and a woman
    assert offered["ru"] == "Министр внутренних дел Кыргызской Республики"


def test_a_country_without_forms_gets_a_title_without_it() -> None:
    offered = titles(offices()["general_prosecutor"], "FR", "male")
    assert offered["ru"] == "Генеральный прокурор"
    assert offered["ky"] == "Башкы прокурор"


def test_an_ambassador_of_a_listed_state() -> None:
    from ua_letters.compose.offices import match_ambassador

    code = match_ambassador("Ambassador of the Republic of Uzbekistan")
    assert code == "UZ"
    offered = titles(offices()["ambassador"], code, "male", national=True)
    assert offered["ru"] == "Посол Республики Узбекистан"
    assert offered["ky"] == "Өзбекстан Республикасынын Элчиси"
    assert match_ambassador("Ambassador of Narnia") is None


def test_a_title_that_names_its_state_gives_the_state() -> None:
    from ua_letters.compose.offices import match_office_of

    found = match_office_of("Prosecutor General of the Russian Federation")
    assert found is not None and (found[0].key, found[1]) == ("general_prosecutor", "RU")
    found = match_office_of("Attorney General of Mexico")
    assert found is not None and (found[0].key, found[1]) == ("general_prosecutor", "MX")
    assert titles(found[0], found[1], "male")["ru"] == "Генеральный прокурор Мексики"
    assert match_office_of("Prosecutor General") is None  # no state named
    assert match_office_of("Governor of Alabama") is None  # not a listed state


def test_an_ambassador_extraordinary_and_plenipotentiary() -> None:
    office = match_office("Ambassador Extraordinary and Plenipotentiary", None)
    assert office is not None and office.role == "ambassador"
    offered = titles(office, None, "female")
    assert offered["ru"] == "Чрезвычайный и Полномочный Посол"
    assert offered["de"] == "Außerordentliche und Bevollmächtigte Botschafterin"
    assert offered["es"] == "Embajadora Extraordinaria y Plenipotenciaria"


def test_a_spanish_german_or_french_title_names_its_office() -> None:
    from ua_letters.compose.offices import english_title, match_office_in

    found = match_office_in("Fiscal General de México", "es", "MX")
    assert found is not None and found[0].key == "general_prosecutor"
    found = match_office_in("Ministra de Justicia", "es", None)
    assert found is not None and (found[0].key, found[1]) == ("minister_justice", "female")
    found = match_office_in("Generalstaatsanwalt", "de", "RU")
    assert found is not None and (found[0].key, found[1]) == ("general_prosecutor", "male")
    found = match_office_in("Ministre de l’Intérieur", "fr", None)
    assert found is not None and (found[0].key, found[1]) == ("minister_interior", "unknown")
    assert english_title(found[0]) == "Minister of the Interior"
    # anything more than the office and its state: no offer
    assert match_office_in("Gobernador Constitucional del Estado de México", "es", "MX") is None
    assert match_office_in("Fiscal Regional de Valparaíso", "es", "CL") is None
    assert match_office_in("Fiscal General de Colombia", "es", "MX") is None  # another state
    assert match_office_in("Fiscal General", "ru", None) is None


def test_the_states_table_has_every_form_in_each_languages_pattern() -> None:
    import re

    from ua_letters.compose.offices_states import states

    assert len(states()["US"]) == 50  # the fifty states; DC has no governor
    assert len(states()["MX"]) == 29  # 31 states without the two Baja Californias
    cyrillic = r"[А-ЯӨҮҢ][а-яөүң]+(?:-[А-Я][а-я]+)*"  # «Нью-Гэмпшир», «Сан-Луис-Потоси»
    for federation, table in states().items():
        english = [name.casefold() for forms in table.values() for name in forms["en"]]
        assert len(english) == len(set(english)), federation  # one state per English name
        for code, forms in table.items():
            assert set(forms) == {"en", "ru", "ky", "de", "fr", "es"}, code
            assert any(name.startswith("State of ") for name in forms["en"]), code
            assert re.fullmatch(rf"штата {cyrillic}(?: {cyrillic})?", forms["ru"]), code
            words = forms["ky"].split()
            assert words[-1] == kyrgyz_genitive("штаты"), code  # «Техас штаты» -> «штатынын»
            assert re.fullmatch(rf"{cyrillic}(?: {cyrillic})?", " ".join(words[:-1])), code
            if federation == "US":
                name = forms["en"][0]
                assert forms["en"] == [name, f"State of {name}"], code
                assert forms["de"].startswith("von "), code
                assert re.match(r"(?:du |de l’|de |d’)[^\W\d_]", forms["fr"]), code
                assert forms["es"].startswith("de "), code
            else:  # as Mexico's states write themselves
                assert forms["de"].startswith("des Bundesstaates "), code
                assert forms["fr"].startswith("de l’État de "), code
                assert forms["es"].startswith("del Estado de "), code


def test_a_mexican_governors_own_title_names_the_state() -> None:
    from ua_letters.compose.offices_states import match_office_of_a_state_in, state_titles

    found = match_office_of_a_state_in("Gobernador Constitucional del Estado de México",
                                       "es", "MX")
    assert found is not None and found == (offices()["governor"], "male", "MX", "MEX")
    assert state_titles(found[0], "MX", "MEX", "male") == {
        "en": "Governor of the State of Mexico",
        "ru": "Губернатор штата Мехико",
        "ky": "Мехико штатынын губернатору",
        "de": "Gouverneur des Bundesstaates México",
        "fr": "Gouverneur de l’État de Mexico",
        "es": "Gobernador del Estado de México",
    }
    found = match_office_of_a_state_in("Gobernadora del Estado de Chiapas", "es", None)
    assert found is not None and found[1:] == ("female", "MX", "CHP")
    found = match_office_of_a_state_in("Gouverneur du Texas", "fr", "US")
    assert found is not None and found[2:] == ("US", "TX")
    assert match_office_of_a_state_in("Gobernador del Estado de Texas", "es", None) is None
    assert match_office_of_a_state_in("Gobernador Interino del Estado de México", "es",
                                      "MX") is None  # more than the office: no offer
    assert match_office_of_a_state_in("Gobernador del Estado de México", "ru", "MX") is None


def test_an_imported_spanish_title_on_an_english_page_gets_every_title() -> None:
    from tests.drafting.render_scores import CORPUS, imported_draft

    data = imported_draft(next(CORPUS.glob("45-*.txt")))
    title = data["recipients"][0]["title"]
    assert title["es"] == "Gobernador Constitucional del Estado de México"  # the UA's own
    assert title["en"] == "Governor of the State of Mexico"
    assert title["ru"] == "Губернатор штата Мехико"


def test_a_governor_of_a_us_state_gets_the_state_in_every_language() -> None:
    from ua_letters.compose.offices_states import match_office_of_a_state, state_titles

    found = match_office_of_a_state("Governor of Texas", "US")
    assert found is not None and (found[0].key, found[1], found[2]) == ("governor", "US", "TX")
    assert state_titles(found[0], "US", "TX", "male") == {
        "en": "Governor of Texas",
        "ru": "Губернатор штата Техас",
        "ky": "Техас штатынын губернатору",
        "de": "Gouverneur von Texas",
        "fr": "Gouverneur du Texas",
        "es": "Gobernador de Texas",
    }
    found = match_office_of_a_state("Governor of the State of Alabama", None)
    assert found is not None and found[1:] == ("US", "AL")
    offered = state_titles(found[0], "US", "AL", "female")
    assert offered["de"] == "Gouverneurin von Alabama"
    assert offered["fr"] == "Gouverneure de l’Alabama"
    assert offered["es"] == "Gobernadora de Alabama"
    unknown = state_titles(found[0], "US", "NC", "unknown")
    assert unknown == {"en": "Governor of North Carolina",
                       "ru": "Губернатор штата Северная Каролина",
                       "ky": "Түндүк Каролина штатынын губернатору"}  # de, fr, es: gendered


def test_only_a_listed_state_of_the_pages_federation_is_matched() -> None:
    from ua_letters.compose.offices_states import match_office_of_a_state

    assert match_office_of_a_state("Governor of Georgia", "US") is not None
    assert match_office_of_a_state("Governor of Georgia", None) is None  # or the country?
    assert match_office_of_a_state("Governor of Texas", "MX") is None
    assert match_office_of_a_state("Governor of Texas County", "US") is None
    assert match_office_of_a_state("Prosecutor of Texas", "US") is None  # not a state office
    assert match_office_of_a_state("Governor", "US") is None


def test_an_imported_governor_of_texas_gets_every_title_marked_check() -> None:
    from tests.drafting.render_scores import CORPUS, written_draft

    written = written_draft(next(CORPUS.glob("14-*.txt")))
    assert "# CHECK: ru, ky, de, fr, es offered for the office 'Governor of Texas' (US-TX)" in (
        written)
    assert "      ru: Губернатор штата Техас\n" in written
    assert "      de: Gouverneur von Texas\n" in written  # Greg: a man (guessed, CHECK)


def test_a_russian_title_as_named_or_in_the_address_dative_names_its_office() -> None:
    from ua_letters.compose.offices import match_office_in

    found = match_office_in("Директору ФСИН России", "ru", "RU")
    assert found is not None and found == (
        offices()["director_of_the_federal_penitentiary_service"], "unknown")
    found = match_office_in("Генеральному прокурору Российской Федерации", "ru", "RU")
    assert found is not None and found[0].key == "general_prosecutor"
    found = match_office_in("Генеральный прокурор", "ru", None)
    assert found is not None and found[0].key == "general_prosecutor"
    assert match_office_in("Генеральному прокурору Республики Беларусь", "ru", "RU") is None
    assert match_office_in("Прокурору Ленинского района", "ru", "RU") is None  # more


def test_an_imported_russian_letter_to_the_fsin_gets_every_title() -> None:
    from tests.drafting.render_scores import CORPUS, imported_draft

    data = imported_draft(next(CORPUS.glob("46-*.txt")))
    title = data["recipients"][0]["title"]
    assert title["ru"] == "Директору ФСИН России"  # the UA's own stays
    assert title["en"] == "Director of the Federal Penitentiary Service"
    assert title["de"] == "Direktor des Föderalen Strafvollzugsdienstes"  # «Уважаемый»: a man


def test_a_bare_attorney_general_of_a_federation_names_no_state() -> None:
    """A US page's "Attorney General" may be Texas's: its titles name no state; the
    Attorney General "of the United States" is the federation's."""
    from ua_letters.importer.enrich.notes import value
    from ua_letters.importer.enrich.titles import find_office, offer_titles
    from ua_letters.importer.result import ImportedUA

    def offered(title: str, country: str) -> dict[str, str]:
        rec: dict[str, Any] = {"title": {"en": title}, "gender": "male"}
        ua = ImportedUA(source="test", language="en", country=country)
        found = find_office(rec, ua, country)
        assert found is not None
        offer_titles(rec, found)
        return dict(value(rec["title"]))

    assert offered("Attorney General", "US")["ru"] == "Генеральный прокурор"
    assert offered("Attorney General of the United States", "US")["ru"] == (
        "Генеральный прокурор Соединённых Штатов Америки")
    assert offered("Attorney General of the United States", "US")["ky"] == (
        "Америка Кошмо Штаттарынын Башкы прокурору")
    assert offered("President", "US")["ru"] == "Президент Соединённых Штатов Америки"
    assert offered("Attorney General of Mexico", "MX")["ru"] == "Генеральный прокурор Мексики"
    assert offered("Attorney General", "MX")["ru"] == "Генеральный прокурор"
    assert offered("Attorney General", "NG")["ru"] == "Генеральный прокурор"
    assert offered("Attorney General of the Federal Republic of Nigeria", "NG")["ru"] == (
        "Генеральный прокурор Федеративной Республики Нигерия")
    assert offered("Minister of Justice", "NG")["ru"] == (
        "Министр юстиции Федеративной Республики Нигерия")  # no state has a minister


def test_a_russian_letter_to_the_czech_president_declines_the_title() -> None:
    """Page 56's "President of the Czech Republic", offered in Russian, is written in the
    dative in the Russian letter's address: only the head declines."""
    from datetime import date

    from tests.drafting.render_scores import CORPUS, imported_draft
    from ua_letters.api import plan_letters
    from ua_letters.case.model import Case

    data = imported_draft(next(CORPUS.glob("56-*.txt")))
    data["recipients"] = data["recipients"][:1]
    assert data["recipients"][0]["title"]["ru"] == "Президент Чешской Республики"
    data["actions"] = [{"request": "release"}]
    data["situation"] = {"kind": "detained"}
    data["ua"]["country"] = data["ua"].get("country") or "CZ"
    for person in [data.get("person"), *(data.get("people") or [])]:
        if isinstance(person, dict):
            person["name"] = {"latn": "Placeholder", "cyrl": "Плейсхолдер"}
            person["gender"] = "female"
    letters = plan_letters(Case.model_validate(data), ["ru"], None, date(2001, 1, 1))
    text = "\n".join(block.text for letter in letters for block in letter.blocks)
    assert "Президенту Чешской Республики" in text


def test_a_spanish_title_on_a_german_page_is_copied_under_es() -> None:
    """Page 30 gives the Chilean prosecutor's title in Spanish ("Señora Fiscal Regional de
    Valparaíso"): the Spanish letter gets it without the honorific, the German keeps it."""
    from tests.drafting.render_scores import CORPUS, imported_draft
    from ua_letters.importer.enrich.notes import value
    from ua_letters.importer.enrich.titles import spanish_title
    from ua_letters.importer.result import ImportedUA

    title = imported_draft(next(CORPUS.glob("30-*.txt")))["recipients"][0]["title"]
    assert title == {"de": "Señora Fiscal Regional de Valparaíso",
                     "es": "Fiscal Regional de Valparaíso"}
    german = ImportedUA(source="test", language="de")
    for text in ("Señoría Fiscal", "Fiscal Regional de Valparaíso", "Señor"):
        rec: dict[str, Any] = {"title": {"de": text}}
        spanish_title(rec, german)
        assert value(rec["title"]) == {"de": text}, text  # no honorific, or nothing after it
    rec = {"title": {"es": "Sra. Fiscal"}}
    spanish_title(rec, ImportedUA(source="test", language="es"))
    assert value(rec["title"]) == {"es": "Sra. Fiscal"}  # a Spanish page's own stays
