"""Work is queued by kind: renders on their own queue, so a long render never waits in front of other work."""

import pytest

from casetracker.celery import app

QUEUES = {
    "reports.tasks.report_plan_task": "renders",
    "reports.tasks.report_part_task": "renders",
    "reports.tasks.report_assemble_task": "renders",
    "reports.tasks.reports_sweep_task": "default",
    "deadlines.tasks.feeds_rebuild_task": "default",
}


@pytest.mark.parametrize(("task", "queue"), QUEUES.items())
def test_each_task_is_sent_to_the_queue_of_its_kind(task, queue):
    """Routed by the task's name, as the web process sends it: report jobs to renders, the rest to default."""
    assert app.amqp.router.route({}, task)["queue"].name == queue
