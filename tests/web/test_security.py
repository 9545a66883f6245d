"""Security headers, CSRF, request limits and the privacy of the logs."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest

from tests.web.conftest import CASE_URL, SUPPORTER, Client
from ua_letters.web import csrf
from ua_letters.web.accesslog import LOGGER
from ua_letters.web.formdata import MAX_BODY

POSTS = (CASE_URL, f"{CASE_URL}/preview", f"{CASE_URL}/download/1.pdf")


def test_every_response_carries_the_security_headers(client: Client) -> None:
    for response in (
        client.get("/"),
        client.get(CASE_URL),
        client.get("/static/style.css"),
        client.get("/missing"),
        client.submit(f"{CASE_URL}/download/1.pdf"),
    ):
        csp = response.headers["content-security-policy"]
        assert "unsafe-inline" not in csp
        assert "script-src 'self'" in csp and "style-src 'self'" in csp
        assert "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-frame-options"] == "DENY"


def test_pages_are_not_cached_and_static_files_are(client: Client) -> None:
    assert client.get(CASE_URL).headers["cache-control"] == "no-store"
    assert client.submit(f"{CASE_URL}/download/1.pdf").headers["cache-control"] == "no-store"
    assert client.get("/static/app.js").headers["cache-control"].startswith("public")


def test_csrf_cookie_is_httponly_and_strict(client: Client) -> None:
    cookie = client.get(CASE_URL).headers["set-cookie"]
    assert cookie.startswith(f"{csrf.COOKIE}=")
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie or "SameSite=Strict" in cookie
    again = client.get(CASE_URL)  # the token is kept, not renewed on every page
    assert csrf.COOKIE not in again.headers.get("set-cookie", "")


@pytest.mark.parametrize("path", POSTS)
def test_post_without_a_token_is_refused(client: Client, path: str) -> None:
    client.get(CASE_URL)
    response = client.post(path, data=SUPPORTER, headers={"accept-language": "en"})
    assert response.status_code == 403
    assert "The form has expired" in response.text


@pytest.mark.parametrize("path", POSTS)
def test_post_with_a_token_but_no_cookie_is_refused(client: Client, path: str) -> None:
    token = client.token()
    client.cookies.clear()
    assert client.post(path, data={**SUPPORTER, "csrf": token}).status_code == 403


def test_token_that_does_not_match_the_cookie_is_refused(client: Client) -> None:
    client.token()
    other = csrf.CsrfGuard().new_token()
    response = client.post(f"{CASE_URL}/download/1.pdf", data={**SUPPORTER, "csrf": other})
    assert response.status_code == 403


def test_forged_cookie_and_field_pair_is_refused(client: Client) -> None:
    forged = "attacker-nonce." + "0" * 64
    client.cookies.set(csrf.COOKIE, forged)
    response = client.post(f"{CASE_URL}/download/1.pdf", data={**SUPPORTER, "csrf": forged})
    assert response.status_code == 403


def test_token_of_another_server_process_is_refused(client: Client) -> None:
    other = csrf.CsrfGuard(b"another process secret").new_token()
    client.cookies.set(csrf.COOKIE, other)
    response = client.post(f"{CASE_URL}/preview", data={**SUPPORTER, "csrf": other})
    assert response.status_code == 403


def test_a_bad_cookie_is_replaced_on_the_next_page(client: Client) -> None:
    client.cookies.set(csrf.COOKIE, "junk")
    page = client.get(CASE_URL)
    assert page.headers["set-cookie"].startswith(f"{csrf.COOKIE}=")
    assert client.submit(f"{CASE_URL}/preview").status_code == 200


def test_guard_accepts_only_its_own_matching_tokens() -> None:
    guard = csrf.CsrfGuard(b"k" * 32)
    token = guard.new_token()
    assert guard.accepts(token, token)
    assert not guard.accepts(token, guard.new_token())
    assert not guard.accepts(None, token) and not guard.accepts(token, None)
    assert not guard.accepts("", "")
    assert not guard.accepts("токен", "токен")
    assert not guard.is_signed(token + "0")
    assert not guard.is_signed("." + token.split(".")[1])
    assert not csrf.CsrfGuard(b"j" * 32).accepts(token, token)


def test_a_body_larger_than_the_limit_is_refused(client: Client) -> None:
    token = client.token()
    big = {**SUPPORTER, "csrf": token, "address": "x" * (MAX_BODY + 1)}
    response = client.post(f"{CASE_URL}/preview", data=big)
    assert response.status_code == 413


def test_a_body_that_lies_about_its_length_is_still_bounded(client: Client) -> None:
    token = client.token()

    async def chunks() -> AsyncIterator[bytes]:
        yield f"csrf={token}&name=".encode()
        for _ in range(40):
            yield b"a" * 1024

    response = client.post(
        f"{CASE_URL}/preview",
        content=chunks(),
        headers={"content-type": "application/x-www-form-urlencoded", "content-length": "100"},
    )
    assert response.status_code == 413


def test_only_url_encoded_forms_are_read(client: Client) -> None:
    token = client.token()
    response = client.post(f"{CASE_URL}/preview", json={**SUPPORTER, "csrf": token})
    assert response.status_code == 415
    multipart = client.post(f"{CASE_URL}/preview", files={"name": ("a.txt", b"x")})
    assert multipart.status_code == 415


def test_malformed_encoding_and_too_many_fields_are_refused(client: Client) -> None:
    token = client.token()
    headers = {"content-type": "application/x-www-form-urlencoded"}
    bad_utf8 = client.post(f"{CASE_URL}/preview", content=f"csrf={token}&name=%FF", headers=headers)
    assert bad_utf8.status_code == 400
    many = "&".join(f"f{i}=1" for i in range(50))
    assert client.post(f"{CASE_URL}/preview", content=many, headers=headers).status_code == 400


def test_logs_hold_no_query_string_and_no_supporter_data(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client.get(f"{CASE_URL}?ui=ky&secret=Токтогулова")
    client.submit(f"{CASE_URL}/preview")
    client.submit(f"{CASE_URL}/download/1.pdf")
    client.submit(f"{CASE_URL}/download/1.pdf", {"name": ""})  # an invalid form too
    access = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert access[0].startswith(f'"GET {CASE_URL}" 200 ')
    assert any(f'"POST {CASE_URL}/download/1.pdf" 200' in line for line in access)
    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    everything = "\n".join(r.getMessage() for r in server_side)  # the test client's own log aside
    for value in (*SUPPORTER.values(), "secret", "?ui", "testclient", "127.0.0.1"):
        if value in ("ky", "female"):
            continue
        assert value not in everything


def test_supporter_data_never_goes_into_cookies_or_urls(client: Client) -> None:
    response = client.submit(f"{CASE_URL}/download/1.pdf")
    assert (
        "set-cookie" not in response.headers or "Токтогулова" not in response.headers["set-cookie"]
    )
    page = client.get(CASE_URL).text
    assert 'method="post"' in page
    assert 'method="get"' not in page.lower()
