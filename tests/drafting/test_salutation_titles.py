"""What a salutation says about the official's title, and the salutation a title asks for."""

from __future__ import annotations

from tests.drafting.render_scores import CORPUS, imported_draft
from ua_letters.case.model import Role
from ua_letters.importer.roles import choose_role, title_from_salutation


def test_a_salutation_to_a_rank_gives_no_title() -> None:
    """"Dear Ambassador" addresses a rank that a permanent representative to the UN holds
    too: no title is made of it, but the role (and so the other languages' salutation)
    still follows it."""
    assert title_from_salutation("Dear Ambassador") is None
    assert title_from_salutation("Dear Madam Ambassador") is None
    assert title_from_salutation("Dear President") == "President"
    role, _ = choose_role(None, "Dear Ambassador", ["H.E."],
                          "Permanent Mission of the Islamic Republic of Iran")
    assert role is Role.ambassador


def test_iran_s_permanent_representative_gets_no_ambassador_title() -> None:
    for page in ("07-*.txt", "08-*.txt"):
        recipients = imported_draft(next(CORPUS.glob(page)))["recipients"]
        mission = [r for r in recipients
                   if r.get("name", {}).get("latn") == "Majid Takht Ravanchi"]
        assert len(mission) == 1, page
        assert mission[0].get("title") is None, page
        assert mission[0]["role"] == "ambassador", page
        assert mission[0]["salutation"] == {"en": "Dear Ambassador"}, page
