"""The report pipeline with real Celery worker processes on Redis and PostgreSQL: no eager mode, no mocks."""

import io
import re
import subprocess

import pytest
from django.urls import reverse
from kombu import pools
from pypdf import PdfReader

from cases.models import Case
from devdata.demo import reference_case_load
from filings.models import DocketEntry
from reports.models import Report, ReportPart

from ..cases.factories import CaseFactory
from ..filings.factories import DocketEntryFactory
from ..plugins.workers import free_port, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def export(client, case: Case, **options) -> Report:
    data = {"include_chronology": "on", "include_parties": "on", **options}
    response = client.post(reverse("reports:create", args=[case.pk]), data)
    assert response.status_code == 302
    return Report.objects.filter(case=case).latest("pk")


def status(client, report: Report) -> dict:
    return client.get(reverse("reports:status", args=[report.pk])).json()


def wait_finished(client, report: Report, timeout: float = 90) -> dict:
    return wait_until(
        lambda: (lambda s: s if s["status"] in {"ready", "failed"} else None)(status(client, report)),
        timeout=timeout,
        message=f"report {report.pk} to finish",
    )


def download(client, report: Report) -> tuple[bytes, PdfReader]:
    response = client.get(reverse("reports:download", args=[report.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = b"".join(response.streaming_content)
    return pdf, PdfReader(io.BytesIO(pdf))


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def long_docket(entries: int) -> Case:
    case = CaseFactory(case_name="Stonebridge Capital Partners LP v. Harborview Logistics LLC")
    DocketEntry.objects.bulk_create(
        DocketEntryFactory.build(
            case=case, sequence=n, entry_number=n, description=f"ORDER number {n}. " + "Text " * 30
        )
        for n in range(1, entries + 1)
    )
    return case


def test_a_worker_renders_the_reference_case(attorney_client, start_worker):
    """Exported through a real worker, the PDF holds the caption, claims, docket, dates, page numbers and metadata."""
    case = reference_case_load()
    start_worker("--concurrency", "2")
    report = export(attorney_client, case)
    finished = wait_finished(attorney_client, report)
    assert finished["status"] == "ready", finished["error"]
    pdf, reader = download(attorney_client, report)
    text = " ".join(text_of(reader).split())
    for expected in [
        "UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA",
        "DE LA TORRE",
        "LINKEDIN CORPORATION",
        "Case No. 5:25-cv-00709",
        "Count 1: Breach of contract",
        "Count 2: California Unfair Competition Law (UCL)",
        "Count 3: Stored Communications Act (SCA)",
        "Statutory damages of $1,000 per person (18 U.S.C. § 2707(c))",
        "Filed Jan 21, 2025 · Complaint",
        "Filed Jan 30, 2025 · Notice of voluntary dismissal",
        "Voluntarily dismissed without prejudice",
        "August 2024",
        f"Page 1 of {len(reader.pages)}",
    ]:
        assert expected in text, expected
    assert "August 1, 2024" not in text
    metadata = reader.metadata
    assert metadata.title == "Docket and timeline report: De La Torre v. LinkedIn Corp., No. 5:25-cv-00709"
    assert metadata.author == "attorney"
    assert "De La Torre v. LinkedIn Corporation" in metadata.subject
    assert [item.title for item in reader.outline] == ["Summary", "Parties and counsel", "Claims", "Timeline", "Docket"]
    report.refresh_from_db()
    assert (report.page_count, report.file_size) == (len(reader.pages), len(pdf))
    assert report.sha256 == __import__("hashlib").sha256(pdf).hexdigest()


def test_a_long_docket_renders_in_parts_and_keeps_its_page_numbers(attorney_client, start_worker):
    """120 entries in parts of 25 render in parallel and join in order, numbered "Page X of Y" throughout."""
    case = long_docket(120)
    start_worker("--concurrency", "2", REPORT_PART_ENTRIES="25")
    report = export(attorney_client, case, include_parties="", include_chronology="")
    assert wait_finished(attorney_client, report)["status"] == "ready"
    assert ReportPart.objects.filter(report=report).count() == 5
    _, reader = download(attorney_client, report)
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in page.extract_text()
    numbers = [int(n) for n in re.findall(r"No\. (\d+)\s+Filed", text_of(reader))]
    assert numbers == list(range(1, 121))
    assert [item.title for item in reader.outline] == ["Summary", "Docket"]


def test_a_worker_killed_mid_render_does_not_lose_the_report(attorney_client, start_worker):
    """SIGKILL on the rendering child: the job is delivered again and the report still ends ready."""
    case = long_docket(1400)  # one part: within both REPORT_PART_ENTRIES and the text a part may hold
    worker = start_worker("--concurrency", "1", REPORT_PART_ENTRIES="5000")
    report = export(attorney_client, case, include_parties="", include_chronology="")
    wait_until(
        lambda: ReportPart.objects.filter(report=report, status="rendering").exists(), message="the render to start"
    )
    (child,) = worker.children()
    subprocess.run(["kill", "-9", str(child)], check=True)
    finished = wait_finished(attorney_client, report, timeout=120)
    assert finished["status"] == "ready", finished["error"]
    assert ReportPart.objects.get(report=report).attempts >= 2


def test_a_report_left_rendering_by_a_dead_worker_is_swept_and_finished(attorney_client, start_worker):
    """The whole worker dies mid-render; the periodic sweep notices the silence and another worker finishes."""
    case = long_docket(1400)  # one part: within both REPORT_PART_ENTRIES and the text a part may hold
    first = start_worker("--concurrency", "1", REPORT_PART_ENTRIES="5000")
    report = export(attorney_client, case, include_parties="", include_chronology="")
    wait_until(
        lambda: ReportPart.objects.filter(report=report, status="rendering").exists(), message="the render to start"
    )
    first.kill()
    assert status(attorney_client, report)["status"] == "rendering"
    start_worker("--concurrency", "1", "--beat", REPORT_PART_ENTRIES="5000", REPORT_SWEEP_SECONDS="2")
    finished = wait_finished(attorney_client, report, timeout=120)
    assert finished["status"] == "ready", finished["error"]


@pytest.fixture
def private_redis(tmp_path):
    """A Redis server of this test's own, so it can be stopped without touching anyone else's."""
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
               "--dir", str(tmp_path)]  # fmt: skip
    server = {"process": subprocess.Popen(command, stdout=subprocess.DEVNULL), "url": f"redis://127.0.0.1:{port}/0"}

    def restart():
        server["process"] = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        wait_until(lambda: subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True).returncode == 0)

    def stop():
        server["process"].terminate()
        server["process"].wait(timeout=10)

    wait_until(lambda: subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True).returncode == 0)
    server.update(restart=restart, stop=stop)
    yield server
    if server["process"].poll() is None:
        stop()


@pytest.fixture
def broker(private_redis):
    """Point this process's Celery app at the private Redis, and back afterwards."""
    from casetracker.celery import app

    def use(url):
        app.conf.broker_write_url = url  # broker_url itself yields to the CELERY_BROKER_URL environment variable
        pools.reset()  # kombu's process-wide connection and producer pools
        app._pool = None
        app.amqp._producer_pool = None

    use(private_redis["url"])
    yield private_redis
    use(None)


def test_redis_down_when_the_attorney_clicks(attorney_client, start_worker, broker):
    """The request is refused by no one: the report is saved, the attorney told, and sent once Redis is back."""
    case = reference_case_load()
    broker["stop"]()
    response = attorney_client.post(reverse("reports:create", args=[case.pk]), {"include_parties": "on"}, follow=True)
    page = response.content.decode()
    assert "cannot be reached right now" in page, re.findall(r"<li class=[^>]*>[^<]*", page)
    report = Report.objects.get(case=case)
    assert (report.status, report.dispatched_at) == ("queued", None)
    broker["restart"]()
    start_worker("--concurrency", "1", broker_url=broker["url"])
    finished = wait_finished(attorney_client, report)  # the status poll sends it again
    assert finished["status"] == "ready", finished["error"]
