"""The task adapters: a real failure becomes the report's message; a busy part is retried, not failed."""

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.files.base import ContentFile
from django.db import OperationalError
from django.utils import timezone

from reports.models import Report, ReportPart
from reports.rendering import part_render_and_save
from reports.services import PartBusy
from reports.tasks import report_assemble_task, report_part_task, report_plan_task, reports_sweep_task

from .factories import ReportFactory, ReportPartFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rendering(reference_case, attorney):
    report = ReportFactory(case=reference_case, requested_by=attorney, status="rendering")
    part = ReportPartFactory(report=report, index=0, status="done")
    part.file.save("part.pdf", ContentFile(b"%PDF-1.7 not really a pdf"))
    return report, part


def test_a_join_that_cannot_read_its_parts_fails_the_report_with_a_message(rendering):
    """A broken part file is a real failure: the report says what went wrong and asks for a retry."""
    report, _ = rendering
    report_assemble_task.apply(args=[report.pk])
    report.refresh_from_db()
    assert report.status == "failed"
    assert report.error.startswith("Putting the report together failed (") and report.error.endswith("Retry it.")


def test_a_part_another_worker_is_rendering_is_left_to_it(rendering):
    """A part with a fresh heartbeat elsewhere is busy: the job is to retry later, and the report is untouched."""
    report, part = rendering
    ReportPart.objects.filter(pk=part.pk).update(status="rendering", heartbeat_at=timezone.now())
    with pytest.raises(PartBusy):
        part_render_and_save(part.pk)
    report.refresh_from_db()
    assert report.status == "rendering" and report.error == ""


def test_a_part_of_a_vanished_report_is_a_quiet_no_op(rendering):
    """The report was deleted while its job waited: the job does nothing."""
    report, part = rendering
    report.delete()
    assert report_part_task.apply(args=[part.pk]).state == "SUCCESS"


def test_a_plan_that_cannot_be_made_fails_the_report_instead_of_leaving_it_queued(reference_case, attorney, settings):
    """A real planning failure (a part size of 0) is the report's message, not a job the sweeper resends forever."""
    settings.REPORT_PART_ENTRIES = 0
    report = ReportFactory(case=reference_case, requested_by=attorney)
    report_plan_task.apply(args=[report.pk])
    report.refresh_from_db()
    assert report.status == "failed"
    assert report.error.startswith("Planning the report failed (ValueError:") and report.error.endswith("Retry it.")


TASKS = [
    (report_plan_task, "report_plan", "queued", "Planning the report"),
    (report_part_task, "part_render_and_save", "rendering", "Rendering the report"),
    (report_assemble_task, "report_assemble", "rendering", "Putting the report together"),
]


@pytest.mark.parametrize(("task", "service", "status", "doing"), TASKS, ids=lambda value: getattr(value, "name", ""))
def test_every_task_has_the_same_failure_policy(reference_case, attorney, monkeypatch, task, service, status, doing):
    """A database hiccup is raised to be retried with the report untouched; running out of time or any other
    error becomes the report's message. The failures are injected into the service each task calls."""
    report = ReportFactory(case=reference_case, requested_by=attorney, status=status)
    part = ReportPartFactory(report=report, index=0)
    target = part.pk if task is report_part_task else report.pk

    def fail_with(error):
        def service_fails(*args):
            raise error

        monkeypatch.setattr(f"reports.tasks.{service}", service_fails)

    fail_with(OperationalError("the database went away"))
    with pytest.raises(OperationalError):
        task(target)  # called directly, Celery's autoretry re-raises what it would retry
    report.refresh_from_db()
    assert (report.status, report.error) == (status, "")

    fail_with(SoftTimeLimitExceeded())
    task(target)
    report.refresh_from_db()
    assert report.status == "failed" and report.error.startswith(f"{doing} took longer than the time allowed.")

    Report.objects.filter(pk=report.pk).update(status=status, error="")
    fail_with(KeyError("gone"))
    task(target)
    report.refresh_from_db()
    assert (report.status, report.error) == ("failed", f"{doing} failed (KeyError: 'gone'). Retry it.")


def test_the_sweep_task_retries_a_database_hiccup_and_logs_anything_else(monkeypatch, caplog):
    """The sweep has no report to fail: a transient error is raised for a retry, any other is logged."""
    monkeypatch.setattr("reports.tasks.reports_sweep", lambda: (_ for _ in ()).throw(OperationalError("down")))
    with pytest.raises(OperationalError):
        reports_sweep_task()
    monkeypatch.setattr("reports.tasks.reports_sweep", lambda: (_ for _ in ()).throw(KeyError("x")))
    assert reports_sweep_task() is None
    assert "Sweeping the reports failed" in caplog.text
