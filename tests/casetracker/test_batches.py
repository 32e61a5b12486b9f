"""Reading a list a batch at a time: the list's order, one query for the ids and one per batch."""

import datetime

import pytest

from cases.models import Case
from casetracker.batches import in_batches

from ..cases.factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_rows_come_in_the_lists_order_across_batches(django_assert_num_queries):
    """Five cases newest first, two a batch: the ids, then three batches, and the court read with each case."""
    for day in [3, 1, 5, 2, 4]:
        CaseFactory(date_filed=datetime.date(2024, 3, day))
    rows = Case.objects.order_by("-date_filed")
    with django_assert_num_queries(4):
        cases = list(in_batches(rows, load=Case.objects.select_related("court"), size=2))
        courts = {case.court.pk for case in cases}
    assert [case.date_filed.day for case in cases] == [5, 4, 3, 2, 1]
    assert courts == {"cand"}


def test_a_row_deleted_while_the_list_is_read_is_left_out():
    """Ids are read first; a case deleted before its batch is fetched is skipped, not an error."""
    first, second, third = CaseFactory(), CaseFactory(), CaseFactory()
    batches = in_batches(Case.objects.order_by("pk"), load=Case.objects.all(), size=1)
    assert next(batches) == first
    second.delete()
    assert list(batches) == [third]


def test_an_empty_list_reads_only_the_ids(django_assert_num_queries):
    """No case: one query, no batch."""
    with django_assert_num_queries(1):
        assert list(in_batches(Case.objects.all(), load=Case.objects.all(), size=10)) == []
