"""Take the README's screenshots from a running demo (`make run`), with the demo logins.

    .venv/bin/python docs/make_screenshots.py [http://127.0.0.1:8000]

It starts nothing and changes nothing: it signs in, opens pages and sends one export that is refused.
The pictures go to docs/screenshots/, beside this file.
"""

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
OUT = Path(__file__).with_name("screenshots")
TALLEST = 3000  # px: a full page is cut here, so a long docket does not make a picture no one scrolls through
REFERENCE_CASE = "De La Torre v. LinkedIn Corp."
WINDOWS = {1280: {"width": 1280, "height": 900}, 390: {"width": 390, "height": 844}}
LOGINS = {"paralegal": "paralegal-demo", "attorney": "attorney-demo"}


def signed_in_page(browser, base, username, width):
    context = browser.new_context(viewport=WINDOWS[width], is_mobile=width < 1000)
    page = context.new_page()
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(LOGINS[username])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")
    return page


def save(page, name, *, full_page=True):
    """The page from its top, as tall as it is up to TALLEST; or just the window."""
    path = OUT / f"{name}.png"
    if full_page:
        height = min(page.evaluate("document.documentElement.scrollHeight"), TALLEST)
        page.screenshot(
            path=path, full_page=True, clip={"x": 0, "y": 0, "width": page.viewport_size["width"], "height": height}
        )
    else:
        page.screenshot(path=path)
    print(path)


def open_reference_case(page, base):
    page.goto(f"{base}/?q=LinkedIn")
    page.get_by_role("link", name=REFERENCE_CASE).first.click()
    page.get_by_role("heading", level=1, name=REFERENCE_CASE).wait_for()


def case_list_and_case_page(browser, base, width):
    page = signed_in_page(browser, base, "attorney", width)  # an attorney's case page has the Reports panel
    save(page, f"case-list-{width}")
    open_reference_case(page, base)
    save(page, f"case-page-{width}")
    page.context.close()


def filters_error(browser, base):
    page = signed_in_page(browser, base, "paralegal", 390)
    page.goto(f"{base}/?court=zzz&filed_from=2025-13-45")
    save(page, "filters-error-390")
    page.context.close()


def export_error(browser, base):
    """A date range that ends before it starts, with Notes ticked: the form comes back open, saying why."""
    page = signed_in_page(browser, base, "attorney", 1280)
    open_reference_case(page, base)
    page.locator("#reports summary").click()
    form = page.locator("form.export-form")
    form.get_by_label("From", exact=True).fill("2025-02-01")
    form.get_by_label("To", exact=True).fill("2025-01-01")
    form.get_by_label("Notes").check()
    form.get_by_role("button", name="Start export").click()
    page.locator("#export-errors").wait_for()
    page.locator("#reports").evaluate("panel => window.scrollBy(0, panel.getBoundingClientRect().top - 16)")
    save(page, "export-error-1280", full_page=False)
    page.context.close()


def imported_docket(browser, base, width):
    """Roddy v. Babin: the disposition its judgment states, proposed; a pro se plaintiff; the docket newest first
    with a keyword marked."""
    page = signed_in_page(browser, base, "paralegal", width)
    page.goto(f"{base}/?q=Roddy")
    page.get_by_role("link", name="Roddy v. Babin").first.click()
    page.locator("#proposal-title").wait_for()
    save(page, f"imported-case-{width}", full_page=False)
    page.goto(page.url.split("?")[0] + "?q=dismiss&order=newest#docket")
    page.locator("#docket mark").first.wait_for()
    page.locator("#docket").evaluate("panel => window.scrollBy(0, panel.getBoundingClientRect().top - 16)")
    save(page, f"docket-newest-{width}", full_page=False)
    page.context.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", nargs="?", default="http://127.0.0.1:8000", help="the running demo's address")
    base = parser.parse_args().base.rstrip("/")
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for width in WINDOWS:
            case_list_and_case_page(browser, base, width)
            imported_docket(browser, base, width)
        filters_error(browser, base)
        export_error(browser, base)
        browser.close()


if __name__ == "__main__":
    main()
