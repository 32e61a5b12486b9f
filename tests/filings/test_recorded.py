"""The seam every docket write ends in: receivers hear what was written, in order, inside the write's transaction."""

import datetime

import pytest

from cases.models import Case
from filings.models import DocketEntry, EventType
from filings.recorded import Source, receiver_register, receiver_unregister
from filings.services import docket_entry_record

from ..cases.factories import CaseFactory

pytestmark = pytest.mark.django_db


def notice(case, **fields) -> DocketEntry:
    return DocketEntry(
        case=case,
        date_filed=datetime.date(2025, 1, 30),
        description="NOTICE of voluntary dismissal without prejudice",
        event_type=EventType.objects.get(code="notice_voluntary_dismissal"),
        dismissal_prejudice="without",
        **fields,
    )


@pytest.fixture
def failing_receiver():
    def refuse(change):
        raise RuntimeError("a receiver failed")

    receiver_register(refuse)
    yield refuse
    receiver_unregister(refuse)


def test_recording_an_entry_announces_it_with_the_case_as_the_rule_left_it(heard):
    """One announcement: the new entry, its source, and the case already terminated by the notice."""
    case = CaseFactory(date_filed=datetime.date(2025, 1, 21))
    entry = docket_entry_record(entry=notice(case))
    assert len(heard) == 1
    change = heard[0]
    assert (change.added, change.changed, change.removed, change.source) == ((entry,), (), (), Source.SERVICE)
    assert change.case.pk == case.pk and change.case.status == Case.Status.TERMINATED


def test_a_receiver_that_fails_rolls_the_write_back_and_its_error_propagates(failing_receiver):
    """Receivers run inside the caller's transaction: their failure leaves no entry and an open case."""
    case = CaseFactory(date_filed=datetime.date(2025, 1, 21))
    with pytest.raises(RuntimeError, match="a receiver failed"):
        docket_entry_record(entry=notice(case))
    case.refresh_from_db()
    assert not case.docket_entries.exists() and case.status == Case.Status.OPEN


def test_receivers_run_in_the_order_they_were_registered():
    """A later app's receiver runs after an earlier one's; registering twice changes nothing."""
    order = []

    def first(change):
        order.append("first")

    def second(change):
        order.append("second")

    for receiver in (first, second, first):
        receiver_register(receiver)
    try:
        entry = DocketEntry(case=CaseFactory(), date_filed=datetime.date(2025, 2, 3), description="ORDER")
        docket_entry_record(entry=entry)
    finally:
        receiver_unregister(first)
        receiver_unregister(second)
    assert order == ["first", "second"]
