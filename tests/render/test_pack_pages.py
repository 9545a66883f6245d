"""Issue 13's test of the paper: a 120-supporter pack in six languages with long real addresses.

Read back with pdfplumber, as a printer would see the sheets:
- at least 95 % of the letters are one page;
- no page has fewer than four lines of the letter's own text;
- every return line (the small line above the window) ends with the sender's country;
- the 95th percentile of the word gaps on justified lines is at most 2.5 spaces.
"""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from ua_letters.case import Case
from ua_letters.pack import build_pack, read_supporters
from ua_letters.render.look import MM, STYLES
from ua_letters.render.metrics import metrics

LANGUAGES = ("ru", "ky", "en", "de", "fr", "es")
# Long addresses of the kinds section offices meet (street, building, flat, c/o lines).
ADDRESSES = [
    ("c/o Amnesty International, Sektion der Bundesrepublik Deutschland e. V.\n"
     "Zinnowitzer Straße 8, Hinterhaus, 3. Obergeschoss", "Berlin", "10115", "Deutschland"),
    ("Flat 12, Rosebery House\n45–47 Kensington Church Street", "London", "W8 4BA",
     "United Kingdom"),
    ("Appartement 34, bâtiment C, résidence Les Jardins de Saint-Exupéry\n"
     "128 boulevard du Maréchal de Lattre de Tassigny", "Lyon", "69003", "France"),
    ("Calle de Nuestra Señora de la Almudena 12, 3.º izquierda, escalera B", "Madrid",
     "28013", "España"),
    ("ул. Большая Дмитровка, д. 32, стр. 4, кв. 117", "Москва", "125009",
     "Российская Федерация"),
    ("Чүй проспектиси, 265а, 14-батир, Биринчи Май району", "Бишкек", "720071",
     "Кыргыз Республикасы"),
    ("Rua Dr. Francisco Sá Carneiro 1043, 4.º Esq.", "Vila Nova de Gaia", "4400-129",
     "Portugal"),
    ("Kungsholmsgatan 23, 5 tr, lägenhet 1102", "Stockholm", "112 27", "Sverige"),
]  # fmt: skip
NAMES = ["Анна-Мария Петрова-Водкина", "Айгүл Токтогулова", "Jane Featherstonehaugh",
         "Hans-Joachim Müller-Lüdenscheidt", "Marie-Christine de La Rochefoucauld",
         "María de los Ángeles Fernández-Castillo"]  # fmt: skip


def _supporters(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["name", "address", "city", "postcode", "country", "language", "gender"])
        for i in range(120):
            street, city, code, country = ADDRESSES[i % len(ADDRESSES)]
            gender = ("female", "female", "female", "male", "female", "female")[i % 6]
            name = NAMES[(i // 6) % len(NAMES)]
            out.writerow([name, street, city, code, country, LANGUAGES[i % 6], gender])
    return path


def _lines(page: pdfplumber.page.Page) -> list[list[dict[str, object]]]:
    """The words of a page grouped into lines (by baseline and size)."""
    rows: dict[tuple[float, float], list[dict[str, object]]] = {}
    for word in page.extract_words(x_tolerance=1.0, extra_attrs=["size"]):
        rows.setdefault((round(float(word["bottom"]), 1), float(word["size"])), []).append(word)
    return [sorted(row, key=lambda w: float(w["x0"])) for _, row in sorted(rows.items())]


@pytest.fixture(scope="module")
def pack(example_case: Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    supporters = read_supporters(_supporters(folder / "supporters.csv"), example_case)
    assert len(supporters.supporters) == 120
    summary = build_pack(
        example_case, supporters, folder / "pack.zip", on_date=date(2010, 8, 20), workers=1
    )
    return summary.path


@pytest.mark.slow
def test_a_pack_of_long_addresses_is_set_like_a_typeset_letter(pack: Path) -> None:
    space = metrics("PTSerif").widths[" "] / 1000
    right = 595.2756 - 20 * MM
    body_size = STYLES["p"].size
    window_top, address_top = 45 * MM, 62.7 * MM
    one_page = letters = 0
    gaps: list[float] = []
    fewest = 99  # lines of letter text on the emptiest page
    with zipfile.ZipFile(pack) as archive:
        names = [n for n in archive.namelist() if n.startswith("letters/") and n.endswith("pdf")]
        assert {n.split("/")[1] for n in names} == set(LANGUAGES)
        for name in names:
            with pdfplumber.open(io.BytesIO(archive.read(name))) as pdf:
                letters += 1
                one_page += len(pdf.pages) == 1
                for number, page in enumerate(pdf.pages):
                    lines = _lines(page)
                    if number == 0:
                        back = [
                            ln for ln in lines if window_top < float(ln[0]["top"]) < address_top
                        ]
                        text = " ".join(str(w["text"]) for ln in back for w in ln)
                        country = next(a[3] for a in ADDRESSES if a[3].upper() in text)
                        assert text.endswith(country.upper()), (name, text)  # UPU capitals
                    body = [
                        ln
                        for ln in lines
                        if float(ln[0]["size"]) >= 10 and (number or float(ln[0]["top"]) > 90 * MM)
                    ]
                    if number == len(pdf.pages) - 1:
                        body = body[:-2]  # the closing and the signed name are not letter text
                    assert len(body) >= 4, (name, number + 1, len(body))
                    fewest = min(fewest, len(body))
                    for line in body:
                        size = float(line[0]["size"])
                        if abs(float(line[-1]["x1"]) - right) > 0.6 or len(line) < 2:
                            continue  # not a justified line
                        gaps += [
                            (float(b["x0"]) - float(a["x1"])) / (space * size)
                            for a, b in itertools.pairwise(line)
                        ]
    assert letters == 360
    assert one_page / letters >= 0.95, f"{one_page} of {letters} letters are one page"
    gaps.sort()
    assert len(gaps) > 1000 and body_size
    p95 = gaps[int(len(gaps) * 0.95)]
    print(
        f"{one_page}/{letters} one page, p95 gap {p95:.2f} spaces, max {gaps[-1]:.2f}, "
        f"fewest lines of letter text on a page {fewest}"
    )
    assert p95 <= 2.5, f"95th percentile word gap {p95:.2f} spaces"
