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
    assert len(results) == 40
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
