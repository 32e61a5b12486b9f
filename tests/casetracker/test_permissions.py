"""Permissions read from the shared cache: no permission query once kept, and a change seen on the next request."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test.utils import CaptureQueriesContext

from casetracker.roles import ATTORNEY, PARALEGAL

from .factories import user_with_role

pytestmark = pytest.mark.django_db
CACHED = "casetracker.permissions.CachedPermissionsBackend"


@pytest.fixture(autouse=True)
def cached_backend(settings):
    settings.AUTHENTICATION_BACKENDS = ["casetracker.accounts.ThrottledBackend", CACHED]


def permission_queries(client, url) -> tuple[int, int]:
    from django.db import connection

    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    return status, sum("auth_permission" in query["sql"] for query in queries.captured_queries)


def test_permissions_are_read_once_then_kept(client):
    paralegal = user_with_role("kept-paralegal", PARALEGAL)
    client.force_login(paralegal, backend=CACHED)
    assert permission_queries(client, "/") == (200, 2)  # the user's own and the groups', read once
    assert permission_queries(client, "/") == (200, 0)
    assert permission_queries(client, "/calendar/") == (200, 0)


def test_leaving_a_group_takes_effect_on_the_next_request(client):
    paralegal = user_with_role("leaving-paralegal", PARALEGAL)
    client.force_login(paralegal, backend=CACHED)
    assert client.get("/").status_code == 200
    paralegal.groups.clear()
    assert client.get("/").status_code == 403


def test_a_permission_given_to_a_group_takes_effect_on_the_next_request(client):
    attorney = user_with_role("export-attorney", ATTORNEY)
    paralegal = user_with_role("export-paralegal", PARALEGAL)
    client.force_login(paralegal, backend=CACHED)
    client.get("/")
    assert not _holds(paralegal, "reports.export_report")
    Group.objects.get(name=PARALEGAL).permissions.add(Permission.objects.get(codename="export_report"))
    assert _holds(paralegal, "reports.export_report") and _holds(attorney, "reports.export_report")


def test_a_deactivated_or_promoted_user_is_read_afresh(client):
    paralegal = user_with_role("flag-paralegal", PARALEGAL)
    client.force_login(paralegal, backend=CACHED)
    assert client.get("/").status_code == 200
    paralegal.is_superuser = True
    paralegal.save()
    assert _holds(paralegal, "cases.delete_case")
    paralegal.is_active = False
    paralegal.save()
    assert client.get("/").status_code == 302  # signed out: an inactive user has no session


def _holds(user, permission) -> bool:
    return type(user).objects.get(pk=user.pk).has_perm(permission)
