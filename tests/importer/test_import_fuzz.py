"""Issue 14: random bytes and random UA-like structure fed to the importer end in a draft
or one clean UaLettersError, each within a time bound, over 2,000+ examples each."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ua_letters.errors import UaLettersError
from ua_letters.importer import draft_yaml, import_bytes

_FRAGMENTS = [
    "UA 135/10", "Urgent Action 61.20", "FI 103/22-4", "PLEASE WRITE IMMEDIATELY in English:",
    "- Calling for release;", "PLEASE SEND APPEALS BEFORE 3 MAY 2011 TO:", "Minister",
    " or-", "Fax: ", "+996 312 62 66 66", "Phone: 202 449 9822 I Fax: 202 449 8275",
    "Email: [email protected]", "Salutation: Dear Minister", "Dear President,",
    "Embassy of the Kyrgyz Republic", "2360 Massachusetts Avenue NW, Washington DC 20008",
    "c/o ", "H.E. ", "Sehr geehrter Herr Präsident,", "Copie à :", "(00 202) 2577 4716",
    "Im Juni 2021", "SAMPLE LETTER", "Copies to:", "Also send copies to diplomatic",
    "Bishkek 720040, KYRGYZSTAN", "(", ")", "@", "/", ",", ":", " ", "\t", "\n", "\n\n",
    "é", "Уважаемый", "\u00a0", "\ufeff", "\x00", "ə", "Ambassador Jane Doe",
]
_SETTINGS = settings(
    max_examples=2000,
    deadline=2000,  # milliseconds per example: the time bound
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


def _check(raw: bytes) -> None:
    start = time.perf_counter()
    try:
        ua = import_bytes(raw, "fuzz.txt")
        draft_yaml(ua)
    except UaLettersError as error:
        assert str(error)
    assert time.perf_counter() - start < 2.0


@pytest.mark.slow
@_SETTINGS
@given(st.binary(max_size=3000))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)


@pytest.mark.slow
@_SETTINGS
@given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=20), max_size=80))
def test_random_structure(parts: list[str]) -> None:
    _check("".join(parts).encode("utf-8", "surrogatepass"))
