"""The example case after the phrasebook rewrite: same facts, same English as the seed."""

from __future__ import annotations

from tests.conftest import SEED
from ua_letters.case import Case
from ua_letters.case.model import Request
from ua_letters.compose.context import action_texts
from ua_letters.resources import shipped_languages

SEED_RUSSIAN = [  # the example's Russian before the rewrite: the phrasebook says the same
    "немедленно и безоговорочно освободить узника совести Азимжана Аскарова",
    "обеспечить Азимжану Аскарову возможность встречаться со своим адвокатом наедине",
    "провести безотлагательное, тщательное и беспристрастное расследование заявлений о "
    "применении пыток к Азимжану Аскарову, включая независимое медицинское освидетельствование",
    "гарантировать безопасность Азимжана Аскарова под стражей, а также безопасность тех, кто "
    "его посещает",
    "начать расследование сообщений о нападениях на невестку и адвоката Азимжана Аскарова на "
    "территории изолятора временного содержания милиции",
]


def test_standard_requests_are_used_where_they_fit(example_case: Case) -> None:
    used = [a.request for a in example_case.actions if isinstance(a, Request)]
    assert used == ["release_poc", "investigate_torture", "guarantee_safety"]


def test_english_actions_are_the_seed_bullets(example_case: Case) -> None:
    seed = SEED.read_text(encoding="utf-8")
    texts = action_texts(example_case, "en")
    assert len(texts) == 5
    for text in texts:
        assert f"• {text};" in seed or f"• {text}." in seed, text


def test_russian_and_kyrgyz_keep_the_earlier_wording(example_case: Case) -> None:
    assert action_texts(example_case, "ru") == SEED_RUSSIAN
    kyrgyz = action_texts(example_case, "ky")
    assert kyrgyz[0] == "абийир туткуну Азимжан Аскаровду дароо жана эч кандай шартсыз бошотууну"


def test_every_shipped_language_has_every_action(example_case: Case) -> None:
    for language in shipped_languages():
        assert example_case.untranslated(language) == []
        assert all(action_texts(example_case, language))


def test_the_ua_asks_for_its_own_languages(example_case: Case) -> None:
    assert example_case.languages == ["ru", "ky", "en"]
