"""Salutations for every role × gender × language, from the catalogs.

The table is the reference wording each language's letters must open with (the
punctuation after it is the template's). A salutation given in the case file wins.
"""

from __future__ import annotations

import pytest

from ua_letters.case.model import Gender, Recipient, Role
from ua_letters.compose.names import family_name
from ua_letters.compose.salutations import salutation
from ua_letters.resources import shipped_languages

M, F = Gender.male, Gender.female
SALUTATIONS: dict[str, dict[str, tuple[str, str]]] = {
    "president": {
        "ru": ("Уважаемый господин Президент", "Уважаемая госпожа Президент"),
        "ky": ("Урматтуу Президент мырза", "Урматтуу Президент айым"),
        "en": ("Dear President", "Dear President"),
        "de": ("Sehr geehrter Herr Präsident", "Sehr geehrte Frau Präsidentin"),
        "fr": ("Monsieur le Président", "Madame la Présidente"),
        "es": ("Señor Presidente", "Señora Presidenta"),
    },
    "prime_minister": {
        "ru": ("Уважаемый господин Премьер-министр", "Уважаемая госпожа Премьер-министр"),
        "ky": ("Урматтуу Премьер-министр мырза", "Урматтуу Премьер-министр айым"),
        "en": ("Dear Prime Minister", "Dear Prime Minister"),
        "de": ("Sehr geehrter Herr Premierminister", "Sehr geehrte Frau Premierministerin"),
        "fr": ("Monsieur le Premier ministre", "Madame la Première ministre"),
        "es": ("Señor Primer Ministro", "Señora Primera Ministra"),
    },
    "minister": {
        "ru": ("Уважаемый господин министр", "Уважаемая госпожа министр"),
        "ky": ("Урматтуу министр мырза", "Урматтуу министр айым"),
        "en": ("Dear Minister", "Dear Minister"),
        "de": ("Sehr geehrter Herr Minister", "Sehr geehrte Frau Ministerin"),
        "fr": ("Monsieur le Ministre", "Madame la Ministre"),
        "es": ("Señor Ministro", "Señora Ministra"),
    },
    "general_prosecutor": {
        "ru": ("Уважаемый господин Генеральный прокурор", "Уважаемая госпожа Генеральный прокурор"),
        "ky": ("Урматтуу Башкы прокурор мырза", "Урматтуу Башкы прокурор айым"),
        "en": ("Dear General Prosecutor", "Dear General Prosecutor"),
        "de": ("Sehr geehrter Herr Generalstaatsanwalt", "Sehr geehrte Frau Generalstaatsanwältin"),
        "fr": ("Monsieur le Procureur général", "Madame la Procureure générale"),
        "es": ("Señor Fiscal General", "Señora Fiscal General"),
    },
    "prosecutor": {
        "ru": ("Уважаемый господин прокурор", "Уважаемая госпожа прокурор"),
        "ky": ("Урматтуу прокурор мырза", "Урматтуу прокурор айым"),
        "en": ("Dear Prosecutor", "Dear Prosecutor"),
        "de": ("Sehr geehrter Herr Staatsanwalt", "Sehr geehrte Frau Staatsanwältin"),
        "fr": ("Monsieur le Procureur", "Madame la Procureure"),
        "es": ("Señor Fiscal", "Señora Fiscal"),
    },
    "ombudsman": {
        "ru": ("Уважаемый господин омбудсмен", "Уважаемая госпожа омбудсмен"),
        "ky": ("Урматтуу Акыйкатчы мырза", "Урматтуу Акыйкатчы айым"),
        "en": ("Dear Ombudsman", "Dear Ombudsman"),
        "de": ("Sehr geehrter Herr Ombudsmann", "Sehr geehrte Frau Ombudsfrau"),
        "fr": ("Monsieur le Médiateur", "Madame la Médiatrice"),
        "es": ("Señor Defensor del Pueblo", "Señora Defensora del Pueblo"),
    },
    "ambassador": {
        "ru": ("Ваше Превосходительство", "Ваше Превосходительство"),
        "ky": ("Урматтуу элчи мырза", "Урматтуу элчи айым"),
        "en": ("Your Excellency", "Your Excellency"),
        "de": ("Exzellenz", "Exzellenz"),
        "fr": ("Monsieur l’Ambassadeur", "Madame l’Ambassadrice"),
        "es": ("Excelentísimo Señor Embajador", "Excelentísima Señora Embajadora"),
    },
    "judge": {
        "ru": ("Уважаемый господин судья", "Уважаемая госпожа судья"),
        "ky": ("Урматтуу судья мырза", "Урматтуу судья айым"),
        "en": ("Dear Judge", "Dear Judge"),
        "de": ("Sehr geehrter Herr Richter", "Sehr geehrte Frau Richterin"),
        "fr": ("Monsieur le Juge", "Madame la Juge"),
        "es": ("Señor Juez", "Señora Jueza"),
    },
    "governor": {
        "ru": ("Уважаемый господин губернатор", "Уважаемая госпожа губернатор"),
        "ky": ("Урматтуу губернатор мырза", "Урматтуу губернатор айым"),
        "en": ("Dear Governor", "Dear Governor"),
        "de": ("Sehr geehrter Herr Gouverneur", "Sehr geehrte Frau Gouverneurin"),
        "fr": ("Monsieur le Gouverneur", "Madame la Gouverneure"),
        "es": ("Señor Gobernador", "Señora Gobernadora"),
    },
    "police_chief": {
        "ru": ("Уважаемый господин начальник", "Уважаемая госпожа начальник"),
        "ky": ("Урматтуу милиция башчысы мырза", "Урматтуу милиция башчысы айым"),
        "en": ("Dear Chief of Police", "Dear Chief of Police"),
        "de": ("Sehr geehrter Herr Polizeipräsident", "Sehr geehrte Frau Polizeipräsidentin"),
        "fr": ("Monsieur le Chef de la police", "Madame la Cheffe de la police"),
        "es": ("Señor Jefe de Policía", "Señora Jefa de Policía"),
    },
    "official": {
        "ru": ("Уважаемый господин Байболов", "Уважаемая госпожа Отунбаева"),
        "ky": ("Урматтуу Байболов мырза", "Урматтуу Отунбаева айым"),
        "en": ("Dear Mr Baibolov", "Dear Ms Otunbaeva"),
        "de": ("Sehr geehrter Herr Baibolov", "Sehr geehrte Frau Otunbaeva"),
        "fr": ("Monsieur", "Madame"),
        "es": ("Estimado señor Baibolov", "Estimada señora Otunbaeva"),
    },
}
UNKNOWN = {
    "ru": "Уважаемые дамы и господа",
    "ky": "Урматтуу мырзалар жана айымдар",
    "en": "Dear Sir or Madam",
    "de": "Sehr geehrte Damen und Herren",
    "fr": "Madame, Monsieur",
    "es": "Señora, señor",
}
NAMES = {
    M: {"cyrl": "Кубатбек Байболов", "latn": "Kubatbek Baibolov"},
    F: {"cyrl": "Роза Отунбаева", "latn": "Roza Otunbaeva"},
}


