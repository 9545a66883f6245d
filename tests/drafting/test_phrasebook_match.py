"""A bullet worded exactly as the phrasebook words a request is that request, in every UA
language, for a man, a woman and two people: read back from the phrasebook's golden text
(tests/golden/requests/<lang>.txt), each line with a UA's lead-in before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ua_letters.importer.requests import Concerned, recognise

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "requests"
LEAD_IN = {
    "en": "Calling on the authorities to ",
    "de": "Bitte fordern Sie die Behörden auf, ",
    "fr": "Demandez aux autorités ",
    "es": "Instando a las autoridades a ",
    "ru": "Призовите власти ",
}
LATIN = {"man": ("Azimzhan Askarov",), "woman": ("Gulnara Mamatova",),
         "two": ("Azimzhan Askarov", "Gulnara Mamatova")}
CYRILLIC = {"man": ("Азимжан Аскаров",), "woman": ("Гульнара Маматова",),
            "two": ("Азимжан Аскаров", "Гульнара Маматова")}
GENDERS = {"man": ("m",), "woman": ("f",), "two": ("m", "f")}


def golden(language: str) -> list[tuple[str, dict[str, bool], str, str]]:
    """(request, options, kind, text) of every golden line for a man, a woman or two."""
    found = []
    for block in (GOLDEN / f"{language}.txt").read_text(encoding="utf-8").split("## ")[1:]:
        head, *lines = block.strip().splitlines()
        request, *rest = head.split(" [")
        options = {}
        for pair in rest[0].rstrip("]").split(", ") if rest else []:
            key, value = pair.split("=")
            options[key] = value == "true"
        for line in lines:
            kind, text = line.split(": ", 1)
            if kind in GENDERS:
                found.append((request, options, kind, text))
    return found


@pytest.mark.parametrize("language", sorted(LEAD_IN))
def test_the_phrasebook_wording_comes_back_as_its_request(language: str) -> None:
    names = CYRILLIC if language == "ru" else LATIN
    missed = []
    for request, options, kind, text in golden(language):
        who = Concerned(names[kind], GENDERS[kind])
        hit = recognise(LEAD_IN[language] + text + ";", language, who)
        if hit is None or (hit.request, hit.options) != (request, options):
            missed.append(f"{request} {options} {kind}: {hit}")
    assert missed == []


def test_the_phrasebook_wording_for_someone_else_stays_free() -> None:
    text = "Calling on the authorities to release Gulnara Mamatova immediately and unconditionally"
    assert recognise(text, "en", Concerned(("Azimzhan Askarov",), ("m",))) is None
    de = "Bitte fordern Sie die Behörden auf, Azimzhan Askarov sofort und bedingungslos " \
         "freizulassen und die Anklagen fallen zu lassen"
    assert recognise(de, "de", Concerned(("Azimzhan Askarov",), ("m",))) is None
