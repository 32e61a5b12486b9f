"""With debug off, every error is a page in the site's layout: what happened, in plain words, and a way back."""

import pytest
from django.db import connection
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casetracker.errors import server_error

pytestmark = pytest.mark.django_db

ERROR_URLS = "tests.casetracker.error_urls"
CASE_LIST_LINK = '<a href="/">Go to the case list</a>'


def assert_error_page(response, status, heading, *, nav=True):
    """The status, the site's header (and its navigation for a signed-in user), the heading and the way back."""
    page = response.content.decode()
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert '<header class="site-header">' in page and "Casetracker</a>" in page
    assert ('aria-label="Main"' in page and "My calendar" in page) is nav
    assert f'<h1 id="error-heading">{heading}</h1>' in page
    assert CASE_LIST_LINK in page
    return page


def back_link(url):
    return f'<a href="{url}">Back to the page you were on</a>'


def test_a_missing_case_is_a_404_page(client, paralegal):
    """A case that does not exist: "Page not found" in the layout, with the case list to go back to."""
    client.force_login(paralegal)
    page = assert_error_page(client.get("/cases/999999/"), 404, "Page not found")
    assert "may not see" in page


def test_a_paralegal_export_is_a_403_that_says_why_and_links_back(client, paralegal, reference_case):
    """The refusal says the role does not allow it, and links back to the case page the export was asked from."""
    client.force_login(paralegal)
    case_url = reference_case.get_absolute_url()
    response = client.post(
        reverse("reports:create", args=[reference_case.pk]), HTTP_REFERER=f"http://testserver{case_url}"
    )
    page = assert_error_page(response, 403, "You do not have access to this")
    assert "role does not allow this page or this action" in page
    assert back_link(case_url) in page


def test_a_get_of_a_post_only_address_is_a_405_page_that_keeps_allow(client, attorney, reference_case):
    """``require_POST`` answers an empty 405; the page explains it, and the status and Allow header stay."""
    client.force_login(attorney)
    case_url = reference_case.get_absolute_url()
    response = client.get(
        reverse("reports:create", args=[reference_case.pk]), HTTP_REFERER=f"http://testserver{case_url}"
    )
    page = assert_error_page(response, 405, "This address is not a page to open")
    assert response["Allow"] == "POST"
    assert back_link(case_url) in page


def test_a_back_link_never_points_to_another_site(client, paralegal):
    """A Referer from another host is not offered as the way back; the case list still is."""
    client.force_login(paralegal)
    page = assert_error_page(
        client.get("/cases/999999/", HTTP_REFERER="https://evil.example/phish"), 404, "Page not found"
    )
    assert "evil.example" not in page and "Back to the page you were on" not in page


@override_settings(ROOT_URLCONF=ERROR_URLS)
def test_a_bad_request_is_a_400_page(client, paralegal):
    """A request a view cannot read: "Request not understood" in the layout."""
    client.force_login(paralegal)
    assert_error_page(client.get("/test-errors/400/"), 400, "Request not understood")


@override_settings(ROOT_URLCONF=ERROR_URLS)
def test_a_crash_is_a_500_page_in_the_layout(client, paralegal):
    """A view that raises: the 500 page, in the layout without the signed-in navigation (it has no request)."""
    client.force_login(paralegal)
    client.raise_request_exception = False
    page = assert_error_page(client.get("/test-errors/500/"), 500, "Something went wrong on our side", nav=False)
    assert "A bug in a view" not in page


def test_the_500_page_needs_no_database():
    """The 500 handler renders its page without a single query, so a database outage still gets a page."""
    with CaptureQueriesContext(connection) as queries:
        response = server_error(RequestFactory().get("/"))
    assert len(queries) == 0
    assert_error_page(response, 500, "Something went wrong on our side", nav=False)


def test_a_form_without_its_token_is_a_page_saying_to_reload_it(paralegal, reference_case):
    """A POST refused by the CSRF check: a 403 in the layout that says to reload the form and try again."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(paralegal)
    case_url = reference_case.get_absolute_url()
    response = client.post(reverse("logout"), HTTP_REFERER=f"http://testserver{case_url}")
    page = assert_error_page(response, 403, "Your form could not be sent")
    assert "Reload the form and try again." in page
    assert f'<a href="{case_url}">Back to the form</a>' in page
