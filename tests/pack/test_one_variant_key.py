"""A writer gets the same wording on the web page and in an office's pack."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.conftest import EXAMPLE
from ua_letters.api import Sender, load_case, writer_letters
from ua_letters.pack import read_supporters
from ua_letters.pack.plan import plan_jobs

DAY = date(2010, 8, 20)


def test_the_web_page_and_the_pack_choose_the_same_variant(tmp_path: Path) -> None:
    case = load_case(EXAMPLE)
    names = ["Anna Petrova", "Jane Doe", "Айгүл Токтосунова", "Tom Smith", "Marie Curie"]
    rows = "\n".join(f"{n},{n.split()[0].lower()}@example.org,ru" for n in names)
    listing = tmp_path / "list.csv"
    listing.write_text(f"name,email,language\n{rows}\n", encoding="utf-8")
    supporters = read_supporters(listing, case).supporters
    in_pack = {job.sender.name: job.variant for job in plan_jobs(case, supporters, 0) if job.sender}
    variants = set()
    for name in names:
        # as typed on the web page: other spacing and capitals, same person
        typed = Sender(name=f" {name.upper()} ", email=f"{name.split()[0].upper()}@example.org")
        (first, *_) = writer_letters(case, "ru", typed, DAY)
        assert first.variant == in_pack[name], name
        variants.add(first.variant)
    assert len(variants) > 1  # the key really varies the letters
