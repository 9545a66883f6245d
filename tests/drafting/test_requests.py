"""Request recognition: precision on the labelled bullets, and the seed's five bullets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafting.request_scores import score
from ua_letters.importer import import_file
from ua_letters.importer.requests import Concerned, recognise

SEED = Path(__file__).parents[1] / "fixtures" / "ua-135-10-askarov.txt"
ASKAROV = Concerned(("Azimzhan Askarov",), ("m",))


def test_precision_on_the_labelled_bullets_is_at_least_98_percent() -> None:
    scores = score()
    assert scores.total >= 110
    assert scores.mapped >= 21  # it does map something
    assert scores.precision >= 0.98, scores.wrong
    assert scores.recall >= 0.9, scores.missed


def test_the_seed_gives_three_standard_requests_and_two_free_texts() -> None:
    ua = import_file(str(SEED))
    found = [recognise(text, "en", ASKAROV) for text in ua.actions]
    ids = [f.request if f else None for f in found]
    assert ids == ["release_poc", None, "investigate_torture", "guarantee_safety", None]


def test_a_bullet_with_two_requests_stays_free() -> None:
    text = "Calling on the authorities to release him immediately and to drop all charges"
    assert recognise(text, "en", ASKAROV) is None


def test_a_pronoun_of_the_wrong_gender_is_not_the_person() -> None:
    text = "Urging the authorities to give her the medical care she needs without delay"
    assert recognise(text, "en", ASKAROV) is None
    assert recognise(text.replace("her", "him").replace("she", "he"), "en", ASKAROV)


def test_only_some_of_several_people_stays_free() -> None:
    two = Concerned(("Ahmed Hassan", "Mona Adel"), ("m", "f"))
    base = "Calling for the immediate and unconditional release of prisoners of conscience"
    assert recognise(f"{base} Ahmed Hassan and Mona Adel", "en", two) is not None
    assert recognise("Calling for the immediate and unconditional release of prisoner of "
                     "conscience Ahmed Hassan", "en", two) is None


def test_other_languages_and_declined_russian_names() -> None:
    who = Concerned(("Азимжан Аскаров",), ("m",))
    ru = "Призовите власти немедленно и безоговорочно освободить узника совести Азимжана Аскарова"
    assert recognise(ru, "ru", who) is not None
    de = "Bitte fordern Sie die Behörden auf, Azimzhan Askarov vor Folter und anderen " \
         "Misshandlungen zu schützen."
    hit = recognise(de, "de", ASKAROV)
    assert hit is not None and hit.request == "protect_from_torture"
    es = "Pidiendo a las autoridades que revelen la suerte y el paradero de Azimzhan Askarov"
    hit = recognise(es, "es", ASKAROV)
    assert hit is not None and hit.request == "disclose_whereabouts"


def test_every_recognised_id_is_in_the_phrasebook() -> None:
    import yaml

    from ua_letters.compose.requests import known_requests
    from ua_letters.importer.requests import _DATA

    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    ids = {spec.get("id", key) for key, spec in data["requests"].items()}
    assert ids <= set(known_requests())


def test_precision_on_the_real_pages_alone() -> None:
    real = score(real_only=True)
    assert real.total >= 57  # bullets.yaml's real items and real_bullets.yaml
    assert real.standard >= 12
    assert real.precision >= 0.98, real.wrong
    assert real.recall >= 0.9, real.missed


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the request as a noun after "seek", "ensure", "bring about"
        ("Seek the immediate and unconditional release of prisoner of conscience "
         "Konstantin Kotov.", "release_poc"),
        ("I urge you to bring about his immediate and unconditional release from prison.",
         "release_unconditionally"),
        # a description before the name, "from detention" after it
        ("Take all necessary steps to ensure the immediate release of prominent political "
         "activist and journalist, Konstantin Kotov.", "release"),
        ("immediately release Konstantin Kotov from detainment", "release"),
        ("The authorities must immediately allow him unfettered access to all necessary "
         "medical care.", "medical_care"),
    ],
)
def test_wider_english_phrasings(text: str, wanted: str) -> None:
    hit = recognise(text, "en", Concerned(("Konstantin Kotov",), ("m",)))
    assert hit is not None and hit.request == wanted


@pytest.mark.parametrize(
    "text",
    [
        "Seek the immediate release of all those detained with Konstantin Kotov.",
        "Seek the immediate release of Konstantin Kotov's lawyer.",
        "Immediately release Konstantin's brother from prison.",
        "Ensure that he is protected from torture and seek his immediate release.",
    ],
)
def test_wider_phrasings_still_need_the_whole_bullet(text: str) -> None:
    assert recognise(text, "en", Concerned(("Konstantin Kotov",), ("m",))) is None


def test_given_names_alone_stand_for_the_people() -> None:
    three = Concerned(("Solafa Magdy", "Hossam el-Sayed", "Mohamed Salah"), ("f", "m", "m"))
    hit = recognise("Immediately and unconditionally release Solafa, Hossam and Mohamed.",
                    "en", three)
    assert hit is not None and hit.request == "release_unconditionally"
    # two of the three is not all of them
    assert recognise("Immediately and unconditionally release Solafa and Hossam.", "en",
                     three) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Calling for the immediate and unconditional release of Ahmed Hassan and Mona Adel"),
        ("en", "I therefore ask you to immediately and unconditionally release Ahmed Hassan "
               "and Mona Adel."),
        ("de", "Bitte fordern Sie die Behörden auf, Ahmed Hassan und Mona Adel sofort und "
               "bedingungslos freizulassen."),
        ("fr", "Demandez aux autorités de libérer immédiatement et sans condition Ahmed Hassan "
               "et Mona Adel"),
        ("es", "Pidan a las autoridades que pongan en libertad de inmediato y sin condiciones a "
               "Ahmed Hassan y Mona Adel"),
    ],
)
def test_immediate_and_unconditional_release_without_a_reason(language: str, text: str) -> None:
    two = Concerned(("Ahmed Hassan", "Mona Adel"), ("m", "f"))
    hit = recognise(text, language, two)
    assert hit is not None and hit.request == "release_unconditionally"
    # with the prisoner-of-conscience clause it is the other request, never this one
    poc = recognise("Calling for the immediate and unconditional release of prisoners of "
                    "conscience Ahmed Hassan and Mona Adel", "en", two)
    assert poc is not None and poc.request == "release_poc"


def test_russian_immediate_and_unconditional_release() -> None:
    who = Concerned(("Азимжан Аскаров",), ("m",))
    hit = recognise("Призовите власти немедленно и безоговорочно освободить Азимжана Аскарова",
                    "ru", who)
    assert hit is not None and hit.request == "release_unconditionally"
