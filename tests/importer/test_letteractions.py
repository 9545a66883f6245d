"""Actions from a sample letter when the bullets are missing: only the request sentences."""

from __future__ import annotations

import yaml

from tests.importer.corpus_score import CORPUS
from ua_letters.importer import import_bytes
from ua_letters.importer.letteractions import actions_from_letter
from ua_letters.importer.lines import classify


def page_text_of(text: str) -> str:
    """A corpus page without its "#" source header."""
    return "\n".join(line for line in text.split("\n") if not line.startswith("# "))


_LETTER = """Write to:
Prosecutor General Ivan Petrov
Fax: +7 495 987 58 41

SAMPLE LETTER

Dear Prosecutor General,

I am writing to express my deep concern about the detention of Anna Ivanova, who has \
committed no crime. She was arrested on 3 May 2021 and has been held without charge since. \
I therefore ask you to immediately and unconditionally release Anna Ivanova. I call on you \
to also ensure that, pending her release, she has access to her lawyer. Thank you for your \
attention.

Yours sincerely,
I urge you to ignore this line: it is after the closing.
"""


def test_only_the_request_sentences_become_actions() -> None:
    found = actions_from_letter(classify(_LETTER))
    assert [text for _, text in found] == [
        "Immediately and unconditionally release Anna Ivanova.",
        "Ensure that, pending her release, she has access to her lawyer.",
    ]


def test_the_draft_marks_actions_from_the_letter_for_checking() -> None:
    ua = import_bytes(_LETTER.encode(), "ua.txt")
    assert ua.actions[0] == "Immediately and unconditionally release Anna Ivanova."
    assert "sample letter" in ua.checks["actions"]


def test_an_inline_sample_letter() -> None:
    text = ("SAMPLE LETTER Dear Prosecutor General, I am writing to urge you to take all "
            "necessary steps to ensure the immediate release of Vladimir Kara-Murza. He is "
            "a prisoner of conscience.\n")
    assert [t for _, t in actions_from_letter(classify(text))] == [
        "Take all necessary steps to ensure the immediate release of Vladimir Kara-Murza."]


def test_a_letter_that_asks_for_nothing_gives_no_actions() -> None:
    text = ("Dear Minister,\n\nI am deeply concerned about the detention of Anna Ivanova, "
            "who was arrested on 3 May 2021 and has been held without charge since then.\n")
    assert actions_from_letter(classify(text)) == []


def test_bullets_win_over_the_letter() -> None:
    text = ("PLEASE WRITE IMMEDIATELY in English or your own language:\n"
            "- Calling for the release of Anna Ivanova;\n\n"
            "Minister X\nFax: +7 495 987 58 41\n\nSAMPLE LETTER\n\nDear Minister,\n\n"
            "I urge you to release Anna Ivanova and all those held with her since May.\n")
    ua = import_bytes(text.encode(), "ua.txt")
    assert ua.actions == ["Calling for the release of Anna Ivanova;"]
    assert "actions" not in ua.checks


def test_requests_in_the_other_languages_of_sample_letters() -> None:
    from ua_letters.importer.letteractions import _OTHER_REQUESTS

    cases = {
        "Le insto a que ponga en libertad de inmediato a Ana Ivanova.":
            "ponga en libertad de inmediato a Ana Ivanova.",
        "Por lo tanto, le pido que retire los cargos.": "retire los cargos.",
        "Je vous demande de libérer Anna Ivanova.": "libérer Anna Ivanova.",
        "Ich fordere Sie auf, Anna Ivanova freizulassen.": "Anna Ivanova freizulassen.",
        "Прошу Вас немедленно освободить Анну Иванову.": "немедленно освободить Анну Иванову.",
    }
    for sentence, action in cases.items():
        match = _OTHER_REQUESTS.match(sentence)
        assert match is not None, sentence
        assert next(v for v in match.groupdict().values() if v) == action
    assert _OTHER_REQUESTS.match("Le escribo para expresarle mi preocupación.") is None


