"""The embedded default: SQLite and no servers, as `make run` uses it on a fresh machine."""

import pytest

from ..helpers import embedded_env, manage

ADMIN_PAGE = """
from django.test import Client
client = Client()
assert client.login(username="admin", password="admin-demo")
page = client.get("/admin/cases/case/").content.decode()
print("De La Torre v. LinkedIn Corp." in page, "5:25-cv-00709" in page)
"""


@pytest.mark.slow
def test_migrate_load_demo_and_admin_on_sqlite(tmp_path):
    """On an SQLite file: migrate, load_demo twice, and the admin lists the reference case."""
    env = embedded_env(tmp_path)
    manage("migrate", "--noinput", env=env)
    first = manage("load_demo", env=env)
    assert "Reference case: De La Torre v. LinkedIn Corp., No. 5:25-cv-00709 (cand) loaded." in first.stdout
    assert "Reference case: already loaded." in manage("load_demo", env=env).stdout
    result = manage("shell", "-c", ADMIN_PAGE, env={**env, "DJANGO_ALLOWED_HOSTS": "testserver"})
    assert result.stdout.strip().splitlines()[-1] == "True True"
