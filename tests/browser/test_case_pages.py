"""A paralegal's day in a real browser: sign in, filter, search, open the reference case, read it."""

import re

import pytest
from playwright.sync_api import expect

from devdata.demo import reference_case_load

from ..cases.factories import CaseFactory
from ..filings.factories import DocketEntryFactory
from .axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def reference(reference_data):
    return reference_case_load()


@pytest.fixture
def other_case(reference_data):
    return CaseFactory(court_id="nysd", case_name="Northwind Traders LLC v. Contoso Bank N.A.")


def test_sign_in_filter_search_and_read_the_reference_case(
    page, live_server, sign_in, paralegal_user, reference, other_case, screenshot
):
    """Filter by status, search, open the case: dismissed badge, three claims, timeline in order, the dismissal."""
    page.goto(live_server.url + "/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    sign_in(page, paralegal_user)
    expect(page.get_by_role("status").filter(has_text="2 cases")).to_be_visible()
    screenshot(page, "case-list-1280")

    page.get_by_label("Status").select_option("terminated")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"status=terminated"))
    expect(page.locator("table.cases tbody tr")).to_have_count(1)

    page.goto(live_server.url + "/")
    page.get_by_label("Search").fill("LinkedIn")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("table.cases tbody tr")).to_have_count(1)
    page.get_by_role("link", name="De La Torre v. LinkedIn Corp.").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("De La Torre v. LinkedIn Corp.")
    expect(page.locator(".case-status .badge")).to_have_text("Terminated")
    expect(page.locator(".case-status .disposition")).to_have_text("Voluntarily dismissed without prejudice")
    expect(page.locator("article.claim")).to_have_count(3)
    expect(page.locator("article.claim").nth(2)).to_contain_text("Statutory damages of $1,000 per person")
    dates = page.locator(".timeline-item time").all_inner_texts()
    assert dates == [
        "August 2024",
        "September 18, 2024",
        "January 21, 2025",
        "January 22, 2025",
        "January 30, 2025",
        "February 6, 2025",
    ]
    dismissal = page.locator("table.docket tbody tr").filter(has_text="Notice of voluntary dismissal")
    expect(dismissal).to_contain_text("Jan 30, 2025")
    expect(dismissal).to_contain_text("De La Torre")
    screenshot(page, "case-page-1280")


def test_markup_in_records_is_shown_as_text_and_never_runs(page, live_server, sign_in, paralegal_user):
    """A case name and docket text holding <script> and an onerror image show as text; no script runs."""
    case = CaseFactory(case_name="<script>window.pwned = 1</script> v. <b>Bold Corp</b>")
    DocketEntryFactory(case=case, description='<img src=x onerror="window.pwned = 2">Order')
    sign_in(page, paralegal_user)
    expect(page.locator("table.cases")).to_contain_text("<script>window.pwned = 1</script> v. <b>Bold Corp</b>")
    page.goto(live_server.url + case.get_absolute_url())
    expect(page.locator("table.docket")).to_contain_text('<img src=x onerror="window.pwned = 2">Order')
    assert page.evaluate("window.pwned") is None
    assert page.locator("table.docket img").count() == 0


@pytest.mark.parametrize("path", ["/accounts/login/", "/", "case"])
def test_no_serious_accessibility_violations(page, live_server, sign_in, paralegal_user, reference, path):
    """axe-core finds no serious or critical violations on the login page, the list and the case page."""
    if path != "/accounts/login/":
        sign_in(page, paralegal_user)
    page.goto(live_server.url + (reference.get_absolute_url() if path == "case" else path))
    assert serious_violations(page) == []


# The elements that reach past the viewport's right edge, to name them when a page overflows.
WIDER_THAN_VIEWPORT = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap'))
  .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""


def test_pages_fit_a_phone_and_print_cleanly(browser, live_server, sign_in, paralegal_user, reference, screenshot):
    """At 390 px nothing overflows sideways; printing hides the filters and navigation."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    sign_in(page, paralegal_user)
    for name, url in [("case-list-390", "/"), ("case-page-390", reference.get_absolute_url())]:
        page.goto(live_server.url + url)
        wide = page.evaluate(WIDER_THAN_VIEWPORT)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, (name, wide)
        screenshot(page, name)
    expect(page.locator("details.filters, aside.filters")).to_have_count(0)
    page.goto(live_server.url + "/")
    expect(page.get_by_text("Apply filters")).to_be_hidden()  # folded away on a phone
    page.emulate_media(media="print")
    expect(page.locator("aside.filters")).to_be_hidden()
    expect(page.locator("table.cases")).to_be_visible()
    context.close()
