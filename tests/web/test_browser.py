"""The real page in a real browser: Debian's Chromium driven by Playwright.

A supporter at phone width, with a Kyrgyz browser, jumps to the form, writes a personal
sentence, watches the preview follow their typing, downloads the PDF (read back with
pdfplumber: the sentence is in it) and is shown what to do next; the page is
photographed. Blank letters download; a failed submit puts a summary of the errors at
the top and moves the focus there; the form works without JavaScript.

axe-core (installed from npm by tests/web/package.json and its lock file) checks every
state of every page, including the 7:1 contrast rule (color-contrast-enhanced), and any
violation fails the test. It is injected as an init script, which the page's CSP does
not apply to, so the page itself stays under its real policy.
Never a browser that Playwright downloads: only /usr/bin/chromium.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import struct
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
import uvicorn

from tests.web.conftest import CASE_URL, LETTER_DATE, SUPPORTER
from ua_letters.web.app import create_app

HERE = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium")
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
README_SHOT = HERE.parents[1] / "docs" / "web-phone.png"
PERSONAL = "Мен Бишкектеги мектепте мугалиммин жана Аскаровдун тагдырына кайгырам."
AXE_OPTIONS = {"rules": {"color-contrast-enhanced": {"enabled": True}}}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed at /usr/bin/chromium "
        "(apt-get install chromium); the browser test needs it",
    ),
]


def axe_source() -> Path:
    """axe-core from tests/web/node_modules, installed from the lock file if missing."""
    if not AXE.exists():
        npm = shutil.which("npm")
        assert npm, "axe-core is missing and npm is not installed (apt-get install npm)"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    assert AXE.exists(), f"npm ci did not install {AXE}"
    return AXE


@pytest.fixture(scope="module")
def base_url(offers: object) -> Iterator[str]:
    """The app under uvicorn on a free loopback port, in a thread, with a frozen date."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    app = create_app(offers, today=lambda: LETTER_DATE)  # type: ignore[arg-type]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    source = axe_source()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        chromium.axe_source = source  # type: ignore[attr-defined]
        yield chromium
        chromium.close()


class Watched:
    """A page with axe loaded, whose script errors, CSP reports and failed requests are kept."""

    def __init__(self, browser: Any, **options: Any) -> None:
        self.context = browser.new_context(**options)
        self.context.add_init_script(path=str(browser.axe_source))
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on(
            "console", lambda m: self.problems.append(m.text) if m.type == "error" else None
        )
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on(
            "response",
            lambda r: self.problems.append(f"{r.status} {r.url}") if r.status >= 400 else None,
        )

    def accessible(self, state: str) -> None:
        """axe-core on the page as it is now; every violation is listed, and fails."""
        self.page.wait_for_load_state("load")
        result = self.page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
        found = [
            f"{v['id']} ({v['impact']}): {v['help']} at "
            + "; ".join(" ".join(node["target"]) for node in v["nodes"][:5])
            for v in result["violations"]
        ]
        assert found == [], f"{state}: " + json.dumps(found, ensure_ascii=False, indent=1)
        assert result["passes"], f"{state}: axe checked nothing"

    def close(self) -> None:
        self.context.close()


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def pdf_text(path: Path) -> str:
    """The text of a PDF on one line: words rejoined where a line ended in a hyphen."""
    with pdfplumber.open(path) as pdf:
        raw = "\n".join(p.extract_text() or "" for p in pdf.pages)
    return " ".join(re.sub(r"[-\xad]\n", "", raw).split())


