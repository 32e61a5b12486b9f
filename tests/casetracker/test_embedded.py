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

# Every page of every demo case, as each role opens it: the embedded default runs the same queries differently.
EVERY_PAGE = """
from django.test import Client
from cases.models import Case, Party
failures = []
for username in ["paralegal", "attorney", "admin"]:
    client = Client(raise_request_exception=False)
    assert client.login(username=username, password=username + "-demo")
    urls = ["/", "/?q=LinkedIn", "/cases.csv", "/calendar/", "/calendar/mine/", "/calendar.csv", "/imports/upload/"]
    urls += [f"/cases/{pk}/" for pk in Case.objects.values_list("pk", flat=True)]
    urls += [f"/cases/{pk}/calendar.ics" for pk in Case.objects.values_list("pk", flat=True)]
    urls += [f"/parties/{pk}/" for pk in Party.objects.values_list("pk", flat=True)[:20]]
    for url in urls:
        status = client.get(url).status_code
        if status != 200:
            failures.append(f"{username} {url} {status}")
print(len(urls), failures)
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
    pages = manage("shell", "-c", EVERY_PAGE, env={**env, "DJANGO_ALLOWED_HOSTS": "testserver"})
    assert pages.stdout.strip().splitlines()[-1].endswith(" []"), pages.stdout[-3000:]
