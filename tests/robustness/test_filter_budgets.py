"""User templates: filters and text methods that could make huge text are refused first.

Each body below would make 100 MB or more (or, for wordwrap, minutes of copying) before an
output check could see the result. Each must end in "FILE:LINE: template error: …" within
seconds, having allocated little: the cost is estimated from the arguments, not measured
on the result.
"""

from __future__ import annotations

import time
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from ua_letters.case import Case
from ua_letters.compose import compose_letter
from ua_letters.compose.environment import environment
from ua_letters.errors import UaLettersError

BIG = "('x' * 999999)"
HUGE = {
    "center": "{{ 'x'|center(10**8) }}",
    "indent by width": "{{ ('x\\n' * 100)|indent(10**8) }}",
    "indent by text": "{{ ('x\\n' * 1000)|indent('y' * 999999) }}",
    "wordwrap long word": f"{{{{ {BIG}|wordwrap(1) }}}}",
    "wordwrap wrapstring": "{{ ('x ' * 400000)|wordwrap(1, wrapstring='y' * 1000) }}",
    "format width": "{{ '%100000000s'|format('x') }}",
    "format star width": "{{ '%*s'|format(10**8, 'x') }}",
    "format precision": "{{ '%.100000000f'|format(1.5) }}",
    "percent of many values": f"{{{{ '%s' * 200 % (({BIG},) * 200) }}}}",
    "str.format width": "{{ '{:>100000000}'.format('x') }}",
    "str.format nested width": "{{ '{:>{w}}'.format('x', w=10**8) }}",
    "str.format repeated field": f"{{{{ ('{{0}}' * 200).format({BIG}) }}}}",
    "str.format repr": f"{{{{ '{{!r}}'.format([{BIG}] * 200) }}}}",
    "join of a repeated text": f"{{{{ ([{BIG}] * 200)|join }}}}",
    "join with a long separator": "{{ range(1000)|join('y' * 999999) }}",
    "join of generated lists": "{{ range(200)|map('string')|map('center', 999999)|join }}",
    "str.join": f"{{{{ ''.join([{BIG}] * 200) }}}}",
    "replace": f"{{{{ {BIG}|replace('x', 'y' * 200) }}}}",
    "replace empty": "{{ ('x' * 99999)|replace('', 'y' * 2000) }}",
    "str.replace": f"{{{{ {BIG}.replace('x', 'y' * 200) }}}}",
    "batch fill": "{{ ['x']|batch(10**8, 'y')|list }}",
    "slice": "{{ ['x']|slice(10**8)|list }}",
    "sum of lists": "{{ ([[1] * 100000] * 200)|sum(start=[])|length }}",
    "string of a list": f"{{{{ ([{BIG}] * 200)|string }}}}",
    "upper of a list": f"{{{{ ([{BIG}] * 200)|upper }}}}",
    "printing a list": f"{{{{ [{BIG}] * 200 }}}}",
    "tojson indent": "{{ [1, 2]|tojson(10**8) }}",
    "tilde of a list": f"{{{{ [{BIG}] * 200 ~ 'x' }}}}",
    "ljust": "{{ 'x'.ljust(10**8) }}",
    "zfill": "{{ 'x'.zfill(10**8) }}",
    "expandtabs": "{{ '\\t'.expandtabs(10**8) }}",
    "translate": f"{{{{ {BIG}.translate({{120: 'y' * 200}}) }}}}",
    "bytes center": "{{ 'x'.encode().center(10**8) }}",
    "lipsum": "{{ lipsum(10**6) }}",
    "range in a filter": "{{ range(0, 10**18, 10**9)|list|length }}",
}
PEAK_BYTES = 40_000_000  # each body above needs 100 MB or more if it runs


def _own(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "mine"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "letter.txt.j2").write_text(f"subject: x\np: {body}\n", encoding="utf-8")
    environment.cache_clear()
    return folder


@pytest.mark.parametrize("body", HUGE.values(), ids=HUGE.keys())
def test_huge_filter_results_are_refused_before_they_are_made(
    example_case: Case, tmp_path: Path, body: str
) -> None:
    folder = _own(tmp_path, body)
    started = time.monotonic()
    tracemalloc.start()
    try:
        with pytest.raises(UaLettersError, match=r"mine/en/letter\.txt\.j2:\d+: template error: "):
            compose_letter(
                example_case, example_case.recipients[0], "en", None, date(2010, 8, 20), folder
            )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        environment.cache_clear()
    assert time.monotonic() - started < 10
    assert peak < PEAK_BYTES, f"{peak:,} bytes allocated"


def test_the_same_filters_still_work_at_letter_sizes(example_case: Case, tmp_path: Path) -> None:
    body = (
        "{{ 'x'|center(5) }}|{{ 'a\\nb'|indent(2) }}|{{ 'ab cd'|wordwrap(2) }}|"
        "{{ '%3s'|format('x') }}|{{ [1, 2]|join(',') }}|{{ '{:>3}'.format('x') }}|"
        "{{ [[1], [2]]|sum(start=[]) }}|{{ 'ab'|replace('a', 'c') }}|{{ 'x'.ljust(3) }}|"
        "{{ [1, 2, 3]|batch(2, 0)|list }}|{{ [1, 2]|tojson }}|{{ 'a\\tb'.expandtabs(2) }}"
    )
    folder = _own(tmp_path, body)
    letter = compose_letter(
        example_case, example_case.recipients[0], "en", None, date(2010, 8, 20), folder
    )
    environment.cache_clear()
    assert letter.blocks[1].text == (
        "x|a b|ab cd|x|1,2|x|[1, 2]|cb|x|[[1, 2], [3, 0]]|[1, 2]|a b"
    )
