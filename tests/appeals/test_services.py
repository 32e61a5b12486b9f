"""Recording an appeal from its docket, and linking it to its case below: by the docket's number, then by hand."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from appeals.models import Appeal
from appeals.services import appeal_link, appeal_record, appeal_unlink, appeals_awaiting_link
from cases import walls
from imports.sheet import SheetAppeal

from .factories import AppealFactory, AppellateCaseFactory, district_case

pytestmark = pytest.mark.django_db
FROM_HAWAII = {"originating_court_id": "hid", "originating_docket_number": "1:17-cv-50", "case_type": "civil"}


def test_an_appeal_is_recorded_with_its_number_below_normalized_and_its_history(paralegal):
    """A SheetAppeal's fields are stored; "1:17-cv-50" is kept as "1:17-cv-00050"; history names who and why."""
    case = AppellateCaseFactory()
    details = SheetAppeal(
        case_type="civil, united states",
        fee_status="USA - No Fee Req",
        appeal_from="U.S. District Court for Hawaii, Honolulu",
        originating_court_id="hid",
        originating_docket_number="1:17-cv-50",
        date_notice_of_appeal=datetime.date(2017, 3, 30),
    )
    recorded = appeal_record(case, details, user=paralegal, reason="Imported PACER appellate docket 0123")
    appeal = Appeal.objects.get(pk=case.pk)
    assert recorded.action == "created" and recorded.linked is None
    assert (appeal.originating_court_id, appeal.originating_docket_number) == ("hid", "1:17-cv-00050")
    assert appeal.fee_status == "USA - No Fee Req" and appeal.date_notice_of_appeal == datetime.date(2017, 3, 30)
    version = appeal.history.get()
    assert (version.history_user, version.history_change_reason) == (paralegal, "Imported PACER appellate docket 0123")


def test_a_number_below_no_court_uses_is_kept_as_written_and_an_unknown_court_is_left_blank():
    """An agency's number ("A123-456-789") cannot be parsed: it is kept; a court id the app lacks is not stored."""
    appeal = appeal_record(
        AppellateCaseFactory(), originating_court_id="nosuchcourt", originating_docket_number=" A123-456-789 "
    ).appeal
    assert (appeal.originating_court_id, appeal.originating_docket_number) == (None, "A123-456-789")


def test_a_second_sheet_updates_the_appeal_in_place_and_a_blank_never_erases():
    """Recorded again: one row, the new panel stored, the fee status the new sheet leaves blank kept."""
    case = AppellateCaseFactory()
    appeal_record(case, case_type="civil", fee_status="fee paid")
    again = appeal_record(case, {"panel": "Gould, Paez, Hawkins", "fee_status": ""})
    assert again.action == "updated" and Appeal.objects.count() == 1
    appeal = Appeal.objects.get()
    assert (appeal.panel, appeal.fee_status, appeal.case_type) == ("Gould, Paez, Hawkins", "fee paid", "civil")
    assert appeal_record(case, {"panel": "Gould, Paez, Hawkins"}).action == "unchanged"
    assert appeal.history.count() == 2


def test_a_value_too_long_is_refused_by_name_and_an_unknown_field_is_a_mistake():
    """A 300-character case type names the field; a misspelt field name raises at once."""
    case = AppellateCaseFactory()
    with pytest.raises(ValidationError, match="case type"):
        appeal_record(case, case_type="x" * 300)
    with pytest.raises(TypeError, match="fee_stats"):
        appeal_record(case, fee_stats="fee paid")
    assert not Appeal.objects.exists()


def test_the_case_below_already_here_is_linked_by_the_docket():
    """The District of Hawaii's 1:17-cv-00050 is found by court and number and linked as "docket"."""
    below = district_case()
    district_case(court="cand")  # the same number in another court is not it
    recorded = appeal_record(AppellateCaseFactory(), FROM_HAWAII)
    assert recorded.linked == below
    appeal = Appeal.objects.get()
    assert (appeal.case_below, appeal.link, appeal.linked_by) == (below, "docket", None) and appeal.linked_at
    assert "by its docket number" in appeal.history.latest().history_change_reason


def test_a_number_without_its_office_matches_the_one_case_that_fits():
    """ "17-cv-00050" finds 1:17-cv-00050; with a second office's 2:17-cv-00050 there, it links neither."""
    below = district_case()
    details = {**FROM_HAWAII, "originating_docket_number": "17-cv-50"}
    assert appeal_record(AppellateCaseFactory(), details).linked == below
    district_case("2:17-cv-00050")
    assert appeal_record(AppellateCaseFactory(), details).linked is None


