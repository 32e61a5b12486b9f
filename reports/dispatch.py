"""The one module that sends report jobs to the broker, by task name.

Sending by name keeps the web process free of the worker's modules: the tasks import the PDF renderer,
and nothing the web process loads imports the tasks. A job is a task name and ids, never an object.
"""

import logging

from celery import current_app
from django.conf import settings
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from .models import Report, ReportPart

log = logging.getLogger(__name__)
PLAN = "reports.tasks.report_plan_task"
RENDER_PART = "reports.tasks.report_part_task"
ASSEMBLE = "reports.tasks.report_assemble_task"


def send(task_name: str, *args) -> bool:
    """Hand a job to the broker, briefly retrying; False when the broker is out of reach."""
    try:
        current_app.send_task(task_name, args=args, retry=True, retry_policy=settings.REPORT_SEND_RETRY)
    except BrokerError as error:
        log.warning("Broker unreachable, %s(%s) left for the sweeper: %s", task_name, args, error)
        return False
    return True


def report_dispatch(report_id: int) -> bool:
    """Send the report to be planned; note when it reached the broker."""
    sent = send(PLAN, report_id)
    if sent:
        Report.objects.filter(pk=report_id).update(dispatched_at=timezone.now())
    return sent


def parts_dispatch(part_ids: list[int]) -> None:
    sent = [pk for pk in part_ids if send(RENDER_PART, pk)]
    ReportPart.objects.filter(pk__in=sent).update(dispatched_at=timezone.now())


def assembly_dispatch(report_id: int) -> bool:
    return send(ASSEMBLE, report_id)
