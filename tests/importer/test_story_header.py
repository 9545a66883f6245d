"""The story a letter prints starts after the UA's own header lines.

Page 56 (Further information on UA 305/01, 2001) put "Further information on UA 305/01
(EUR 71/004/2001, 29 November 2001) - fear of forcible deportation/fear of torture" and the
people's line "… Muhammad Salih (m), aged 52" at the top of the facts: an English letter
with no edit would have opened its facts paragraph with Amnesty's own document header.
"""

from __future__ import annotations

from tests.drafting.render_scores import imported_draft
from tests.importer.corpus_score import CORPUS

PAGE = CORPUS / "56-amnesty-org-czech-uzbekistan-fi-305-01.txt"


def test_the_facts_start_with_the_story_and_give_the_situation() -> None:
    draft = imported_draft(PAGE)
    facts = draft["facts"]["en"]
    assert facts.startswith("Exiled Uzbek opposition leader Muhammad Salih was remanded")
    assert "Further information" not in facts and "(m)" not in facts
    assert draft["situation"] == {"kind": "detained"}
