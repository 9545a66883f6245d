"""Real UA pages imported with no edit: what the draft offers, and what renders.

The floors below are those `python -m tests.drafting.render_scores` measured; they only
ever go up. `python -m tests.drafting.render_blockers` says why the other drafts fail.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.drafting.render_scores import CORPUS, LANGUAGES, outcomes, real_documents
from ua_letters.importer import draft_yaml, import_file

KARA_MURZA = CORPUS / "18-aiusa-russia-40-23.txt"


def _draft(page: Path) -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load(draft_yaml(import_file(str(page))))
    return data


def test_a_ua_that_asks_for_no_language_is_offered_its_own() -> None:
    text = draft_yaml(import_file(str(KARA_MURZA)))
    assert yaml.safe_load(text)["languages"] == ["en"]
    assert "CHECK: offered, the UA's own language" in text


def test_a_prison_sentence_in_the_story_is_the_situation() -> None:
    assert _draft(KARA_MURZA)["situation"] == {"kind": "imprisoned"}


def test_the_real_corpus_floor() -> None:
    results = outcomes(False, real_documents())
    assert len(results) >= 40  # the corpus grows: every real page that names an official
    full = [r.name for r in results if len(r.ok) == len(LANGUAGES)]
    assert "18-aiusa-russia-40-23" in full
    assert len(full) >= 1


def test_an_english_title_filed_under_german_is_moved_under_en() -> None:
    text = draft_yaml(import_file(str(CORPUS / "27-de-kirchheim-georgia-2025-11.txt")))
    title = yaml.safe_load(text)["recipients"][0]["title"]
    assert title["en"] == "Prosecutor General"
    assert title["de"] == "Generalstaatsanwalt"  # offered for the office, not the English
    assert title["ru"] == "Генеральный прокурор Грузии"
    assert "moved under en" in text


def test_the_state_a_title_names_wins_over_the_page_s_country() -> None:
    # AIUSA's page: the importer reads the US; the title names the Russian Federation
    rec = _draft(CORPUS / "17-aiusa-russia-112-19.txt")["recipients"]
    assert isinstance(rec, list)
    assert rec[0]["title"]["ru"] == "Председатель Следственного комитета Российской Федерации"
    assert rec[0]["name"]["cyrl"] == "Александр Иванович Бастрыкин"


def test_a_foreign_name_is_kept_in_latin_for_russian_and_kyrgyz() -> None:
    text = draft_yaml(import_file(str(CORPUS / "03-aiusa-egypt-90-23.txt")))
    data = yaml.safe_load(text)
    assert data["person"]["name"] == {
        "latn": "Mahmoud Hussein", "ru": "Mahmoud Hussein", "ky": "Mahmoud Hussein"}
    assert data["recipients"][0]["name"]["ky"] == "Mohamed Shawky Ayyad"
    assert "ky, ru letters keep a foreign name in Latin letters" in text


def test_a_soviet_looking_name_is_never_kept_in_latin() -> None:
    from ua_letters.importer.enrich.latin_names import keeping_latin, may_keep, needing_own_script

    assert keeping_latin() == ("ky", "ru")
    assert needing_own_script() == ()
    # AIUSA's page about Kyrgyzstan is read as the US: Askarov must not stay in Latin
    assert not may_keep("Azimjan Askarov")
    assert not may_keep("Nurlan Yerlan uulu")
    assert may_keep("Mahmoud Hussein")
    person = _draft(CORPUS / "01-aiusa-kyrgyzstan-61-20.txt")["person"]
    assert isinstance(person, dict) and "ru" not in person["name"]


def test_the_state_the_officials_serve_is_the_people_s_country() -> None:
    # read as the US (AIUSA's page), but "President of Kyrgyzstan": Askarov is Kyrgyz
    person = _draft(CORPUS / "01-aiusa-kyrgyzstan-61-20.txt")["person"]
    assert isinstance(person, dict)
    assert person["name"] == {"latn": "Azimjan Askarov", "cyrl": "Азимжан Аскаров"}


def test_the_fixture_floor_with_free_text_set_aside() -> None:
    results = outcomes(True)
    assert sum(len(r.ok) == len(LANGUAGES) for r in results) >= 3


def test_an_english_office_word_in_a_russian_letter_is_found() -> None:
    from datetime import date

    from tests.drafting.render_scores import english_office_words
    from ua_letters.api import plan_letters
    from ua_letters.case.model import Case

    data = _draft(CORPUS / "03-aiusa-egypt-90-23.txt")
    data["actions"] = [{"request": "release"}]
    data["situation"] = {"kind": "detained"}
    recipients = data["recipients"]
    assert isinstance(recipients, list)
    data["recipients"] = recipients[:1]
    case = Case.model_validate(data)
    letters = plan_letters(case, ["ru"], None, date(2023, 11, 5))
    assert english_office_words(case, letters, "ru") == []  # «Прокурору»; the address as given
    recipients[0]["title"]["ru"] = "Public Prosecutor"
    case = Case.model_validate(data)
    letters = plan_letters(case, ["ru"], None, date(2023, 11, 5))
    assert english_office_words(case, letters, "ru")


def test_a_spanish_ua_s_own_title_gives_every_language() -> None:
    rec = _draft(CORPUS / "48-rau-es-mexico-47-24.txt")["recipients"]
    assert isinstance(rec, list)
    title = rec[0]["title"]
    assert title["es"] == "Fiscal General de México"  # the UA's own, kept
    assert title["en"] == "General Prosecutor"
    assert title["ru"] == "Генеральный прокурор Мексики"
    assert title["ky"] == "Мексиканын Башкы прокурору"
