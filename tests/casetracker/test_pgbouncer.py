"""The site through PgBouncer in transaction mode: two web workers' transactions take turns on two server connections.

Debian's PgBouncer (`/usr/sbin/pgbouncer`) runs on loopback in front of the test database with two server
connections, and a real gunicorn with two workers, each with Django's connection pool, reaches the database only
through it. Anything that relied on session state (a prepared statement, a WITH HOLD cursor, a session SET) would
find another client's server connection, or none, and fail: with DJANGO_DB_PGBOUNCER off, the CSV export's
server-side cursor is gone by its first FETCH ("cursor ... does not exist") and this test fails.
"""

import http.client
import os
import re
import socket
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlsplit

import pytest
from django.db import connection

from cases.models import Case
from casetracker.roles import PARALEGAL

from ..imports.sheets import sheet_bytes
from . import test_gunicorn
from .factories import user_with_role
from .test_gunicorn import free_port, pids, request, sign_in

pytestmark = pytest.mark.slow
serve = test_gunicorn.serve  # the gunicorn fixture: the site as deployed, against the test database
SHEETS = ["lamd", "almd", "caed"]
INI = """\
[databases]
* = host={host} port={port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {listen}
unix_socket_dir =
auth_type = trust
auth_file = {users}
admin_users = {user}
pool_mode = transaction
default_pool_size = 2
max_db_connections = 2
"""


@pytest.fixture
def pgbouncer(transactional_db, tmp_path):
    """PgBouncer in transaction mode before the test database, two server connections for all; yields its port."""
    server, listen = urlsplit(os.environ["DATABASE_URL"]), free_port()
    users = tmp_path / "pgbouncer-users.txt"
    users.write_text(f'"{server.username}" "{server.password or ""}"\n')  # the password it logs in to the server with
    ini = tmp_path / "pgbouncer.ini"
    ini.write_text(INI.format(host=server.hostname, port=server.port or 5432, listen=listen, users=users,
                              user=server.username))  # fmt: skip
    log = tmp_path / "pgbouncer.log"
    as_root = ["-u", "nobody"] if os.geteuid() == 0 else []  # it refuses to run as root
    with log.open("w") as out:
        process = subprocess.Popen(["/usr/sbin/pgbouncer", *as_root, str(ini)], stdout=out, stderr=subprocess.STDOUT)
    wait_for_port(process, listen, log)
    yield listen
    process.terminate()
    process.wait(timeout=10)


def wait_for_port(process, port, log, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listens on {port}:\n{log.read_text()}")


def through(port) -> str:
    """The test database's URL, by way of PgBouncer on this port."""
    url = urlsplit(os.environ["DATABASE_URL"])
    netloc = f"{url.username}{':' + url.password if url.password else ''}@127.0.0.1:{port}"
    return url._replace(netloc=netloc, path="/" + connection.settings_dict["NAME"]).geturl()


def admin_show(port, what) -> list[list[str]]:
    """A SHOW command on PgBouncer's admin console (simple protocol only, so psql), as rows of fields."""
    user = urlsplit(os.environ["DATABASE_URL"]).username
    dsn = f"host=127.0.0.1 port={port} dbname=pgbouncer user={user}"
    result = subprocess.run(["psql", dsn, "-AtF", "\t", "-c", f"SHOW {what}"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def upload(port, cookies, name):
    """Import a docket sheet through the site's upload form, as a browser posts it."""
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{cookies["csrftoken"]}\r\n',
        f'--{boundary}\r\nContent-Disposition: form-data; name="court"\r\n\r\n\r\n',
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}.html"\r\n'
        "Content-Type: text/html\r\n\r\n",
    ]
    body = "".join(parts).encode() + sheet_bytes(name) + f"\r\n--{boundary}--\r\n".encode()
    headers = {
        "Connection": "close",
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Cookie": "; ".join(f"{key}={value}" for key, value in cookies.items()),
    }
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("POST", "/imports/upload/", body=body, headers=headers)
        response = conn.getresponse()
        response.text = response.read().decode()
        return response
    finally:
        conn.close()


def test_the_site_works_with_two_workers_sharing_two_server_connections(serve, pgbouncer):
    """Imports, lists, searches, CSV exports and case pages, at once from both workers, through two connections."""
    user_with_role("paralegal", PARALEGAL)
    pooled = {"DJANGO_DB_POOL": "1", "DJANGO_DB_POOL_MIN_SIZE": "2"}  # two clients of PgBouncer per web worker
    port = serve(DATABASE_URL=through(pgbouncer), DJANGO_DB_PGBOUNCER="1", **pooled)
    cookies = sign_in(port, "paralegal", "pw-paralegal")

    def get(path):
        return request(port, "GET", path, cookies=cookies)

    with ThreadPoolExecutor(4) as pool:
        imports = [pool.submit(upload, port, cookies, name) for name in SHEETS]
        reads = [pool.submit(get, path) for path in ["/", "/?q=motion", "/cases.csv", "/?sort=name"] * 5]
        imported = [future.result() for future in imports]
        pages = [future.result() for future in reads]
    assert [(response.status, response.getheader("Location")[:7]) for response in imported] == [(302, "/cases/")] * 3
    assert {response.status for response in pages} == {200}

    cases = list(Case.objects.values_list("docket_number", flat=True))
    assert len(cases) == len(SHEETS)
    with ThreadPoolExecutor(4) as pool:
        case_pages = list(pool.map(get, [response.getheader("Location") for response in imported] * 4))
        searches = list(pool.map(get, [f"/?q={quote(number)}" for number in cases] * 4))
        exports = list(pool.map(get, ["/cases.csv"] * 8))
    assert {response.status for response in case_pages + searches + exports} == {200}
    for number, page in zip(cases * 4, searches, strict=True):
        assert re.search(re.escape(number), page.text), f"the search for {number} did not find it"
    assert all(number in export.text for number in cases for export in exports)
    everything = imported + pages + case_pages + searches + exports
    assert len(pids(everything)) == 2, "both web workers answered"

    servers = [row for row in admin_show(pgbouncer, "SERVERS") if row[2] == connection.settings_dict["NAME"]]
    clients = [row for row in admin_show(pgbouncer, "CLIENTS") if row[2] == connection.settings_dict["NAME"]]
    assert len(servers) <= 2 and len(clients) >= 4, (servers, clients)  # both workers' pools, two server connections
