"""The example case after the phrasebook rewrite: the same facts, asked in the first person."""

from __future__ import annotations

from ua_letters.case import Case
from ua_letters.case.model import Request
from ua_letters.compose.context import action_texts
from ua_letters.resources import shipped_languages

SEED_RUSSIAN = [  # the example's Russian: the phrasebook keeps the earlier wording's sense
    "немедленно и безоговорочно освободить узника совести Азимжана Аскарова, лишённого свободы "
    "исключительно за мирное осуществление своих прав",
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


def test_english_actions_ask_in_the_first_person(example_case: Case) -> None:
    """Each continues "I urge you to:"; none passes on the UA's "Calling on the authorities"."""
    texts = action_texts(example_case, "en")
    assert len(texts) == 5
    assert [t.split()[0] for t in texts] == ["release", "ensure", "order", "guarantee", "open"]
    assert not any("authorities" in t for t in texts)


def test_russian_and_kyrgyz_keep_the_earlier_wording(example_case: Case) -> None:
    assert action_texts(example_case, "ru") == SEED_RUSSIAN
    kyrgyz = action_texts(example_case, "ky")
    assert kyrgyz[0].endswith(
        "абийир туткуну Азимжан Аскаровду дароо жана эч кандай шартсыз бошотууну"
    )


def test_every_shipped_language_has_every_action(example_case: Case) -> None:
    for language in shipped_languages():
        assert example_case.untranslated(language) == []
        assert all(action_texts(example_case, language))


def test_the_ua_asks_for_its_own_languages(example_case: Case) -> None:
    assert example_case.languages == ["ru", "ky", "en"]
