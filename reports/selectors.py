"""Reads of reports, scoped to what the user may see: a report's access follows its case."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from cases.models import Case
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
