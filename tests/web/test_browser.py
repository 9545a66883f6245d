"""The real page in a real browser: Debian's Chromium driven by Playwright.

A supporter at phone width, with a Kyrgyz browser, fills the form in Kyrgyz, watches the
preview follow their typing, downloads the PDF (read back with pdfplumber) and the page
is photographed. A second run with JavaScript off shows the form works without it.
Never a browser that Playwright downloads: only /usr/bin/chromium.
"""

from __future__ import annotations

import shutil
import socket
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
import uvicorn

from tests.web.conftest import CASE_URL, LETTER_DATE, SUPPORTER
from ua_letters.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
README_SHOT = Path(__file__).resolve().parents[2] / "docs" / "web-phone.png"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed at /usr/bin/chromium "
        "(apt-get install chromium); the browser test needs it",
    ),
]


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

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        yield chromium
        chromium.close()


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_kyrgyz_supporter_at_phone_width_downloads_a_pdf(
    browser: object, base_url: str, tmp_path: Path, update_goldens: bool
) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    context = browser.new_context(viewport=PHONE, locale="ky-KG", accept_downloads=True)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("response", lambda r: problems.append(r.url) if r.status >= 400 else None)

    page.goto(base_url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "ky")
    page.get_by_role("link", name="Азимжан Аскаров").click()
    page.wait_for_url(base_url + CASE_URL)
    expect(page.locator("h2#yours")).to_have_text("Сиздин катыңыз")

    page.get_by_label("Каттардын тили").select_option("ky")
    page.get_by_label("Аты-жөнүңүз").fill(SUPPORTER["name"])
    page.get_by_label("Дарегиңиз").fill(SUPPORTER["address"])
    page.get_by_label("Электрондук почтаңыз (милдеттүү эмес)").fill(SUPPORTER["email"])
    page.get_by_label("Жынысыңыз (милдеттүү эмес)").select_option("female")
    letters = page.locator("#letters")
    expect(letters).to_contain_text(SUPPORTER["name"])  # the preview followed the typing
    expect(letters).to_contain_text("Чүй проспекти 100")
    expect(letters.locator(".paper").first).to_have_attribute("lang", "ky")

    with page.expect_download() as info:
        page.locator(f"button[formaction='{CASE_URL}/download/1.pdf']").click()
    download = info.value
    assert download.suggested_filename == "UA 135-10 Кубатбек Байболов ky.pdf"
    saved = tmp_path / "letter.pdf"
    download.save_as(saved)
    with pdfplumber.open(saved) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    for expected in (SUPPORTER["name"], "Чүй проспекти 100", "Байболовго", "Урматтоо менен"):
        assert expected in text

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the page scrolls sideways at phone width"
    unlabelled = page.evaluate(
        "[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
        ".filter(e => e.labels.length === 0).map(e => e.name)"
    )
    assert unlabelled == []

    shot = tmp_path / "web-phone.png"
    page.screenshot(path=str(shot), full_page=True)
    assert png_size(shot)[0] == PHONE["width"]
    if update_goldens:  # pytest --update-goldens refreshes the README's picture
        top = page.evaluate(
            "document.getElementById('yours').getBoundingClientRect().top + window.scrollY"
        )
        page.screenshot(
            path=str(tmp_path / "readme.png"),
            full_page=True,
            clip={"x": 0, "y": top - 8, "width": PHONE["width"], "height": 1400},
        )
        shutil.copyfile(tmp_path / "readme.png", README_SHOT)
    assert problems == [], problems  # no CSP violation, no script error
    context.close()


def test_the_form_works_without_javascript(browser: object, base_url: str) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    context = browser.new_context(viewport=PHONE, locale="ru-RU", java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + CASE_URL)
    page.get_by_label("Язык писем").select_option("ru")
    page.get_by_label("Ваш адрес", exact=True).fill("Hauptstr. 1\n10115 Berlin")
    page.get_by_role("button", name="Показать предпросмотр").click()
    expect(page.locator("#name-error")).to_have_text("Пожалуйста, укажите своё имя.")
    page.get_by_label("Ваше имя и фамилия").fill("Анна Петрова")
    page.get_by_role("button", name="Показать предпросмотр").click()
    expect(page.locator("#letters")).to_contain_text("Анна Петрова")
    expect(page.locator("#name-error")).to_be_empty()
    context.close()
