"""The docket's rules: what each event does to its case, run by docket_entry_record."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from cases.models import Case, Claim
from filings.models import ChronologyFact, DocketEntry, EventType
from filings.services import docket_entry_record, entry_effect_apply, fact_record

from ..cases.factories import CaseFactory, ClaimFactory
from .factories import DocketEntryFactory

pytestmark = pytest.mark.django_db

JAN_21, JAN_30 = datetime.date(2025, 1, 21), datetime.date(2025, 1, 30)


def event(code):
    return EventType.objects.get(code=code)


def record(**fields) -> DocketEntry:
    return docket_entry_record(entry=DocketEntry(**fields))


def test_notice_of_voluntary_dismissal_ends_the_reference_case(reference_case):
    """After the 2025-01-30 notice the case is terminated, dismissed without prejudice, and so are its three claims."""
    case = Case.objects.get(pk=reference_case.pk)
    assert case.status == Case.Status.TERMINATED
    assert case.date_terminated == JAN_30
    assert case.get_disposition_display() == "Voluntarily dismissed without prejudice"
    claims = list(case.claims.order_by("count_number"))
    assert len(claims) == 3
    assert {(c.status, c.status_date) for c in claims} == {(Claim.Status.DISMISSED_WITHOUT_PREJUDICE, JAN_30)}


def test_rule_changes_name_their_docket_entry_in_history(reference_case):
    """The case's and claims' history say which entry terminated them."""
    reason = "Notice of voluntary dismissal filed 2025-01-30 (unnumbered entry)"
    assert Case.history.filter(id=reference_case.pk, history_change_reason=reason, status="terminated").exists()
    assert Claim.history.filter(case_id=reference_case.pk, history_change_reason=reason).count() == 3


def test_complaint_sets_the_filing_date_when_empty():
    """Recording the complaint fills an empty filing date."""
    case = CaseFactory(date_filed=None)
    record(case=case, date_filed=JAN_21, description="COMPLAINT", event_type=event("complaint"))
    case.refresh_from_db()
    assert case.date_filed == JAN_21


def test_complaint_keeps_a_filing_date_already_set():
    """An amended or late-entered complaint does not move the filing date."""
    case = CaseFactory(date_filed=datetime.date(2024, 12, 2))
    record(case=case, date_filed=JAN_21, description="COMPLAINT", event_type=event("complaint"))
    case.refresh_from_db()
    assert case.date_filed == datetime.date(2024, 12, 2)


def test_dismissal_with_prejudice_dismisses_pending_claims_with_prejudice():
    """With prejudice: the disposition and every pending claim say so; resolved claims keep their status."""
    case = CaseFactory(date_filed=JAN_21)
    pending = ClaimFactory(case=case)
    withdrawn = ClaimFactory(case=case, status=Claim.Status.WITHDRAWN, status_date=datetime.date(2025, 1, 25))
    record(
        case=case,
        date_filed=JAN_30,
        description="NOTICE of voluntary dismissal with prejudice",
        event_type=event("notice_voluntary_dismissal"),
        dismissal_prejudice=DocketEntry.Prejudice.WITH,
    )
    case.refresh_from_db(), pending.refresh_from_db(), withdrawn.refresh_from_db()
    assert case.disposition == Case.Disposition.VOLUNTARY_WITH_PREJUDICE
    assert (pending.status, pending.status_date) == (Claim.Status.DISMISSED_WITH_PREJUDICE, JAN_30)
    assert withdrawn.status == Claim.Status.WITHDRAWN


def test_stipulated_dismissal_terminates_with_its_own_disposition():
    """A stipulation of dismissal ends the case as dismissed by stipulation."""
    case = CaseFactory(date_filed=JAN_21)
    record(
        case=case,
        date_filed=JAN_30,
        description="STIPULATION of dismissal",
        event_type=event("stipulated_dismissal"),
        dismissal_prejudice=DocketEntry.Prejudice.WITHOUT,
    )
    case.refresh_from_db()
    assert (case.status, case.disposition) == (Case.Status.TERMINATED, Case.Disposition.STIPULATED_WITHOUT_PREJUDICE)


def test_dismissal_must_say_with_or_without_prejudice_and_writes_nothing():
    """A dismissal without its prejudice is refused, and no entry is left behind."""
    case = CaseFactory(date_filed=JAN_21)
    with pytest.raises(ValidationError, match="with or without prejudice"):
        record(case=case, date_filed=JAN_30, description="NOTICE", event_type=event("notice_voluntary_dismissal"))
    assert case.docket_entries.count() == 0


def test_dismissal_dated_before_filing_is_refused():
    """A dismissal cannot end a case before it began."""
    case = CaseFactory(date_filed=JAN_21)
    with pytest.raises(ValidationError, match="cannot end a case filed January 21, 2025"):
        record(
            case=case,
            date_filed=datetime.date(2025, 1, 2),
            description="NOTICE",
            event_type=event("notice_voluntary_dismissal"),
            dismissal_prejudice="without",
        )
    case.refresh_from_db()
    assert case.status == Case.Status.OPEN


def test_notice_after_an_answer_is_refused_under_rule_41():
    """Once the defendant has answered, a notice cannot end the case by itself."""
    case = CaseFactory(date_filed=JAN_21)
    record(case=case, date_filed=datetime.date(2025, 1, 25), description="ANSWER", event_type=event("answer"))
    with pytest.raises(ValidationError, match=r"41\(a\)\(1\)\(A\)\(i\)"):
        record(
            case=case,
            date_filed=JAN_30,
            description="NOTICE",
            event_type=event("notice_voluntary_dismissal"),
            dismissal_prejudice="without",
        )
    assert case.docket_entries.count() == 1


def test_notice_in_a_certified_class_action_needs_the_court():
    """Rule 23(e): a certified class action is not dismissed by notice."""
    case = CaseFactory(date_filed=JAN_21, is_class_action=True, class_certification=Case.Certification.CERTIFIED)
    with pytest.raises(ValidationError, match=r"23\(e\)"):
        record(
            case=case,
            date_filed=JAN_30,
            description="NOTICE",
            event_type=event("notice_voluntary_dismissal"),
            dismissal_prejudice="without",
        )


def test_applying_an_effect_twice_changes_nothing_more(reference_case):
    """Re-applying the dismissal, as the admin action may, is harmless."""
    notice = reference_case.docket_entries.get(event_type__code="notice_voluntary_dismissal")
    entry_effect_apply(notice)
    case = Case.objects.get(pk=reference_case.pk)
    assert (case.date_terminated, case.disposition) == (JAN_30, Case.Disposition.VOLUNTARY_WITHOUT_PREJUDICE)


def test_entries_get_the_next_sequence_and_numbers_stay_unique():
    """Unnumbered entries are still ordered; a repeated entry number is refused."""
    case = CaseFactory()
    first = record(case=case, date_filed=JAN_21, description="Minute entry")
    second = record(case=case, date_filed=JAN_21, description="ORDER", entry_number=4)
    assert (first.sequence, second.sequence) == (1, 2)
    with pytest.raises(ValidationError, match="already has an entry with this number"):
        record(case=case, date_filed=JAN_30, description="ORDER", entry_number=4)


def test_fact_record_keeps_a_month_as_a_month():
    """A fact known to the month is stored on the 1st and shown as "August 2024"."""
    fact = fact_record(case=CaseFactory(), date=datetime.date(2024, 8, 17), date_precision="month", description="x")
    assert fact.date == datetime.date(2024, 8, 1)
    assert fact.date_display == "August 2024"


def test_month_fact_on_a_later_day_is_refused_by_clean():
    """A month fact dated the 17th is refused with a message saying why."""
    fact = ChronologyFact(case=CaseFactory(), date=datetime.date(2024, 8, 17), date_precision="month", description="x")
    with pytest.raises(ValidationError, match="first day of that month"):
        fact.full_clean()


def test_entry_entered_before_filed_is_refused():
    """The clerk cannot enter a document before it was filed."""
    entry = DocketEntryFactory.build(case=CaseFactory(), date_filed=JAN_30, date_entered=JAN_21)
    with pytest.raises(ValidationError, match="before it was filed"):
        entry.full_clean()
