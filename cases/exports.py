"""The filtered case list as CSV, streamed so 100,000 rows never sit in memory."""

import csv

from django.http import StreamingHttpResponse

from casetracker.batches import in_batches

from .models import Case

HEADER = ["Court", "Docket number", "Case name", "Status", "Disposition", "Date filed", "Date terminated",
          "Nature of suit", "Class action", "Matter number", "Link"]  # fmt: skip
# A cell starting with one of these is a formula to a spreadsheet: quote it so it stays text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BATCH = 2000  # cases read per query while the export streams


class Echo:
    def write(self, value):
        return value


def cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def case_row(case, request) -> list[str]:
    values = [
        case.court.citation or case.court_id,
        case.docket_number,
        case.case_name,
        case.get_status_display(),
        case.get_disposition_display(),
        case.date_filed,
        case.date_terminated,
        case.nature_of_suit,
        "yes" if case.is_class_action else "no",
        case.matter_number,
        request.build_absolute_uri(case.get_absolute_url()),
    ]
    return [cell(value) for value in values]


def case_list_csv_response(cases, request) -> StreamingHttpResponse:
    writer = csv.writer(Echo())
    load = Case.objects.select_related("court").defer("search_vector", "docket_vector")  # every word of a docket
    batches = in_batches(cases, load=load, size=BATCH)
    rows = (writer.writerow(case_row(case, request)) for case in batches)
    response = StreamingHttpResponse(
        (line for part in ([writer.writerow(HEADER)], rows) for line in part), content_type="text/csv"
    )
    response["Content-Disposition"] = 'attachment; filename="cases.csv"'
    return response
