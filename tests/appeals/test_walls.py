"""An appeal of a restricted case takes its access, team and screens, at link time and whenever they move,
unless an administrator gave the appeal its own walls."""

import pytest
from django.contrib.auth.models import User

from appeals.models import Appeal
from appeals.services import appeal_link, appeal_record, appeal_unlink
from cases import walls
from cases.models import Case

from ..casetracker.factories import user_with_role
from .factories import AppealFactory, district_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def walled(paralegal, attorney):
    """The District of Hawaii case, restricted to the paralegal (Lead paralegal); the attorney is screened."""
    below = district_case()
    walls.case_restrict(below)
    walls.team_add(below, [paralegal], role="Lead paralegal")
    walls.screen_add(below, attorney, reason="Represented the defendant")
    return below


def visible(user, case) -> bool:
    return Case.objects.for_user(user).filter(pk=case.pk).exists()


def test_an_appeal_linked_to_a_walled_case_takes_its_walls(walled, paralegal, attorney):
    """Linked: restricted, the same team in the same role, the same screen; who may see it follows."""
    colleague = user_with_role("colleague", "Attorney")
    appeal = AppealFactory()
    assert visible(colleague, appeal.case)
    appeal_link(appeal=appeal, case_below=walled, user=paralegal)
    case = Case.objects.get(pk=appeal.pk)
    assert case.is_restricted
    assert list(case.team.values_list("user__username", "role")) == [("paralegal", "Lead paralegal")]
    screen = case.screens.get()
    assert screen.user == attorney and screen.reason.startswith("Represented the defendant (screened from the case")
    assert visible(paralegal, case) and not visible(colleague, case) and not visible(attorney, case)


def test_the_walls_signal_is_sent_for_the_appeal_too(walled, paralegal, django_capture_on_commit_callbacks):
    """Each change to the appeal's walls goes through cases.walls: access_changed names the appeal's case."""
    heard = []
    walls.access_changed.connect(
        lambda sender, case, **kw: heard.append(case.pk), weak=False, dispatch_uid="test-heard"
    )
    try:
        appeal = AppealFactory()
        with django_capture_on_commit_callbacks(execute=True):
            appeal_link(appeal=appeal, case_below=walled, user=paralegal)
    finally:
        walls.access_changed.disconnect(dispatch_uid="test-heard")
    assert appeal.pk in heard


def test_the_appeal_follows_when_the_case_below_moves(walled, paralegal, django_capture_on_commit_callbacks):
    """A screen added below, a member joining and one leaving: each reaches the linked appeal on commit."""
    appeal = appeal_record(AppealFactory().case, originating_court_id="hid", originating_docket_number="1:17-cv-50")
    assert appeal.linked == walled
    joining, screened = user_with_role("associate", "Attorney"), User.objects.create_user("lateral")
    with django_capture_on_commit_callbacks(execute=True):
        walls.team_add(walled, [joining], role="Associate")
        walls.team_remove(walled, [paralegal])
        walls.screen_add(walled, screened, reason="Came from the plaintiff's firm")
    case = Case.objects.get(pk=appeal.appeal.pk)
    assert list(case.team.values_list("user__username", flat=True)) == ["associate"]
    assert set(case.screens.values_list("user__username", flat=True)) == {"attorney", "lateral"}


def test_opening_the_case_below_leaves_the_appeal_restricted(walled, paralegal, django_capture_on_commit_callbacks):
    """Only what protects follows by itself: the appeal stays restricted until an administrator opens it."""
    appeal = AppealFactory()
    appeal_link(appeal=appeal, case_below=walled, user=paralegal)
    with django_capture_on_commit_callbacks(execute=True):
        walls.case_open(walled)
        walls.screen_remove(walled, User.objects.get(username="attorney"))
    case = Case.objects.get(pk=appeal.pk)
    assert case.is_restricted and case.screens.count() == 1


def test_an_appeal_with_its_own_walls_is_left_alone(walled, paralegal, django_capture_on_commit_callbacks):
    """own_walls: neither the link nor a later change below touches the appeal's access, team or screens."""
    appeal = AppealFactory(own_walls=True)
    appeal_link(appeal=appeal, case_below=walled, user=paralegal)
    with django_capture_on_commit_callbacks(execute=True):
        walls.screen_add(walled, User.objects.create_user("lateral"), reason="Conflict")
    case = Case.objects.get(pk=appeal.pk)
    assert not case.is_restricted and not case.team.exists() and not case.screens.exists()


def test_unlinking_leaves_the_walls_it_took(walled, paralegal, django_capture_on_commit_callbacks):
    """Unlinked, the appeal keeps its restriction, team and screens, and no longer follows the case below."""
    appeal = AppealFactory()
    appeal_link(appeal=appeal, case_below=walled, user=paralegal)
    appeal_unlink(appeal=Appeal.objects.get(pk=appeal.pk), user=paralegal)
    with django_capture_on_commit_callbacks(execute=True):
        walls.screen_add(walled, User.objects.create_user("lateral"), reason="Conflict")
    case = Case.objects.get(pk=appeal.pk)
    assert case.is_restricted and case.team.count() == 1 and case.screens.count() == 1


def test_only_an_administrator_may_give_an_appeal_its_own_walls(admin_client, administrator, walled, paralegal):
    """own_walls is editable by administrators alone; unticking it brings the walls of the case below back."""
    from django.contrib import admin

    appeal = AppealFactory(own_walls=True)
    appeal_link(appeal=appeal, case_below=walled, user=paralegal)
    model_admin = admin.site._registry[Appeal]
    request = type("Request", (), {"user": paralegal})()
    assert "own_walls" in model_admin.get_readonly_fields(request)
    request.user = administrator
    assert "own_walls" not in model_admin.get_readonly_fields(request)
    response = admin_client.post(f"/admin/appeals/appeal/{appeal.pk}/change/", {})
    assert response.status_code == 302
    assert not Appeal.objects.get(pk=appeal.pk).own_walls
    assert Case.objects.get(pk=appeal.pk).is_restricted