def test_phone_supporter_writes_a_sentence_downloads_a_pdf_and_sees_what_to_do(
    browser: object, base_url: str, tmp_path: Path, update_goldens: bool
) -> None:
    from playwright.sync_api import expect

    watched = Watched(browser, viewport=PHONE, locale="ky-KG", accept_downloads=True)
    page = watched.page
    page.goto(base_url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "ky")
    watched.accessible("start page")
    page.get_by_role("link", name="Азимжан Аскаров").click()
    page.wait_for_url(base_url + CASE_URL)
    watched.accessible("case page")

    jump = page.get_by_role("link", name="Катыңызды жазыңыз")
    assert jump.bounding_box()["y"] < PHONE["height"] / 2, "the link to the form is not on top"
    form_top = page.evaluate("document.getElementById('yours').getBoundingClientRect().top")
    jump.click()
    expect(page.locator("h2#yours")).to_be_in_viewport()
    assert form_top < 1500, f"the form starts {form_top:.0f} px down"

    page.get_by_label("Каттардын тили").select_option("ky")
    page.get_by_label("Аты-жөнүңүз").fill(SUPPORTER["name"])
    page.get_by_label("Дарегиңиз").fill(SUPPORTER["address"])
    page.get_by_label("Электрондук почтаңыз (милдеттүү эмес)").fill(SUPPORTER["email"])
    page.get_by_label("Жынысыңыз (милдеттүү эмес)").select_option("female")
    page.get_by_label("Өзүңүздөн бир сүйлөм (милдеттүү эмес)").fill(PERSONAL)
    letters = page.locator("#letters")
    expect(letters).to_contain_text(PERSONAL)  # the preview followed the typing
    expect(letters).to_contain_text("Чүй проспекти 100")
    expect(letters.locator(".paper").first).to_have_attribute("lang", "ky")
    what_now = page.locator("#what-now")
    expect(what_now).to_be_hidden()  # until something is downloaded
    watched.accessible("case page, filled in")

    with page.expect_download() as info:
        page.locator(f"button[formaction='{CASE_URL}/download/1.pdf']").click()
    download = info.value
    assert download.suggested_filename == (
        "UA 135-10 Кыргыз Республикасынын Ички иштер министри ky.pdf"
    )
    saved = tmp_path / "letter.pdf"
    download.save_as(saved)
    text = pdf_text(saved)
    for expected in (SUPPORTER["name"], "Чүй проспекти 100", "Байболовго", PERSONAL):
        assert expected in text

    expect(what_now).to_be_visible()
    expect(what_now).to_be_focused()
    expect(what_now).to_contain_text("Катты A4 кагазына басып чыгарып")  # print, sign
    expect(what_now).to_contain_text("DL конвертине")  # the envelope
    expect(what_now).to_contain_text("эл аралык кат үчүн марка")  # postage abroad
    expect(what_now).to_contain_text("Кыргызстан")  # the country, from CLDR
    expect(what_now).to_contain_text("элчилигине")  # the embassy copy
    expect(what_now).to_contain_text("Факс аркылуу жөнөтүү үчүн")  # the fax route
    watched.accessible("after a download")

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the page scrolls sideways at phone width"
    shot = tmp_path / "web-phone.png"
    page.screenshot(path=str(shot), full_page=True)
    assert png_size(shot)[0] == PHONE["width"]
    if update_goldens:  # pytest --update-goldens refreshes the README's picture
        top = page.evaluate(
            "document.getElementById('yours').getBoundingClientRect().top + window.scrollY"
        )
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(
            path=str(tmp_path / "readme.png"),
            full_page=True,
            clip={"x": 0, "y": top - 8, "width": PHONE["width"], "height": 1400},
        )
        shutil.copyfile(tmp_path / "readme.png", README_SHOT)
    assert watched.problems == [], watched.problems  # no CSP violation, no script error
    watched.close()


