"""A real Chromium, driven by Playwright, against the live server."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from casetracker.roles import PARALEGAL

from ..casetracker.factories import user_with_role
from ..helpers import restore_reference_data

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", "/tmp/casetracker-screenshots"))


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """Save a full-page screenshot for a person to look at; the path is printed in the test output."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        print(f"screenshot: {path}")
        return path

    return take


@pytest.fixture
def sign_in(live_server):
    def sign_in_as(page, user):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill("pw-" + user.username)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{live_server.url}/")

    return sign_in_as


@pytest.fixture(scope="session", autouse=True)
def sync_orm_beside_playwright():
    """Playwright's sync API runs an event loop in this thread; the ORM calls fixtures make here are still sync."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    """Live-server tests commit their data and the database is flushed after each: re-seed what migrations gave."""
    restore_reference_data()


@pytest.fixture
def paralegal_user(reference_data):
    return user_with_role("paralegal", PARALEGAL)


# The two widths every page is checked at: a desktop and a phone.
WIDTHS = {1280: {"width": 1280, "height": 900}, 390: {"width": 390, "height": 844}}


@pytest.fixture
def sized_page(browser):
    """A page in a window this wide (390: a phone's), closed after the test whether it passed or not."""
    contexts = []

    def open_page(width):
        contexts.append(browser.new_context(viewport=WIDTHS[width], is_mobile=width < 1000))
        page = contexts[-1].new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_page
    for context in contexts:
        context.close()
