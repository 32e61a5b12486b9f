import datetime

import pytest
from django.db import connection

from cases.models import Case
from filings.models import DocketEntry, EventType
from filings.selectors import case_timeline, docket_entry_list

from ..cases.factories import CaseFactory
from ..filings.factories import DocketEntryFactory
from ..imports.sheets import sheet_import

pytestmark = pytest.mark.django_db


def test_timeline_merges_facts_and_entries_in_date_order(reference_case):
    """The reference timeline runs August 2024, September 18, the complaint, LinkedIn's statement, the dismissal."""
    items = case_timeline(case=reference_case)
    assert [(item.date_display, item.kind) for item in items] == [
        ("August 2024", "fact"),
        ("September 18, 2024", "fact"),
        ("January 21, 2025", "entry"),
        ("January 22, 2025", "fact"),
        ("January 30, 2025", "entry"),
        ("February 6, 2025", "fact"),
    ]


def test_timeline_leaves_routine_entries_to_the_docket(reference_case):
    """An ordinary order is on the docket but not on the milestone timeline."""
    DocketEntryFactory(case=reference_case, date_filed=datetime.date(2025, 1, 24), sequence=50, entry_number=9)
    assert len(case_timeline(case=reference_case)) == 6
    assert len(case_timeline(case=reference_case, milestones_only=False)) == 7


def test_docket_entry_list_filters_by_range_type_and_words(reference_case):
    """Date range, event type and every word of the query narrow the docket."""
    notice = reference_case.docket_entries.get(event_type__code="notice_voluntary_dismissal")
    assert list(docket_entry_list(case=reference_case, date_from=datetime.date(2025, 1, 25))) == [notice]
    assert list(docket_entry_list(case=reference_case, event_type_id=notice.event_type_id)) == [notice]
    assert list(docket_entry_list(case=reference_case, query="voluntary PREJUDICE")) == [notice]
    assert docket_entry_list(case=reference_case, date_to=datetime.date(2025, 1, 1)).count() == 0


def test_timeline_has_one_complaint_milestone(reference_case):
    """Only the first complaint entry is a milestone; a second one (the same paper filed again) stays on the docket."""
    complaint = EventType.objects.get(code="complaint")
    first = reference_case.docket_entries.get(event_type=complaint)
    DocketEntryFactory(
        case=reference_case,
        date_filed=first.date_filed,
        sequence=first.sequence + 100,
        entry_number=None,
        event_type=complaint,
        description="Complaint/Brief in Support of Plaintiff's MOTION for Preliminary Injunction.",
    )
    timeline = [item.entry for item in case_timeline(case=reference_case) if item.entry]
    assert [entry.event_type.code for entry in timeline].count("complaint") == 1
    assert first in timeline
    assert len(case_timeline(case=reference_case, milestones_only=False)) == 7


def test_roddy_v_babin_imports_with_one_complaint_milestone():
    """Roddy v. Babin's complaint and its second filing the same day make one milestone; the amended one is its own."""
    sheet_import("lamd")
    timeline = [item.entry for item in case_timeline(case=Case.objects.get()) if item.entry]
    codes = [entry.event_type.code for entry in timeline]
    assert codes.count("complaint") == 1 and timeline[0].entry_number == 1
    assert "amended_complaint" in codes


def test_the_keyword_filter_reads_only_its_case_and_needs_every_word(reference_case):
    """Each word, in any letter case and anywhere in a word ("PREJ", "ss"), must be in the entry's text; another
    case's entries with the same words are never listed; newest first lists the same entries the other way."""
    DocketEntryFactory(description="NOTICE of voluntary dismissal without prejudice")  # in a case of its own
    notice = reference_case.docket_entries.get(event_type__code="notice_voluntary_dismissal")
    assert list(docket_entry_list(case=reference_case, query="PREJ voluntary")) == [notice]
    assert list(docket_entry_list(case=reference_case, query="voluntary zyxwvut")) == []
    short = list(docket_entry_list(case=reference_case, query="ss"))
    docket = reference_case.docket_entries.order_by("date_filed", "sequence")
    assert short and short == [entry for entry in docket if "ss" in entry.description.lower()]
    assert list(docket_entry_list(case=reference_case, query="ss", newest_first=True)) == short[::-1]


def test_the_keyword_filter_is_looked_up_in_the_cases_trigram_index():
    """On a long docket PostgreSQL answers the filter from the (case, text) trigram index, with the case and the word
    both in the index's condition: the case is compared as the bigint the index holds."""
    case = CaseFactory()
    DocketEntry.objects.bulk_create(
        DocketEntry(case=case, sequence=n, date_filed=datetime.date(2024, 3, 4), description=f"MINUTE ENTRY {n}")
        for n in range(1, 3001)
    )
    DocketEntryFactory(case=case, description="TRANSCRIPT of proceedings", sequence=3001, entry_number=None)
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('docket_entry_case_text_trgm')")  # as autovacuum would
        cursor.execute("ANALYZE filings_docketentry")
        cursor.execute("SET LOCAL enable_seqscan = off")  # 3,000 short entries still fit in a few pages
        sql, params = docket_entry_list(case=case, query="transcript").query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    index_scan = plan.split("Bitmap Index Scan on docket_entry_case_text_trgm", 1)
    assert len(index_scan) == 2 and "case_id = " in index_scan[1].split("\n")[1], plan
