"""User text is literal; user templates have bounded work and stay inside their folder."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter
from ua_letters.compose.environment import environment
from ua_letters.errors import UaLettersError
from ua_letters.pack import build_pack
from ua_letters.pack.supporters import SupporterList

DAY = date(2010, 8, 20)


def _own(tmp_path: Path, body: str, **more: str) -> Path:
    folder = tmp_path / "mine"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "letter.txt.j2").write_text(body, encoding="utf-8")
    for name, text in more.items():
        (folder / "en" / name).write_text(text, encoding="utf-8")
    environment.cache_clear()
    return folder


def _compose(case: Case, folder: Path | None = None, sender: Sender | None = None) -> list[str]:
    letter = compose_letter(case, case.recipients[0], "en", sender, DAY, folder)
    return [f"{b.kind}: {b.text}" for b in letter.blocks]


@pytest.mark.parametrize(
    "forged", ["A\ue000999\ue001B", "A\ue0000\ue001B", "\ue000\ue001", "x\ue0001:2\ue001"]
)
def test_placeholder_marks_typed_by_a_user_stay_literal(example_case: Case, forged: str) -> None:
    environment.cache_clear()
    sender = Sender(name=forged)
    facts = {**example_case.facts, "en": f"Facts {forged} end."}  # type: ignore[dict-item]
    case = example_case.model_copy(update={"facts": facts})
    blocks = _compose(case, sender=sender)
    assert f"sign: {forged}" in blocks
    assert any(f"Facts {forged} end." in b for b in blocks)
    # every private-use mark in the letter is one the user typed
    typed = sum(b.count(forged) for b in blocks) * forged.count("\ue000")
    assert sum(b.count("\ue000") for b in blocks) == typed


def test_a_name_that_looks_like_a_block_stays_in_its_block(example_case: Case) -> None:
    environment.cache_clear()
    blocks = _compose(example_case, sender=Sender(name="ps: forged line"))
    assert "sign: ps: forged line" in blocks


def test_an_unknown_block_kind_is_a_template_error_with_its_line(
    example_case: Case, tmp_path: Path
) -> None:
    folder = _own(tmp_path, "subject: x\np: a paragraph\nps: a postscript\n")
    with pytest.raises(
        UaLettersError, match=r"mine/en/letter\.txt\.j2:3: template error: unknown block kind 'ps'"
    ):
        _compose(example_case, folder)


def test_an_unknown_block_kind_from_an_included_file_names_that_file_and_line(
    example_case: Case, tmp_path: Path
) -> None:
    folder = _own(
        tmp_path,
        "subject: x\n{% include 'en/closing.txt.j2' %}\n",
        **{"closing.txt.j2": "p: a paragraph\n\nps: a postscript\n"},
    )
    with pytest.raises(
        UaLettersError, match=r"mine/en/closing\.txt\.j2:3: template error: unknown block kind 'ps'"
    ):
        _compose(example_case, folder)


RUNAWAYS = {
    "nested loops": "{% for a in range(100000) %}{% for b in range(100000) %}"
    "{% for c in range(100000) %}{% endfor %}{% endfor %}{% endfor %}",
    "huge repetition": "{{ 'x' * 300000000 }}",
    "huge list": "{{ [1] * 300000000 }}",
    "huge power": "{{ 10 ** (10 ** 7) }}",
    "self-calling macro": "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
    "doubling join": "{% macro d(s, n) %}{% if n %}{{ d(s ~ s, n - 1) }}{% else %}{{ s|length }}"
    "{% endif %}{% endmacro %}{{ d('x', 40) }}",
    "self-include": "{% include 'en/letter.txt.j2' %}",
    "huge output": "{% for a in range(100000) %}{{ 'y' * 900000 }}{% endfor %}",
}


@pytest.mark.parametrize("body", RUNAWAYS.values(), ids=RUNAWAYS.keys())
def test_runaway_templates_end_in_a_template_error_within_seconds(
    example_case: Case, tmp_path: Path, body: str
) -> None:
    folder = _own(tmp_path, f"subject: x\np: {body}\n")
    started = time.monotonic()
    with pytest.raises(UaLettersError, match=r"mine/en/letter\.txt\.j2(:\d+)?: template error"):
        _compose(example_case, folder)
    assert time.monotonic() - started < 15


def test_an_include_of_a_link_out_of_the_folder_is_refused(
    example_case: Case, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("THE SECRET TEXT", encoding="utf-8")
    folder = _own(tmp_path, "subject: x\np: {% include 'en/link.txt' %}\n")
    (folder / "en" / "link.txt").symlink_to(secret)
    with pytest.raises(UaLettersError, match="link out of the template folder") as error:
        _compose(example_case, folder)
    assert "THE SECRET" not in str(error.value)


def test_a_link_inside_the_folder_still_works(example_case: Case, tmp_path: Path) -> None:
    folder = _own(tmp_path, "subject: x\np: {% include 'en/link.txt' %}\n", **{"part.txt": "ours"})
    (folder / "en" / "link.txt").symlink_to(folder / "en" / "part.txt")
    assert _compose(example_case, folder) == ["subject: x", "p: ours"]


PACK_README_RUNAWAYS = {
    "nested loops": RUNAWAYS["nested loops"],
    "self-calling macro": RUNAWAYS["self-calling macro"],
    "huge filter width": "{{ 'x'|center(10**10) }}",
    "wrong type": "{{ 1 + 'a' }}",
}


@pytest.mark.parametrize("body", PACK_README_RUNAWAYS.values(), ids=PACK_README_RUNAWAYS.keys())
def test_a_user_pack_readme_has_the_budgets_of_a_letter(
    example_case: Case, tmp_path: Path, body: str
) -> None:
    """`--templates DIR` with its own pack-readme.txt.j2: hung, or a RecursionError traceback."""
    folder = tmp_path / "mine"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "pack-readme.txt.j2").write_text(body + "\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(UaLettersError, match=r"mine/en/pack-readme\.txt\.j2:1: template error"):
        build_pack(example_case, SupporterList("--blank"), tmp_path / "p.zip", on_date=DAY,
                   blank=1, workers=1, user_templates=folder)  # fmt: skip
    assert time.monotonic() - started < 15
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]
