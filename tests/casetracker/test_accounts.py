"""Signing in: failures lock an account and an address out for a while, counted by the client's real address."""

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casetracker.accounts import client_ip
from casetracker.roles import PARALEGAL

from .factories import user_with_role

pytestmark = pytest.mark.django_db
LOGIN = reverse("login")
ADMIN_LOGIN = reverse("admin:login")
LOCKED = "Too many failed sign-ins: signing in with this username, or from this address, is locked for 15 minutes."


@pytest.fixture
def user():
    return user_with_role("rivera", PARALEGAL, is_staff=True)


def sign_in(client, username, password, url=LOGIN, address="192.0.2.10", **headers):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def fail(client, times, username="rivera", **kwargs):
    return [sign_in(client, username, "wrong-password", **kwargs) for _ in range(times)]


def is_locked_out(response):
    return response.status_code == 429 and LOCKED in response.content.decode()


def signed_in(response):
    return response.status_code == 302 and "_auth_user_id" in response.client.session


def test_failures_up_to_the_limit_lock_the_account_even_for_the_right_password(client, user, settings):
    """After the limit of wrong passwords the right one is refused too, with a page saying for how long."""
    responses = fail(client, settings.AXES_FAILURE_LIMIT)
    assert [r.status_code for r in responses[:-1]] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert is_locked_out(responses[-1])
    assert is_locked_out(sign_in(client, "rivera", "pw-rivera"))
    assert "_auth_user_id" not in client.session


def test_one_failure_fewer_still_lets_the_right_password_in(client, user, settings):
    """The limit is where locking starts: a user who mistyped a few times still signs in."""
    fail(client, settings.AXES_FAILURE_LIMIT - 1)
    assert signed_in(sign_in(client, "rivera", "pw-rivera"))


def test_an_address_that_guessed_many_accounts_is_locked_out(client, user, settings):
    """Failures from one address across different usernames lock that address, not another."""
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{number}", "wrong-password")
    assert is_locked_out(sign_in(client, "rivera", "pw-rivera"))
    assert signed_in(sign_in(client, "rivera", "pw-rivera", address="192.0.2.99"))


def test_an_account_guessed_from_many_addresses_is_locked_out(client, user, settings):
    """Failures for one account from different addresses lock the account, wherever the next try comes from."""
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "rivera", "wrong-password", address=f"198.51.100.{number + 1}")
    assert is_locked_out(sign_in(client, "rivera", "pw-rivera", address="198.51.100.200"))
    user_with_role("okafor", PARALEGAL)
    assert signed_in(sign_in(client, "okafor", "pw-okafor", address="198.51.100.1"))


def test_clients_behind_one_proxy_are_counted_apart(client, user, settings):
    """Behind a trusted proxy, one client's failures lock that client's address, not the proxy's for everyone."""
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{number}", "wrong-password", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert is_locked_out(sign_in(client, "rivera", "pw-rivera", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5"))
    assert signed_in(sign_in(client, "rivera", "pw-rivera", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.6"))
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.5"}


def test_a_forged_forwarded_for_does_not_change_the_address_without_a_trusted_proxy(client, user, settings):
    """With no trusted proxy (the default) X-Forwarded-For is ignored: a new forged address per guess is no escape."""
    assert settings.TRUSTED_PROXY_COUNT == 0
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{number}", "wrong-password", HTTP_X_FORWARDED_FOR=f"203.0.113.{number + 1}")
    assert is_locked_out(sign_in(client, "rivera", "pw-rivera", HTTP_X_FORWARDED_FOR="203.0.113.77"))
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"192.0.2.10"}


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.5", "10.0.0.1"),
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "198.51.100.66, 203.0.113.5", "203.0.113.5"),  # the client wrote the first entry itself
        (2, "198.51.100.66, 203.0.113.5, 10.0.0.2", "203.0.113.5"),
        (2, "203.0.113.5", "10.0.0.1"),  # fewer entries than proxies: not through them, so not believed
        (1, "", "10.0.0.1"),
        (1, "not-an-address", "10.0.0.1"),
    ],
)
def test_the_client_address_is_the_one_the_outermost_trusted_proxy_reported(settings, proxies, forwarded, expected):
    """The N-th address from the right of X-Forwarded-For with N trusted proxies; REMOTE_ADDR when there are none."""
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_the_admin_login_is_throttled_too(client, user, settings):
    """The admin's own sign-in page counts failures and locks out the same way."""
    responses = fail(client, settings.AXES_FAILURE_LIMIT, url=ADMIN_LOGIN)
    assert is_locked_out(responses[-1])
    assert is_locked_out(sign_in(client, "rivera", "pw-rivera", url=ADMIN_LOGIN))
    assert is_locked_out(sign_in(client, "rivera", "pw-rivera"))


def test_axes_reset_unlocks(client, user, settings):
    """`manage.py axes_reset` clears the lockout: the right password works again."""
    fail(client, settings.AXES_FAILURE_LIMIT)
    call_command("axes_reset", verbosity=0)
    assert signed_in(sign_in(client, "rivera", "pw-rivera"))


def test_an_administrator_unlocks_in_the_admin(admin_client, user, settings):
    """Administrators see the failed attempts in the admin and delete them to unlock."""
    client = Client()
    fail(client, settings.AXES_FAILURE_LIMIT)
    listing = admin_client.get(reverse("admin:axes_accessattempt_changelist"))
    assert listing.status_code == 200 and "rivera" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="rivera")
    response = admin_client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert signed_in(sign_in(client, "rivera", "pw-rivera"))


def test_a_signed_in_user_sent_back_to_the_login_page_goes_home(client, user):
    """/accounts/login/?next=/accounts/login/ for a signed-in user was a server error; it now leads to the cases."""
    client.force_login(user)
    response = client.get(LOGIN, {"next": LOGIN})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get(LOGIN, {"next": "/parties/1/"})["Location"] == "/parties/1/"


def test_a_sign_in_asked_to_return_to_the_login_page_goes_home(client, user):
    """Signing in with next pointing at the login page lands on the cases, not on a loop."""
    response = client.post(f"{LOGIN}?next={LOGIN}", {"username": "rivera", "password": "pw-rivera", "next": LOGIN})
    assert response.status_code == 302 and response["Location"] == "/"


def test_a_locked_out_attempt_never_reaches_the_password_check(client, user, settings):
    """Once locked, a guess costs no user lookup and no password hashing: a flood of them cannot slow the site."""
    fail(client, settings.AXES_FAILURE_LIMIT)
    with CaptureQueriesContext(connection) as queries:
        assert is_locked_out(sign_in(client, "rivera", "another-guess"))
    assert not [query for query in queries.captured_queries if 'FROM "auth_user"' in query["sql"]]
