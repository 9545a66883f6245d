"""The start page, the case page, static files and error pages, over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.web.conftest import CASE_URL, LETTER_DATE, Client
from ua_letters.web.app import warm_up
from ua_letters.web.cases import Offer, load_offers
from ua_letters.web.forms import FIELDS


class Inputs(HTMLParser):
    """Collects form controls and label targets, to check every input has a label."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.labelled: set[str] = set()
        self.in_label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("input", "select", "textarea"):
            self.controls.append(values)
            if self.in_label:  # <label><input …> text</label>
                self.labelled.add(str(values.get("id")))
        if tag == "label":
            self.in_label = True
            if values.get("for"):
                self.labelled.add(str(values["for"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.in_label = False


def test_start_page_lists_the_case_with_number_person_and_deadline(client: Client) -> None:
    page = client.get("/", headers={"accept-language": "ru"})
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert '<html lang="ru">' in page.text
    assert 'href="/case/135-10-u1"' in page.text
    assert "UA 135/10" in page.text
    assert "Азимжан Аскаров" in page.text
    assert "Срок не указан" in page.text  # the example UA gives no deadline


def test_start_page_shows_the_deadline_and_when_it_has_passed(
    make_client: Callable[..., Client], case_with_deadline: Path
) -> None:
    offers = load_offers([case_with_deadline])
    before = make_client(offers, today=date(2010, 9, 16)).get(
        "/", headers={"accept-language": "en"}
    )
    assert "Send before 16 September 2010" in before.text
    after = make_client(offers, today=date(2010, 9, 17)).get("/", headers={"accept-language": "en"})
    assert "Deadline passed: 16 September 2010" in after.text


def test_case_page_shows_the_ua_recipients_addresses_and_faxes(client: Client) -> None:
    page = client.get(CASE_URL, headers={"accept-language": "en"})
    assert page.status_code == 200
    text = page.text
    assert "Azimzhan Askarov" in text
    assert "EUR 58/011/2010" in text
    assert "prisoner of conscience" in text  # the facts
    assert "immediately and unconditionally" in text  # the requests
    for name, fax in (
        ("Kubatbek Baibolov", "+996 312 68 20 44"),
        ("Baitemir Ibraev", "+996 312 66 54 11"),
        ("Roza Otunbaeva", "+996 312 62 50 12"),
    ):
        assert name in text
        assert f"Fax: {fax}" in text
    assert "Frunze Street, 469" in text
    assert "72, Orozbekova Street" in text
    assert "no deadline" in text  # and a note to check with the section office
    assert "section office" in text


def test_case_page_in_kyrgyz_shows_case_text_in_kyrgyz(client: Client) -> None:
    page = client.get(CASE_URL, headers={"accept-language": "ky-KG,ky;q=0.9,ru;q=0.5"})
    assert '<html lang="ky">' in page.text
    assert "Кимге жазуу керек" in page.text  # "Who to write to"
    assert "Укук коргоочу жана абийир туткуну" in page.text  # the facts, in Kyrgyz
    assert 'option value="ky" lang="ky" selected' in page.text  # letters default to ky too


def test_deadline_notice_before_and_after_the_deadline(
    make_client: Callable[..., Client], case_with_deadline: Path
) -> None:
    offers = load_offers([case_with_deadline])
    headers = {"accept-language": "en"}
    open_page = make_client(offers, today=date(2010, 9, 1)).get(CASE_URL, headers=headers)
    assert "Please send your appeals before 16 September 2010." in open_page.text
    assert 'role="alert"' not in open_page.text
    late = make_client(offers, today=date(2010, 10, 1)).get(CASE_URL, headers=headers)
    assert "The deadline of this appeal, 16 September 2010, has passed." in late.text
    assert "check with your section office before you send appeals" in late.text
    assert 'role="alert"' in late.text


def test_every_form_control_has_a_label(client: Client) -> None:
    parser = Inputs()
    parser.feed(client.get(CASE_URL).text)
    visible = [c for c in parser.controls if c.get("type") != "hidden"]
    assert {c["name"] for c in visible} == set(FIELDS)
    for control in visible:
        assert control["id"] in parser.labelled, control


def test_case_page_offers_the_case_languages_first(
    client: Client, offers: tuple[Offer, ...]
) -> None:
    page = client.get(CASE_URL).text
    positions = [page.index(f'<option value="{code}"') for code in offers[0].languages]
    assert positions == sorted(positions)
    assert offers[0].languages[:3] == ("ru", "ky", "en")


def test_case_page_previews_every_letter_with_blank_lines(client: Client) -> None:
    page = client.get(CASE_URL, headers={"accept-language": "ru"}).text
    assert page.count('<article class="letter"') == 3
    assert "Министру внутренних дел" in page or "Министр внутренних дел" in page
    assert "______" in page  # no name yet: lines to sign by hand


def test_unknown_case_is_a_404_page(client: Client) -> None:
    page = client.get("/case/999-99", headers={"accept-language": "ky"})
    assert page.status_code == 404
    assert "Кайрылуу табылган жок" in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'none'")


def test_unknown_path_is_a_translated_404(client: Client) -> None:
    page = client.get("/nowhere", headers={"accept-language": "ru"})
    assert page.status_code == 404
    assert "Страница не найдена" in page.text


def test_wrong_method_is_405_with_allow(client: Client) -> None:
    page = client.get(f"{CASE_URL}/download/1.pdf")
    assert page.status_code == 405
    assert page.headers["allow"] == "POST"
    assert client.request("DELETE", CASE_URL).status_code == 405


def test_static_files_and_fonts_are_served_locally(client: Client) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")
    assert "http" not in css.text  # nothing from elsewhere
    script = client.get("/static/app.js")
    assert script.status_code == 200
    assert "javascript" in script.headers["content-type"]
    font = client.get("/fonts/PT_Serif-Web-Regular.ttf")
    assert font.status_code == 200
    assert font.content[:4] == b"\x00\x01\x00\x00"  # a TrueType font
    assert client.get("/static/missing.js").status_code == 404
    assert client.get("/static/../app.py").status_code == 404


def test_pages_load_nothing_from_other_sites(client: Client) -> None:
    for url in ("/", CASE_URL):
        text = client.get(url).text
        assert "http://" not in text and "https://" not in text
        assert "<style" not in text and " style=" not in text  # CSP: no inline styles
        assert "<script>" not in text and " on" + "click=" not in text


def test_warm_up_draws_a_letter(offers: tuple[Offer, ...]) -> None:
    warm_up(offers, LETTER_DATE)  # must not raise; it loads fonts and renderers


@pytest.mark.parametrize(
    ("today", "advice"),
    [
        (date(2010, 9, 9), "There is time to post a signed letter."),  # 7 days to go
        (date(2010, 9, 10), "Little time is left: send your letter by fax or e-mail."),
        (date(2010, 9, 16), "Little time is left: send your letter by fax or e-mail."),
    ],
)
def test_case_page_recommends_a_channel_from_the_days_left(
    make_client: Callable[..., Client], case_with_deadline: Path, today: date, advice: str
) -> None:
    offers = load_offers([case_with_deadline])
    page = make_client(offers, today=today).get(
        f"/case/{offers[0].slug}", headers={"accept-language": "en"}
    )
    assert advice in page.text