def official(role: Role, gender: Gender, **extra: object) -> Recipient:
    name = NAMES.get(gender, NAMES[M])
    return Recipient.model_validate(
        {"role": role, "name": name, "gender": gender, "address": ["x"], "fax": "+996 312 68 20 44"}
        | extra
    )


def _salute(recipient: Recipient, language: str) -> str:
    name = recipient.name[{"ru": "cyrl", "ky": "cyrl"}.get(language, "latn")]  # type: ignore[index]
    return salutation(recipient, language, family_name(name, language))


def test_the_table_covers_every_role_and_shipped_language() -> None:
    assert set(SALUTATIONS) == {r.value for r in Role}
    assert all(set(row) == set(shipped_languages()) for row in SALUTATIONS.values())
    assert set(UNKNOWN) == set(shipped_languages())


@pytest.mark.parametrize("language", sorted(UNKNOWN))
@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("gender", [M, F, Gender.unknown])
def test_every_role_gender_and_language(role: Role, gender: Gender, language: str) -> None:
    """An official of unknown gender gets the impersonal salutation, except in English,
    whose role salutations are the same for either gender ("Dear Minister")."""
    neutral = language == "en" and role != Role.official
    if gender == Gender.unknown and not neutral:
        expected = UNKNOWN[language]
    else:
        expected = SALUTATIONS[role.value][language][0 if gender in (M, Gender.unknown) else 1]
    assert _salute(official(role, gender), language) == expected


def test_english_says_yours_faithfully_to_sir_or_madam_only() -> None:
    from ua_letters.compose.salutations import is_impersonal

    unknown = official(Role.official, Gender.unknown)
    assert is_impersonal(unknown, "en", "Baibolov", Gender.unknown)
    assert not is_impersonal(official(Role.minister, Gender.unknown), "en", None, Gender.unknown)
    assert not is_impersonal(official(Role.official, M), "en", "Baibolov", M)


def test_a_salutation_in_the_case_file_wins_for_its_language_only() -> None:
    recipient = official(Role.minister, M, salutation={"en": "Dear Minister!", "de": "Exzellenz"})
    assert _salute(recipient, "en") == "Dear Minister"  # closing punctuation is the template's
    assert _salute(recipient, "de") == "Exzellenz"
    assert _salute(recipient, "fr") == "Monsieur le Ministre"


def test_a_patronymic_phrase_is_the_family_name() -> None:
    recipient = official(Role.official, M, name={"cyrl": "Азамат Бекболот уулу"})
    assert _salute(recipient, "ky") == "Урматтуу Бекболот уулу мырза"
