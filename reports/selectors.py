"""Reads of reports, scoped to what the user may see: a report's access follows its case."""

from django.db.models import QuerySet
from django.db.models.functions import Length, Substr
from django.shortcuts import get_object_or_404

from cases.models import Case
from deadlines.models import Deadline
from filings.models import DocketEntry
from filings.selectors import docket_entry_list
from notes.models import Note
from notes.selectors import report_notes

from .models import Report

SHOWN_ON_CASE_PAGE = 10


def report_get(*, user, pk) -> Report:
    """A report of a case the user may see; others' exports included, as the firm's shared record."""
    return get_object_or_404(Report.objects.for_user(user).select_related("case"), pk=pk)


def report_case_id(pk) -> int | None:
    """The case a report belongs to, whoever asks: only for logging a screened user's attempt on it."""
    return Report.objects.filter(pk=pk).values_list("case_id", flat=True).first()


def case_reports(*, user, case: Case) -> QuerySet[Report]:
    """The case's latest exports, newest first."""
    return Report.objects.for_user(user).filter(case=case).select_related("requested_by")[:SHOWN_ON_CASE_PAGE]


def report_entries(report: Report) -> QuerySet[DocketEntry]:
    """The report's docket: the whole of it, or its date range."""
    return docket_entry_list(case=report.case, date_from=report.date_from, date_to=report.date_to)


# The most of one entry's text a report prints: about three pages. A 5 MB entry laid out whole took a render
# process past its memory budget; the rest is one click away in Casetracker, and the report says so.
ENTRY_TEXT_LIMIT = 20_000


def report_entry_keys(report: Report) -> QuerySet:
    """What planning freezes of each entry in the report's range, in docket order: id, number, date filed,
    sequence, and the length of its text (which parts are sized by)."""
    return (
        report_entries(report)
        .annotate(text_length=Length("description"))
        .values_list("pk", "entry_number", "date_filed", "sequence", "text_length")
    )


def report_entries_planned(report: Report, ids: list[int]) -> dict[int, DocketEntry]:
    """The planned entries still on the docket, by id. Each brings at most ENTRY_TEXT_LIMIT characters of its text
    (as text_start) and the length of the whole (as text_length), so a huge entry never reaches the worker whole."""
    entries = (
        report.case.docket_entries.filter(pk__in=ids)
        .select_related("event_type", "filed_by")
        .prefetch_related("attachments")
        .defer("description")
        .annotate(text_start=Substr("description", 1, ENTRY_TEXT_LIMIT), text_length=Length("description"))
    )
    return {entry.pk: entry for entry in entries}


REPORT_DEADLINES = 300  # the front matter's limit; the calendar and its CSV have every one


REPORT_NOTES = 1000  # the front matter's limit; the case page and its history keep every one


def report_notes_printed(report: Report) -> list[Note]:
    """The case's notes for a report that asked for them, in the order written, at most REPORT_NOTES + 1."""
    if not report.include_notes:
        return []
    notes = report_notes(case=report.case)
    if report.planned_at:  # as the docket is: the notes as they stood when the report was planned
        notes = notes.filter(created_at__lte=report.planned_at)
    return list(notes[: REPORT_NOTES + 1])


def report_deadlines(report: Report) -> QuerySet[Deadline]:
    """The case's deadlines and hearings in the report's date range, in date order."""
    rows = report.case.deadlines.select_related("rule").order_by("due_date", "time", "pk")
    if report.date_from:
        rows = rows.filter(due_date__gte=report.date_from)
    if report.date_to:
        rows = rows.filter(due_date__lte=report.date_to)
    return rows
