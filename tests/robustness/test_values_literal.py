"""User text is literal by construction: a printed value is data, never letter structure.

A letter template's output is a list of segments (compose/values.py): its own text, and
`Value` objects for what it printed. The block structure is read from the text alone, so
no character a user can type (private-use marks, the old placeholder form, `ps:` at the
start of a line, Jinja braces, reportlab markup) can change a letter.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLE, run_cli
from tests.render.readback import docx_paragraphs, pdf_text, squash
from ua_letters.case import Case, Sender
from ua_letters.compose import compose_letter
from ua_letters.compose.context import letter_context
from ua_letters.compose.environment import environment, render_template
from ua_letters.compose.typography import one_line
from ua_letters.compose.values import Value
from ua_letters.compose.variants import Variant
from ua_letters.render.pdf_letter import letter_pdf

DAY = date(2010, 8, 20)
PRIVATE_USE = "".join(map(chr, range(0xE000, 0xF900)))  # every BMP private-use character
OLD_MARKS = [
    "\ue000" + "0" * 16 + ":0\ue001",  # the last design's placeholder, key and index
    "\ue000" + "f" * 16 + ":1\ue001",
    "A\ue000999\ue001B",  # the design before it
    "A\ue0000\ue001B",
    "\ue000\ue001",
]
TYPED = {
    "block kind at line start": "first line\nps: a postscript\nitem: a forged request",
    "known block kinds": "p: x sign: y",
    "jinja braces": "{{ 7*7 }} {% if true %}x{% endif %} {# c #} {{ sender.email }}",
    "reportlab markup": "<b>bold</b> <font size=40>big</font> &amp; &lt;i&gt; <br/> <para>",
    **{f"old mark {i}": mark for i, mark in enumerate(OLD_MARKS)},
    **{f"private use {i}": PRIVATE_USE[i : i + 1600] for i in range(0, len(PRIVATE_USE), 1600)},
}


def _with_facts(case: Case, facts: str) -> Case:
    return case.model_copy(update={"facts": {**case.facts, "en": facts}})  # type: ignore[dict-item]


def _blocks(case: Case, sender: Sender | None) -> list[tuple[str, str]]:
    letter = compose_letter(case, case.recipients[0], "en", sender, DAY)
    return [(b.kind, b.text) for b in letter.blocks]


@pytest.mark.parametrize("typed", TYPED.values(), ids=TYPED.keys())
def test_typed_text_prints_literally_in_its_own_block(example_case: Case, typed: str) -> None:
    environment.cache_clear()
    shown = one_line(typed)
    sender = Sender(name=shown[:200], address=[shown[-200:]])
    blocks = _blocks(_with_facts(example_case, f"Facts: {typed} end."), sender)
    assert ("sign", shown[:200]) in blocks
    assert ("from", shown[-200:]) in blocks
    assert ("p", f"Facts: {shown} end.") in blocks
    # nothing typed made or removed a block: the kinds are those of a plain letter
    plain = _blocks(_with_facts(example_case, "Facts."), Sender(name="A", address=["B"]))
    assert [kind for kind, _ in blocks] == [kind for kind, _ in plain]


def test_knowing_every_random_number_does_not_help_a_forger(
    example_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No key, no mark: a value that equals what a placeholder looked like stays as typed.

    The last design kept values apart with a random key per render; anyone who knew the
    key (here: every key is zeros) could forge a value. Now there is nothing to know.
    """
    monkeypatch.setattr(secrets, "token_hex", lambda n=32: "00" * n)
    monkeypatch.setattr(secrets, "token_bytes", lambda n=32: b"\0" * n)
    forged = [f"\ue000{'0' * 16}:{i}\ue001" for i in range(3)]
    sender = Sender(name="Writer " + forged[0], address=["Street " + forged[1]])
    blocks = _blocks(_with_facts(example_case, "Facts " + forged[2]), sender)
    assert ("sign", "Writer " + forged[0]) in blocks
    assert ("from", "Street " + forged[1]) in blocks
    assert ("p", "Facts " + forged[2]) in blocks


def _segments(case: Case, sender: Sender) -> list[str]:
    context = letter_context(case, case.recipients[0], "en", sender, DAY, Variant(), None)
    return render_template("en", context)


_TRICKY = st.sampled_from(["\n", "ps: ", "p: ", "item:", "{{", "}}", "\ue000", "\ue001", ":0"])
_ANY = st.characters(blacklist_categories=("Cs", "Cc"))
typed_text = (
    st.lists(st.one_of(_TRICKY, st.text(_ANY, min_size=1, max_size=8)), min_size=1, max_size=12)
    .map("".join)
    .filter(lambda text: 0 < len(one_line(text)) <= 200)
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=typed_text, facts=typed_text)
def test_the_structure_a_template_writes_does_not_depend_on_the_values(
    example_case: Case, name: str, facts: str
) -> None:
    """The template's own text is the same whatever the values; each value is one segment."""
    case = _with_facts(example_case, facts)
    hostile = _segments(case, Sender(name=name))
    plain = _segments(_with_facts(example_case, "F"), Sender(name="N"))
    assert [s for s in hostile if type(s) is not Value] == [
        s for s in plain if type(s) is not Value
    ]
    assert Value(one_line(name)) in hostile and Value(one_line(facts)) in hostile


