"""The calendar follows the docket: deadlines appear, move, vacate and keep what people did to them."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from deadlines.models import Deadline
from deadlines.services import (
    case_deadlines_recompute,
    deadline_assign,
    deadline_override,
    deadline_status_set,
    deadlines_rebuild,
)
from filings.models import DocketEntry
from filings.services import docket_entry_record

from ..cases.factories import CaseFactory
from ..casetracker.factories import user_with_role
from .factories import entry, summons_executed

pytestmark = pytest.mark.django_db


def answer(case) -> Deadline:
    return case.deadlines.get(key__startswith="frcp-12-a-1-A-i")


def test_the_reference_cases_service_deadline_is_vacated_by_its_dismissal(reference_case):
    """Filed 1/21/2025: Rule 4(m)'s 90 days end Monday 4/21/2025; the dismissal of 1/30/2025 vacates it."""
    deadline = reference_case.deadlines.get()
    assert (deadline.title, deadline.due_date, deadline.status) == (
        "Serve the summons and complaint",
        date(2025, 4, 21),
        "vacated",
    )
    assert deadline.explanation == [
        "Complaint filed 1/21/2025 (an unnumbered entry).",
        "Fed. R. Civ. P. 4(m): 90 days → Monday 4/21/2025.",
    ]
    assert deadline.status_reason == "The case was terminated on 1/30/2025 (voluntarily dismissed without prejudice)."


def test_service_returned_executed_gives_the_answer_date_and_its_working():
    """Served 3/13/2023 (entry 10): Rule 12(a)(1)(A)(i)'s 21 days give Monday 4/3/2023, shown step by step."""
    case = CaseFactory(docket_number="3:23-cv-01000")
    summons_executed(case, "Beta Corp.", date(2023, 3, 13), number=10, clerk_due=date(2023, 4, 3))
    deadline = answer(case)
    assert (deadline.title, deadline.due_date, deadline.clerk_date, deadline.is_discrepant) == (
        "Answer due: Beta Corp.", date(2023, 4, 3), date(2023, 4, 3), False,
    )  # fmt: skip
    assert " ".join(deadline.explanation) == (
        "Served 3/13/2023 (entry 10). Fed. R. Civ. P. 12(a)(1)(A)(i): 21 days → Monday 4/3/2023."
    )


def test_a_clerks_date_that_the_rule_does_not_give_is_a_discrepancy():
    """The clerk wrote Saturday 4/1/2023; the rule runs to Monday 4/3/2023: both are kept and it is flagged."""
    case = CaseFactory()
    summons_executed(case, "Beta Corp.", date(2023, 3, 11), number=4, clerk_due=date(2023, 4, 1))
    deadline = answer(case)
    assert (deadline.computed_date, deadline.clerk_date, deadline.is_discrepant) == (
        date(2023, 4, 3),
        date(2023, 4, 1),
        True,
    )


def test_the_united_states_has_sixty_days():
    """Rule 12(a)(2): service on the United States gives 60 days, not 21."""
    case = CaseFactory()
    summons_executed(case, "United States of America", date(2023, 3, 13), number=4)
    deadline = case.deadlines.get(key__startswith="frcp-12-a-2-3")
    assert (deadline.due_date, deadline.rule.citation) == (date(2023, 5, 12), "Fed. R. Civ. P. 12(a)(2), (3)")


def test_a_deadline_follows_the_rule_in_force_on_its_trigger_date():
    """Service in 2006 gave 20 days (the rule before December 1, 2009); in 2010, 21."""
    old, new = CaseFactory(), CaseFactory()
    summons_executed(old, "Beta Corp.", date(2006, 2, 9), number=7)
    summons_executed(new, "Beta Corp.", date(2010, 2, 9), number=7)
    assert answer(old).due_date == date(2006, 3, 1) and answer(old).rule.period == 20
    assert answer(new).due_date == date(2010, 3, 2) and answer(new).rule.period == 21


def test_a_moved_trigger_moves_the_same_deadline_with_a_higher_sequence():
    """Correcting the service date recomputes the deadline in place: same row (same feed UID), SEQUENCE up."""
    case = CaseFactory()
    served = summons_executed(case, "Beta Corp.", date(2023, 3, 13), number=10)
    before = answer(case)
    served.description = served.description.replace("3/13/2023", "3/20/2023")
    served.save()
    case_deadlines_recompute(case=case)
    after = answer(case)
    assert (after.pk, after.due_date) == (before.pk, date(2023, 4, 10))
    assert after.sequence > before.sequence


