"""Headers: a Content-Security-Policy everywhere, and nothing of a signed-in user's kept in a cache."""

import pytest
from django.test import Client
from django.urls import reverse

from deadlines.models import CalendarFeed

from ..reports.factories import ReportFactory

pytestmark = pytest.mark.django_db
NO_STORE = "no-store, private"


def policy(response):
    return dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))


def test_a_signed_in_page_is_not_stored_and_runs_only_our_own_scripts(client, paralegal, reference_case):
    """The case list and the case page: no-store, and a policy with no inline script or style."""
    client.force_login(paralegal)
    for url in (reverse("cases:list"), reverse("casefile:case", args=[reference_case.pk])):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == NO_STORE
        directives = policy(response)
        assert directives["default-src"] == directives["script-src"] == "'self'"
        assert directives["style-src"] == "'self'"  # no inline style, not even one by its hash
        assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
        assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_downloads_are_not_stored(client, attorney, reference_case):
    """A report PDF, the case list's CSV and a case's calendar file all say no-store."""
    client.force_login(attorney)
    report = ReportFactory(case=reference_case, requested_by=attorney, ready=True)
    for url in (
        reverse("reports:download", args=[report.pk]),
        reverse("cases:list_csv"),
        reverse("deadlines:case_ics", args=[reference_case.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == NO_STORE, url
        assert "Content-Security-Policy" in response


def test_a_calendar_feed_fetched_without_signing_in_is_not_stored(client, attorney):
    """The feed is fetched by a calendar app with only its secret address: still a download, still no-store."""
    feed = CalendarFeed.objects.create(user=attorney)
    response = client.get(reverse("deadlines:feed_ics", args=[feed.token]))
    assert response.status_code == 200
    assert response["Cache-Control"] == NO_STORE


def test_the_login_page_keeps_its_own_headers(client):
    """The public login page carries the policy; its caching is Django's own never-cache, untouched."""
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
    assert policy(response)["script-src"] == "'self'"
    assert "Cache-Control" not in client.get(reverse("cases:list"))  # the redirect of a visitor to sign in


def test_static_files_keep_their_own_caching(settings, paralegal):
    """WhiteNoise answers static files, for a signed-in user too, with its own caching headers."""
    settings.WHITENOISE_USE_FINDERS = True
    client = Client()  # a new client: WhiteNoise reads its settings when the middleware is built
    client.force_login(paralegal)
    response = client.get("/static/css/app.css")
    assert response.status_code == 200
    assert "no-store" not in response["Cache-Control"]
    assert "max-age" in response["Cache-Control"]


def test_a_view_that_sets_its_own_cache_control_keeps_it(admin_client):
    """The admin's pages say never-cache themselves; that is left as it is."""
    response = admin_client.get(reverse("admin:index"))
    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
