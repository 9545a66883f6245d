"""What a supporter gets beyond the plain letter: their own sentence, fax and e-mail
routes, the side translation, blank letters, the embassy copy, the 'what now' panel,
the error summary, and text cleaned of bidi controls. Real files, read back."""

from __future__ import annotations

import email
import email.policy
import io
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import docx
import pdfplumber
import pytest

from tests.web.conftest import (
    CASE_URL,
    LETTER_DATE,
    MINISTER_EMAIL,
    SUPPORTER,
    Client,
    Serve,
    edited_example,
)
from ua_letters.api import Block, Letter, mailto_link, writer_letters
from ua_letters.compose.variants import Variant
from ua_letters.web.cases import Offer, load_offers

PERSONAL = "Мен Бишкектеги мектепте мугалиммин."
EMBASSY = """\
title:
  en: Ambassador of the Kyrgyz Republic
  ru: Посол Кыргызской Республики
  ky: Кыргыз Республикасынын элчиси
name: {latn: Erines Otorbaev, cyrl: Эринес Оторбаев}
gender: male
address: [Otto-Suhr-Allee 146, 10585 Berlin, GERMANY]
fax: +49 30 34781362
"""


def pdf_pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def flat(text: str) -> str:
    return " ".join(re.sub(r"[-\xad]\n", "", text).split())


def readable(response: object) -> str:
    header = response.headers["content-disposition"]  # type: ignore[attr-defined]
    return unquote(header.split("filename*=UTF-8''", 1)[1])


@pytest.fixture
def email_client(make_client: Callable[..., Client], case_with_email: Path) -> Client:
    return make_client(load_offers([case_with_email]))


# The personal sentence


def test_the_personal_sentence_opens_the_pdf_and_the_docx(client: Client) -> None:
    typed = {"personal": "Мен Бишкектеги\r\nмектепте  мугалиммин."}  # Enter in the textarea
    pdf = client.submit(f"{CASE_URL}/download/1.pdf", typed)
    assert pdf.status_code == 200
    assert PERSONAL in flat("\n".join(pdf_pages(pdf.content)))
    word = client.submit(f"{CASE_URL}/download/1.docx", typed)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs]
    assert any(PERSONAL in p for p in paragraphs)


def test_the_personal_sentence_is_previewed_escaped(client: Client) -> None:
    html = client.submit(f"{CASE_URL}/preview", {"personal": "<b>Мен</b> & {{ 7*7 }}"}).json()
    assert "&lt;b&gt;Мен&lt;/b&gt; &amp; {{ 7*7 }}" in html["html"]


@pytest.mark.parametrize(
    ("personal", "message"),
    [
        ("Я" * 401, "Please use at most 400 characters."),
        ("Street\x1b[31m", "This contains invisible control characters; please retype it."),
        ("I love 😀", "The letter font cannot print these characters: 😀"),
    ],
)
def test_a_bad_personal_sentence_is_named_on_its_field(
    client: Client, personal: str, message: str
) -> None:
    response = client.submit(
        f"{CASE_URL}/download/1.pdf", {"personal": personal}, headers={"accept-language": "en"}
    )
    assert response.status_code == 422
    assert f'<p class="error" id="personal-error">{message}</p>' in response.text


def test_a_sentence_without_a_name_asks_for_the_name(client: Client) -> None:
    data = client.submit(f"{CASE_URL}/preview", {"name": "", "address": "", "personal": "Hi."})
    assert data.status_code == 422
    assert set(data.json()["errors"]) == {"name"}


# Fax, e-mail, names with the office


