"""The error pages in a real browser, at 1280 px and 390 px: the heading and the ways back are in view."""

import pytest
from playwright.sync_api import expect

from devdata.demo import reference_case_load

from .axe import serious_violations
from .conftest import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# (address, status, heading); {case} is the reference case's id.
ERRORS = [
    ("/cases/999999/", 404, "Page not found"),
    ("/reports/1/status.json", 403, "You do not have access to this"),  # a paralegal may not export
    ("/cases/{case}/reports/", 405, "This address is not a page to open"),  # a form's address, opened
    ("/test-errors/500/", 500, "Something went wrong on our side"),
]


def in_view(page, locator, width: int) -> None:
    """Visible and wholly inside the window, without scrolling; the page never scrolls sideways."""
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
    assert box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"], box
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("address", "status", "heading"), ERRORS, ids=[str(status) for _, status, _ in ERRORS])
def test_an_error_page_shows_what_happened_and_the_way_back(
    sized_page, live_server, sign_in, paralegal_user, settings, screenshot, width, address, status, heading
):
    """Opened from the case page: the status, the heading, "Back to the page you were on" and the case list."""
    settings.ROOT_URLCONF = "tests.casetracker.error_urls"  # the site's URLs, and one that fails on purpose
    case = reference_case_load()
    page = sized_page(width)
    sign_in(page, paralegal_user)
    case_url = live_server.url + case.get_absolute_url()
    response = page.goto(live_server.url + address.format(case=case.pk), referer=case_url)
    assert response.status == status
    in_view(page, page.get_by_role("heading", level=1, name=heading), width)
    in_view(page, page.get_by_role("link", name="Go to the case list"), width)
    if status != 500:  # the 500 page is rendered without the request, so it knows no way back but the list
        back = page.get_by_role("link", name="Back to the page you were on")
        in_view(page, back, width)
        assert back.get_attribute("href") == case.get_absolute_url()
    screenshot(page, f"error-{status}-{width}")
    assert serious_violations(page) == []
