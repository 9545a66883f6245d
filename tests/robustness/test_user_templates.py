"""A section office's own templates run sandboxed; their errors name the file and line."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import ROOT
from ua_letters.case import Case
from ua_letters.compose import compose_letter
from ua_letters.compose.environment import environment
from ua_letters.errors import UaLettersError


def _own(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "mine"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "letter.txt.j2").write_text(body, encoding="utf-8")
    environment.cache_clear()
    return folder


def _compose(case: Case, folder: Path) -> list[str]:
    letter = compose_letter(case, case.recipients[0], "en", None, date(2010, 8, 20), folder)
    return [b.text for b in letter.blocks]


def test_user_folder_is_searched_first(example_case: Case, tmp_path: Path) -> None:
    folder = _own(tmp_path, "subject: Our own: {{ person.name.nominative }}\n")
    assert _compose(example_case, folder) == ["Our own: Azimzhan Askarov"]


@pytest.mark.parametrize(
    "attack",
    [
        "p: {{ ''.__class__.__mro__[1].__subclasses__() }}\n",
        "p: {{ person.__class__.__init__.__globals__ }}\n",
        "p: {{ cycler.__init__.__globals__.os.popen('id').read() }}\n",
    ],
)
def test_no_reach_into_python_internals(example_case: Case, tmp_path: Path, attack: str) -> None:
    folder = _own(tmp_path, "subject: x\n" + attack)
    with pytest.raises(UaLettersError, match=r"letter\.txt\.j2:2: template error"):
        _compose(example_case, folder)


def test_no_file_system_access(example_case: Case, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read", encoding="utf-8")
    folder = _own(tmp_path, f"p: {{% include '{secret}' %}}\np: {{% include '../secret.txt' %}}\n")
    with pytest.raises(UaLettersError, match="template"):
        _compose(example_case, folder)


def test_an_unknown_variable_names_file_and_line(example_case: Case, tmp_path: Path) -> None:
    folder = _own(tmp_path, "subject: x\n\np: {{ recipient.nickname }}\n")
    with pytest.raises(
        UaLettersError, match=r"mine/en/letter\.txt\.j2:3: template error: .*nickname"
    ):
        _compose(example_case, folder)


def test_a_syntax_error_names_file_and_line(example_case: Case, tmp_path: Path) -> None:
    folder = _own(tmp_path, "subject: x\n{% if %}\n")
    with pytest.raises(UaLettersError, match=r"letter\.txt\.j2:2: template error"):
        _compose(example_case, folder)


def test_copied_shipped_folder_works(example_case: Case, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "templates" / "en", tmp_path / "copy" / "en")
    environment.cache_clear()
    ours = _compose(example_case, tmp_path / "copy")
    environment.cache_clear()
    shipped = compose_letter(
        example_case, example_case.recipients[0], "en", None, date(2010, 8, 20)
    )
    assert ours == [b.text for b in shipped.blocks]


def test_a_section_office_language_renders_from_its_own_folder(
    example_case: Case, tmp_path: Path
) -> None:
    """`--templates DIR` can add a language that does not ship (here a copy of English)."""
    from ua_letters.api import render_case

    own = tmp_path / "own" / "it"
    shutil.copytree(ROOT / "templates" / "en", own)
    (own / "LC_MESSAGES").mkdir()
    catalog = (ROOT / "locales" / "en" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    (own / "LC_MESSAGES" / "messages.po").write_text(
        catalog.replace('"Language: en\\n"', '"Language: it\\n"'), encoding="utf-8"
    )
    environment.cache_clear()
    case = example_case.model_copy(
        update={
            "facts": {**example_case.facts, "it": "Fatti."},  # type: ignore[dict-item]
            "actions": [
                {**a, "it": "Azione"} if isinstance(a, dict) else a  # type: ignore[dict-item]
                for a in example_case.actions
            ],
            "recipients": [
                r.model_copy(update={"title": {**r.title, "it": "Titolo"}})  # type: ignore[dict-item]
                for r in example_case.recipients
            ],
        }
    )
    result = render_case(
        case, tmp_path / "out", languages=["it"], formats=["pdf"], on_date=date(2010, 8, 20),
        user_templates=tmp_path / "own",
    )  # fmt: skip
    assert [p.name for p in result.paths][-1] == "ua135-10_03-president_it.pdf"
