"""Who may export and download: attorneys and administrators; paralegals see no button and get 403."""

import re

import pytest
from django.urls import reverse

from reports.models import Report

from .factories import ReportFactory

pytestmark = pytest.mark.django_db


def report_urls(report):
    return [
        ("post", reverse("reports:create", args=[report.case_id])),
        ("get", reverse("reports:status", args=[report.pk])),
        ("get", reverse("reports:download", args=[report.pk])),
        ("post", reverse("reports:retry", args=[report.pk])),
    ]


@pytest.fixture
def ready_report(reference_case, attorney):
    return ReportFactory(case=reference_case, requested_by=attorney, ready=True)


def test_paralegal_sees_no_export_button_and_is_refused_every_url(client, paralegal, ready_report):
    """No panel on the case page, and 403 on create, status, download and retry."""
    client.force_login(paralegal)
    page = client.get(ready_report.case.get_absolute_url()).content.decode()
    assert "Export PDF" not in page and "Download PDF" not in page
    for method, url in report_urls(ready_report):
        assert getattr(client, method)(url).status_code == 403, url
    assert Report.objects.count() == 1


@pytest.mark.parametrize("role", ["attorney", "administrator"])
def test_attorneys_and_administrators_export_and_download(client, request, ready_report, role):
    """They see the button and past exports, and download the file as an attachment."""
    client.force_login(request.getfixturevalue(role))
    page = client.get(ready_report.case.get_absolute_url()).content.decode()
    assert "Export PDF" in page and "Download PDF" in page and "3 pages" in page
    response = client.get(reverse("reports:download", args=[ready_report.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="5-25-cv-00709 docket report')
    assert b"".join(response.streaming_content) == b"%PDF-1.7 test"


def test_requesting_a_report_records_it_and_queues_it_after_commit(
    client, attorney, reference_case, django_capture_on_commit_callbacks
):
    """The request saves the options and who asked; the job is queued only once that is committed."""
    client.force_login(attorney)
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(
            reverse("reports:create", args=[reference_case.pk]),
            {"date_from": "2025-01-25", "include_chronology": "on", "archival": "on"},
        )
    report = Report.objects.get()
    assert (report.requested_by, report.status, report.date_from.isoformat()) == (attorney, "queued", "2025-01-25")
    assert (report.include_chronology, report.include_parties, report.archival) == (True, False, True)
    assert len(callbacks) == 1


def test_a_backwards_date_range_is_refused_with_a_message(client, attorney, reference_case):
    """date_to before date_from: nothing is recorded and the attorney is told why."""
    client.force_login(attorney)
    response = client.post(
        reverse("reports:create", args=[reference_case.pk]),
        {"date_from": "2025-02-01", "date_to": "2025-01-01"},
        follow=True,
    )
    assert "The end of the date range is before its start." in response.content.decode()
    assert not Report.objects.exists()


def test_a_refused_export_comes_back_at_the_form_with_its_values(client, attorney, reference_case):
    """The error is inside the export form, the form is open, what was typed and ticked is kept, once only."""
    client.force_login(attorney)
    response = client.post(
        reverse("reports:create", args=[reference_case.pk]),
        {"date_from": "2025-02-01", "date_to": "2025-01-01", "include_notes": "on", "archival": "on"},
        follow=True,
    )
    html = response.content.decode()
    form = re.search(r'<details class="export" open>.*?</details>', html, re.S)[0]
    errors = re.search(r'<div class="form-errors" role="alert".*?</div>', form, re.S)[0]
    assert "The end of the date range is before its start." in errors
    assert 'value="2025-02-01"' in form and 'value="2025-01-01"' in form
    assert re.search(r'name="include_notes"[^>]*checked', form) and re.search(r'name="archival"[^>]*checked', form)
    assert not re.search(r'name="include_parties"[^>]*checked', form)
    again = client.get(reverse("casefile:case", args=[reference_case.pk])).content.decode()
    assert '<details class="export">' in again and "form-errors" not in again


def test_status_json_and_unready_downloads(client, attorney, reference_case):
    """A rendering report reports its progress; its download is a 404 until it is ready."""
    report = ReportFactory(case=reference_case, requested_by=attorney, status="rendering", progress=40)
    client.force_login(attorney)
    data = client.get(reverse("reports:status", args=[report.pk])).json()
    assert (data["status"], data["progress"], data["download_url"]) == ("rendering", 40, None)
    assert client.get(reverse("reports:download", args=[report.pk])).status_code == 404


def test_failed_report_shows_its_message_and_can_be_retried(
    client, attorney, reference_case, django_capture_on_commit_callbacks
):
    """The error is on the page with a Retry button; retrying queues it again."""
    report = ReportFactory(case=reference_case, requested_by=attorney, status="failed", error="The worker stopped.")
    client.force_login(attorney)
    assert "Failed: The worker stopped." in client.get(reference_case.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(reverse("reports:retry", args=[report.pk]))
    report.refresh_from_db()
    assert (report.status, report.error, len(callbacks)) == ("queued", "", 1)


def test_a_report_whose_requester_left_the_firm_still_lists(client, attorney, reference_case, django_user_model):
    """The requester's account deleted: the case page lists the report with a dash, not a server error."""
    leaver = django_user_model.objects.create_user("leaver")
    ReportFactory(case=reference_case, requested_by=leaver)
    leaver.delete()
    client.force_login(attorney)
    response = client.get(reference_case.get_absolute_url())
    assert response.status_code == 200 and "—" in response.content.decode()
