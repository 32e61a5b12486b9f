"""Several hosts, one system: web and worker processes that share nothing but PostgreSQL, Redis and object storage.

Two gunicorn web processes and two Celery workers, each with empty local folders of its own, run against the test
database, one Redis (broker, sessions and cache) and a local S3-compatible server (moto's server mode). An attorney
asks for a report through web A, the workers render it, and the attorney downloads it through web B.
"""

import http.client
import io
import json
import os
import signal
import socket
import subprocess
import sys

import boto3
import pytest
from django.conf import settings
from pypdf import PdfReader

from casetracker.roles import ATTORNEY
from devdata.demo import reference_case_load
from reports.models import Report

from ..helpers import ROOT, manage, restore_reference_data
from ..plugins.workers import free_port, wait_until
from .factories import user_with_role
from .test_gunicorn import request, shared_database_url, sign_in, sign_out, wait_until_serving

BUCKET = "casetracker-files"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "test-only-key", "AWS_SECRET_ACCESS_KEY": "test-only-secret"}
STORAGE_OF = (
    "from django.core.files.storage import storages; s = storages['default']; "
    "print(type(s).__name__, getattr(s, 'bucket_name', s.location), getattr(s, 'default_acl', '-'), "
    "getattr(s, 'file_overwrite', '-'), getattr(s, 'signature_version', '-'), getattr(s, 'querystring_expire', '-'))"
)


def s3_settings(endpoint: str) -> dict:
    return {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_S3_ADDRESSING_STYLE": "path",
        **CREDENTIALS,
    }


def test_object_storage_is_the_default_storage_when_a_bucket_is_named(tmp_path):
    """With AWS_STORAGE_BUCKET_NAME set, files go to private S3 objects; without it, to the local folder."""
    s3 = manage("shell", "--no-imports", "-c", STORAGE_OF, env=s3_settings("http://127.0.0.1:9")).stdout.split()
    assert s3 == ["S3Storage", BUCKET, "private", "False", "s3v4", "60"]
    local = {"AWS_STORAGE_BUCKET_NAME": "", "DJANGO_MEDIA_ROOT": str(tmp_path)}
    files = manage("shell", "--no-imports", "-c", STORAGE_OF, env=local).stdout.split()
    assert files == ["FileSystemStorage", str(tmp_path), "-", "-", "-", "-"]


@pytest.fixture
def object_store(tmp_path):
    """A local S3-compatible server on loopback with an empty bucket; yields the settings that name it and a client."""
    port = free_port()
    log = (tmp_path / "s3.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT
    )
    wait_until(lambda: listening(port), timeout=30, message="the S3 server")
    env = s3_settings(f"http://127.0.0.1:{port}")
    client = boto3.client(
        "s3",
        endpoint_url=env["AWS_S3_ENDPOINT_URL"],
        region_name=env["AWS_S3_REGION_NAME"],
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=BUCKET)
    yield env, client
    server.terminate()
    server.wait(timeout=10)


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def web_hosts(tmp_path):
    """Start gunicorn web processes (one worker each) against the test database with the given environment on
    top; yields the start function, which returns a function that waits until that host serves."""
    servers = []

    def start(**env) -> tuple[int, callable]:
        port = free_port()
        log = tmp_path / f"web-{port}.log"
        command = [sys.executable, "-m", "gunicorn", "tests.casetracker.served_wsgi:application", "--config",
                   "casetracker/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", "--workers", "1"]  # fmt: skip
        environment = {
            **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "tests.casetracker.served_settings",
            "DATABASE_URL": shared_database_url(),
            **env,
        }
        server = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log.open("w"), stderr=subprocess.STDOUT)
        servers.append(server)
        return port, lambda: wait_until_serving(server, port, log)

    yield start
    for server in servers:
        server.send_signal(signal.SIGTERM)
    for server in servers:
        server.wait(timeout=30)


def host_folders(tmp_path, name: str) -> dict:
    """A host's own local folders, empty: whatever lands there another host could not read."""
    media, var = tmp_path / name / "media", tmp_path / name / "var"
    media.mkdir(parents=True)
    var.mkdir()
    return {"DJANGO_MEDIA_ROOT": str(media), "CASETRACKER_VAR_DIR": str(var)}


