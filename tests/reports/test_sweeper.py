"""The periodic sweep: silent parts are sent again, then given up on with a message; lost requests are resent."""

from datetime import timedelta

import pytest
import redis
from django.conf import settings
from django.utils import timezone

from reports.models import Report, ReportPart
from reports.sweeper import reports_sweep

from .factories import ReportFactory, ReportPartFactory

pytestmark = pytest.mark.django_db

LONG_AGO = timedelta(minutes=30)


def queued_jobs() -> int:
    return redis.Redis.from_url(settings.CELERY_BROKER_URL).llen("renders")  # report jobs go to the renders queue


@pytest.fixture
def rendering(reference_case, attorney, clean_broker):
    report = ReportFactory(
        case=reference_case, requested_by=attorney, status="rendering", heartbeat_at=timezone.now() - LONG_AGO
    )
    part = ReportPartFactory(report=report, index=0, status="rendering", attempts=1, heartbeat_at=report.heartbeat_at)
    return report, part


def test_a_silent_part_is_sent_again(rendering):
    """A part whose worker stopped beating goes back to the queue, and a job reaches the broker."""
    report, part = rendering
    assert reports_sweep()["parts_restarted"] == 1
    part.refresh_from_db()
    assert part.status == "queued" and part.dispatched_at is not None
    assert queued_jobs() == 1


def test_a_part_that_keeps_dying_fails_its_report_with_a_message(rendering):
    """After three silent attempts the report fails, saying what happened and what to do."""
    report, part = rendering
    ReportPart.objects.filter(pk=part.pk).update(attempts=3)
    reports_sweep()
    report.refresh_from_db()
    assert report.status == "failed"
    assert "stopped 3 times" in report.error and "Retry" in report.error


def test_a_request_that_never_reached_the_broker_is_sent(reference_case, attorney, clean_broker):
    """A queued report with no dispatch time (the broker was down) is sent on the next sweep."""
    report = ReportFactory(case=reference_case, requested_by=attorney)
    assert reports_sweep()["queued_resent"] == 1
    report.refresh_from_db()
    assert report.dispatched_at is not None and queued_jobs() == 1


def test_a_live_part_is_left_alone(rendering):
    """A part beating now is not touched."""
    report, part = rendering
    ReportPart.objects.filter(pk=part.pk).update(heartbeat_at=timezone.now())
    Report.objects.filter(pk=report.pk).update(heartbeat_at=timezone.now())
    assert reports_sweep() == {"queued_resent": 0, "parts_restarted": 0, "parts_resent": 0, "joins_resent": 0}
