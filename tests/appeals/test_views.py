"""The case page's Appeal and Appeals panels, linking and unlinking by hand, and the case list's "On appeal"."""

import datetime

import pytest
from django.contrib.auth.models import Permission, User

from appeals.models import Appeal
from appeals.services import appeal_link
from cases import walls

from ..filings.factories import DocketEntryFactory
from .factories import AppealFactory, AppellateCaseFactory, district_case

pytestmark = pytest.mark.django_db
LONG = "ORDER. The motion for a stay pending appeal is DENIED. " + "The reasons follow at length. " * 20


@pytest.fixture
def below():
    return district_case(case_name="State of Hawaii v. Trump")


@pytest.fixture
def linked(below, paralegal):
    """A Ninth Circuit appeal of the District of Hawaii case, linked by hand, with two docket entries."""
    appeal = AppealFactory(
        case=AppellateCaseFactory(docket_number="17-15589"),
        originating_court_id="hid",
        originating_docket_number="1:17-cv-00050",
        fee_status="USA - No Fee Req",
        date_notice_of_appeal=datetime.date(2017, 3, 30),
        panel="Gould, Paez, Hawkins",
    )
    DocketEntryFactory(case=appeal.case, date_filed=datetime.date(2017, 3, 30), description="DOCKETED CAUSE")
    DocketEntryFactory(case=appeal.case, date_filed=datetime.date(2017, 6, 12), description=LONG)
    return appeal_link(appeal=appeal, case_below=below, user=paralegal)


def page(client, user, case) -> str:
    client.force_login(user)
    response = client.get(case.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_the_case_below_lists_its_appeals_with_their_latest_entry(client, paralegal, linked, below):
    """Court, number (a link to the appeal's page), status and the latest entry, dated and cut short."""
    body = page(client, paralegal, below)
    assert 'id="appeals-title">Appeals' in body
    assert f'href="{linked.case.get_absolute_url()}" class="case-name">9th Cir. No. 17-15589</a>' in body
    assert "Latest entry, Jun 12, 2017:" in body and "ORDER. The motion for a stay pending appeal is DENIED." in body
    assert LONG.strip() not in body and "…" in body
    assert "badge-open" in body


def test_the_appeal_page_shows_its_fields_and_links_to_the_case_below(client, attorney, linked, below):
    """The Appeal panel: the docket's fields, then "Case below" linking to it, linked by hand by the paralegal."""
    body = page(client, attorney, linked.case)
    for text in ["Case type", "civil, private", "USA - No Fee Req", "Gould, Paez, Hawkins", "Mar 30, 2017", "D. Haw."]:
        assert text in body, text
    assert f'<a href="{below.get_absolute_url()}">State of Hawaii v. Trump, No. 1:17-cv-00050 (D. Haw.)</a>' in body
    assert "Linked by hand by paralegal" in body and "Unlink from the case below" in body


def test_a_walled_appeal_is_not_listed_for_someone_off_its_team(client, attorney, paralegal, linked, below):
    """The appeal restricted to the paralegal: its case below shows no Appeals panel to the attorney."""
    walls.case_restrict(linked.case)
    walls.team_add(linked.case, [paralegal])
    assert "17-15589" not in page(client, attorney, below)
    assert "17-15589" in page(client, paralegal, below)


def test_an_appeal_whose_case_below_is_hidden_does_not_name_it(client, attorney, linked, below):
    """An appeal with its own walls, of a case the attorney is screened from: no link, no unlink, no form."""
    Appeal.objects.filter(pk=linked.pk).update(own_walls=True)
    walls.screen_add(below, attorney, reason="Conflict")
    body = page(client, attorney, linked.case)
    assert "State of Hawaii" not in body and "Unlink" not in body and "Link to the case below" not in body


def test_a_clerk_links_an_appeal_by_number_and_court(client, paralegal, below):
    """The form takes the number as the clerk has it and the court; the page comes back saying what was linked."""
    appeal = AppealFactory()
    client.force_login(paralegal)
    body = client.get(appeal.case.get_absolute_url()).content.decode()
    assert "Docket number of the case below" in body and 'name="csrfmiddlewaretoken"' in body
    response = client.post(f"/cases/{appeal.pk}/appeal/link/", {"number": "1:17-cv-50", "court": "hid"}, follow=True)
    assert response.redirect_chain[-1][0] == f"{appeal.case.get_absolute_url()}#appeal"
    assert f"Linked to the case below: {below}." in response.content.decode()
    assert Appeal.objects.get(pk=appeal.pk).case_below == below


@pytest.mark.parametrize(
    "data, message",
    [
        ({"number": "", "court": ""}, "Give the docket number of the case below."),
        ({"number": "seventeen", "court": ""}, "is not a docket number this court system uses"),
        ({"number": "1:17-cv-00050", "court": "cand"}, "No case you may see has that docket number in that court."),
        ({"number": "17-cv-50", "court": ""}, "2 cases you may see have that number"),
        ({"number": "1:17-cv-00050", "court": "zzz"}, "Select a valid choice."),
    ],
)
def test_a_link_that_cannot_be_made_says_why(client, paralegal, below, data, message):
    """Nothing typed, an unreadable number, no such case, several cases, an unknown court: each is named."""
    district_case("2:17-cv-00050")
    appeal = AppealFactory()
    client.force_login(paralegal)
    body = client.post(f"/cases/{appeal.pk}/appeal/link/", data, follow=True).content.decode()
    assert "The appeal was not linked." in body and message in body
    assert Appeal.objects.get(pk=appeal.pk).case_below is None


def test_a_walled_case_cannot_be_chosen_by_someone_off_its_team(client, attorney, below):
    """The number of a restricted case is answered as if there were no such case."""
    walls.case_restrict(below)
    appeal = AppealFactory()
    client.force_login(attorney)
    body = client.post(f"/cases/{appeal.pk}/appeal/link/", {"number": "1:17-cv-00050"}, follow=True).content.decode()
    assert "No case you may see has that docket number." in body
    assert Appeal.objects.get(pk=appeal.pk).case_below is None


def test_unlinking_by_hand(client, attorney, linked):
    """Unlink: the page says so, offers the form again and records who unlinked it."""
    client.force_login(attorney)
    body = client.post(f"/cases/{linked.pk}/appeal/unlink/", follow=True).content.decode()
    assert "Unlinked from the case below." in body and "Link to the case below" in body
    assert "Unlinked by hand by attorney" in body
    assert Appeal.objects.get(pk=linked.pk).linked_by.username == "attorney"


def test_linking_needs_the_permission_a_post_and_its_csrf_token(client, linked, below):
    """A viewer without appeals.change_appeal gets 403 and no form; a GET is 405; a POST without a token is 403."""
    viewer = User.objects.create_user("viewer")
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["view_case", "view_appeal"]))
    body = page(client, viewer, linked.case)
    assert "Unlink" not in body
    assert client.post(f"/cases/{linked.pk}/appeal/unlink/").status_code == 403
    assert Appeal.objects.get(pk=linked.pk).case_below == below
    attorney = User.objects.create_user("clerk")
    attorney.groups.add(*User.objects.get(username="paralegal").groups.all())
    client.force_login(attorney)
    assert client.get(f"/cases/{linked.pk}/appeal/unlink/").status_code == 405
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(attorney)
    assert strict.post(f"/cases/{linked.pk}/appeal/unlink/").status_code == 403
    assert Appeal.objects.get(pk=linked.pk).case_below == below


