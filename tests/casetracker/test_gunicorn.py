"""The web process as deployed: gunicorn with several workers that share sessions and name no server.

Each test starts a real gunicorn (`casetracker/gunicorn.conf.py`, two workers) against the test database, and
talks HTTP to it. The tests' WSGI wrapper names the worker that answered, so a replay can be shown to have
reached both.
"""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

import pytest
from django.db import connection

from casetracker.roles import PARALEGAL

from ..helpers import ROOT, restore_reference_data
from .factories import user_with_role

pytestmark = pytest.mark.slow
WORKERS = 2
LOGIN = "/accounts/login/"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def shared_database_url():
    """The URL of the database this test runs in (pytest-django's test_ database), for the server to share."""
    url = urlsplit(os.environ["DATABASE_URL"])
    return url._replace(path="/" + connection.settings_dict["NAME"]).geturl()


def request(port, method, path, *, cookies=None, form=None, source="", headers=None):
    """One request on a connection of its own, so any worker may take it; from ``source``, a loopback address of the
    caller's choosing, when given."""
    headers = {"Connection": "close", **(headers or {})}
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    body = None
    if form is not None:
        body = urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0) if source else None)
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        response.text = response.read().decode()
        return response
    finally:
        conn.close()


def cookies_of(response):
    jar = SimpleCookie()
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


@pytest.fixture
def serve(transactional_db, tmp_path):
    """Start gunicorn as deployed, with the given environment on top; yields a function returning its port."""
    restore_reference_data()
    servers = []

    def start(**env):
        port = free_port()
        log = (tmp_path / f"gunicorn-{port}.log").open("w")
        command = [sys.executable, "-m", "gunicorn", "tests.casetracker.served_wsgi:application"]
        options = ["--config", "casetracker/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS)]
        environment = {
            **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "tests.casetracker.served_settings",
            "DATABASE_URL": shared_database_url(),
            "DJANGO_CONN_MAX_AGE": "0",  # no connection left open when the test database is flushed
            **env,
        }
        process = subprocess.Popen([*command, *options], cwd=ROOT, env=environment, stdout=log, stderr=log)
        servers.append(process)
        wait_until_serving(process, port, tmp_path / f"gunicorn-{port}.log")
        return port

    yield start
    for process in servers:
        process.send_signal(signal.SIGTERM)
    for process in servers:
        process.wait(timeout=30)


def wait_until_serving(process, port, log, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            request(port, "GET", LOGIN)
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"gunicorn did not answer within {timeout} s:\n{log.read_text()}")


def sign_in(port, username, password):
    page = request(port, "GET", LOGIN)
    cookies = cookies_of(page)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    form = {"username": username, "password": password, "csrfmiddlewaretoken": token, "next": ""}
    response = request(port, "POST", LOGIN, cookies=cookies, form=form)
    assert response.status == 302, response.text
    return {**cookies, **cookies_of(response)}


def sign_out(port, cookies):
    form = {"csrfmiddlewaretoken": cookies["csrftoken"]}  # the cookie's secret, unmasked, is a valid token
    response = request(port, "POST", "/accounts/logout/", cookies=cookies, form=form)
    assert response.status == 302, response.text


def replay(port, cookies, *, at_least):
    """GET the case list with these cookies until both workers have answered, and at least this many times."""
    responses = []
    with ThreadPoolExecutor(4) as pool:
        while len(responses) < at_least or len(pids(responses)) < WORKERS:
            assert len(responses) < 400, f"only workers {pids(responses)} answered"
            responses += pool.map(lambda _: request(port, "GET", "/", cookies=cookies), range(20))
    return responses


def pids(responses):
    return {response.headers["X-Worker-Pid"] for response in responses}


@pytest.mark.parametrize("store", ["database", "redis"])
def test_signing_out_ends_the_session_on_every_worker(serve, store):
    """After sign-out the old cookie opens no page on any worker: every replay is sent to the login page."""
    user_with_role("paralegal", PARALEGAL)
    port = serve(**({"CACHE_URL": os.environ["CELERY_BROKER_URL"]} if store == "redis" else {}))
    cookies = sign_in(port, "paralegal", "pw-paralegal")
    before = replay(port, cookies, at_least=20)
    assert {response.status for response in before} == {200}  # both workers now hold the session
    sign_out(port, cookies)
    after = replay(port, cookies, at_least=40)
    assert {(response.status, response.headers["Location"]) for response in after} == {(302, "/accounts/login/?next=/")}


def test_no_server_banner_and_the_security_headers_are_sent(serve):
    """gunicorn names no server; the login page carries the policy, a signed-in page no-store."""
    user_with_role("paralegal", PARALEGAL)
    port = serve()
    login = request(port, "GET", LOGIN)
    assert login.status == 200
    assert login.getheader("Server") is None
    assert "script-src 'self'" in login.getheader("Content-Security-Policy")
    page = request(port, "GET", "/", cookies=sign_in(port, "paralegal", "pw-paralegal"))
    assert page.status == 200
    assert page.getheader("Server") is None
    assert page.getheader("Cache-Control") == "no-store, private"


def test_the_image_and_compose_serve_with_this_configuration():
    """The Dockerfile's command and compose's web service both start gunicorn with casetracker/gunicorn.conf.py."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    compose = (ROOT / "docker-compose.yml").read_text()
    assert '"gunicorn", "casetracker.wsgi", "--config", "casetracker/gunicorn.conf.py"' in dockerfile
    assert "gunicorn casetracker.wsgi --config casetracker/gunicorn.conf.py" in compose
