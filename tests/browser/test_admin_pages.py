"""The admin's case pages in a real browser: the change page fits a desktop, the history reads on a phone."""

import pytest
from playwright.sync_api import expect

from casetracker.roles import ADMINISTRATOR
from devdata.demo import reference_case_load

from ..casetracker.factories import user_with_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def admin_sign_in(live_server):
    """Sign an administrator in through the admin's own login page."""
    user_with_role("admin-user", ADMINISTRATOR, is_staff=True)

    def sign_in(page):
        page.goto(f"{live_server.url}/admin/login/")
        page.get_by_label("Username").fill("admin-user")
        page.get_by_label("Password").fill("pw-admin-user")
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{live_server.url}/admin/")

    return sign_in


def test_the_case_change_page_fits_a_desktop(sized_page, live_server, admin_sign_in, screenshot):
    """At 1280 px the reference case's change page, parties and chronology included, never scrolls sideways."""
    case = reference_case_load()
    page = sized_page(1280)
    admin_sign_in(page)
    page.goto(f"{live_server.url}/admin/cases/case/{case.pk}/change/")
    expect(page.locator("#case_parties-group .inline-related.has_original")).to_have_count(case.case_parties.count())
    expect(page.locator("#facts-group .inline-related.has_original")).to_have_count(case.facts.count())
    screenshot(page, "admin-case-change-1280")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_the_history_reads_on_a_phone(sized_page, live_server, admin_sign_in, screenshot):
    """At 390 px the dismissal's change on the case's history reads on a few lines, not a letter a line."""
    case = reference_case_load()
    page = sized_page(390)
    admin_sign_in(page)
    page.goto(f"{live_server.url}/admin/cases/case/{case.pk}/history/")
    change = page.locator("#change-history li").filter(has_text="Voluntarily dismissed without prejudice")
    expect(change).to_be_visible()
    screenshot(page, "admin-case-history-390")
    box = change.bounding_box()
    line_height = change.evaluate("item => parseFloat(getComputedStyle(item).lineHeight)")
    assert box["width"] > 200, box
    assert box["height"] <= 3 * line_height + 1, (box, line_height)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
