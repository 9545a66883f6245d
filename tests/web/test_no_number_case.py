"""A UA without a number is offered under its AI index and named by it on every page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.web.conftest import Client
from ua_letters.resources import example_case
from ua_letters.web.cases import load_offers


def _case_file(tmp_path: Path, *, index: bool) -> Path:
    text = example_case().read_text(encoding="utf-8").replace('  number: "135/10"\n', "")
    if not index:
        text = text.replace("  index: EUR 58/011/2010\n", "")
    path = tmp_path / "no-number.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_start_and_case_pages_name_the_ua_by_its_index(
    tmp_path: Path, make_client: Callable[..., Client]
) -> None:
    offers = load_offers([_case_file(tmp_path, index=True)])
    assert [o.slug for o in offers] == ["eur-58-011-2010-u1"]
    client = make_client(offers)
    start = client.get("/")
    assert start.status_code == 200 and "EUR 58/011/2010" in start.text
    assert "UA None" not in start.text and "/case/eur-58-011-2010-u1" in start.text
    page = client.get("/case/eur-58-011-2010-u1")
    assert page.status_code == 200 and "UA None" not in page.text
    assert page.text.count("EUR 58/011/2010") >= 2  # title and heading


def test_without_index_the_pages_say_urgent_action_in_the_interface_language(
    tmp_path: Path, make_client: Callable[..., Client]
) -> None:
    offers = load_offers([_case_file(tmp_path, index=False)])
    assert [o.slug for o in offers] == ["azimzhan-askarov-u1"]
    client = make_client(offers)
    english = client.get("/case/azimzhan-askarov-u1", headers={"Accept-Language": "en"})
    russian = client.get("/case/azimzhan-askarov-u1", headers={"Accept-Language": "ru"})
    assert "<title>Urgent Action:" in english.text and "None" not in english.text
    assert "<title>Срочная акция:" in russian.text
