"""Matter walls: a restricted case is its team's and the Administrators'; a screen beats everything but a superuser."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from cases import walls
from cases.models import AccessLogEntry, Case
from casetracker.roles import ATTORNEY, PARALEGAL

from ..casetracker.factories import user_with_role
from ..helpers import restore_reference_data
from .test_access import a_case_with_everything, case_data_models, case_of

pytestmark = pytest.mark.django_db


def visible(user):
    return set(Case.objects.for_user(user).values_list("pk", flat=True))


@pytest.fixture
def cases():
    return a_case_with_everything(), a_case_with_everything()


def test_a_case_is_open_to_the_firm_by_default(cases, paralegal, attorney):
    assert visible(paralegal) == visible(attorney) == {case.pk for case in cases}


def test_a_restricted_case_is_its_teams_and_the_administrators(cases, paralegal, attorney, administrator):
    open_case, walled = cases
    walls.case_restrict(walled)
    walls.team_add(walled, [paralegal], role="Paralegal")
    assert visible(attorney) == {open_case.pk}
    assert visible(paralegal) == {open_case.pk, walled.pk}
    assert visible(administrator) == {open_case.pk, walled.pk}


def test_a_screen_beats_the_team_and_the_administrator_role(cases, paralegal, administrator):
    open_case, walled = cases
    walls.case_restrict(walled)
    walls.team_add(walled, [paralegal])
    walls.screen_add(walled, paralegal, reason="Joined from opposing counsel's firm", by=administrator)
    walls.screen_add(open_case, administrator, reason="Former in-house counsel of the defendant")
    assert visible(paralegal) == {open_case.pk}
    assert visible(administrator) == {walled.pk}


def test_a_superuser_passes_a_screen(cases):
    open_case, walled = cases
    root = get_user_model().objects.create_superuser("root-user", password="x")
    walls.screen_add(walled, root, reason="Screened for the test")
    assert visible(root) == {open_case.pk, walled.pk}


def test_every_model_of_case_data_follows_the_wall(cases, attorney):
    """Rows of a restricted case, and of a case one is screened from, are gone from every model's for_user."""
    open_case, walled = cases
    screened_from = a_case_with_everything()
    walls.case_restrict(walled)
    walls.screen_add(screened_from, attorney, reason="Conflict")
    for model in case_data_models():
        if model._meta.label == "cases.Party" or not attorney.has_perm(
            f"{model._meta.app_label}.view_{model._meta.model_name}"
        ):
            continue
        rows = list(model.objects.for_user(attorney))
        assert rows and {case_of(row).pk for row in rows} == {open_case.pk}, model._meta.label
    party_model = apps.get_model("cases", "Party")
    hidden_parties = party_model.objects.filter(case_roles__case__in=[walled, screened_from])
    assert not party_model.objects.for_user(attorney).filter(pk__in=hidden_parties).exists()


def test_screens_and_the_access_log_are_for_administrators_only(cases, paralegal, attorney, administrator):
    """Who is screened from what is itself confidential."""
    for user in (paralegal, attorney):
        assert not user.has_perm("cases.view_screen") and not user.has_perm("cases.view_accesslogentry")
    assert administrator.has_perm("cases.view_screen") and administrator.has_perm("cases.access_restricted_case")


def test_the_rule_costs_no_query_beyond_the_permissions(cases, attorney, django_assert_num_queries):
    walls.case_restrict(cases[1])
    walls.screen_add(cases[0], attorney, reason="Conflict")
    attorney.has_perm("cases.view_case")  # a request loads the user's permissions once, for its role check
    with django_assert_num_queries(1):
        assert list(Case.objects.for_user(attorney)) == []


def test_a_screen_needs_its_reason(cases, attorney):
    with pytest.raises(ValueError, match="reason"):
        walls.screen_add(cases[0], attorney, reason="  ")
    assert not cases[0].screens.filter(user=attorney).exists()


def test_walls_are_in_the_history(cases, paralegal, administrator):
    walled = cases[1]
    walls.team_add(walled, [paralegal])
    walls.team_remove(walled, [paralegal])
    walls.screen_add(walled, paralegal, reason="Conflict", by=administrator)
    history = apps.get_model("cases", "HistoricalMatterMember").objects.filter(case_id=walled.pk, user_id=paralegal.pk)
    assert [row.history_type for row in history.order_by("history_date")] == ["+", "-"]
    assert walled.screens.get(user=paralegal).created_by == administrator


@pytest.mark.django_db(transaction=True)
def test_a_wall_that_moves_marks_the_feeds_that_hold_the_case_stale():
    restore_reference_data()  # another committed test may have flushed the courts and roles
    """The attorney's stored feed held the case's deadline; once screened, the feed is rebuilt without it."""
    from deadlines.models import CalendarFeed

    case = a_case_with_everything()
    attorney = user_with_role("feed-attorney", ATTORNEY)
    case.deadlines.get().assigned_to.add(attorney)
    feed = CalendarFeed.objects.create(user=attorney, token="t" * 43, stale=False, body=b"BEGIN:VCALENDAR")
    walls.screen_add(case, attorney, reason="Conflict")
    feed.refresh_from_db()
    assert feed.stale


def test_the_log_keeps_a_deleted_users_name(cases, administrator):
    person = user_with_role("leaver", PARALEGAL)
    walls.access_log(person, cases[0].pk, AccessLogEntry.Outcome.VIEWED, "/cases/1/")
    person.delete()
    entry = AccessLogEntry.objects.get(username="leaver")
    assert entry.user is None and entry.case == cases[0]


def test_roles_stay_as_they_were(cases):
    """The role check still comes first: a user with no role sees nothing, open case or not."""
    nobody = get_user_model().objects.create_user("nobody")
    assert visible(nobody) == set()