def test_the_fax_version_starts_with_a_cover_page_with_the_number(client: Client) -> None:
    response = client.submit(
        f"{CASE_URL}/download/2.fax.pdf", {"language": "en"}, headers={"accept-language": "en"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    cover, *letter = pdf_pages(response.content)
    assert "FAX" in cover and "+996 312 66 54 11" in cover
    assert "Pages (including this one): 2" in cover or len(letter) >= 1
    assert "Dear General Prosecutor" in "\n".join(letter)
    assert readable(response) == "UA 135-10 General Prosecutor en fax.pdf"
    assert (
        'filename="ua135-10_02-general-prosecutor_en.fax.pdf"'
        in response.headers["content-disposition"]
    )


def test_download_names_carry_the_office_in_the_interface_language(client: Client) -> None:
    ky = client.submit(f"{CASE_URL}/download/1.pdf", headers={"accept-language": "ky"})
    assert readable(ky) == "UA 135-10 Кыргыз Республикасынын Ички иштер министри ky.pdf"
    en = client.submit(f"{CASE_URL}/download/3.docx", headers={"accept-language": "en"})
    assert readable(en) == "UA 135-10 President ky.docx"


def test_an_email_draft_goes_to_the_address_the_ua_gives(email_client: Client) -> None:
    response = email_client.submit(f"{CASE_URL}/download/1.eml", {"language": "ru"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("message/rfc822")
    message = email.message_from_bytes(response.content, policy=email.policy.default)
    assert message["To"] == MINISTER_EMAIL
    assert SUPPORTER["name"] in str(message["From"])
    assert message["X-Unsent"] == "1"
    body = message.get_body().get_content()  # type: ignore[union-attr]
    assert "Уважаемый господин министр!" in body or "Уважаемый" in body
    assert SUPPORTER["name"] in body


def test_only_recipients_with_an_address_get_an_email_button(email_client: Client) -> None:
    page = email_client.get(CASE_URL).text
    assert f'formaction="{CASE_URL}/download/1.eml"' in page
    assert f'formaction="{CASE_URL}/download/2.eml"' not in page
    assert f"E-mail: {MINISTER_EMAIL}" in page
    refused = email_client.submit(f"{CASE_URL}/download/2.eml")
    assert refused.status_code == 404


def test_the_example_offers_no_email_route(client: Client) -> None:
    assert ".eml" not in client.get(CASE_URL).text
    assert client.submit(f"{CASE_URL}/download/1.eml").status_code == 404


def test_a_zip_of_email_drafts(email_client: Client) -> None:
    import zipfile

    response = email_client.submit(f"{CASE_URL}/download/all.zip", {"format": "eml"})
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert archive.namelist() == ["ua135-10_01-minister-of-internal-affairs_ky.eml"]


def test_mailto_is_offered_only_when_the_whole_letter_fits(offers: tuple[Offer, ...]) -> None:
    case = offers[0].case
    minister = case.recipients[0].model_copy(update={"email": [MINISTER_EMAIL]})
    case = case.model_copy(update={"recipients": [minister, *case.recipients[1:]]})
    full = writer_letters(case, "en", None, LETTER_DATE)[0]
    assert mailto_link(case, full) is None  # a real letter is too long for a link
    short = Letter(
        "en",
        0,
        (Block("salutation", "Dear Minister"), Block("p", "Release him."), Block("sign", "A")),
        "UA 135/10",
        LETTER_DATE,
        "UA 135/10",
        Variant(),
    )
    link = mailto_link(case, short)
    assert link is not None and link.startswith(f"mailto:{MINISTER_EMAIL}?subject=")
    assert unquote(link).endswith("Dear Minister\r\n\r\nRelease him.\r\n\r\nA\r\n")
    assert mailto_link(offers[0].case, short) is None  # no address: no link


# The side translation


def test_the_side_translation_downloads_apart_marked_not_to_send(client: Client) -> None:
    fields = {"language": "ky", "gloss": "en"}
    page = client.submit(CASE_URL, fields, headers={"accept-language": "en"}).text
    assert f'formaction="{CASE_URL}/download/1.gloss.pdf"' in page
    response = client.submit(
        f"{CASE_URL}/download/1.gloss.pdf", fields, headers={"accept-language": "en"}
    )
    assert response.status_code == 200
    text = flat("\n".join(pdf_pages(response.content)))
    assert text.startswith("Translation for you, the writer. Do not send this page.") or (
        "Translation for you, the writer. Do not send this page." in text
    )
    assert "Dear Minister" in text and "Байболовго" not in text  # the English, alone
    assert readable(response) == "UA 135-10 Minister of Internal Affairs ky → en.pdf"


def test_no_translation_button_when_the_letter_is_already_in_that_language(
    client: Client,
) -> None:
    page = client.submit(CASE_URL, {"language": "ky", "gloss": "ky"}).text
    assert ".gloss.pdf" not in page
    refused = client.submit(
        f"{CASE_URL}/download/1.gloss.pdf",
        {"language": "ky", "gloss": "ky"},
        headers={"accept-language": "en"},
    )
    assert refused.status_code == 422
    assert "other than the letter" in refused.text


def test_the_translation_defaults_to_the_interface_language(client: Client) -> None:
    page = client.get(CASE_URL, headers={"accept-language": "ru"}).text
    assert '<option value="ru" lang="ru" selected>Русский</option>' in page.split('id="gloss"')[1]


# Blank letters


def test_blank_letters_need_no_name_and_hold_every_official(client: Client) -> None:
    response = client.submit(
        f"{CASE_URL}/download/blank.pdf",
        {"language": "ru", "name": "", "address": "", "email": ""},
    )
    assert response.status_code == 200
    assert readable(response) == "UA 135-10 Азимжан Аскаров ru blank.pdf"
    text = "\n".join(pdf_pages(response.content))
    for official in ("Байболову", "Ибраеву", "Отунбаевой"):
        assert official in text
    assert "______" in text
    assert SUPPORTER["name"] not in text


def test_blank_letters_ignore_a_name_typed_in_the_form(client: Client) -> None:
    response = client.submit(f"{CASE_URL}/download/blank.pdf")
    assert SUPPORTER["name"] not in "\n".join(pdf_pages(response.content))


# The error summary


def test_a_refused_download_puts_an_error_summary_first(client: Client) -> None:
    response = client.submit(
        f"{CASE_URL}/download/1.pdf",
        {"name": "", "email": "nobody"},
        headers={"accept-language": "en"},
    )
    assert response.status_code == 422
    html = response.text
    assert "<title>Error: UA 135/10: Azimzhan Askarov · ua-letters</title>" in html
    main = html.split('<main id="main">', 1)[1]
    assert main.lstrip().startswith('<div class="error-summary" id="error-summary" role="alert"')
    assert 'tabindex="-1" autofocus' in main.split(">", 1)[0]
    assert '<a href="#name">Your name: Please enter your name.</a>' in html
    assert "Your e-mail address (optional): This does not look like an e-mail address." in html
    assert html.index('href="#name"') < html.index('href="#email"')  # in the form's order


def test_a_good_page_has_no_summary_and_no_marked_title(client: Client) -> None:
    html = client.get(CASE_URL, headers={"accept-language": "ky"}).text
    assert "error-summary" not in html
    assert "<title>UA 135/10: Азимжан Аскаров · ua-letters</title>" in html


def test_the_title_is_marked_in_the_interface_language(client: Client) -> None:
    html = client.submit(CASE_URL, {"name": ""}, headers={"accept-language": "ky"}).text
    assert "<title>Ката: UA 135/10" in html


# The "what now" panel


def what_now(html: str) -> str:
    return html.split('<section id="what-now"', 1)[1].split("</section>", 1)[0]


def test_what_now_says_print_sign_envelope_postage_and_embassy(client: Client) -> None:
    panel = what_now(client.get(CASE_URL, headers={"accept-language": "en"}).text)
    for words in (
        "Print the letter on A4 paper and sign it by hand",
        "DL window envelope",
        "The letter goes abroad (Kyrgyzstan): put on a stamp for an international letter.",
        "The appeal gives no deadline: post it soon.",
        "To fax it: download the fax version",
        "embassy of this country (Kyrgyzstan) in your country",
    ):
        assert words in panel, words
    assert "To e-mail it" not in panel  # the example UA gives no e-mail address


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2010, 9, 1), "Post it soon: appeals should arrive before 16 September 2010"),
        (date(2010, 9, 12), "a posted letter may arrive too late."),
        (date(2010, 9, 30), "The deadline, 16 September 2010, has passed"),
    ],
)
def test_what_now_follows_the_deadline(
    make_client: Callable[..., Client], case_with_deadline: Path, today: date, expected: str
) -> None:
    offers = load_offers([case_with_deadline])
    page = make_client(offers, today=today).get(
        f"/case/{offers[0].slug}", headers={"accept-language": "en"}
    )
    panel = what_now(page.text)
    assert expected in panel
    if today == date(2010, 9, 12):
        assert "Send it by fax or e-mail instead (see below)." in panel


