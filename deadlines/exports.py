"""The filtered calendar as CSV, streamed; cells a spreadsheet would read as formulas are written as text."""

import csv

from django.http import StreamingHttpResponse

from cases.exports import BATCH, Echo, cell
from casetracker.batches import in_batches

from .models import Deadline
from .selectors import CASE_UNSHOWN, SHOWN

HEADER = ["Date", "Time", "Time zone", "Kind", "What", "Status", "Case", "Docket number", "Court", "Rule",
          "Clerk's date", "Overridden", "How it was computed", "Link"]  # fmt: skip


def deadline_row(deadline, request) -> list[str]:
    case = deadline.case
    values = [
        deadline.due_date,
        f"{deadline.time:%H:%M}" if deadline.time else "",
        deadline.time_zone,
        deadline.get_kind_display(),
        deadline.title,
        deadline.get_status_display(),
        case.title,
        case.docket_number,
        case.court.citation or case.court_id,
        deadline.rule.citation if deadline.rule else "",
        deadline.clerk_date or "",
        deadline.override_reason if deadline.is_overridden else "",
        " ".join(deadline.explanation),
        request.build_absolute_uri(deadline.get_absolute_url()),
    ]
    return [cell(value) for value in values]


def calendar_csv_response(deadlines, request) -> StreamingHttpResponse:
    writer = csv.writer(Echo())
    load = Deadline.objects.select_related(*SHOWN).defer(*CASE_UNSHOWN)  # as the calendar reads them
    batches = in_batches(deadlines, load=load, size=BATCH)
    rows = (writer.writerow(deadline_row(item, request)) for item in batches)
    response = StreamingHttpResponse(
        (line for part in ([writer.writerow(HEADER)], rows) for line in part), content_type="text/csv"
    )
    response["Content-Disposition"] = 'attachment; filename="calendar.csv"'
    return response
