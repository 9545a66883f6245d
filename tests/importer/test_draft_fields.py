"""The draft writes the case model's current fields, from real pages of the corpus."""

from __future__ import annotations

from typing import Any

import yaml

from tests.importer.corpus_score import CORPUS, page_text
from ua_letters.importer import draft_yaml, import_bytes


def _draft(stem: str) -> dict[str, Any]:
    ua = import_bytes(page_text(CORPUS / f"{stem}.txt").encode("utf-8"), f"{stem}.txt")
    data: dict[str, Any] = yaml.safe_load(draft_yaml(ua))
    return data


def test_a_named_group_is_a_group() -> None:
    data = _draft("07-aiusa-iran-103-22")
    assert data["group"]["name"] == {"en": "At least 14 individuals"}
    assert "person" not in data and "people" not in data


def test_several_people_are_people() -> None:
    data = _draft("25-aiusa-belarus-85-21-update")
    names = [p["name"]["latn"] for p in data["people"]]
    assert names == ["Ales Bialiatski", "Valyantsin Stefanovich", "Uladzimir Labkovich"]


def test_post_only_official_with_care_of_needs_no_fax() -> None:
    head = _draft("08-aiusa-iran-83-21-update")["recipients"][0]
    assert head["care_of"] == "Embassy of Iran to the European Union"
    assert head["address"] == ["Avenue Franklin Roosevelt No. 15", "1050 Bruxelles", "Belgium"]
    assert "fax" not in head and "email" not in head


def test_an_embassy_number_gets_its_own_country_code_only() -> None:
    data = _draft("01-aiusa-kyrgyzstan-61-20")
    (embassy,) = data["recipients"]  # the president, with no address here, is left out
    assert embassy["organisation"] == "Embassy of the Kyrgyz Republic"
    assert [n.replace("-", " ") for n in embassy["fax"]] == ["+1 202 449 8275"]
    assert "issued" not in data["ua"] and "index" not in data["ua"]  # optional, not stated


def test_no_recipient_still_gives_a_draft() -> None:
    ua = import_bytes(page_text(CORPUS / "10-mailarchive-iran-ua-17-08.txt").encode(), "x.txt")
    assert ua.recipients == []
    assert any(n.field == "recipients" for n in ua.notices)
    assert yaml.safe_load(draft_yaml(ua))["ua"]["number"] == "17/08"
