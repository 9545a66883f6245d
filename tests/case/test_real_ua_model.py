"""The case model accepts what real UAs give: no fax, no index, several people, a group."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE
from ua_letters.api import render_case
from ua_letters.case import parse_case
from ua_letters.compose.letter import compose_letter
from ua_letters.delivery.deadline import Channel
from ua_letters.errors import CaseFileError, TranslationError

DAY = date(2021, 3, 1)

# A post- and e-mail-only UA with no AI index and no issue date, written "UA 61.20".
POST_ONLY = """\
ua: {number: "UA 61.20", update: 2, country: BY}
languages: [ru, en]
people:
  - {name: {cyrl: Мария Колесникова, latn: Maria Kalesnikava}, gender: female}
  - {name: {cyrl: Максим Знак, latn: Maksim Znak}, gender: male}
facts: {en: They are detained in Minsk., ru: Они содержатся под стражей в Минске.}
actions:
  - request: release_poc
recipients:
  - role: general_prosecutor
    title: {en: Prosecutor General, ru: Генеральный прокурор Республики Беларусь}
    name: {cyrl: Андрей Швед, latn: Andrei Shved}
    gender: male
    organisation: Prosecutor General's Office
    care_of: c/o Reception
    address: [Internatsionalnaya Street 22, 220030 Minsk, BELARUS]
  - role: official
    title: {en: Head of the Presidential Administration, ru: Руководитель Администрации Президента}
    email: [info@example.by, press@example.by]
"""


def _case(text: str = POST_ONLY):  # type: ignore[no-untyped-def]
    return parse_case(text, "case.yaml")


@pytest.mark.parametrize(
    ("written", "stored"),
    [("135/10", "135/10"), ("UA 153.20", "153/20"), ("Urgent Action 61.20", "61/20"),
     ("AU 274/11", "274/11"), ("UA-313/2014", "313/14"), ("135/2010", "135/10")],
)  # fmt: skip
def test_ua_numbers_are_stored_in_one_form(written: str, stored: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('number: "135/10"', f'number: "{written}"')
    assert parse_case(text, "case.yaml").ua.number == stored


def test_a_post_and_email_only_ua_validates_without_index_or_date() -> None:
    case = _case()
    assert case.ua.number == "61/20" and case.ua.index is None and case.ua.issued is None
    assert case.ua.reference == "UA 61/20"
    assert case.recipients[0].fax == [] and case.recipients[1].email == [
        "info@example.by",
        "press@example.by",
    ]


def test_letters_cite_what_is_known_and_print_organisation_and_care_of() -> None:
    case = _case()
    for language in case.languages:
        letter = compose_letter(case, case.recipients[0], language, None, DAY)
        assert letter.reference == "UA 61/20"
        to = letter.of_kind("to")
        assert "Prosecutor General's Office" in to and "c/o Reception" in to, language
        assert "None" not in letter.text()


def test_channels_use_the_recipients_they_can_reach(tmp_path: Path) -> None:
    case = _case()
    post = render_case(case, tmp_path / "post", formats=["pdf"], on_date=DAY)
    assert [p.name for p in post.paths] == [
        "ua61-20_01-andrei-shved_ru.pdf",
        "ua61-20_01-andrei-shved_en.pdf",
    ]
    assert post.skipped == [
        "recipients[1] (Head of the Presidential Administration): no postal address, "
        "so no post letter"
    ]
    mail = render_case(case, tmp_path / "mail", languages=["en"], on_date=DAY,
                       channel=Channel.email)  # fmt: skip
    assert [p.suffix for p in mail.paths] == [".eml", ".txt"]
    assert "info@example.by, press@example.by" in mail.paths[0].read_text(encoding="utf-8")
    with pytest.raises(Exception, match="no recipient can be reached by fax"):
        render_case(case, tmp_path / "fax", on_date=DAY, channel=Channel.fax)


def test_several_people_are_declined_and_joined() -> None:
    case = _case()
    ru = compose_letter(case, case.recipients[0], "ru", None, DAY)
    assert "Марии Колесниковой и Максима Знака" in ru.subject
    en = compose_letter(case, case.recipients[0], "en", None, DAY)
    assert "Maria Kalesnikava and Maksim Znak" in en.subject


GROUP = POST_ONLY.replace(
    """people:
  - {name: {cyrl: Мария Колесникова, latn: Maria Kalesnikava}, gender: female}
  - {name: {cyrl: Максим Знак, latn: Maksim Znak}, gender: male}
""",
    """group:
  name: {en: 14 people sentenced to death, ru: "14 человек, приговорённых к смертной казни"}
  count: 14
""",
)


def test_a_group_needs_its_russian_forms() -> None:
    case = _case(GROUP)
    assert case.concerned.plural and case.concerned.display_name("en") == (
        "14 people sentenced to death"
    )
    english = compose_letter(case, case.recipients[0], "en", None, DAY)
    assert "14 people sentenced to death" in english.subject
    with pytest.raises(TranslationError, match=r"group\.forms\.ru\.genitive"):
        compose_letter(case, case.recipients[0], "ru", None, DAY)
    forms = (
        "  forms: {ru: {genitive: '14 человек, приговорённых к смертной казни', "
        "dative: '14 людям, приговорённым к смертной казни', "
        "accusative: '14 человек, приговорённых к смертной казни', "
        "instrumental: '14 людьми, приговорёнными к смертной казни', "
        "prepositional: '14 людях, приговорённых к смертной казни'}}\n"
    )
    case = _case(GROUP.replace("  count: 14\n", "  count: 14\n" + forms))
    russian = compose_letter(case, case.recipients[0], "ru", None, DAY)
    assert "положении 14 человек, приговорённых к смертной казни" in russian.subject


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("people:\n", "person:\n  name: X\n  gender: male\npeople:\n"),
        ("  - role: official\n", "  - role: official\n    fax: []\n"),
    ],
)
def test_impossible_cases_are_refused(change: str, message: str) -> None:
    broken = POST_ONLY.replace(change, message)
    if "fax: []" in broken:
        broken = broken.replace("    email: [info@example.by, press@example.by]\n", "")
    with pytest.raises(CaseFileError) as caught:
        _case(broken)
    text = str(caught.value.problems)
    assert "exactly one of 'person'" in text or "needs a postal address, a fax or an e-mail" in text


def test_an_update_that_does_not_say_which_validates_and_renders(tmp_path: Path) -> None:
    """AIUSA and section pages often say "Urgent Action Update" without its number. The
    letters cite only the UA's number, so that gap must not stop them (the draft still
    marks it NOT FOUND)."""
    from ua_letters.web.cases import case_slug

    case = _case(POST_ONLY.replace("update: 2", "update: null"))
    assert case.ua.update is None and case.ua.reference == "UA 61/20"
    letter = compose_letter(case, case.recipients[0], "ru", None, DAY)
    assert "UA 61/20" in letter.text()
    assert case_slug(case) == "61-20-u"
    assert case_slug(_case()) == "61-20-u2"
