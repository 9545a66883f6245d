"""The situation read from a UA's story: one plain phrase of one kind, or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from ua_letters.importer.enrich.situation import read_situation

ISSUED = date(2011, 3, 22)


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        ("She has received death threats after she denounced the killings.", "at_risk"),
        ("He was shot at near his home. He escaped unhurt.", "at_risk"),
        ("A message said he would be killed if he kept reporting.", "at_risk"),
        ("He has not been seen since soldiers raided his village.", "disappeared"),
        ("James Walker is due to be executed in Texas on 12 November.", "sentenced_to_death"),
        ("He remains in a KGB detention centre in Minsk.", "detained"),
        ("On 17 April, he was convicted and sentenced to 25 years in prison.", "imprisoned"),
    ],
)
def test_one_plain_phrase_gives_the_kind(story: str, kind: str) -> None:
    found = read_situation(story, ISSUED)
    assert found is not None and found["kind"] == kind


@pytest.mark.parametrize(
    "story",
    [
        # two kinds stated: a person decides
        "He was sentenced to death in 2009. He has not been seen since his transfer.",
        "She received death threats and remains in police detention.",
        # nothing plain
        "He was beaten in police custody after he refused to sign a confession.",
        "She was released on 6 August but has been banned from travelling abroad.",
        "He was sentenced to two years' restricted freedom.",
    ],
)
def test_anything_less_plain_gives_nothing(story: str) -> None:
    assert read_situation(story, ISSUED) is None
