"""A Russian name written surname first with a patronymic, as Russian documents write it,
is offered given name first in both scripts, so that Latin-script letters do not address
"Herrn Krasnov Igor Viktorovich" while the Russian letter writes «И. В. Краснову»."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafting.render_scores import imported_draft
from ua_letters.importer.enrich.cyrillic import given_name_first, to_cyrillic

PAGE = Path(__file__).parents[1] / "fixtures/import/corpus/18-aiusa-russia-40-23.txt"


@pytest.mark.parametrize(
    ("written", "first"),
    [
        ("Krasnov Igor Viktorovich", "Igor Viktorovich Krasnov"),
        ("Moskalkova Tatyana Nikolaevna", "Tatyana Nikolaevna Moskalkova"),
        ("Igor Viktorovich Krasnov", None),  # already given name first
        ("Igor Krasnov", None),
        ("Kubatbek Baibolov", None),
    ],
)
def test_given_name_first(written: str, first: str | None) -> None:
    assert given_name_first(written) == first


def test_the_cyrillic_follows_the_same_order() -> None:
    assert to_cyrillic("Krasnov Igor Viktorovich", "RU") == "Игорь Викторович Краснов"


def test_a_real_draft_offers_both_scripts_given_name_first() -> None:
    (official,) = [r for r in imported_draft(PAGE)["recipients"] if r["role"] != "ambassador"]
    assert official["name"] == {
        "latn": "Igor Viktorovich Krasnov",
        "cyrl": "Игорь Викторович Краснов",
    }