def test_a_case_below_that_arrives_later_is_linked_then():
    """Recorded first, unlinked; the case below arrives and appeals_awaiting_link links it."""
    appeal = appeal_record(AppellateCaseFactory(), FROM_HAWAII).appeal
    assert appeal.case_below is None
    other = district_case("1:17-cv-00051")
    assert appeals_awaiting_link(other) == []
    below = district_case()
    assert [linked.pk for linked in appeals_awaiting_link(below)] == [appeal.pk]
    appeal.refresh_from_db()
    assert (appeal.case_below, appeal.link) == (below, "docket")
    assert appeals_awaiting_link(below) == []  # once


def test_a_link_by_hand_is_never_overwritten_by_the_docket(paralegal):
    """Linked by hand to one case, the docket's number naming another changes nothing."""
    chosen = district_case("1:17-cv-00099")
    appeal = AppealFactory()
    appeal_link(appeal=appeal, case_below=chosen, user=paralegal)
    district_case()
    appeal_record(appeal.case, FROM_HAWAII)
    appeal.refresh_from_db()
    assert (appeal.case_below, appeal.link, appeal.linked_by) == (chosen, "manual", paralegal)


def test_an_appeal_unlinked_by_hand_is_not_linked_again_by_the_docket(paralegal):
    """Unlinked by a person: a later sheet and a later case below leave it unlinked, saying who unlinked it."""
    below = district_case()
    appeal = appeal_record(AppellateCaseFactory(), FROM_HAWAII).appeal
    appeal_unlink(appeal=appeal, user=paralegal)
    assert appeal_record(appeal.case, {**FROM_HAWAII, "panel": "Gould"}).linked is None
    assert appeals_awaiting_link(below) == []
    appeal.refresh_from_db()
    assert (appeal.case_below, appeal.link, appeal.linked_by) == (None, "", paralegal) and appeal.linked_at
    reasons = list(appeal.history.order_by("history_id").values_list("history_change_reason", flat=True))
    assert reasons[-2:] == ["Unlinked by hand from No. 1:17-cv-00050", "Recorded from the appellate docket"]


def test_a_link_by_hand_refuses_the_appeal_itself_a_cycle_and_a_case_the_user_may_not_see(paralegal):
    """Its own case, a case that is on appeal from it, and a walled case the user is not on the team of: refused."""
    appeal = AppealFactory()
    with pytest.raises(ValidationError, match="cannot be its own case below"):
        appeal_link(appeal=appeal, case_below=appeal.case, user=paralegal)
    further = AppealFactory(case=AppellateCaseFactory(court_id="scotus", docket_number="24-100"))
    appeal_link(appeal=further, case_below=appeal.case, user=paralegal)
    with pytest.raises(ValidationError, match="itself on appeal from this case"):
        appeal_link(appeal=appeal, case_below=further.case, user=paralegal)
    walled = district_case()
    walls.case_restrict(walled)
    with pytest.raises(ValidationError, match="No case you may see"):
        appeal_link(appeal=appeal, case_below=walled, user=paralegal)
    appeal.refresh_from_db()
    assert appeal.case_below is None


def test_an_appeal_from_an_appellate_decision_may_link_to_it(paralegal):
    """A court of appeals' appeal from a bankruptcy appellate panel links to the panel's appeal: allowed."""
    bap = AppealFactory(case=AppellateCaseFactory(court_id="bap9", docket_number="15-1074"))
    ninth = AppealFactory()
    appeal_link(appeal=ninth, case_below=bap.case, user=paralegal)
    assert Appeal.objects.get(pk=ninth.pk).case_below == bap.case


def test_linking_needs_the_permission(paralegal):
    """A user who may view appeals but not change them is refused by the service too."""
    from django.contrib.auth.models import Permission, User

    viewer = User.objects.create_user("viewer")
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["view_case", "view_appeal"]))
    with pytest.raises(PermissionDenied):
        appeal_link(appeal=AppealFactory(), case_below=district_case(), user=viewer)


def test_deleting_the_case_below_unlinks_its_appeals():
    """The appeal outlives its case below, unlinked, and links again when the case is imported anew."""
    below = district_case()
    appeal = appeal_record(AppellateCaseFactory(), FROM_HAWAII).appeal
    below.delete()
    appeal.refresh_from_db()
    assert (appeal.case_below, appeal.link, appeal.linked_at) == (None, "", None)
    assert appeals_awaiting_link(district_case()) == [appeal]
