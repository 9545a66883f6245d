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
        # page 56 (International Secretariat, 2001)
        ("Exiled Uzbek opposition leader Muhammad Salih was remanded in custody for 40 days by "
         "Prague City Court today, while the extradition request from Uzbekistan is being "
         "examined.", "detained"),
        ("On 17 April, he was convicted and sentenced to 25 years in prison.", "imprisoned"),
        # real stories: pages 17 and 23 of tests/fixtures/import/corpus/
        ("The authorities brought unfounded charges against more than a dozen individuals, "
         "mostly youth, that carry lengthy prison sentences.", "charged"),
        ("Zhen Jianghua reportedly stood trial over the charge of “inciting subversion of state "
         "power” on 10 August.", "charged"),
        ("She was charged with “spreading false news” on 3 May.", "charged"),
        ("He is at risk of being forcibly returned to Uzbekistan, where he would face torture.",
         "facing_deportation"),
        ("The family is due to be deported on Monday.", "facing_deportation"),
        # a charge that led to a sentence: the sentence is where the case stands
        ("He was charged with “high treason”. On 17 April, he was convicted and sentenced to "
         "25 years in prison.", "imprisoned"),
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
        # charges that ended are no present state
        "He was charged with hooliganism, but the charges against him were dropped in May.",
        "She was charged with insulting the president and acquitted in June.",
    ],
)
def test_anything_less_plain_gives_nothing(story: str) -> None:
    assert read_situation(story, ISSUED) is None
