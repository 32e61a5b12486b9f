"""The Content-Security-Policy in a real browser: the site and the admin run with nothing refused."""

import pytest
from playwright.sync_api import expect

from casetracker.roles import ADMINISTRATOR
from devdata.demo import reference_case_load

from ..casetracker.factories import user_with_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def refusals(page):
    """Every message in which the browser says it refused something under the policy."""
    seen = []
    page.on(
        "console", lambda message: "Content Security Policy" in message.text and seen.append((page.url, message.text))
    )
    return seen


def test_the_site_runs_under_the_policy(page, live_server, sign_in, paralegal_user, refusals):
    """Sign-in, the case list (its auto-submitting selects), the case page and a party page: nothing refused."""
    case = reference_case_load()
    sign_in(page, paralegal_user)
    page.locator("#per-page").select_option("50")  # app.js submits the form on change
    page.wait_for_url("**per_page=50**")
    page.goto(f"{live_server.url}/cases/{case.pk}/")
    party = case.case_parties.first().party
    page.goto(f"{live_server.url}/parties/{party.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(party.name)
    assert refusals == []


def test_the_admin_runs_under_the_policy(page, live_server, refusals, screenshot):
    """The admin's sign-in, a case's change page with its inlines and autocomplete, its history and a version."""
    case = reference_case_load()
    user_with_role("admin-user", ADMINISTRATOR, is_staff=True)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("admin-user")
    page.get_by_label("Password").fill("pw-admin-user")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/cases/case/{case.pk}/change/")
    page.locator(".select2-selection").first.click()  # the court's autocomplete, from admin's own scripts
    expect(page.locator(".select2-results__option").first).to_be_visible()
    screenshot(page, "admin-case-under-csp")
    page.goto(f"{live_server.url}/admin/cases/case/{case.pk}/history/")
    page.locator("#change-history a[href*='/history/']").first.click()
    expect(page.get_by_role("button", name="Revert")).to_be_visible()
    assert refusals == []
