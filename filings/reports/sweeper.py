"""The periodic sweep: no report stays queued or rendering forever.

A worker killed mid-render leaves its part "rendering" with a heartbeat that stops. The sweep sends such
parts again, up to MAX_ATTEMPTS, then fails the report with a message the attorney can retry from. It
also resends jobs that never reached the broker (it was down when the attorney clicked) or were lost.
"""

from django.db.models import Q
from django.utils import timezone

from ..models import Report, ReportPart
from .services import MAX_ATTEMPTS, STALE, parts_dispatch, report_dispatch, report_fail, send


def reports_sweep() -> dict:
    now = timezone.now()
    return {
        "queued_resent": resend_queued_reports(now),
        "parts_restarted": restart_silent_parts(now),
        "parts_resent": resend_queued_parts(now),
        "joins_resent": resend_joins(now),
    }


def resend_queued_reports(now) -> int:
    waiting = Report.objects.filter(status=Report.Status.QUEUED).filter(
        Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=now - STALE * 4)
    )
    return sum(report_dispatch(report) for report in waiting)


def restart_silent_parts(now) -> int:
    silent = ReportPart.objects.filter(
        status=ReportPart.Status.RENDERING, heartbeat_at__lt=now - STALE, report__status=Report.Status.RENDERING
    )
    restart = []
    for part in silent:
        if part.attempts >= MAX_ATTEMPTS:
            report_fail(
                part.report_id,
                f"The worker rendering this report stopped {part.attempts} times (part {part.index + 1}). "
                "Retry it; if it stops again, export a shorter date range.",
            )
        else:
            restart.append(part.pk)
    ReportPart.objects.filter(pk__in=restart).update(status=ReportPart.Status.QUEUED, dispatched_at=None)
    parts_dispatch(restart)
    return len(restart)


def resend_queued_parts(now) -> int:
    waiting = ReportPart.objects.filter(status=ReportPart.Status.QUEUED, report__status=Report.Status.RENDERING).filter(
        Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=now - STALE * 4)
    )
    ids = list(waiting.values_list("pk", flat=True))
    parts_dispatch(ids)
    return len(ids)


def resend_joins(now) -> int:
    from ..tasks import report_assemble_task

    waiting = Report.objects.filter(status=Report.Status.RENDERING, heartbeat_at__lt=now - STALE).exclude(
        parts__status__in=[ReportPart.Status.QUEUED, ReportPart.Status.RENDERING]
    )
    return sum(send(report_assemble_task, pk) for pk in waiting.values_list("pk", flat=True).distinct())