def test_a_removed_trigger_vacates_its_deadline_and_keeps_it_in_history():
    """The service entry deleted: its deadline is vacated with the reason, never deleted."""
    case = CaseFactory()
    served = summons_executed(case, "Beta Corp.", date(2023, 3, 13), number=10)
    served.delete()
    case_deadlines_recompute(case=case)
    deadline = answer(case)
    assert (deadline.status, deadline.status_reason) == ("vacated", "Its trigger is no longer on the docket.")
    assert deadline.history.count() >= 2


def test_an_override_and_a_done_mark_survive_recomputation():
    """A paralegal's date (with its reason) and status stand however often the docket is recomputed."""
    case, paralegal = CaseFactory(), user_with_role("clerk", "Paralegal")
    summons_executed(case, "Beta Corp.", date(2023, 3, 13), number=10)
    deadline_override(
        deadline=answer(case), user=paralegal, on=date(2023, 4, 17), reason="Stipulated extension (ECF 12)"
    )
    deadline_status_set(deadline=answer(case), user=paralegal, status="done")
    case_deadlines_recompute(case=case)
    deadline = answer(case)
    assert (deadline.due_date, deadline.computed_date, deadline.status) == (date(2023, 4, 17), date(2023, 4, 3), "done")
    assert (deadline.overridden_by, deadline.override_reason) == (paralegal, "Stipulated extension (ECF 12)")
    reasons = list(deadline.history.values_list("history_change_reason", flat=True))
    assert "Date overridden by clerk" in reasons and "Marked done by clerk" in reasons


def test_people_are_refused_what_their_role_does_not_allow_and_reasons_are_required():
    """A user with no role may not change a deadline; an override and a vacatur need a reason."""
    from django.contrib.auth import get_user_model

    case, paralegal = CaseFactory(), user_with_role("clerk", "Paralegal")
    summons_executed(case, "Beta Corp.", date(2023, 3, 13), number=10)
    with pytest.raises(PermissionDenied):
        deadline_status_set(deadline=answer(case), user=get_user_model().objects.create_user("visitor"), status="done")
    with pytest.raises(ValidationError, match="Say why the date is overridden"):
        deadline_override(deadline=answer(case), user=paralegal, on=date(2023, 4, 17), reason=" ")
    with pytest.raises(ValidationError, match="Say why the deadline is vacated"):
        deadline_status_set(deadline=answer(case), user=paralegal, status="vacated")
    with pytest.raises(ValidationError, match="Only attorneys"):
        deadline_assign(deadline=answer(case), user=paralegal, attorneys=[paralegal])


def test_a_court_reset_supersedes_the_setting_and_a_vacatur_vacates_it():
    """The later entry wins; the earlier stays, superseded, pointing at what replaced it."""
    case = CaseFactory()
    first = entry(
        case, "NOTICE OF HEARING. Status Hearing set for 5/4/2030 09:00 AM before Judge Whelan.", date(2030, 4, 1)
    )
    entry(case, "NOTICE OF CHANGE OF HEARING. Status Hearing reset for 5/18/2030 09:00 AM.", date(2030, 4, 2))
    entry(case, "NOTICE. The Motion Hearing set for 6/1/2030 is vacated.", date(2030, 4, 3))
    old, new = case.deadlines.filter(trigger_entry=first).get(), case.deadlines.get(due_date=date(2030, 5, 18))
    assert (old.status, old.superseded_by, new.status, new.time.hour) == ("superseded", new, "open", 9)


def test_a_date_that_cannot_be_a_date_is_noted_on_the_entry_never_an_error():
    """ "5/22/20107" is skipped, and the case shows the note."""
    case = CaseFactory()
    entry(
        case,
        "ORDER. The Sentencing set for 5/22/20107 is RESET for 6/26/2017 at 09:00 AM.",
        date(2017, 5, 15),
        number=22,
    )
    assert list(case.unread_dates.values_list("phrase", flat=True)) == ["Sentencing set for 5/22/20107"]
    assert case.deadlines.get().due_date == date(2017, 6, 26)


def test_judgment_deadlines_survive_the_termination_the_judgment_brings():
    """Rule 59, fees and the notice of appeal are what a judgment starts; its termination does not vacate them."""
    from cases.models import Case

    case = CaseFactory()
    entry(case, "JUDGMENT in favor of defendant against plaintiff.", date(2024, 6, 3), number=40, code="judgment")
    Case.objects.filter(pk=case.pk).update(status="terminated", date_terminated=date(2024, 6, 3))
    case_deadlines_recompute(case=case)
    appeal = case.deadlines.get(key__startswith="frap-4-a-1-A")
    assert (appeal.due_date, appeal.status) == (date(2024, 7, 3), "open")
    assert case.deadlines.get(key__startswith="frcp-50-52-59").due_date == date(2024, 7, 1)


