"""Name and title forms handed to templates: cases per language, overrides, elision."""

from __future__ import annotations

from ua_letters.case.model import Gender
from ua_letters.compose.names import family_name, name_forms, title_forms


def test_russian_forms_cover_its_six_cases_only() -> None:
    full, short = name_forms("Кубатбек Байболов", Gender.male, "ru")
    assert full["dative"] == "Кубатбеку Байболову" and short["dative"] == "К. Байболову"
    assert "ablative" not in full  # a template asking for it fails instead of printing «…ов»


def test_kyrgyz_forms_cover_its_six_cases_only() -> None:
    full, short = name_forms("Роза Отунбаева", Gender.female, "ky")
    assert full["genitive"] == "Роза Отунбаеванын" and short["dative"] == "Р. Отунбаевага"
    assert "instrumental" not in full


def test_an_override_replaces_the_full_form_and_the_short_follows() -> None:
    full, short = name_forms(
        "Азимжан Аскаров", Gender.male, "ru", {"genitive": "Азимжана Аскарова-Особого"}
    )
    assert full["genitive"] == "Азимжана Аскарова-Особого"
    assert short["genitive"] == "А. Аскарова-Особого"
    assert full["dative"] == "Азимжану Аскарову"


def test_french_forms_carry_the_elided_prepositions() -> None:
    full, short = name_forms("Azimzhan Askarov", Gender.male, "fr")
    assert (full["de"], full["que"]) == ("d’Azimzhan Askarov", "qu’Azimzhan Askarov")
    assert short["de"] == "d’A. Askarov"
    roza, _ = name_forms("Roza Otunbaeva", Gender.female, "fr")
    assert (roza["de"], roza["que"]) == ("de Roza Otunbaeva", "que Roza Otunbaeva")
    assert title_forms("Ministre de l’Intérieur", "fr")["nominative"] == "Ministre de l’Intérieur"


def test_titles_per_language() -> None:
    assert title_forms("Генеральный прокурор", "ru")["dative"] == "Генеральному прокурору"
    assert title_forms("Кыргыз Республикасынын Президенти", "ky")["dative"].endswith("Президентине")
    forms = title_forms("Innenminister", "de")
    assert {forms[c] for c in ("nominative", "dative", "running")} == {"Innenminister"}
    assert forms["den"] == "den Innenminister"


def test_family_names() -> None:
    assert family_name("Кубатбек Байболов") == "Байболов"
    assert family_name("Азамат Бекболот уулу", "ky") == "Бекболот уулу"
    assert family_name("Otunbaeva", "en") == "Otunbaeva"