# The request sentences of the corpus's real letters in other languages. The German,
# French and Russian letters, as stored, end before their requests: their concern, story
# and greetings must give no action at all.
REAL_REQUESTS = {
    "52-it-duepuntozeno-russia-pussy-riot": [
        "Siano rilasciate immediatamente e incondizionatamente.",
        "Fermare i procedimenti a carico delle tre appartenenti del gruppo Pussy Riot e di "
        "chiudere il procedimento penale contro le duepartecipanti dell'azione di febbraio.",
        "Rispettare il diritto alla libertà di espressione nella Federazione russa.",
    ],
    "53-es-pepecontreras-usa-guantanamo-letter": [
        "Cierre el centro de detención y que garantice que todos los recluidos en Guantánamo "
        "son puestos en libertad de inmediato a menos que se los acuse y juzgue conforme a la",
    ],
    # "Ich fordere Sie höflich auf, …" and two "Bitte … Sie …" requests; the page's second
    # letter (another UA) is below the first one's closing and never read
    "59-amnesty-de-musterbrief-syria-azerbaijan-2014": [
        "Den Verbleib Salaheddin al-Tabbaas bekanntzugeben und darüber zu informieren, was "
        "ihm passiert ist.",
        "Gewähren Sie ihm unverzüglich Zugang zu seiner Familie, einem Rechtsbeistand und "
        "jeglicher von ihm benötigten medizinischen Versorgung und sorgen Sie bitte dafür, "
        "dass er vor Folter und anderweitigen Misshandlungen geschützt wird.",
        "Geben Sie außerdem den rechtlichen Status Salaheddin al-Tabbaas bekannt und lassen "
        "Sie ihn frei, sollte er nicht einer international anerkannten Straftat angeklagt "
        "werden und in einem Verfahren, das den internationalen Standards für faire "
        "Gerichtsverfahren entspricht, vor Gericht gestellt werden.",
    ],
    # "Le pido que lo haga con la máxima urgencia": "lo" is closing Guantánamo (the sentence
    # before); the request is cut where the stored copy ends
    "61-es-porcuba-usa-guantanamo-2006": [
        "Lo haga con la máxima urgencia, y que se asegure de que se pone en libertad de "
        "inmediato a todas las personas detenidas en Guantánamo si no van a ser acusadas y "
        "juzgadas de manera plenamente conforme con las normas internac",
    ],
}
# Requests these letters make that the reader does not take (an honest gap, not a truth
# left out): page 60's opens "En tant que membre/sympathisant(e) d'Amnesty International,
# je vous demande …" below "Monseigneur,", which is no known salutation; page 62's English
# letter runs its sentences together ("…by the USA.I also call for …").
NOT_READ = {
    "60-fr-doczz-strasbourg-uae-letter-2016": [
        "D'ordonner la libération de Mohammed al Roken et des autres prisonniers d'opinion",
    ],
    "62-fr-kelpolitique-usa-guantanamo-2007": [
        "Immediately conduct a full and impartial investigation",
        "Immediate closing of the Guantánamo detention facilities.",
    ],
}


def test_requests_of_the_real_letters_in_other_languages() -> None:
    pages = 0
    for page in sorted(CORPUS.glob("*.txt")):
        truth = yaml.safe_load(page.with_name(page.stem + ".truth.yaml").read_text())
        if truth["language"] == "en":
            continue
        pages += 1
        text = page_text_of(page.read_text(encoding="utf-8"))
        found = [action for _, action in actions_from_letter(classify(text))]
        assert found == REAL_REQUESTS.get(page.stem, []), page.name
        for missed in NOT_READ.get(page.stem, []):  # read now? move it to REAL_REQUESTS
            assert not any(missed[:30].casefold() in f.casefold() for f in found), missed
    assert pages >= 19


def test_the_bullets_under_a_request_ending_in_to_are_the_actions() -> None:
    # page 55 (2005): "I therefore urge your government, as a member of the UN Security
    # Council, to:" and the letter's bullets below it
    text = """Dear Minister,

I'm writing to you to express my concern about the continuing failure to bring to justice \
those responsible for war crimes and crimes against humanity in Sudan.
I therefore urge your government, as a member of the UN Security Council, to:
- ensure a comprehensive reform of Sudanese criminal law;
- Give full consideration to the findings of the UN Commission of Inquiry on Darfur.
Yours sincerely,
- not an action: below the closing
"""
    assert [t for _, t in actions_from_letter(classify(text))] == [
        "Ensure a comprehensive reform of Sudanese criminal law;",
        "Give full consideration to the findings of the UN Commission of Inquiry on Darfur.",
    ]
    # bullets under a sentence that asks nothing are not requests
    plain = text.replace("I therefore urge your government, as a member of the UN Security "
                         "Council, to:", "These are the facts:")
    assert actions_from_letter(classify(plain)) == []
