"""A test-only URL configuration: the site's own, its error handlers, and views that fail on purpose."""

from django.core.exceptions import BadRequest
from django.urls import path

from casetracker.urls import handler400, handler403, handler404, handler500
from casetracker.urls import urlpatterns as site_urlpatterns

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]


def bad_request(request):
    raise BadRequest("A request the view cannot read.")


def broken(request):
    raise RuntimeError("A bug in a view.")


urlpatterns = [
    path("test-errors/400/", bad_request),
    path("test-errors/500/", broken),
    *site_urlpatterns,
]
