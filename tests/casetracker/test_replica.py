"""A read replica by configuration: a reading request reads cases from the replica, a writing one pins the user's
reads to the primary, and sessions, users and permissions are always the primary's. Run in a child process whose
settings name a replica (here the test database itself, under the replica's alias, so each read shows where it went).
"""

import json

import pytest

from casetracker.roles import PARALEGAL

from ..helpers import manage, restore_reference_data
from .factories import user_with_role
from .test_gunicorn import shared_database_url

pytestmark = pytest.mark.django_db(transaction=True)

PROBE = """
import json
from django.contrib.auth import get_user_model
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from cases.models import Case

client = Client()
client.force_login(get_user_model().objects.get(username="replica-paralegal"))

def reads(method, url):
    with CaptureQueriesContext(connections["default"]) as primary:
        with CaptureQueriesContext(connections["replica"]) as replica:
            status = getattr(client, method)(url).status_code
    def tables(queries):
        return sorted({name for name in ("cases_case", "django_session", "auth_user") for query in queries
                       if f'FROM "{name}"' in query["sql"]})
    return {"status": status, "primary": tables(primary.captured_queries), "replica": tables(replica.captured_queries)}

first = reads("get", "/")
written = reads("post", "/")
pinned = reads("get", "/")
print(json.dumps({"first": first, "written": written, "pinned": pinned, "outside": Case.objects.all().db}))
"""


@pytest.fixture
def paralegal():
    restore_reference_data()
    return user_with_role("replica-paralegal", PARALEGAL)


def test_reads_go_to_the_replica_until_the_user_writes(paralegal):
    url = shared_database_url()
    env = {"DATABASE_URL": url, "DATABASE_REPLICA_URL": url, "DJANGO_LOG_LEVEL": "WARNING"}
    env["DJANGO_SETTINGS_MODULE"] = "tests.casetracker.served_settings"  # static files without collectstatic
    result = json.loads(manage("shell", "-c", PROBE, env=env).stdout.strip().splitlines()[-1])
    first, written, pinned = result["first"], result["written"], result["pinned"]
    assert first["status"] == 200
    assert first["replica"] == ["cases_case"]  # the list's cases from the replica
    assert {"auth_user", "django_session"} <= set(first["primary"])  # who is signed in, from the primary
    assert written["replica"] == []  # a request that may write reads nothing from the replica
    assert pinned["status"] == 200 and pinned["replica"] == [] and "cases_case" in pinned["primary"]
    assert result["outside"] == "default"  # no request: a worker or a command reads the primary