def test_local_rules_chain_in_their_own_court_only():
    """N.D. Cal. L.R. 7-3: opposition 14 days after the motion, reply 7 days after the opposition is due."""
    cand, nysd = CaseFactory(court_id="cand"), CaseFactory(court_id="nysd")
    for case in (cand, nysd):
        entry(case, "MOTION to Dismiss filed by Beta Corp.", date(2024, 2, 1), number=20, code="motion_to_dismiss")
    opposition = cand.deadlines.get(key__startswith="ndcal-7-3-a")
    reply = cand.deadlines.get(key__startswith="ndcal-7-3-c")
    assert (opposition.due_date, reply.due_date) == (date(2024, 2, 15), date(2024, 2, 22))
    assert not nysd.deadlines.filter(key__startswith="ndcal").exists()


def test_the_scheduling_conference_counts_rule_26f_backward():
    """At least 21 days before the Rule 16(b) conference; the conference moved, the 26(f) day moves with it."""
    case = CaseFactory()
    entry(case, "ORDER SETTING Initial Case Management Conference set for 12/8/2023 02:00 PM.", date(2023, 9, 1))
    conference = case.deadlines.get(kind="hearing")
    assert conference.starts_at.isoformat() == "2023-12-08T14:00:00-08:00"
    assert case.deadlines.get(key="frcp-26-f:case").due_date == date(2023, 11, 17)
    entry(case, "ORDER. Initial Case Management Conference reset for 1/22/2024 02:00 PM.", date(2023, 10, 2))
    assert case.deadlines.get(key="frcp-26-f:case").due_date == date(2023, 12, 29)


def test_the_rebuild_gives_what_the_seam_gave():
    """Recomputing every case from scratch changes nothing the seam wrote."""
    case = CaseFactory()
    summons_executed(case, "Beta Corp.", date(2023, 3, 13), number=10)
    before = list(case.deadlines.values_list("key", "due_date", "status", "sequence"))
    result = deadlines_rebuild(cases=type(case).objects.filter(pk=case.pk))
    assert (result.created, result.changed, result.vacated) == (0, 0, 0)
    assert list(case.deadlines.values_list("key", "due_date", "status", "sequence")) == before


def test_an_import_triggers_like_a_typed_entry():
    """The importer's entries pass the same seam: the lamd sheet's service of 11/21/2019 gives 12/12/2019."""
    from imports.services import docket_import

    from ..imports.sheets import sheet_bytes

    summary = docket_import(content=sheet_bytes("lamd"), file_name="lamd.html")
    deadline = summary.case.deadlines.get(key__startswith="frcp-12-a-1-A-i")
    assert (deadline.title, deadline.due_date, deadline.clerk_date) == (
        "Answer due: Ricky Babin",
        date(2019, 12, 12),
        date(2019, 12, 12),
    )
    assert DocketEntry.objects.filter(pk=deadline.trigger_entry_id, entry_number=23).exists()
    assert docket_entry_record  # the service path is tested above


def test_termination_vacates_open_deadlines_but_leaves_hearings_already_held():
    """A dismissed case owes nothing: its open deadlines are vacated whatever their date; a hearing before the
    dismissal stays as it was (it was held), one after it is vacated."""
    from cases.models import Case

    case = CaseFactory()
    entry(
        case,
        "ORDER. Joint Status Report due by 2/1/2024. Status Conference set for 2/5/2024 10:00 AM.",
        date(2024, 1, 5),
    )
    entry(case, "ORDER. Pretrial Conference set for 9/9/2024 10:00 AM.", date(2024, 1, 6))
    Case.objects.filter(pk=case.pk).update(status="terminated", date_terminated=date(2024, 3, 11))
    case_deadlines_recompute(case=case)
    statuses = dict(case.deadlines.values_list("title", "status"))
    assert statuses == {"Joint Status Report": "vacated", "Status Conference": "open", "Pretrial Conference": "vacated"}


@pytest.mark.parametrize(
    ("court_id", "number", "counted"),
    [("cand", "3:23-cv-01001", True), ("arb", "2:09-ap-00844", False), ("ca9", "23-1001", False)],
)
def test_the_civil_rules_count_only_in_district_courts(court_id, number, counted):
    """Fed. R. Civ. P. 12's answer date is a district court's: an adversary proceeding answers under the Bankruptcy
    Rules (Rule 7012: 30 days after the summons issues) and a court of appeals has no answer at all."""
    case = CaseFactory(court_id=court_id, docket_number=number)
    summons_executed(case, "Beta Corp.", date(2023, 3, 13), number=10)
    assert case.deadlines.filter(key__startswith="frcp-").exists() is counted
