"""The site's error pages: 400, 403, 404, 405, 500 and a refused form (CSRF), each in the site's layout."""

import logging
from urllib.parse import urlsplit

from django.core.exceptions import DisallowedHost
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme

logger = logging.getLogger(__name__)

# What a 500 answers with when even its template cannot be rendered.
BARE_500 = (
    "<!DOCTYPE html><html lang='en'><title>Server error · Casetracker</title>"
    "<h1>Something went wrong on our side</h1><p><a href='/'>Back to the case list</a></p></html>"
)


def back_url(request) -> str | None:
    """The page the person came from (its Referer), if it is one of ours and not this page; else None."""
    referer = request.headers.get("Referer", "")
    try:
        ours = url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()})
    except DisallowedHost:  # a 400 for a host we do not serve: no address of it is ours
        return None
    parts = urlsplit(referer)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return path if ours and path and path != request.get_full_path() else None


def error_page(request, template_name: str, status: int, **context) -> HttpResponse:
    """An error page in the site's layout, with a link back to where the person came from when we know it."""
    return render(request, template_name, {"back_url": back_url(request), **context}, status=status)


def bad_request(request, exception):
    return error_page(request, "400.html", 400)


def permission_denied(request, exception):
    # The app's own refusals say why in words meant for the user ("Only attorneys ... may export reports.").
    return error_page(request, "403.html", 403, reason=str(exception or ""))


def page_not_found(request, exception):
    return error_page(request, "404.html", 404)


def csrf_failure(request, reason=""):
    """A form refused because its security token was missing or stale (CSRF_FAILURE_VIEW)."""
    return error_page(request, "403_csrf.html", 403)


def server_error(request):
    """The 500 page, rendered without the request or the database: either may be what failed."""
    try:
        return HttpResponseServerError(loader.get_template("500.html").render())
    except Exception:  # the page that says something broke must not break itself
        logger.exception("The 500 page could not be rendered")
        return HttpResponseServerError(BARE_500)