def test_what_now_in_russian_names_the_country_from_cldr(client: Client) -> None:
    panel = what_now(client.get(CASE_URL, headers={"accept-language": "ru"}).text)
    assert "Письмо идёт за границу (Киргизия)" in panel


# The embassy copy (serve --embassy)


@pytest.fixture
def embassy_file(tmp_path: Path) -> Path:
    path = tmp_path / "embassy.yaml"
    path.write_text(EMBASSY, encoding="utf-8")
    return path


def test_with_an_embassy_every_supporter_gets_the_copy_letter(
    make_client: Callable[..., Client], embassy_file: Path
) -> None:
    from ua_letters.api import load_embassy
    from ua_letters.resources import example_case

    offers = load_offers([example_case()], load_embassy(embassy_file))
    assert offers[0].languages == ("ru", "ky", "en")  # the embassy has no de, fr, es text
    client = make_client(offers)
    page = client.get(CASE_URL, headers={"accept-language": "en"}).text
    assert "Post the copy for the embassy (letter 4) as well; its address is below." in page
    assert "Otto-Suhr-Allee 146" in page
    response = client.submit(f"{CASE_URL}/download/4.pdf", {"language": "ru"})
    assert response.status_code == 200
    text = flat("\n".join(pdf_pages(response.content)))
    assert "Оторбаеву" in text and "Копия для сведения." in text


