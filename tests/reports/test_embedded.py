"""The embedded default renders reports too: SQLite, the file-based broker and a real worker, no servers."""

import subprocess
import sys
import time

import pytest

from ..helpers import ROOT, embedded_env, manage

REQUEST = """
from django.contrib.auth import get_user_model
from cases.models import Case
from reports.services import report_request
case = Case.objects.get(docket_number="5:25-cv-00709")
report = report_request(case=case, user=get_user_model().objects.get(username="attorney"),
                        options={"include_chronology": True, "include_parties": True})
print(report.pk)
"""
STATUS = """
from reports.models import Report
report = Report.objects.get(pk={pk})
print(report.status, report.page_count, report.file.path if report.file else "", report.error)
"""


@pytest.mark.slow
def test_make_run_defaults_produce_the_reference_pdf(tmp_path):
    """With no servers at all, a worker on the file broker renders the reference case's report."""
    env = embedded_env(tmp_path)
    manage("migrate", "--noinput", env=env)
    manage("load_demo", env=env)
    report_id = manage("shell", "-c", REQUEST, env=env).stdout.strip().splitlines()[-1]
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "casetracker", "worker", "--concurrency", "1", "--without-gossip",
         "--without-mingle", "-Q", "renders,default"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline, status = time.monotonic() + 120, ""
        while time.monotonic() < deadline and not status.startswith(("ready", "failed")):
            time.sleep(1)
            status = manage("shell", "-c", STATUS.format(pk=report_id), env=env).stdout.strip().splitlines()[-1]
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    state, pages, path, *_ = status.split(" ") + ["", "", ""]
    assert state == "ready", (tmp_path / "worker.log").read_text()[-3000:]
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "5:25-cv-00709" in text and f"Page 1 of {pages}" in text