def files_under(tmp_path, names) -> list:
    return [path for name in names for path in (tmp_path / name).rglob("*") if path.is_file()]


def report_finished(port: int, cookies: dict, pk: int) -> dict | None:
    """The report's status as its page polls it, once it is ready or failed."""
    response = request(port, "GET", f"/reports/{pk}/status.json", cookies=cookies)
    assert response.status == 200, response.text
    status = json.loads(response.text)
    return status if status["status"] in {"ready", "failed"} else None


def report_ask(port: int, cookies: dict, case) -> None:
    """Ask for a report through the case page's own export form."""
    page = request(port, "GET", case.get_absolute_url(), cookies=cookies)
    assert page.status == 200 and f'action="/cases/{case.pk}/reports/"' in page.text
    form = {"include_parties": "on", "include_chronology": "on", "csrfmiddlewaretoken": cookies["csrftoken"]}
    response = request(port, "POST", f"/cases/{case.pk}/reports/", cookies=cookies, form=form)
    assert response.status == 302, response.text


def download(port: int, cookies: dict, url: str):
    """Download as bytes (the helper's `text` would decode a PDF)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
    try:
        conn.request("GET", url, headers={"Cookie": cookie, "Connection": "close"})
        response = conn.getresponse()
        return response, response.read()
    finally:
        conn.close()


@pytest.fixture
def several_hosts(tmp_path, object_store, web_hosts, start_worker):
    """Two web hosts and two worker hosts, each with its own empty folders, sharing the test database, one Redis
    (broker, sessions and cache) and the object store. Yields the web hosts' ports and the store's client."""
    restore_reference_data()
    s3_env, s3 = object_store
    # No connection left open when the test database is flushed.
    shared = {**s3_env, "CACHE_URL": settings.CELERY_BROKER_URL, "DJANGO_CONN_MAX_AGE": "0"}
    port_a, serving_a = web_hosts(**shared, **host_folders(tmp_path, "web-a"))
    port_b, serving_b = web_hosts(**shared, **host_folders(tmp_path, "web-b"))
    # A part per docket entry, so the join reads parts that either worker may have written.
    worker_env = {**shared, "REPORT_PART_ENTRIES": "1"}
    workers = [
        start_worker("--concurrency", "1", wait=False, **worker_env, **host_folders(tmp_path, name))
        for name in ("worker-a", "worker-b")
    ]
    serving_a()
    serving_b()
    for worker in workers:
        worker.wait_for("ready.")
    return port_a, port_b, s3


@pytest.mark.slow
@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_report_asked_on_one_web_host_is_rendered_by_workers_and_downloaded_from_another(tmp_path, several_hosts):
    """Web A takes the request, two workers render its parts, web B streams the PDF from object storage; nothing
    lands in any host's local folder; signing out on A ends the session on B."""
    port_a, port_b, s3 = several_hosts
    case = reference_case_load()
    user_with_role("attorney", ATTORNEY)
    cookies = sign_in(port_a, "attorney", "pw-attorney")
    report_ask(port_a, cookies, case)
    report = Report.objects.get(case=case)
    state = wait_until(lambda: report_finished(port_b, cookies, report.pk), timeout=90, message="the report")
    assert state["status"] == "ready", state

    response, body = download(port_b, cookies, state["download_url"])
    assert response.status == 200
    assert response.getheader("Content-Type") == "application/pdf"
    assert response.getheader("Content-Disposition").startswith("attachment;")
    assert int(response.getheader("Content-Length")) == len(body) == state["file_size"]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
    assert "5:25-cv-00709" in text and "De La Torre" in text

    report.refresh_from_db()
    assert report.parts.count() > 1  # joined from parts, each read back through storage
    keys = {item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])}
    assert keys == {report.file.name}  # the report itself; its parts were removed once joined
    assert s3.get_object(Bucket=BUCKET, Key=report.file.name)["Body"].read() == body
    assert files_under(tmp_path, ["web-a", "web-b", "worker-a", "worker-b"]) == []

    sign_out(port_a, cookies)
    for path in ("/", state["download_url"]):
        after = request(port_b, "GET", path, cookies=cookies)
        assert (after.status, after.getheader("Location")) == (302, f"/accounts/login/?next={path}")
