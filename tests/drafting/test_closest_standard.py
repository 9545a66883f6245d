"""A free-text request that is a standard one plus the case's own reason: the draft names
the standard request as an offer, and never maps it (the reason is part of what it says)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafting.render_scores import imported_draft, written_draft
from ua_letters.importer.compound import closest_standard, recognise_all
from ua_letters.importer.requests import Concerned

HE = Concerned(("Ahmed Samir Santawy",), ("m",))
CORPUS = Path(__file__).parents[1] / "fixtures" / "import" / "corpus"


@pytest.mark.parametrize(
    ("text", "wanted", "reason"),
    [
        # pages 03 and 05 of the corpus (AIUSA, Egypt 2023)
        ("He must be immediately and unconditionally released as his detention is solely "
         "linked to the exercise of his human rights, including wearing an anti-torture "
         "T-shirt.", "release_unconditionally", "as his detention is solely linked"),
        ("He must be immediately and unconditionally released as he is being held solely due "
         "to the peaceful exercise of his human rights, including seeking truth and justice for "
         "his forcibly disappeared son.", "release_unconditionally", "as he is being held"),
    ],
)
def test_the_standard_request_behind_a_case_reason_is_offered(
    text: str, wanted: str, reason: str
) -> None:
    assert recognise_all(text, "en", HE) is None  # free text: the reason is the case's own
    found = closest_standard(text, "en", HE)
    assert found is not None
    requests, dropped = found
    assert [r.request for r in requests] == [wanted] and dropped.startswith(reason)


@pytest.mark.parametrize(
    "text",
    [
        "He must be released as soon as his trial ends.",  # "release" alone is no offer here
        "Stop any arbitrary and illegal investigation, as it violates their rights.",
        "Ensure that he is not tortured.",  # no reason to leave out
    ],
)
def test_no_offer_where_the_rest_is_not_standard(text: str) -> None:
    found = closest_standard(text, "en", HE)
    assert found is None or found[0][0].request != "release_unconditionally"


def test_the_draft_names_the_offer_beside_the_free_text() -> None:
    page = next(CORPUS.glob("03-*.txt"))
    text = written_draft(page)
    assert "`request: release_unconditionally` asks the same without the case's own reason" in (
        " ".join(text.split())
    )
    actions = imported_draft(page)["actions"]
    assert actions and all("request" not in a for a in actions)  # still free text
