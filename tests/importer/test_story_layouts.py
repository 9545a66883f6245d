"""The story (facts) and its situation on pages without a PLEASE WRITE line.

AIUSA pages put the story between the title or date and a "Take Action:" list; the
stored copies are often cut mid-sentence. The situation is read only from phrases that
state the people's present state ("forcibly disappeared him for two weeks" is the past).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ua_letters.importer import import_bytes
from ua_letters.importer.enrich.situation import read_situation

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "corpus"
ISSUED = date(2023, 11, 1)


def _page(name: str) -> bytes:
    lines = (CORPUS / name).read_bytes().split(b"\n")
    while lines and lines[0].startswith(b"#"):
        lines.pop(0)
    return b"\n".join(lines)


def test_aiusa_story_between_date_and_take_action() -> None:
    ua = import_bytes(_page("03-aiusa-egypt-90-23.txt"), "03.txt")
    assert ua.facts is not None
    assert ua.facts.startswith("Mahmoud Hussein, a protester who had already spent two years")
    assert ua.facts.endswith("including wearing an anti-torture T-shirt.")
    assert "Take Action" not in ua.facts and "Urgent Action" not in ua.facts


def test_a_cut_story_keeps_its_last_whole_sentence() -> None:
    ua = import_bytes(_page("04-aiusa-egypt-16-20.txt"), "04.txt")
    assert ua.facts is not None and ua.facts.endswith("the following day.")


def test_title_then_story_then_numbered_list() -> None:
    ua = import_bytes(_page("01-aiusa-kyrgyzstan-61-20.txt"), "01.txt")
    assert ua.facts is not None and ua.facts.startswith("Azimjan Askarov has been jailed")
    assert "Write a letter" not in ua.facts


@pytest.mark.parametrize("name", ["27-de-kirchheim-georgia-2025-11.txt",
                                  "32-de-kirchheim-japan-2026-01.txt",
                                  "13-amnesty-de-letter-egypt-en.txt"])
def test_no_story_from_a_site_text_or_a_ready_letter(name: str) -> None:
    """A site's boilerplate ("Täglich werden Menschen …") or an address comes before
    any prose after the header: no story is taken."""
    assert import_bytes(_page(name), name).facts is None


def test_a_heading_only_page_gives_no_story() -> None:
    text = b"Urgent Action\n\nNovember 1, 2023\n\nTake Action:\n\n- Write a letter.\n"
    assert import_bytes(text + b"\nMinister X\nFax: +20 2 2577 4716\n", "t.txt").facts is None


@pytest.mark.parametrize(
    ("story", "kind", "since"),
    [
        ("He was re-arrested on August 30. He is detained at Badr 1 prison.", "detained",
         date(2023, 8, 30)),
        ("Since his arrest on September 10, 2017, the authorities have arbitrarily "
         "detained him. He is held at Badr Prison.", "detained", date(2017, 9, 10)),
        ("They remain in pretrial detention and face trumped up charges.", "detained", None),
        ("Saudi authorities have detained them without charge since July 14, 2020.",
         "detained", None),
        ("Hossein Shahbazi is at risk of imminent execution.", "sentenced_to_death", None),
        ("At least seven individuals are under sentence of death.", "sentenced_to_death", None),
        ("The Appeals Court upheld his death sentence.", "sentenced_to_death", None),
        ("His whereabouts remain unknown.", "disappeared", None),
        ("Maryia Kalesnikava is a prisoner of conscience and must be released immediately "
         "and unconditionally.", "detained", None),
        # held, and serving a sentence: the narrower kind
        ("He has been jailed for almost 10 years. His life is at risk, and he must be "
         "released.", "imprisoned", None),
        ("On 17 April, he was sentenced to 25 years in prison. He must be immediately and "
         "unconditionally released.", "imprisoned", None),
    ],
)
def test_present_states(story: str, kind: str, since: date | None) -> None:
    found = read_situation(story, ISSUED)
    assert found is not None and found["kind"] == kind and found.get("since") == since


@pytest.mark.parametrize(
    "story",
    [
        # near misses: a past disappearance, a relative's, a risk that is not a sentence
        "Security forces arrested him on 15 December 2021 and forcibly disappeared him "
        "for two weeks.",
        "He seeks truth and justice for his forcibly disappeared son.",
        "Dozens of others are at risk of being sentenced to death.",
        "He is at risk of deportation to Yemen.",
        "Nina Labkovich who was detained with them was released on July 23, 2021.",
        # a demand for a group's release does not say each is held
        "All peaceful protesters must be urgently released, and charges against them must "
        "be dropped.",
    ],
)
def test_near_misses_give_nothing(story: str) -> None:
    assert read_situation(story, ISSUED) is None


def test_story_demands_when_the_page_has_no_bullets_nor_letter_requests() -> None:
    ua = import_bytes(_page("24-aiusa-belarus-147-20.txt"), "24.txt")
    assert ua.actions == ["Maryia Kalesnikava is a prisoner of conscience and must be "
                          "released immediately and unconditionally."]
    assert "story" in ua.checks["actions"]


@pytest.mark.parametrize(
    ("story", "actions"),
    [
        ("He is detained. He must be immediately and unconditionally released.",
         ["He must be immediately and unconditionally released."]),
        ("Amnesty International urges Saudi Arabian authorities to release all the men "
         "immediately.", ["Release all the men immediately."]),
        # near misses: a clause that is not the subject, a demand not to the authorities,
        # a lower-case subject, a negated request
        ("His life is at serious risk, and he must be released.", []),
        ("They have committed no crime and should be immediately released.", []),
        ("Amnesty International urges supporters to write letters.", []),
        ("Amnesty International calls on the Saudi authorities to not ratify it.", []),
    ],
)
def test_actions_from_story(story: str, actions: list[str]) -> None:
    from ua_letters.importer.letteractions import actions_from_story

    assert actions_from_story(story) == actions


def test_situations_on_the_corpus_are_never_wrong() -> None:
    """Every corpus page whose truth states the situation: what the importer reads from
    its story is that situation or nothing (precision first); most are read."""
    import yaml

    stated = read = 0
    for truth_path in sorted(CORPUS.glob("*.truth.yaml")):
        truth = yaml.safe_load(truth_path.read_text(encoding="utf-8"))
        if "situation" not in truth:
            continue
        name = truth_path.name.replace(".truth.yaml", ".txt")
        ua = import_bytes(_page(name), name)
        found = read_situation(ua.facts, ua.issued)
        stated += 1
        if found is not None:
            read += 1
            assert found == truth["situation"], name
    assert stated >= 15 and read >= 0.75 * stated


def test_the_pages_call_to_act_is_not_story() -> None:
    ua = import_bytes(_page("16-amnesty-uk-russia-112-19.txt"), "16.txt")
    assert ua.facts is not None
    assert ua.facts.endswith("charges against them must be dropped.")
