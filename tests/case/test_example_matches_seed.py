"""Every fact in examples/askarov.yaml is taken from the UA text, character for character."""

from __future__ import annotations

from tests.conftest import SEED
from ua_letters.case import Case
from ua_letters.case.model import resolve
from ua_letters.compose import action_texts


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_ua_reference_matches_seed(example_case: Case) -> None:
    seed = _seed()
    assert f"UA: {example_case.ua.number}" in seed
    assert f"Index: {example_case.ua.index}" in seed
    assert example_case.ua.issued.isoformat() == "2010-08-05"
    assert "Date: 05 August 2010" in seed
    assert example_case.ua.update == 1 and "This is the first update of UA 135/10" in seed
    assert "in Russian, Kyrgyz, English or your own language" in seed
    assert example_case.languages == ["ru", "ky", "en"]


def test_every_recipient_fact_is_in_the_seed(example_case: Case) -> None:
    seed = _seed()
    for recipient in example_case.recipients:
        assert f"\n{resolve(recipient.name, 'en')}\n" in seed
        for line in resolve(recipient.address, "en") or []:
            assert f"\n{line}\n" in seed, line
        for number in recipient.fax:
            assert f"Fax: {number}\n" in seed, number
        assert f"Salutation: {resolve(recipient.salutation, 'en')}\n" in seed


def test_copies_follow_the_seed(example_case: Case) -> None:
    seed = _seed()
    copies_at = seed.index("And copies to:")
    for recipient in example_case.recipients:
        at = seed.index(str(resolve(recipient.name, "en")))
        assert recipient.copy_only == (at > copies_at)


def test_english_actions_are_the_seed_bullets_as_the_writers_own_asks(
    example_case: Case,
) -> None:
    """Each request keeps its seed bullet's words, less the UA's "Calling on the authorities
    to …": the letter asks in the first person ("I urge you to: • release …")."""
    seed = _seed()
    texts = action_texts(example_case, "en")
    assert len(texts) == 5
    torture = (
        "prompt, thorough and impartial investigation into allegations that Azimzhan Askarov "
        "has been tortured, including an independent medical examination"
    )
    safety = "guarantee the safety of Azimzhan Askarov in detention, and that of those visiting him"
    attacked = "sister-in-law and lawyer have both been attacked on the premises"
    lawyer = "allowed to meet with his lawyer in private"
    kept = [  # the words of each seed bullet that the letter's request must carry
        (
            "immediate and unconditional release of prisoner of conscience",
            "release",
            "immediately and unconditionally",
            "prisoner of conscience",
        ),
        (lawyer, lawyer),
        (torture, torture),
        (safety, safety),
        (attacked, attacked),
    ]
    for text, (in_seed, *in_letter) in zip(texts, kept, strict=True):
        assert in_seed in seed
        assert all(words in text for words in in_letter), text
        assert "authorities" not in text and not text.startswith(("Calling", "Urging")), text
