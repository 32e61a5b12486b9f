"""Celery tasks of the cases app: ids or nothing in, one service call."""

from celery import shared_task

from .services import case_tally_fold


@shared_task(name="cases.tasks.case_tally_fold_task")
def case_tally_fold_task() -> int:
    return case_tally_fold()
