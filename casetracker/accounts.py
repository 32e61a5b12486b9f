"""Signing in: the login page, throttled by django-axes, and the client address it counts failures by."""

import ipaddress
from urllib.parse import urlsplit

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import render


class LoginView(auth_views.LoginView):
    """Django's login page; a signed-in user is sent on, and a ``next`` leading back here is ignored."""

    redirect_authenticated_user = True

    def get_redirect_url(self):
        url = super().get_redirect_url()
        # Sending a signed-in user back to this page would loop, which Django reports as a server error.
        return "" if urlsplit(url).path == self.request.path else url


class ThrottledBackend(AxesStandaloneBackend):
    """Refuses a locked-out account or address before its password is hashed.

    Every sign-in page passes the request. A call without one (a shell, a management command, the test
    client's ``login``) is no web sign-in, so there is nothing to throttle: the next backend decides.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def client_ip(request) -> str:
    """The address of the client: REMOTE_ADDR, or, behind trusted proxies, the one the outermost reported.

    Each trusted proxy appends the address it was reached from to X-Forwarded-For, so with N of them the
    client is the N-th entry from the right; entries to its left are whatever the client chose to send.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if count < 1 or len(forwarded) < count:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote


def locked_out(request, original_response=None, credentials=None):
    """The page a locked-out sign-in gets: what happened and for how long, with status 429."""
    minutes = round(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)
