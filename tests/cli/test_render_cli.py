"""`ua-letters render` end to end, as a user runs it: real process, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, run_cli
from tests.render.readback import docx_paragraphs, pdf_text, squash

EXPECTED = {
    # recipient file stem: (address lines, fax, {language: salutation})
    "01-minister-of-internal-affairs": (
        ["Frunze Street, 469", "Bishkek 720040, KYRGYZSTAN"],
        "+996 312 68 20 44",
        {
            "ru": "Уважаемый господин министр!",
            "ky": "Урматтуу министр мырза!",
            "en": "Dear Minister,",
        },
    ),
    "02-general-prosecutor": (
        ["72, Orozbekova Street", "Bishkek 720040, KYRGYZSTAN"],
        "+996 312 66 54 11",
        {
            "ru": "Уважаемый господин Генеральный прокурор!",
            "ky": "Урматтуу Башкы прокурор мырза!",
            "en": "Dear General Prosecutor,",
        },
    ),
    "03-president": (
        ["Dom Pravitelstva", "Bishkek 720003, KYRGYZSTAN"],
        "+996 312 62 50 12",
        {
            "ru": "Уважаемая госпожа Президент!",
            "ky": "Урматтуу Президент айым!",
            "en": "Dear President,",
        },
    ),
}
DATES = {"ru": "20 августа 2010 г.", "ky": "2010-жылдын 20-августу", "en": "20 August 2010"}
ADDRESSEE = {
    (
        "ru",
        "01-minister-of-internal-affairs",
    ): "Министру внутренних дел Кыргызской Республики К. Байболову",
    ("ru", "02-general-prosecutor"): "Генеральному прокурору Кыргызской Республики Б. Ибраеву",
    ("ru", "03-president"): "Президенту Кыргызской Республики Р. Отунбаевой",
    (
        "ky",
        "01-minister-of-internal-affairs",
    ): "Кыргыз Республикасынын Ички иштер министри К. Байболовго",
    ("ky", "03-president"): "Кыргыз Республикасынын Президенти Р. Отунбаевага",
}


run = run_cli


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("letters")
    result = run("render", str(EXAMPLE), "--date", "2010-08-20", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == sorted(
        result.stdout.splitlines(), key=lambda p: p.split("_")[1]
    )
    return out


def test_eighteen_files_with_address_fax_salutation_and_date(rendered: Path) -> None:
    files = sorted(p.name for p in rendered.iterdir())
    assert len(files) == 18
    for stem, (address, fax, salutations) in EXPECTED.items():
        for language, salutation in salutations.items():
            pdf = squash(pdf_text((rendered / f"ua135-10_{stem}_{language}.pdf").read_bytes()))
            docx = squash(
                " ".join(
                    t
                    for _, t in docx_paragraphs(
                        (rendered / f"ua135-10_{stem}_{language}.docx").read_bytes()
                    )
                )
            )
            for text in (pdf, docx):
                for line in address:
                    assert line in text
                assert fax in text and salutation in text and DATES[language] in text
                if (language, stem) in ADDRESSEE:
                    assert ADDRESSEE[(language, stem)] in text


def test_copies_line_only_on_main_letters(rendered: Path) -> None:
    minister = pdf_text((rendered / "ua135-10_01-minister-of-internal-affairs_ru.pdf").read_bytes())
    president = pdf_text((rendered / "ua135-10_03-president_ru.pdf").read_bytes())
    assert "Копия:" in minister and "Копия:" not in president


def test_rendering_twice_gives_identical_files(rendered: Path, tmp_path: Path) -> None:
    result = run("render", str(EXAMPLE), "--date", "2010-08-20", "--out", str(tmp_path), "-q")
    assert result.returncode == 0, result.stderr
    for first in rendered.iterdir():
        assert (tmp_path / first.name).read_bytes() == first.read_bytes(), first.name


def test_sender_from_options_and_file(tmp_path: Path) -> None:
    sender = tmp_path / "me.yaml"
    sender.write_text("name: Айгүл Асанова\naddress: |\n  Чүй пр. 1\n  Бишкек\n", encoding="utf-8")
    by_file = run(
        "render",
        str(EXAMPLE),
        "--lang",
        "ky",
        "--format",
        "pdf",
        "--sender",
        str(sender),
        "--date",
        "2010-08-20",
        "--out",
        str(tmp_path / "a"),
    )
    by_options = run(
        "render",
        str(EXAMPLE),
        "--lang",
        "ky",
        "--format",
        "pdf",
        "--name",
        "Айгүл Асанова",
        "--address",
        "Чүй пр. 1\nБишкек",
        "--date",
        "2010-08-20",
        "--out",
        str(tmp_path / "b"),
    )
    assert by_file.returncode == by_options.returncode == 0, by_file.stderr + by_options.stderr
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()
        assert "Айгүл Асанова" in pdf_text(path.read_bytes())


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["render", "missing.yaml"], 1, "cannot read the case file"),
        (["render", str(EXAMPLE), "--lang", "xx"], 1, "no letters ship for 'xx'"),
        (["render", str(EXAMPLE), "--format", "odt"], 1, "unknown format 'odt'"),
        (["render", str(EXAMPLE), "--date", "2010-02-30"], 2, "is not a date"),
        (["render", str(EXAMPLE), "--address", "x"], 1, "need --name"),
        (["render"], 2, "Missing argument"),
        (["nonsense"], 2, "No such command"),
    ],
)
def test_exit_codes_and_messages(args: list[str], code: int, message: str, tmp_path: Path) -> None:
    result = (
        run(*args, "--out", str(tmp_path)) if args[0] == "render" and len(args) > 1 else run(*args)
    )
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_bad_case_file_exits_1_without_writing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("fax: +996 312 62 50 12", "fax: none"),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run("render", str(bad), "--out", str(out))
    assert result.returncode == 1
    assert f"{bad}:" in result.stderr and "recipients[2].fax" in result.stderr
    assert not out.exists()


def test_validate_and_version() -> None:
    ok = run("validate", str(EXAMPLE))
    assert ok.returncode == 0 and "UA 135/10" in ok.stdout and "+996 312 62 50 12" in ok.stdout
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("ua-letters ")