def _own(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "mine"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "letter.txt.j2").write_text(body, encoding="utf-8")
    for name, text in PARTS.items():
        (folder / "en" / name).write_text(text, encoding="utf-8")
    environment.cache_clear()
    return folder


# other files of the folder, for the includes and extends below
PARTS = {
    "part.txt.j2": "item: {{ sender.name }}\nclose: x\n",
    "base.txt.j2": "p: a\n{% block middle %}{% endblock %}close: x\n",
}

OWN = {
    # a constant printed with {{ }} is a value like any other
    "constant": ("p: {{ 'ps: x' }}\n", [("p", "ps: x")]),
    # a value at the start of a line continues the block above; it never starts one
    "value at line start": ("p: a\n{{ sender.name }}\n", [("p", "a item: forged")]),
    "no space after colon": ("p: a\np:{{ sender.name }}\n", [("p", "a p:item: forged")]),
    # a call block keeps its text as structure and its values as data
    "call block": (
        "{% macro m() %}\nitem: {{ caller() }}\nitem: {{ sender.name }}\n{% endmacro %}"
        "p: a\n{% call m() %}{{ sender.name }}{% endcall %}",
        [("p", "a"), ("item", "item: forged"), ("item", "item: forged")],
    ),
    # a filter rewrites text, so a filter block's result is one value
    "filter block": (
        "p: a\n{% filter upper %}\nitem: {{ sender.name }}\n{% endfilter %}",
        [("p", "a ITEM: ITEM: FORGED")],
    ),
    "set block": (
        "{% set x %}\nitem: {{ sender.name }}\n{% endset %}p: {{ x }}\n",
        [("p", "item: item: forged")],
    ),
    # an included file's text is structure, as if written here; its values stay data
    "include": (
        "p: a\n{% include 'en/part.txt.j2' %}",
        [("p", "a"), ("item", "item: forged"), ("close", "x")],
    ),
    "include in a set block": (
        "{% set x %}{% include 'en/part.txt.j2' %}{% endset %}p: {{ x }}\n",
        [("p", "item: item: forged close: x")],
    ),
    "extends": (
        "{% extends 'en/base.txt.j2' %}{% block middle %}item: {{ sender.name }}\n{% endblock %}",
        [("p", "a"), ("item", "item: forged"), ("close", "x")],
    ),
    "autoescape": (
        "p: a\n{% autoescape true %}\nitem: {{ sender.name }} <b>\n{% endautoescape %}\n",
        [("p", "a"), ("item", "item: forged <b>")],
    ),
}


@pytest.mark.parametrize(("body", "expected"), OWN.values(), ids=OWN.keys())
def test_every_way_a_template_prints_keeps_values_as_data(
    example_case: Case, tmp_path: Path, body: str, expected: list[tuple[str, str]]
) -> None:
    folder = _own(tmp_path, body)
    letter = compose_letter(
        example_case, example_case.recipients[0], "en", Sender(name="item: forged"), DAY, folder
    )
    environment.cache_clear()
    assert [(b.kind, b.text) for b in letter.blocks] == expected


@pytest.mark.parametrize("key", ["block kind at line start", "jinja braces", "reportlab markup"])
def test_typed_text_reads_back_literally_from_the_pdf(example_case: Case, key: str) -> None:
    environment.cache_clear()
    shown = one_line(TYPED[key])
    case = _with_facts(example_case, f"Facts: {TYPED[key]} end.")
    letter = compose_letter(case, case.recipients[0], "en", Sender(name=shown), DAY)
    text = squash(pdf_text(letter_pdf(letter), min_size=9)).replace("\xad", "")
    assert f"Facts: {shown} end." in text.replace("\n", " ")
    assert text.count(shown) >= 2  # the signature and the facts


@pytest.mark.parametrize("name", ["A\ue000999\ue001B", "A\ue000" + "0" * 16 + ":0\ue001B"])
def test_the_issues_forged_name_renders_a_docx_with_the_name_as_typed(
    tmp_path: Path, name: str
) -> None:
    """`render CASE --name $'A\\ue000999\\ue001B' --format docx` crashed with an IndexError."""
    result = run_cli(
        "render", str(EXAMPLE), "--name", name, "--format", "docx", "--lang", "en",
        "--date", "2010-08-20", "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for path in sorted((tmp_path / "out").glob("*.docx")):
        texts = [text for _, text in docx_paragraphs(path.read_bytes())]
        assert name in texts, path.name  # the signature, as typed
