"""`serve --templates DIR` (or the user languages folder): the web page writes letters in
the section's own wording, as `render` and `pack` do, and reads the folder the same way."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from tests.conftest import ROOT
from tests.render.readback import pdf_text, squash
from tests.web.conftest import CASE_URL, Client
from ua_letters.resources import example_case
from ua_letters.web.cases import Offer, load_offers

OWN_CLOSE = "With respect and hope,"


def _own_english(folder: Path) -> Path:
    """The English letters with the section's own closing (a wording override)."""
    shutil.copytree(ROOT / "templates" / "en", folder / "en")
    template = folder / "en" / "letter.txt.j2"
    text = template.read_text(encoding="utf-8")
    assert "Yours sincerely," in text
    template.write_text(text.replace("Yours sincerely,", OWN_CLOSE), encoding="utf-8")
    return folder


def test_the_page_s_letters_use_the_section_s_own_wording(
    tmp_path: Path, make_client: Callable[[tuple[Offer, ...]], Client]
) -> None:
    offers = load_offers([example_case()], templates=_own_english(tmp_path / "mine"))
    client = make_client(offers)
    response = client.submit(f"{CASE_URL}/download/1.pdf", {"language": "en"})
    assert response.status_code == 200, response.text
    text = squash(pdf_text(response.content))
    assert OWN_CLOSE in text and "Yours sincerely" not in text


def test_without_the_folder_the_shipped_wording_stays(
    make_client: Callable[[tuple[Offer, ...]], Client],
) -> None:
    client = make_client(load_offers([example_case()]))
    response = client.submit(f"{CASE_URL}/download/1.pdf", {"language": "en"})
    assert response.status_code == 200
    assert "Yours sincerely" in squash(pdf_text(response.content))


def test_serve_takes_the_folder_like_render_and_pack() -> None:
    from tests.conftest import run_cli

    shown = run_cli("serve", "--help")
    assert shown.returncode == 0 and "--templates" in shown.stdout
