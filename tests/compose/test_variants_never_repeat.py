"""The reviewed phrasings combine without repeating themselves, in every language.

A letter's own sentences are its opening, the sentence that frames the requests, its close
and its closing formula (the facts and the requests are the case's). For every writer
(man, woman, unknown, a blank letter to sign by hand) and every one of the 27 variant
combinations, no word stem appears in two of these sentences: «Обращаюсь к Вам …» twice,
or "I am writing to you …" and then "I am therefore writing to you", is a form letter.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from ua_letters.case import Case, Sender
from ua_letters.case.model import Gender
from ua_letters.compose import compose_letter
from ua_letters.compose.variants import CHOICES, Variant
from ua_letters.resources import shipped_languages

# Short function words that any sentence may share (articles, pronouns, prepositions).
COMMON = {
    "en": {
        "your",
        "this",
        "that",
        "with",
        "would",
        "which",
        "about",
        "from",
        "have",
        "will",
        "there",
    },
    "ru": {"вас", "вам", "ваше", "вашего", "меня", "мою", "моего", "этого", "этом", "связи"},
    "ky": {"сизге", "сизден", "сиздин", "менин", "ушул", "жана", "боюнча", "үчүн", "менен"},
    "de": {"ihnen", "ihre", "ihrer", "mich", "meine", "meines", "diese", "dieser", "über", "sich"},
    "fr": {"vous", "votre", "pour", "dans", "cette", "avec", "sont", "bien"},
    "es": {"usted", "para", "este", "esta", "sobre", "que", "cualquier"},
}
WRITERS = [None, *(Sender(name="Writer", gender=g) for g in Gender)]


def stems(sentence: str, language: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", sentence)}
    return {w[:6] for w in words if len(w) >= 4 and w not in COMMON[language]}


def own_sentences(case: Case, language: str, sender: Sender | None, variant: Variant) -> list[str]:
    letter = compose_letter(
        case, case.recipients[0], language, sender, date(2010, 8, 20), None, variant
    )
    kinds = [b.kind for b in letter.blocks]
    paragraphs = [i for i, k in enumerate(kinds) if k == "p"]
    first_item = kinds.index("item")
    opening = letter.blocks[paragraphs[0]].text
    framing = letter.blocks[first_item - 1].text
    close = letter.blocks[first_item + kinds.count("item")].text
    formula = letter.of_kind("close")[0]
    return [opening, framing, close, formula]


@pytest.mark.parametrize("language", shipped_languages())
def test_no_combination_repeats_a_word(example_case: Case, language: str) -> None:
    names = {w.lower()[:6] for w in re.findall(r"[^\W\d_]+", "Azimzhan Askarov Азимжан Аскаров")}
    for sender, parts in itertools.product(WRITERS, itertools.product(range(CHOICES), repeat=3)):
        sentences = own_sentences(example_case, language, sender, Variant(*parts))
        seen: dict[str, str] = {}
        for sentence in sentences:
            for stem in stems(sentence, language) - names:
                assert stem not in seen, (
                    f"{language} {Variant(*parts).code} writer {sender and sender.gender}: "
                    f"{stem!r} in {seen.get(stem)!r} and {sentence!r}"
                )
            seen.update(dict.fromkeys(stems(sentence, language), sentence))


@pytest.mark.parametrize("language", shipped_languages())
def test_each_part_really_varies(example_case: Case, language: str) -> None:
    """Three different openings, framings and closes (else the check above is empty)."""
    writer = Sender(name="Writer", gender=Gender.female)
    for position in range(3):
        seen = set()
        for choice in range(CHOICES):
            parts = [0, 0, 0]
            parts[position] = choice
            seen.add(own_sentences(example_case, language, writer, Variant(*parts))[position])
        assert len(seen) == CHOICES, (language, position, seen)


EMBASSY = {
    "role": "ambassador",
    "title": "Ambassador of the Kyrgyz Republic",
    "name": {"latn": "Erines Otorbaev", "cyrl": "Эринес Оторбаев"},
    "gender": "male",
    "address": ["Otto-Suhr-Allee 146", "10585 Berlin", "GERMANY"],
    "copy": True,
    "embassy_copy": True,
}


@pytest.mark.parametrize("language", shipped_languages())
def test_the_embassy_copy_does_not_repeat_itself(example_case: Case, language: str) -> None:
    from ua_letters.case.model import Recipient

    embassy = Recipient.model_validate(EMBASSY)
    case = example_case.model_copy(update={"recipients": [*example_case.recipients, embassy]})
    for sender in WRITERS:
        letter = compose_letter(case, embassy, language, sender, date(2010, 8, 20))
        paragraphs = letter.of_kind("p")
        own = [paragraphs[0], *paragraphs[2:], *letter.of_kind("close")]  # not the facts
        seen: dict[str, str] = {}
        for sentence in own:
            found = stems(sentence, language) - {"azimzh", "askaro", "азимжа", "аскаро"}
            repeated = found & set(seen)
            assert not repeated, (language, repeated, sentence, [seen[s] for s in repeated])
            seen.update(dict.fromkeys(found, sentence))
        assert not letter.of_kind("item"), "an embassy copy asks the ambassador for nothing"
