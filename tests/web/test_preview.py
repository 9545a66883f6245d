"""The preview: as JSON for the page's script, and as a whole page without JavaScript."""

from __future__ import annotations

import re
import time

from tests.web.conftest import CASE_URL, SUPPORTER, Client


def test_preview_json_has_every_letter_with_the_supporters_name(client: Client) -> None:
    response = client.submit(f"{CASE_URL}/preview")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    data = response.json()
    assert data["errors"] == {}
    assert data["language"] == "ky"
    html = data["html"]
    assert html.count('<article class="letter"') == 3
    assert '<div class="paper" lang="ky">' in html
    assert html.count("Айгүл Токтогулова") == 6  # signed at the top and the bottom of each
    assert "Чүй проспекти 100<br>Бишкек 720001" in html
    assert '<ul class="b-item">' in html  # the requests, as a list


def test_preview_follows_the_chosen_language(client: Client) -> None:
    html = client.submit(f"{CASE_URL}/preview", {"language": "ru"}).json()["html"]
    assert '<div class="paper" lang="ru">' in html
    assert "С уважением" in html


def test_preview_with_errors_names_them_and_shows_blank_lines(client: Client) -> None:
    response = client.submit(
        f"{CASE_URL}/preview",
        {"email": "nobody", "language": "xx"},
        headers={"accept-language": "ru"},
    )
    assert response.status_code == 422
    data = response.json()
    assert data["errors"] == {
        "email": "Это не похоже на адрес электронной почты.",
        "language": "Пожалуйста, выберите один из языков списка.",
    }
    assert "Токтогулова" not in data["html"]  # nothing unchecked is drawn
    assert data["language"] == "ru"  # the interface language, offered by the case


def test_preview_of_an_empty_form_is_fine(client: Client) -> None:
    empty = {"name": "", "address": "", "email": "", "gender": ""}
    response = client.submit(f"{CASE_URL}/preview", empty)
    assert response.status_code == 200
    assert "______" in response.json()["html"]


def test_preview_escapes_what_the_supporter_typed(client: Client) -> None:
    typed = {"name": "<b>Anna</b> & {{ 7*7 }}", "address": "item: x\n<i>y</i>"}
    html = client.submit(f"{CASE_URL}/preview", typed).json()["html"]
    assert "&lt;b&gt;Anna&lt;/b&gt; &amp; {{ 7*7 }}" in html
    assert "<b>Anna" not in html and "<i>y" not in html


def test_no_javascript_preview_posts_back_the_whole_page(client: Client) -> None:
    response = client.submit(CASE_URL, headers={"accept-language": "ky"})
    assert response.status_code == 200
    assert '<html lang="ky">' in response.text
    assert "Айгүл Токтогулова" in response.text
    assert 'value="Айгүл Токтогулова"' in response.text  # the form keeps its values
    assert '<option value="female" selected>' in response.text


def test_no_javascript_preview_shows_errors_next_to_fields(client: Client) -> None:
    response = client.submit(CASE_URL, {"email": "nobody"}, headers={"accept-language": "en"})
    assert response.status_code == 422
    found = re.search(r'<p class="error" id="email-error">([^<]*)</p>', response.text)
    assert found and found.group(1) == "This does not look like an e-mail address."


def test_a_preview_answers_well_within_100_ms(client: Client) -> None:
    token = client.token()
    data = {**SUPPORTER, "csrf": token}
    client.post(f"{CASE_URL}/preview", data=data)  # the first one loads the templates
    timings = []
    for _ in range(10):
        started = time.perf_counter()
        assert client.post(f"{CASE_URL}/preview", data=data).status_code == 200
        timings.append(time.perf_counter() - started)
    assert sorted(timings)[len(timings) // 2] < 0.1
