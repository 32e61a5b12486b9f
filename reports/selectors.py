"""Reads of reports, scoped to what the user may see: a report's access follows its case."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from cases.models import Case
from deadlines.models import Deadline
from filings.models import DocketEntry
from filings.selectors import docket_entry_list

from .models import Report

SHOWN_ON_CASE_PAGE = 10


def report_get(*, user, pk) -> Report:
    """A report of a case the user may see; others' exports included, as the firm's shared record."""
    return get_object_or_404(Report.objects.for_user(user).select_related("case"), pk=pk)


def case_reports(*, user, case: Case) -> QuerySet[Report]:
    """The case's latest exports, newest first."""
    return Report.objects.for_user(user).filter(case=case).select_related("requested_by")[:SHOWN_ON_CASE_PAGE]


def report_entries(report: Report) -> QuerySet[DocketEntry]:
    """The report's docket: the whole of it, or its date range."""
    return docket_entry_list(case=report.case, date_from=report.date_from, date_to=report.date_to)


REPORT_DEADLINES = 300  # the front matter's limit; the calendar and its CSV have every one


def report_deadlines(report: Report) -> QuerySet[Deadline]:
    """The case's deadlines and hearings in the report's date range, in date order."""
    rows = report.case.deadlines.select_related("rule").order_by("due_date", "time", "pk")
    if report.date_from:
        rows = rows.filter(due_date__gte=report.date_from)
    if report.date_to:
        rows = rows.filter(due_date__lte=report.date_to)
    return rows
