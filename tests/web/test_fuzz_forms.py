"""Fuzzing the form handling: random fields, random bytes, random addresses and
content types, posted to every form endpoint of the real app (in-process, as uvicorn
would call it). Each of at least 2,000 examples must get a clean answer (never a 500,
never a "bug:" in the log) within a time bound. About a minute of run time."""

from __future__ import annotations

import logging
import time
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.web.conftest import CASE_URL, LETTER_DATE, SUPPORTER, Client
from ua_letters.resources import example_case
from ua_letters.web.app import create_app
from ua_letters.web.cases import load_offers
from ua_letters.web.forms import FIELDS

EXAMPLES = 2000
TIME_BOUND = 3.0  # seconds for one request, on a loaded 2-core machine
CLEAN = {200, 400, 403, 404, 405, 413, 415, 422}
FORM = "application/x-www-form-urlencoded"

GOOD_TARGETS = ["", "/preview", "/download/1.pdf", "/download/2.docx", "/download/3.fax.pdf"]
GOOD_TARGETS += ["/download/1.gloss.pdf", "/download/all.zip", "/download/blank.pdf"]
targets = st.one_of(
    st.sampled_from(GOOD_TARGETS),
    st.sampled_from(GOOD_TARGETS),
    st.builds(
        "/download/{}.{}".format,
        st.sampled_from(["1", "2", "3", "4", "0", "all", "blank", "007", "-1", "x"]),
        st.sampled_from(["pdf", "docx", "fax.pdf", "eml", "gloss.pdf", "zip", "txt", "pdf.pdf"]),
    ),
    st.text(st.characters(blacklist_categories=["Cs"]), max_size=12).map(
        lambda text: "/download/" + quote(text, safe="")
    ),
)
# Anything a person (or a script) could type, surrogates aside (a URL-encoded form is UTF-8).
typed = st.text(st.characters(blacklist_categories=["Cs"]), max_size=60)
chosen = {
    "language": st.sampled_from(["ru", "ky", "en", "de", "fr", "es", "", "xx", "RU", "ky\n"]),
    "gender": st.sampled_from(["", "female", "male", "other"]),
    "gloss": st.sampled_from(["", "ru", "ky", "en", "tlh"]),
    "format": st.sampled_from(["", "pdf", "docx", "fax", "eml", "zip"]),
}
fields = st.fixed_dictionaries(
    {},
    optional={
        name: st.one_of(st.just(SUPPORTER.get(name, "")), chosen.get(name, typed), typed)
        for name in FIELDS
    },
)
extra = st.dictionaries(st.text(max_size=8), typed, max_size=4)


@st.composite
def bodies(draw: st.DrawFn) -> tuple[bytes, str]:
    """A body and its content type: mostly a real form, sometimes anything at all."""
    kind = draw(st.sampled_from(["near"] * 5 + ["form"] * 3 + ["bytes", "other-type"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300)), FORM
    if kind == "near":  # a real supporter's form with up to two fields changed
        values = dict(SUPPORTER)
        for name in draw(st.lists(st.sampled_from(FIELDS), max_size=2)):
            values[name] = draw(chosen.get(name, typed) | typed)
    else:
        values = {**draw(fields), **draw(extra)}
    body = urlencode(values).encode("ascii")
    if kind == "other-type":
        return body, draw(st.sampled_from(["text/plain", "multipart/form-data", "", FORM + "x"]))
    return body, FORM


@pytest.mark.slow
def test_random_forms_always_get_a_clean_answer_in_time(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    offers = load_offers([example_case()])
    client = Client(create_app(offers, today=lambda: LETTER_DATE, warm=False))
    token = client.token()
    seen: dict[int, int] = {}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,  # timed below, with a bound that a loaded CI machine keeps
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
        derandomize=True,
    )
    @given(target=targets, body=bodies(), with_token=st.sampled_from([True] * 9 + [False]))
    def one_request(target: str, body: tuple[bytes, str], with_token: bool) -> None:
        data, content_type = body
        if with_token and content_type == FORM and data and not data.startswith(b"csrf="):
            data = b"csrf=" + token.encode() + b"&" + data
        started = time.perf_counter()
        response = client.post(
            CASE_URL + target, content=data, headers={"content-type": content_type}
        )
        elapsed = time.perf_counter() - started
        assert response.status_code in CLEAN, (target, data[:200], response.status_code)
        assert elapsed < TIME_BOUND, (target, data[:200], elapsed)
        seen[response.status_code] = seen.get(response.status_code, 0) + 1

    try:
        one_request()
    finally:
        client.close()
    assert sum(seen.values()) >= EXAMPLES
    assert seen.get(200, 0) > 100 and seen.get(422, 0) > 100  # real letters and real refusals
    bugs = [r.getMessage() for r in caplog.records if "bug:" in r.getMessage()]
    assert bugs == []
