"""An import costs the same number of queries for a short docket as for a long one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.models import Attorney, LawFirm, Party
from imports.services import docket_import

from .sheets import sheet_bytes, without_last_entries

pytestmark = pytest.mark.django_db

# Into an empty database: the court ids and the court; the case, its validation (with savepoints) and
# insert; for case parties, representations and entries one read, one insert and one history insert each;
# for parties, firms and attorneys, the database's folding of their names, one read, one insert that skips
# a row another import has just made, a read back, and one history insert each; the event types; the import
# record and its history; the case's history; the transaction's savepoints. The same for 2 entries as for 57
# (one more per thousand rows). One more asks whether an appeal imported earlier names this case as its case below.
FIRST_IMPORT_QUERIES = 62  # with the calendar recomputed through the docket's seam, and firms matched by their key


def test_query_count_does_not_grow_with_the_entries(django_assert_num_queries):
    """lamd with 57 entries and with 2 takes exactly the same queries, and the count is locked."""
    short = without_last_entries(sheet_bytes("lamd").decode(), 55).encode()
    with CaptureQueriesContext(connection) as short_import:
        summary = docket_import(content=short, file_name="lamd.html")
    assert summary.entries.added == 2
    summary.case.delete()
    for model in (Party, Attorney, LawFirm):  # back to an empty database: the long sheet creates them again
        model.objects.all().delete()
    with django_assert_num_queries(len(short_import.captured_queries)):
        summary = docket_import(content=sheet_bytes("lamd"), file_name="lamd.html")
    assert summary.entries.added == 57
    assert len(short_import.captured_queries) == FIRST_IMPORT_QUERIES
