"""The case pages as their users meet them: who may see them, what they show, and bad input."""

import datetime

import pytest
from django.urls import reverse

from filings.models import DocketEntry, EventType

from ..factories import CaseFactory, CasePartyFactory, DocketEntryFactory, PartyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def paralegal_client(client, paralegal):
    client.force_login(paralegal)
    return client


def pages(case, party):
    return [reverse("cases:list"), reverse("cases:list_csv"), case.get_absolute_url(), party.get_absolute_url()]


def test_anonymous_visitors_are_sent_to_login(client, reference_case):
    """Every case page redirects an anonymous visitor to the login page."""
    for url in pages(reference_case, reference_case.case_parties.first().party):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url


@pytest.mark.parametrize("role", ["paralegal", "attorney", "administrator"])
def test_every_role_can_browse(client, request, reference_case, role):
    """Paralegals, attorneys and administrators all read the list, CSV, case and party pages."""
    client.force_login(request.getfixturevalue(role))
    for url in pages(reference_case, reference_case.case_parties.first().party):
        assert client.get(url).status_code == 200, url


def test_a_user_without_a_role_is_refused(client, django_user_model, reference_case):
    """Signed in is not enough: a user with no role gets 403 on every case page."""
    client.force_login(django_user_model.objects.create_user("visitor"))
    for url in pages(reference_case, reference_case.case_parties.first().party):
        assert client.get(url).status_code == 403, url


def test_case_page_shows_the_reference_case(paralegal_client, reference_case):
    """Caption, badge, class definition, claims with the SCA's $1,000, timeline and docket are on the page."""
    page = paralegal_client.get(reference_case.get_absolute_url()).content.decode()
    for text in [
        "UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA",
        "SAN JOSE DIVISION",
        "5:25-cv-00709",
        "Voluntarily dismissed without prejudice",
        "Proposed, not certified",
        "Count 3: Stored Communications Act (SCA)",
        "Statutory damages of $1,000 per person (18 U.S.C. § 2707(c))",
        "August 2024",
        "Notice of voluntary dismissal without prejudice under Fed. R. Civ. P. 41(a)(1)(A)(i)",
    ]:
        assert text in page, text
    assert page.count('class="claim"') == 3


def test_the_docket_is_paged_and_filtered(paralegal_client):
    """120 entries show 50 a page; the keyword, range and event filters narrow them."""
    case = CaseFactory()
    DocketEntryFactory.create_batch(119, case=case, date_filed=datetime.date(2024, 5, 1))
    DocketEntryFactory(case=case, date_filed=datetime.date(2024, 9, 9), description="ORDER granting motion to seal")
    url = case.get_absolute_url()
    first = paralegal_client.get(url)
    assert len(first.context["docket_page"].object_list) == 50
    assert first.context["docket_page"].paginator.num_pages == 3
    assert [e.description for e in paralegal_client.get(url, {"q": "seal"}).context["docket_page"]] == [
        "ORDER granting motion to seal"
    ]
    assert paralegal_client.get(url, {"date_from": "2024-09-01"}).context["docket_page"].paginator.count == 1


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "yesterday"},
        {"event_type": "999999"},
        {"page": "x"},
        {"date_from": "2025-02-01", "date_to": "2025-01-01"},
    ],
)
def test_bad_docket_filters_give_a_message_not_an_error(paralegal_client, reference_case, params):
    """Unreadable docket filters answer 200 with a message."""
    response = paralegal_client.get(reference_case.get_absolute_url(), params)
    assert response.status_code == 200
    if "page" not in params:
        assert 'class="field-error"' in response.content.decode()


def test_party_page_lists_every_case_with_its_role(paralegal_client):
    """The same party in two cases, with a different role in each, shows both."""
    party = PartyFactory(name="Acme Widgets, Inc.")
    CasePartyFactory(party=party, role="plaintiff", case=CaseFactory(case_name="Acme Widgets, Inc. v. Beta"))
    CasePartyFactory(party=party, role="defendant", case=CaseFactory(case_name="Gamma v. Acme Widgets, Inc."))
    page = paralegal_client.get(party.get_absolute_url()).content.decode()
    assert "Acme Widgets, Inc. v. Beta" in page and "Gamma v. Acme Widgets, Inc." in page
    assert "Plaintiff" in page and "Defendant" in page
    assert "Appears in 2 roles" in page


def test_markup_in_records_is_shown_as_text(paralegal_client):
    """A case name or docket text holding HTML is escaped on the list and the case page."""
    case = CaseFactory(case_name='<script>alert("x")</script> v. <b>Bold</b>')
    DocketEntryFactory(case=case, description='<img src=x onerror="alert(1)">')
    for url in [reverse("cases:list"), case.get_absolute_url()]:
        page = paralegal_client.get(url).content.decode()
        assert "<script>alert" not in page and "<b>Bold</b>" not in page
        assert "&lt;script&gt;alert" in page
    assert "&lt;img src=x onerror=" in paralegal_client.get(case.get_absolute_url()).content.decode()


def test_case_page_queries_do_not_grow_with_the_docket(paralegal_client, django_assert_num_queries, reference_case):
    """The reference case's page costs the same queries with 2 docket entries and with 302."""
    url = reference_case.get_absolute_url()
    paralegal_client.get(url)  # warm the session and permission caches
    with django_assert_num_queries(COUNT_CASE_PAGE):
        paralegal_client.get(url)
    complaint = EventType.objects.get(code="complaint")
    DocketEntry.objects.bulk_create(
        DocketEntryFactory.build(case=reference_case, sequence=n, entry_number=n, event_type=complaint)
        for n in range(10, 310)
    )
    with django_assert_num_queries(COUNT_CASE_PAGE):
        response = paralegal_client.get(url)
    assert response.context["docket_page"].paginator.count == 302


def test_list_queries_do_not_grow_with_the_page_size(paralegal_client, django_assert_num_queries):
    """25 and 100 cases a page cost the same number of queries."""
    for case in CaseFactory.create_batch(110):
        CasePartyFactory(case=case)
    paralegal_client.get(reverse("cases:list"))
    for size in (25, 100):
        with django_assert_num_queries(COUNT_LIST_PAGE):
            response = paralegal_client.get(reverse("cases:list"), {"per_page": size})
        assert len(response.context["page"].object_list) == size


# Locked: session, user, permissions, then the page's own reads. A new per-row query breaks these.
COUNT_CASE_PAGE = 17
COUNT_LIST_PAGE = 7
