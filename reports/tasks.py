"""Celery tasks: ids in, one service call, the same retry and failure policy on every one. Each is safe to run twice.

Only the worker imports this module (the web process sends jobs by name, see dispatch.py), so the PDF
libraries that rendering.py loads stay out of the web process.
"""

import logging
from contextlib import contextmanager

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError
from django.db import OperationalError as DatabaseError
from kombu.exceptions import OperationalError as BrokerError

from .models import ReportPart
from .rendering import part_render_and_save, report_assemble
from .services import PartBusy, report_fail, report_plan
from .sweeper import reports_sweep

log = logging.getLogger(__name__)
# Worth another try: the database or broker hiccuped. Anything else is a real failure, reported at once.
TRANSIENT = (DatabaseError, InterfaceError, BrokerError)
RETRY = {
    "autoretry_for": TRANSIENT,
    "retry_backoff": 2,
    "retry_backoff_max": 60,
    "retry_jitter": True,
    "max_retries": 5,
}


@contextmanager
def failure_reported(report_id: int | None, doing: str):
    """The failure policy: transient errors and a busy part go on to be retried; any other failure is the
    report's message (or, for work on no one report, a logged error), never a report left waiting forever."""
    try:
        yield
    except (*TRANSIENT, PartBusy):
        raise
    except SoftTimeLimitExceeded:
        log.error("Report %s: %s ran out of time", report_id, doing)
        if report_id:
            report_fail(
                report_id, f"{doing} took longer than the time allowed. Retry it, or export a shorter date range."
            )
    except Exception as error:
        log.exception("Report %s: %s failed", report_id, doing)
        if report_id:
            report_fail(report_id, f"{doing} failed ({type(error).__name__}: {error}). Retry it.")


@shared_task(bind=True, **RETRY)
def report_plan_task(self, report_id: int) -> None:
    with failure_reported(report_id, "Planning the report"):
        report_plan(report_id)


@shared_task(bind=True, **RETRY)
def report_part_task(self, part_id: int) -> None:
    report_id = ReportPart.objects.filter(pk=part_id).values_list("report_id", flat=True).first()
    try:
        with failure_reported(report_id, "Rendering the report"):
            part_render_and_save(part_id)
    except PartBusy as busy:
        raise self.retry(exc=busy, countdown=settings.REPORT_STALE_SECONDS, max_retries=20) from None


@shared_task(bind=True, **RETRY)
def report_assemble_task(self, report_id: int) -> None:
    with failure_reported(report_id, "Putting the report together"):
        report_assemble(report_id)


@shared_task(bind=True, **RETRY)
def reports_sweep_task(self) -> dict | None:
    with failure_reported(None, "Sweeping the reports"):
        return reports_sweep()
    return None
