"""The comment-keeping YAML writer: whatever the text, it reads back exactly."""

from __future__ import annotations

from datetime import date

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ua_letters.importer.yamlwriter import Note, dump, plain


def test_comments_sit_beside_and_above_their_values() -> None:
    data = {
        "ua": {"number": Note("135/10", "line 3"), "issued": date(2010, 8, 5)},
        "recipients": [Note({"name": {"latn": "K B"}, "fax": []}, above=("", "from line 28"))],
    }
    text = dump(data, ["Draft", "  1. Check it."])
    assert text.splitlines() == [
        "# Draft",
        "#   1. Check it.",
        "ua:",
        "  number: 135/10  # line 3",
        "  issued: 2010-08-05",
        "recipients:",
        "",
        "  # from line 28",
        "  - name:",
        "      latn: K B",
        "    fax: []",
    ]
    assert yaml.safe_load(text) == plain(data)


def test_multi_line_text_is_a_literal_block() -> None:
    text = dump({"facts": {"en": "First: one.\n\nSecond #2."}}, [])
    assert "en: |-" in text and yaml.safe_load(text) == {
        "facts": {"en": "First: one.\n\nSecond #2."}
    }


_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.text(st.characters(categories=["Ll"]), min_size=1, max_size=8),
        st.one_of(_TEXT, st.lists(_TEXT, max_size=3), st.integers(), st.none()),
        max_size=5,
    ),
    _TEXT,
)
@example({"a": "\n\t"}, "")  # a tab after a block's indentation: libyaml refuses it
def test_any_text_reads_back_as_written(data: dict[str, object], comment: str) -> None:
    noted = {key: Note(value, comment) for key, value in data.items()}
    assert yaml.safe_load(dump(noted, [comment])) == data
