"""The seed UA imports to the example case: same officials, numbers, words and header."""

from __future__ import annotations

import yaml

from tests.conftest import SEED
from tests.importer.helpers import fill_translations
from ua_letters.case import Case
from ua_letters.case.loader import parse_case
from ua_letters.case.model import resolve
from ua_letters.compose.context import action_texts
from ua_letters.importer import ImportedUA, draft_yaml, import_file

# The UA prints typographic apostrophes (Askarov’s); the example file types straight ones.
_PLAIN = str.maketrans({"’": "'", "‘": "'"})


def _words(text: str) -> str:
    """Compare wording, not the final ';' or '.' that the letter template adds itself."""
    return text.translate(_PLAIN).rstrip(" ;.")


def _imported() -> ImportedUA:
    return import_file(str(SEED))


def test_header_matches_the_example(example_case: Case) -> None:
    ua = _imported()
    assert (ua.number, ua.update, ua.index, ua.issued, ua.country) == (
        example_case.ua.number,
        example_case.ua.update,
        example_case.ua.index,
        example_case.ua.issued,
        example_case.ua.country,
    )
    assert ua.deadline == example_case.ua.deadline is None
    assert ua.languages == example_case.languages
    assert [p.name for p in ua.people] == [resolve(example_case.person.name, "latn")]


def test_recipients_match_the_example(example_case: Case) -> None:
    ua = _imported()
    assert len(ua.recipients) == len(example_case.recipients)
    for found, expected in zip(ua.recipients, example_case.recipients, strict=True):
        assert found.name == resolve(expected.name, "latn")
        assert expected.title is not None and expected.salutation is not None
        assert found.title == resolve(expected.title, "en")
        assert found.address == expected.address
        assert found.fax == expected.fax
        assert found.salutation == {"en": resolve(expected.salutation, "en")}
        assert found.copy is expected.copy_only
        assert found.role is expected.role


def test_actions_are_the_seed_bullets(example_case: Case) -> None:
    """The draft keeps the UA's own bullets; the letters word them as the writer's asks."""
    ua = _imported()
    seed = SEED.read_text(encoding="utf-8").translate(_PLAIN)
    assert len(ua.actions) == len(action_texts(example_case, "en")) == 5
    assert all(f"• {_words(a)}" in seed for a in ua.actions)


def test_the_seed_draft_validates_once_translated() -> None:
    draft = draft_yaml(_imported())
    case = parse_case(yaml.safe_dump(fill_translations(yaml.safe_load(draft))), "seed.yaml")
    assert [resolve(r.name, "en") for r in case.recipients] == [
        "Kubatbek Baibolov",
        "Baitemir Ibraev",
        "Roza Otunbaeva",
    ]
    assert case.copy_recipients[0].fax == ["+996 312 62 50 12"]


def test_the_seed_imports_without_warnings() -> None:
    assert _imported().notices == []
