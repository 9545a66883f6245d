"""The person's gender from the UA's own honorifics and pronouns (enrich/pronouns.py)."""

from __future__ import annotations

import yaml

from tests.drafting.render_scores import CORPUS, written_draft
from ua_letters.importer.enrich.pronouns import page_paragraphs, person_gender

WARDLOW = [
    "Billy Wardlow (TDCJ #999137) faces execution for a murder committed when he was 18. "
    "The jury never heard about his troubled childhood and sentenced him to death.",
]


def _gender(paragraphs: list[str], name: str, others: tuple[str, ...] = (),
            language: str = "en") -> str | None:
    found = person_gender(paragraphs, name, list(others), language)
    return found.gender if found else None


def test_pronouns_in_the_sentences_about_the_person_give_the_gender() -> None:
    found = person_gender(WARDLOW, "Billy Joe Wardlow", [], "en")
    assert found is not None and found.gender == "male"
    assert "3× male, none female" in found.reason


def test_one_pronoun_is_not_enough() -> None:
    assert _gender(["Nouf Al-Harbi was released. She was banned."], "Nouf Al-Harbi") is None
    assert _gender(["Nouf Al-Harbi was released. She was banned from her travels."],
                   "Nouf Al-Harbi") == "female"


def test_both_genders_leave_it_unknown() -> None:
    text = ["Ahmadreza Djalali was moved; he said she had not been told of it."]
    assert _gender(text, "Ahmadreza Djalali") is None


def test_a_relative_in_the_sentence_makes_its_pronouns_no_evidence() -> None:
    text = ["Zeynab Jalalian's brother said he had not seen him since his arrest."]
    assert _gender(text, "Zeynab Jalalian") is None


def test_another_named_person_ends_the_run() -> None:
    text = ["Maria Schmidt was detained. Officer Hans Weber said he beat him. He laughed."]
    assert _gender(text, "Maria Schmidt") is None


def test_sentences_far_from_the_name_do_not_count() -> None:
    text = ["Ali Reza was detained. Police came. Lawyers protested. He was beaten. He cried."]
    assert _gender(text, "Ali Reza") is None


def test_honorifics_before_the_name_say_it_for_each_person() -> None:
    text = ["Human rights lawyer Mr Pu Zhiqiang and Mr Hu Shigen are held, while Messrs Xu "
            "Youyu and Hao Jian, and Ms Liang Xiaoyan and Ms Liu Di remain out of contact."]
    people = ("Pu Zhiqiang", "Hu Shigen", "Xu Youyu", "Hao Jian", "Liang Xiaoyan", "Liu Di")
    found = [_gender(text, p, tuple(o for o in people if o != p)) for p in people]
    assert found == ["male", "male", "male", "male", "female", "female"]


def test_an_honorific_against_the_pronouns_leaves_it_unknown() -> None:
    text = ["Ms Kim Lee was detained; he was beaten and his phone taken."]
    assert _gender(text, "Kim Lee") is None


def test_german_er_on_the_next_line_gives_a_man() -> None:
    paragraphs = page_paragraphs([
        "In diesem Fall handelt es sich um Đăng Đình Bách.",
        "Er wurde aus politischen Gründen inhaftiert. Seine Gesundheit hat sich verschlechtert.",
    ])
    assert _gender(paragraphs, "Đăng Đình Bách", language="de") == "male"


def test_german_sie_never_makes_a_woman_and_stops_a_man() -> None:
    woman = ["Maria Schmidt wurde verhaftet. Man hat sie geschlagen und ihre Familie bedroht."]
    assert _gender(woman, "Maria Schmidt", language="de") is None
    plural = ["Anton Weber wurde verhaftet. Er und sein Bruder sagen, sie seien unschuldig."]
    assert _gender(plural, "Anton Weber", language="de") is None
    formal = ["Ich bitte Sie, Anton Weber freizulassen. Er ist krank und sein Leben in Gefahr."]
    assert _gender(formal, "Anton Weber", language="de") == "male"


def test_french_impersonal_il_is_not_a_man() -> None:
    text = ["Shagufta Kausar est détenue. Il faut agir : il y a urgence."]
    assert _gender(text, "Shagufta Kausar", language="fr") is None


def test_an_abbreviation_does_not_end_the_sentence() -> None:
    text = ["Mr. Pu Zhiqiang was held at Detention Centre No. 1 where he said his rights were "
            "denied."]
    assert _gender(text, "Pu Zhiqiang") == "male"


def _written(page: str) -> str:
    """The draft of a corpus page as the importer writes it (with its comments)."""
    return written_draft(next(CORPUS.glob(f"{page}*.txt")))


def test_billy_joe_wardlow_is_read_a_man_and_marked_check() -> None:
    written = _written("14-")
    assert yaml.safe_load(written)["person"]["gender"] == "male"
    assert "gender: male  # CHECK: from the pronouns about Billy Joe Wardlow" in written


def test_several_people_each_get_their_own_reading_marked_check() -> None:
    written = _written("43-")
    genders = {p["name"]["latn"]: p["gender"] for p in yaml.safe_load(written)["people"]}
    assert genders["Pu Zhiqiang"] == "male" and genders["Liu Di"] == "female"
    assert written.count("# CHECK: from the honorific before the name in the UA") == 6


def test_honorifics_are_read_in_the_pages_language() -> None:
    assert _gender(["La Sra. Ana López fue detenida."], "Ana López", language="es") == "female"
    assert _gender(["Los Sres. Juan Pérez y Luis Gómez fueron detenidos."], "Luis Gómez",
                   ("Juan Pérez",), language="es") == "male"
    assert _gender(["Sr Mary Jones, a nun, was detained."], "Mary Jones") is None  # Sister
    assert _gender(["Mme Nadia Benali a été arrêtée."], "Nadia Benali", language="fr") == (
        "female")
