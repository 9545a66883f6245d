"""The embassy copy and the writer's personal sentence, read back from real PDFs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, LANGUAGES
from tests.render.readback import docx_paragraphs, pdf_text, squash
from ua_letters.api import render_case
from ua_letters.case import Case, Sender
from ua_letters.delivery.embassy import load_embassy, with_embassy
from ua_letters.errors import CaseFileError

EMBASSY = """\
title:
  en: Ambassador of the Kyrgyz Republic
  ru: Посол Кыргызской Республики
  ky: Кыргыз Республикасынын элчиси
name: {latn: Erines Otorbaev, cyrl: Эринес Оторбаев}
gender: male
address: [Otto-Suhr-Allee 146, 10585 Berlin, GERMANY]
fax: +49 30 34781362
email: info@example.de
"""
MARKS = {  # the copy mark, the officials the appeal went to, the request to convey it
    "ru": (
        "Копия для сведения.",
        "копию своего обращения к Министру внутренних дел Кыргызской Республики К. Байболову",
        "довести мою обеспокоенность до сведения Вашего правительства",
    ),
    "ky": (
        "Маалымат үчүн көчүрмө.",
        "Ички иштер министри К. Байболовго жана",
        "тынчсыздануумду өкмөтүңүзгө жеткирип",
    ),
    "en": (
        "Copy for your information:",
        "a copy of my letter to the Minister of Internal Affairs, Kubatbek Baibolov, and the",
        "convey my concern to your government",
    ),
}


@pytest.fixture
def embassy_file(tmp_path: Path) -> Path:
    path = tmp_path / "embassy.yaml"
    path.write_text(EMBASSY, encoding="utf-8")
    return path


def test_each_writer_gets_a_marked_copy_to_the_embassy(
    example_case: Case, embassy_file: Path, tmp_path: Path, letter_date: date
) -> None:
    result = render_case(
        example_case, tmp_path, on_date=letter_date, embassy=load_embassy(embassy_file)
    )
    assert len(result.paths) == 24  # 4 recipients × 3 languages × 2 formats
    for language in LANGUAGES:
        letter = tmp_path / f"ua135-10_04-embassy_{language}.pdf"
        text = squash(pdf_text(letter.read_bytes()))
        mark, names_mains, convey = MARKS[language]
        assert mark in text and names_mains in text and convey in text
        assert "Otto-Suhr-Allee 146" in text and "+49 30 34781362" in text
        docx = squash(
            " ".join(t for _, t in docx_paragraphs(letter.with_suffix(".docx").read_bytes()))
        )
        assert mark in docx
        main = squash(
            pdf_text(
                (tmp_path / f"ua135-10_01-minister-of-internal-affairs_{language}.pdf").read_bytes()
            )
        )
        assert mark not in main
    russian_main = pdf_text(
        (tmp_path / "ua135-10_01-minister-of-internal-affairs_ru.pdf").read_bytes()
    )
    assert "Копии:" in russian_main and "Послу Кыргызской Республики Э. Оторбаеву" in squash(
        russian_main
    )


def test_embassy_without_a_language_is_refused(example_case: Case, tmp_path: Path) -> None:
    path = tmp_path / "embassy.yaml"
    path.write_text(EMBASSY.replace("  ky: Кыргыз Республикасынын элчиси\n", ""), encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"embassy\.title: has no ky text"):
        with_embassy(example_case, load_embassy(path), ["ru", "ky"])


def test_bad_embassy_file_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "embassy.yaml"
    path.write_text(EMBASSY.replace("fax: +49 30 34781362", "fax: 0303478"), encoding="utf-8")
    with pytest.raises(
        CaseFileError, match=r"embassy\.yaml:8 fax: '0303478' is not an international"
    ):
        load_embassy(path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_personal_sentence_opens_the_letter_literally(
    example_case: Case, language: str, tmp_path: Path, letter_date: date
) -> None:
    personal = "I am a teacher from Lyon & <b>proud</b> of {{ my }} pupils."
    sender = Sender(name="Anna Petrova", personal=personal)
    result = render_case(
        example_case, tmp_path, languages=[language], formats=["pdf", "docx"],
        sender=sender, on_date=letter_date,
    )  # fmt: skip
    for path in result.paths:
        if path.suffix == ".pdf":
            text = squash(pdf_text(path.read_bytes()))
        else:
            text = squash(" ".join(t for _, t in docx_paragraphs(path.read_bytes())))
        assert personal in text
        assert text.index(personal) < text.index("Nurbek" if language == "en" else "Нурбек")


def test_personal_sentence_from_the_cli_needs_a_name(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "ua_letters", "render", str(EXAMPLE), "--personal", "Hi",
         "--out", str(tmp_path)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 1 and "--personal need --name" in result.stderr