def test_an_embassy_without_a_case_language_is_refused_naming_it(
    tmp_path: Path, embassy_file: Path
) -> None:
    from ua_letters.api import load_embassy
    from ua_letters.errors import CaseFileError
    from ua_letters.resources import example_case

    embassy_file.write_text(EMBASSY.replace("  ky: Кыргыз Республикасынын элчиси\n", ""), "utf-8")
    with pytest.raises(CaseFileError) as error:
        load_offers([example_case()], load_embassy(embassy_file))
    assert "embassy.title: has no ky text" in str(error.value)
    assert str(example_case()) in str(error.value)


@pytest.mark.slow
def test_serve_with_embassy_offers_the_copy(serve: Serve, embassy_file: Path) -> None:
    import httpx

    base, _ = serve("--embassy", str(embassy_file))
    page = httpx.get(base + CASE_URL, headers={"accept-language": "en"})
    assert page.status_code == 200
    assert "Ambassador of the Kyrgyz Republic" in page.text
    assert f'formaction="{CASE_URL}/download/4.pdf"' in page.text


# Bidi controls and other invisible marks


def test_bidi_controls_around_numbers_never_reach_the_page(
    make_client: Callable[..., Client], tmp_path: Path
) -> None:
    case = edited_example(
        tmp_path,
        "bidi.yaml",
        ("fax: +996 312 68 20 44", 'fax: "\u202a+996 312 68 20 44\u202c"'),
        (
            "      en: Minister of Internal Affairs\n",
            '      en: "Minister of\u200e Internal Affairs"\n',
        ),
        ("  issued: 2010-08-05\n", "  issued: 2010-08-05\n  deadline: 2010-09-16\n"),
    )
    client = make_client(load_offers([case]))
    for response in (
        client.get(CASE_URL, headers={"accept-language": "en"}),
        client.get(CASE_URL, headers={"accept-language": "ar"}),
        client.submit(f"{CASE_URL}/preview", {"language": "en"}),
        client.submit(CASE_URL, {"name": ""}),
    ):
        text = (
            response.text
            if "json" not in response.headers["content-type"]
            else (response.json()["html"])
        )
        assert not re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", text)
    page = client.get(CASE_URL, headers={"accept-language": "en"}).text
    assert "Fax: +996 312 68 20 44" in page
    assert "Minister of Internal Affairs" in page
    pdf = client.submit(f"{CASE_URL}/download/1.fax.pdf", {"language": "en"})
    assert readable(pdf) == "UA 135-10 Minister of Internal Affairs en fax.pdf"


def test_case_text_the_font_cannot_draw_is_a_clean_page_not_a_bug(
    make_client: Callable[..., Client], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    case = edited_example(
        tmp_path,
        "snowman.yaml",
        (
            "      en: Minister of Internal Affairs\n",
            '      en: "Minister ☃ of Internal Affairs"\n',
        ),
    )
    client = make_client(load_offers([case]))
    for name in ("1.pdf", "1.fax.pdf", "all.zip"):
        response = client.submit(
            f"{CASE_URL}/download/{name}", {"language": "en"}, headers={"accept-language": "en"}
        )
        assert response.status_code == 422, name
        assert "This letter cannot be made" in response.text
    logged = [r.getMessage() for r in caplog.records if r.name == "ua_letters.web.error"]
    assert logged and all(m.startswith("letter not made: RenderError") for m in logged)
    assert not any("bug:" in m or SUPPORTER["name"] in m for m in logged)


def test_an_official_without_a_postal_address_gets_no_letter_to_post(
    make_client: Callable[..., Client], tmp_path: Path
) -> None:
    case = edited_example(
        tmp_path,
        "fax-only.yaml",
        ("    address:\n      - Dom Pravitelstva\n      - Bishkek 720003, KYRGYZSTAN\n", ""),
    )
    client = make_client(load_offers([case]))
    page = client.get(CASE_URL, headers={"accept-language": "en"}).text
    assert f'formaction="{CASE_URL}/download/3.pdf"' not in page
    assert f'formaction="{CASE_URL}/download/3.fax.pdf"' in page
    assert client.submit(f"{CASE_URL}/download/3.pdf").status_code == 404
    assert client.submit(f"{CASE_URL}/download/3.fax.pdf").status_code == 200
    import zipfile

    archive = client.submit(f"{CASE_URL}/download/all.zip", {"format": "pdf"})
    with zipfile.ZipFile(io.BytesIO(archive.content)) as zipped:
        assert len(zipped.namelist()) == 2
    blank = "\n".join(pdf_pages(client.submit(f"{CASE_URL}/download/blank.pdf").content))
    assert blank.count("Урматтуу ") == 2  # two letters: the salutations of the two with an address
    assert "Урматтуу Президент айым" not in blank
