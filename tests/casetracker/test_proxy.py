"""nginx in front of the site, as deployed: sign-in failures are counted per client, never per proxy or forged address.

Debian's nginx (`/usr/sbin/nginx`) runs in a temporary prefix on a loopback port with the deployed template
(`casetracker/deploy/nginx.conf.template`) rendered as the official image renders it, in front of a real gunicorn
that trusts one proxy. Clients connect from 127.0.0.2 and 127.0.0.3, the source address of their sockets.
"""

import getpass
import re
import subprocess

import pytest
from axes.models import AccessAttempt
from django.conf import settings

from casetracker.roles import PARALEGAL

from ..helpers import ROOT
from . import test_gunicorn
from .factories import user_with_role
from .test_gunicorn import LOGIN, cookies_of, free_port
from .test_pgbouncer import wait_for_port

pytestmark = pytest.mark.slow
serve = test_gunicorn.serve  # the gunicorn fixture: the site as deployed, against the test database
TEMPLATE = ROOT / "casetracker" / "deploy" / "nginx.conf.template"
MAIN = """\
daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
user {user};
events {{ worker_connections 64; }}
http {{
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/casetracker.conf;
}}
"""


def render(template: str, values: dict) -> str:
    """Substitute ${NAME} as the image's envsubst does, leaving nginx's own $variables alone."""
    text = re.sub(r"\$\{(\w+)\}", lambda match: values[match.group(1)], template)
    assert "${" not in text
    return text


@pytest.fixture
def nginx(serve, tmp_path):
    """The site behind nginx; yields nginx's port."""
    web = serve(DJANGO_TRUSTED_PROXY_COUNT="1")
    port, prefix = free_port(), tmp_path / "nginx"
    prefix.mkdir()
    values = {"NGINX_RESOLVER": "127.0.0.1", "NGINX_PORT": f"127.0.0.1:{port}",
              "NGINX_UPSTREAM": f"127.0.0.1:{web}", "NGINX_CLIENT_MAX_BODY_SIZE": "51m"}  # fmt: skip
    (prefix / "casetracker.conf").write_text(render(TEMPLATE.read_text(), values))
    (prefix / "nginx.conf").write_text(MAIN.format(prefix=prefix, user=getpass.getuser()))
    command = ["/usr/sbin/nginx", "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    wait_for_port(process, port, prefix / "error.log")
    yield port
    process.terminate()
    process.wait(timeout=10)


def request(port, source, method, path, *, cookies=None, form=None, forwarded=None):
    """One request from this source address, with a forged X-Forwarded-For if given."""
    headers = {"X-Forwarded-For": forwarded} if forwarded else None
    return test_gunicorn.request(port, method, path, cookies=cookies, form=form, source=source, headers=headers)


def sign_in(port, source, username, password, *, forwarded=None) -> int:
    """A sign-in from this address; the status of the answer (302 signed in, 200 refused, 429 locked out)."""
    page = request(port, source, "GET", LOGIN)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    form = {"username": username, "password": password, "csrfmiddlewaretoken": token, "next": ""}
    return request(port, source, "POST", LOGIN, cookies=cookies_of(page), form=form, forwarded=forwarded).status


def test_failures_lock_out_the_clients_address_and_no_other(nginx):
    """Five failures from 127.0.0.2 lock it out, each claiming another address; 127.0.0.3 still signs in."""
    user_with_role("paralegal", PARALEGAL)
    limit = settings.AXES_FAILURE_LIMIT
    assert settings.AXES_LOCKOUT_PARAMETERS == ["username", "ip_address"]  # each counts on its own
    # A new username each time, so only the address can reach the limit; each claims a different address.
    statuses = [sign_in(nginx, "127.0.0.2", f"nobody{n}", "wrong", forwarded=f"10.0.0.{n}") for n in range(limit)]
    assert statuses[:-1] == [200] * (limit - 1)
    assert sign_in(nginx, "127.0.0.2", "paralegal", "pw-paralegal") == 429
    assert sign_in(nginx, "127.0.0.3", "paralegal", "pw-paralegal", forwarded="127.0.0.2") == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"127.0.0.2"}


def test_a_forged_header_does_not_lock_out_the_address_it_names(nginx):
    """Failures from 127.0.0.3 claiming to be 127.0.0.2 lock out 127.0.0.3, and 127.0.0.2 signs in."""
    user_with_role("paralegal", PARALEGAL)
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(nginx, "127.0.0.3", f"nobody{n}", "wrong", forwarded="127.0.0.2")
    assert sign_in(nginx, "127.0.0.3", "paralegal", "pw-paralegal") == 429
    assert sign_in(nginx, "127.0.0.2", "paralegal", "pw-paralegal") == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"127.0.0.3"}


def test_the_template_is_the_one_compose_mounts():
    """docker-compose.yml's nginx renders this template, so the tested configuration is the deployed one."""
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "./casetracker/deploy/nginx.conf.template:/etc/nginx/templates/default.conf.template:ro" in compose
