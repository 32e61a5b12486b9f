"""The life of a report: requested, planned into parts, rendered by workers, joined, or failed.

Every step is safe to run twice: each checks the row's status first. Jobs reach the broker only after
the transaction that made them commits. When the broker cannot be reached, the report stays queued and
is sent again by the next status poll or the periodic sweep, so a request is never lost.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from cases.models import Case
from casetracker.roles import EXPORT_PERMISSION

from .dispatch import assembly_dispatch, parts_dispatch, report_dispatch
from .models import Report, ReportPart
from .planning import docket_frozen

MAX_ATTEMPTS = 3


def stale() -> timedelta:
    """How long a silent worker is given before its job is sent again (REPORT_STALE_SECONDS, read when used)."""
    return timedelta(seconds=settings.REPORT_STALE_SECONDS)


def report_request(*, case: Case, user, options: dict) -> Report:
    """Record an attorney's request and queue its rendering once the record is committed."""
    if not user.has_perm(EXPORT_PERMISSION) or not Case.objects.for_user(user).filter(pk=case.pk).exists():
        raise PermissionDenied("Only attorneys and administrators may export reports.")
    report = Report(case=case, requested_by=user, **options)
    report.full_clean()
    report.save()
    transaction.on_commit(lambda: report_dispatch(report.pk))
    return report


def report_redispatch_if_stuck(report: Report) -> None:
    """Called on status polls: a queued report that never reached the broker is sent again."""
    waited = timezone.now() - (report.dispatched_at or report.created_at)
    if report.status == Report.Status.QUEUED and (report.dispatched_at is None or waited > stale()):
        report_dispatch(report.pk)


@transaction.atomic
def report_plan(report_id: int) -> list[int]:
    """Start a report: claim it, freeze its docket as it stands and split it into parts. Returns the part ids to
    render. The parts hold the planned entries themselves, not offsets into a docket that may move meanwhile."""
    report = Report.objects.select_for_update().filter(pk=report_id).first()
    if report is None or report.status != Report.Status.QUEUED:
        return []  # gone, or already planned by an earlier delivery of this job
    slices = docket_frozen(report, per_part=settings.REPORT_PART_ENTRIES)
    report.parts.all().delete()
    parts = ReportPart.objects.bulk_create(
        ReportPart(report=report, index=index, entries=entries) for index, entries in enumerate(slices)
    )
    report.status, report.progress, report.error = Report.Status.RENDERING, 5, ""
    report.entry_total = sum(len(entries) for entries in slices)
    report.attempts += 1
    report.planned_at = report.started_at = report.heartbeat_at = timezone.now()
    report.save()
    ids = [part.pk for part in parts]
    transaction.on_commit(lambda: parts_dispatch(ids))
    return ids


def part_claim(part_id: int) -> ReportPart | None:
    """Take a part to render, unless it is done or another worker is alive on it."""
    with transaction.atomic():
        part = ReportPart.objects.select_for_update().select_related("report").filter(pk=part_id).first()
        if part is None or part.status == ReportPart.Status.DONE or part.report.status != Report.Status.RENDERING:
            return None
        if (
            part.status == ReportPart.Status.RENDERING
            and part.heartbeat_at
            and timezone.now() - part.heartbeat_at < stale()
        ):
            raise PartBusy(part)
        part.status, part.heartbeat_at = ReportPart.Status.RENDERING, timezone.now()
        part.attempts += 1
        part.save(update_fields=["status", "heartbeat_at", "attempts"])  # not the planned entries again
        return part


class PartBusy(Exception):
    """Another worker is rendering this part and still beating; try again once it has had time to finish."""

    def __init__(self, part: ReportPart):
        super().__init__(f"Part {part.pk} is being rendered elsewhere.")


@transaction.atomic
def part_done(part: ReportPart, page_count: int) -> None:
    report = Report.objects.select_for_update().get(pk=part.report_id)
    ReportPart.objects.filter(pk=part.pk).update(
        status=ReportPart.Status.DONE, page_count=page_count, file=part.file.name
    )
    done = report.parts.filter(status=ReportPart.Status.DONE).count()
    total = report.parts.count()
    Report.objects.filter(pk=report.pk).update(progress=5 + 85 * done // total, heartbeat_at=timezone.now())
    if done == total:
        transaction.on_commit(lambda: assembly_dispatch(report.pk))


@transaction.atomic
def report_finish(report_id: int, pdf: bytes, page_count: int) -> None:
    report = Report.objects.select_for_update().select_related("case").get(pk=report_id)
    if report.status != Report.Status.RENDERING:
        return
    report.file.save(
        f"{report.case.docket_number.replace(':', '-')}-report-{report.pk}.pdf", ContentFile(pdf), save=False
    )
    report.status, report.progress, report.page_count = Report.Status.READY, 100, page_count
    report.file_size, report.sha256 = len(pdf), hashlib.sha256(pdf).hexdigest()
    report.finished_at = timezone.now()
    report.save()


def report_fail(report_id: int, message: str) -> None:
    Report.objects.filter(pk=report_id).exclude(status=Report.Status.READY).update(
        status=Report.Status.FAILED, error=message, finished_at=timezone.now()
    )


@transaction.atomic
def report_retry(*, report: Report, user) -> Report:
    """Queue a failed report again, at the attorney's request."""
    if not user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied("Only attorneys and administrators may export reports.")
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.status != Report.Status.FAILED:
        return report
    report.parts.all().delete()
    report.status, report.progress, report.error, report.dispatched_at = Report.Status.QUEUED, 0, "", None
    report.save()
    transaction.on_commit(lambda: report_dispatch(report.pk))
    return report
