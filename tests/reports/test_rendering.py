"""The worker's half without Celery: a report planned, its parts rendered and joined, the PDF read back."""

import datetime
import io
import re
from collections import Counter

import pytest
from pypdf import PdfReader

from filings.models import DocketEntry, EventType
from reports.models import Report
from reports.rendering import part_render_and_save, report_assemble
from reports.services import report_plan

from ..cases.factories import CaseFactory
from ..filings.factories import DocketEntryFactory
from .factories import ReportFactory

pytestmark = pytest.mark.django_db
FIRST_DAY = datetime.date(2024, 1, 1)


def dated_docket(size: int):
    """Entries 1..size, entry n filed n days after FIRST_DAY."""
    case = CaseFactory(case_name="Stonebridge Capital Partners LP v. Harborview Logistics LLC")
    DocketEntry.objects.bulk_create(
        DocketEntryFactory.build(
            case=case, sequence=n, entry_number=n, date_filed=FIRST_DAY + datetime.timedelta(days=n),
            description=f"ORDER number {n} re case management.",
        )
        for n in range(1, size + 1)
    )  # fmt: skip
    return case


def render_all(report: Report) -> str:
    """Render every planned part and join them, as the worker does; returns the PDF's text."""
    for part in report.parts.order_by("index"):
        part_render_and_save(part.pk)
    report_assemble(report.pk)
    report.refresh_from_db()
    assert report.status == Report.Status.READY, report.error
    reader = PdfReader(io.BytesIO(report.file.read()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_a_report_renders_the_docket_as_planned_whatever_changes_meanwhile(attorney, settings):
    """Planned in parts of 20, then two entries are added (older ones, as a re-import adds them) and one deleted:
    every planned entry prints once and in order, the deleted one as removed, the added ones not at all, and the
    front page gives the planned count."""
    settings.REPORT_PART_ENTRIES = 20
    case = dated_docket(60)
    report = ReportFactory(case=case, requested_by=attorney, include_parties=False, include_chronology=False)
    report_plan(report.pk)
    assert report.parts.count() == 3
    for number, day in [(1000, 5), (1001, 25)]:  # sorts in the middle of parts 0 and 1; a later id
        filed = FIRST_DAY + datetime.timedelta(days=day)
        DocketEntryFactory(case=case, sequence=number, entry_number=number, date_filed=filed)
    DocketEntry.objects.filter(case=case, entry_number=30).delete()

    text = render_all(report)

    numbers = [int(n) for n in re.findall(r"No\. (\d+) Filed", text)]
    assert numbers == list(range(1, 61)), Counter(numbers).most_common(3)
    assert "Whole docket: 60 docket entries" in text
    assert "No. 30 Filed Jan 31, 2024 Removed from the docket after this report was planned" in text
    assert "ORDER number 30 re" not in text


def test_a_milestone_docketed_while_the_report_renders_is_not_on_its_timeline(reference_case, attorney):
    """An answer entered after planning is on neither the report's docket nor its timeline; planned ones stay."""
    report = ReportFactory(case=reference_case, requested_by=attorney)
    report_plan(report.pk)
    answer = EventType.objects.get(code="answer")
    DocketEntryFactory(
        case=reference_case, sequence=90, entry_number=None, date_filed=datetime.date(2025, 1, 25), event_type=answer,
        description="ANSWER to Complaint by LinkedIn Corporation.",
    )  # fmt: skip
    text = render_all(report)
    assert "ANSWER to Complaint" not in text
    assert text.count("Class action complaint against LinkedIn Corporation") == 2  # the timeline's and the docket's


COUNT_DOCKET_PART = 19  # claim 4, counting parts 1, heartbeats 2, reading (entries 1, attachments 1) 5, done 7


@pytest.mark.parametrize(("size", "per_part"), [(10, 5), (100, 50)])
def test_rendering_a_docket_part_costs_the_same_queries_for_5_entries_or_50(
    attorney, settings, django_assert_num_queries, size, per_part
):
    """The worker's render of a docket part reads its planned entries in one query, however many it holds."""
    settings.REPORT_PART_ENTRIES = per_part
    report = ReportFactory(case=dated_docket(size), requested_by=attorney)
    report_plan(report.pk)
    part = report.parts.get(index=1)
    with django_assert_num_queries(COUNT_DOCKET_PART):
        part_render_and_save(part.pk)
    part.refresh_from_db()
    assert (part.status, len(part.entries)) == ("done", per_part)
