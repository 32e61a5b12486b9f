"""Planning freezes a report's docket: the entries of that moment in docket order, in parts sized to render."""

import datetime

import pytest

from filings.models import DocketEntry
from reports.models import Report
from reports.planning import PART_TEXT_BUDGET, docket_frozen
from reports.selectors import ENTRY_TEXT_LIMIT
from reports.services import report_plan

from ..cases.factories import CaseFactory
from ..filings.factories import DocketEntryFactory
from .factories import ReportFactory

pytestmark = pytest.mark.django_db
DAY = datetime.date(2024, 1, 1)


def test_parts_follow_the_docket_order_not_the_ids(attorney, settings):
    """A re-import adds older entries later, with higher ids: the parts still slice by date filed, then sequence,
    and the report records the count and the moment it froze."""
    settings.REPORT_PART_ENTRIES = 4
    case = CaseFactory()
    for n in range(10, 0, -1):  # the newest entry first, so ids run against the docket's order
        DocketEntryFactory(case=case, sequence=n, entry_number=n, date_filed=DAY + datetime.timedelta(days=n))
    report = ReportFactory(case=case, requested_by=attorney)
    report_plan(report.pk)
    report.refresh_from_db()
    slices = [[row["number"] for row in part.entries] for part in report.parts.order_by("index")]
    assert slices == [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]
    assert report.entry_total == 10 and report.planned_at is not None
    assert report.parts.get(index=1).bounds_display == "4: filed 2024-01-06 (seq. 5) to 2024-01-09 (seq. 8)"


def test_a_date_range_freezes_only_its_entries(attorney):
    """The report's range decides what is frozen; an empty range still plans the front matter's part."""
    case = CaseFactory()
    for n in range(1, 6):
        DocketEntryFactory(case=case, sequence=n, date_filed=DAY + datetime.timedelta(days=n))
    ranged = Report(case=case, date_from=DAY + datetime.timedelta(days=2), date_to=DAY + datetime.timedelta(days=3))
    assert [[row["sequence"] for row in part] for part in docket_frozen(ranged, per_part=500)] == [[2, 3]]
    empty = Report(case=case, date_from=datetime.date(2030, 1, 1))
    assert docket_frozen(empty, per_part=500) == [[]]


def test_long_entries_split_parts_by_the_text_they_print(attorney):
    """A part lays out at most PART_TEXT_BUDGET characters; an entry counts only what it prints (the limit)."""
    case = CaseFactory()
    DocketEntry.objects.bulk_create(
        DocketEntryFactory.build(case=case, sequence=n, description="x" * (ENTRY_TEXT_LIMIT * 3 // 2))
        for n in range(1, 31)
    )
    parts = docket_frozen(Report(case=case), per_part=500)
    per_part = PART_TEXT_BUDGET // ENTRY_TEXT_LIMIT
    assert [len(part) for part in parts] == [per_part, per_part, 30 - 2 * per_part]


def test_a_part_size_below_one_is_refused():
    """REPORT_PART_ENTRIES of 0 cannot plan a report: the error says which setting."""
    with pytest.raises(ValueError, match="REPORT_PART_ENTRIES is 0"):
        docket_frozen(Report(), per_part=0)