def test_a_case_that_is_not_an_appeal_has_nothing_to_link(client, paralegal, below):
    """The link address of a district case is a 404: it is no appeal."""
    client.force_login(paralegal)
    assert client.post(f"/cases/{below.pk}/appeal/link/", {"number": "1:17-cv-1"}).status_code == 404


def case_count(client, query: str) -> list[str]:
    return sorted(case.docket_number for case in client.get("/" + query).context["page"].object_list)


def test_the_case_list_filters_cases_on_appeal_by_appeals_the_user_may_see(client, attorney, paralegal, linked):
    """ "On appeal: Yes" lists the case below; an appeal walled off from the user does not count."""
    plain = district_case("1:17-cv-00099")
    client.force_login(attorney)
    body = client.get("/").content.decode()
    assert '<label for="id_on_appeal">On appeal</label>' in body
    assert case_count(client, "?on_appeal=true") == ["1:17-cv-00050"]
    assert plain.docket_number in case_count(client, "?on_appeal=false")
    assert "1:17-cv-00050" not in case_count(client, "?on_appeal=false")
    walls.case_restrict(linked.case)
    walls.team_add(linked.case, [paralegal])
    assert case_count(client, "?on_appeal=true") == []
    assert "1:17-cv-00050" in case_count(client, "?on_appeal=false")
    client.force_login(paralegal)
    assert case_count(client, "?on_appeal=true") == ["1:17-cv-00050"]
    assert "On appeal" in client.get("/?on_appeal=maybe").content.decode()


def test_the_appeal_panels_cost_one_query_however_many_appeals(client, paralegal, below, django_assert_num_queries):
    """The case below's page costs the same with one appeal as with five, and the appeal's page the same (the link
    form's courts are the filter's choices, kept in memory)."""
    appeals = [AppealFactory() for _ in range(5)]
    appeal_link(appeal=appeals[0], case_below=below, user=paralegal)
    client.force_login(paralegal)
    client.get(below.get_absolute_url())
    with django_assert_num_queries(COUNT_BELOW_PAGE):
        client.get(below.get_absolute_url())
    for appeal in appeals[1:]:
        appeal_link(appeal=appeal, case_below=below, user=paralegal)
        DocketEntryFactory(case=appeal.case)
    with django_assert_num_queries(COUNT_BELOW_PAGE):
        assert client.get(below.get_absolute_url()).content.decode().count("Latest entry") == 4
    unlinked = AppealFactory().case.get_absolute_url()
    client.get(unlinked)
    with django_assert_num_queries(COUNT_BELOW_PAGE):
        client.get(unlinked)


# Locked: a case with no parties, claims or deadlines (the reference case's page, 26, is locked in
# tests/casefile/test_views.py); both appeal panels are one query of it, after the probe that finds the case in one.
COUNT_BELOW_PAGE = 18