def test_blank_letters_download_as_one_pdf(browser: object, base_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    watched = Watched(browser, viewport=PHONE, locale="ru-RU", accept_downloads=True)
    page = watched.page
    page.goto(base_url + CASE_URL)
    page.get_by_label("Язык писем").select_option("ru")
    with page.expect_download() as info:
        page.get_by_role("button", name="Скачать незаполненные письма (PDF)").click()
    assert info.value.suggested_filename == "UA 135-10 Азимжан Аскаров ru blank.pdf"
    saved = tmp_path / "blank.pdf"
    info.value.save_as(saved)
    with pdfplumber.open(saved) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    text = "\n".join(pages)
    assert len(pages) >= 3  # a letter to each of the three officials
    for official in ("Байболову", "Ибраеву", "Отунбаевой"):
        assert official in text
    assert "______" in text  # lines to write a name and address by hand
    expect(page.locator("#what-now")).to_be_visible()  # a blank letter needs no name
    watched.accessible("after a blank download")
    assert watched.problems == [], watched.problems
    watched.close()


def test_a_failed_submit_puts_a_focused_error_summary_on_top(
    browser: object, base_url: str
) -> None:
    from playwright.sync_api import expect

    watched = Watched(browser, viewport=PHONE, locale="en-GB")
    page = watched.page
    page.goto(base_url + CASE_URL)
    page.get_by_label("Your address").fill("Hauptstr. 1\n10115 Berlin")
    page.get_by_label("Your e-mail address (optional)").fill("not an address")
    page.locator(f"button[formaction='{CASE_URL}/download/2.pdf']").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Your name: Please enter your name.")
    expect(summary).to_contain_text("This does not look like an e-mail address.")
    assert page.title().startswith("Error: UA 135/10")
    box = summary.bounding_box()
    assert box is not None and box["y"] < 200  # at the top of the page
    expect(page.locator("#what-now")).to_be_hidden()
    watched.accessible("after a failed submit")
    summary.get_by_role("link", name="Your name: Please enter your name.").click()
    expect(page.locator("#name")).to_be_focused()
    watched.problems = [p for p in watched.problems if "422" not in p]  # the refused form
    assert watched.problems == [], watched.problems
    watched.close()


def test_the_form_works_without_javascript(browser: object, base_url: str) -> None:
    from playwright.sync_api import expect

    watched = Watched(browser, viewport=PHONE, locale="ru-RU", java_script_enabled=False)
    page = watched.page
    page.goto(base_url + CASE_URL)
    expect(page.locator("#what-now")).to_be_visible()  # no script to reveal it later
    page.get_by_label("Язык писем").select_option("ru")
    page.get_by_label("Ваш адрес", exact=True).fill("Hauptstr. 1\n10115 Berlin")
    page.get_by_role("button", name="Показать предпросмотр").click()
    expect(page.locator("#name-error")).to_have_text("Пожалуйста, укажите своё имя.")
    expect(page.locator("#error-summary")).to_be_focused()  # by autofocus, with no script
    assert page.title().startswith("Ошибка:")
    page.get_by_label("Ваше имя и фамилия").fill("Анна Петрова")
    page.get_by_label("Несколько слов от себя (необязательно)").fill("Я учительница из Берлина.")
    page.get_by_role("button", name="Показать предпросмотр").click()
    expect(page.locator("#letters")).to_contain_text("Анна Петрова")
    expect(page.locator("#letters")).to_contain_text("Я учительница из Берлина.")
    expect(page.locator("#preview-title")).to_be_focused()  # the letters, not the top
    expect(page.locator("#name-error")).to_be_empty()
    expect(page.locator("#error-summary")).to_have_count(0)
    watched.close()


def test_pages_without_javascript_and_the_error_page_are_accessible(
    browser: object, base_url: str
) -> None:
    """The page as it is without its script (axe itself needs JavaScript, so the page's
    own script is served empty instead of switching JavaScript off)."""
    watched = Watched(browser, viewport=PHONE, locale="ru-RU")
    page = watched.page
    page.route(
        "**/static/app.js", lambda route: route.fulfill(body="", content_type="text/javascript")
    )
    for url, state in ((CASE_URL, "case page"), ("/nowhere", "404 page"), ("/", "start page")):
        page.goto(base_url + url)
        watched.accessible(f"{state} without JavaScript")
    page.goto(base_url + CASE_URL)
    with page.expect_navigation():  # the form posts: axe must run on the answer, not the old page
        page.get_by_role("button", name="Показать предпросмотр").click()
    watched.accessible("a preview posted without JavaScript, with an error summary")
    watched.problems = [p for p in watched.problems if "422" not in p and "404" not in p]
    assert watched.problems == [], watched.problems
    watched.close()
