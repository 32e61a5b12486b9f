"""The periodic sweep: no report stays queued or rendering forever.

A worker killed mid-render leaves its part "rendering" with a heartbeat that stops. The sweep sends such
parts again, up to MAX_ATTEMPTS, then fails the report with a message the attorney can retry from. It
also resends jobs that never reached the broker (it was down when the attorney clicked) or were lost.
"""

from django.db.models import Q
from django.utils import timezone

from .dispatch import assembly_dispatch, parts_dispatch, report_dispatch
from .models import Report, ReportPart
from .services import MAX_ATTEMPTS, report_fail, stale


def reports_sweep() -> dict:
    now, silence = timezone.now(), stale()
    return {
        "queued_resent": resend_queued_reports(now - silence * 4),
        "parts_restarted": restart_silent_parts(now - silence),
        "parts_resent": resend_queued_parts(now - silence * 4),
        "joins_resent": resend_joins(now - silence),
    }


def resend_queued_reports(sent_before) -> int:
    waiting = Report.objects.filter(status=Report.Status.QUEUED).filter(
        Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=sent_before)
    )
    return sum(report_dispatch(pk) for pk in waiting.values_list("pk", flat=True))


def restart_silent_parts(silent_since) -> int:
    silent = ReportPart.objects.filter(
        status=ReportPart.Status.RENDERING, heartbeat_at__lt=silent_since, report__status=Report.Status.RENDERING
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


def resend_queued_parts(sent_before) -> int:
    waiting = ReportPart.objects.filter(status=ReportPart.Status.QUEUED, report__status=Report.Status.RENDERING).filter(
        Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=sent_before)
    )
    ids = list(waiting.values_list("pk", flat=True))
    parts_dispatch(ids)
    return len(ids)


def resend_joins(silent_since) -> int:
    waiting = Report.objects.filter(status=Report.Status.RENDERING, heartbeat_at__lt=silent_since).exclude(
        parts__status__in=[ReportPart.Status.QUEUED, ReportPart.Status.RENDERING]
    )
    return sum(assembly_dispatch(pk) for pk in waiting.values_list("pk", flat=True).distinct())
