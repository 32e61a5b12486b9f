"""The case page as its users meet it: what it shows, its paged and filtered docket, and bad input."""

import datetime

import pytest

from filings.models import DocketEntry, EventType

from ..cases.factories import CaseFactory
from ..filings.factories import DocketEntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def paralegal_client(client, paralegal):
    client.force_login(paralegal)
    return client


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
    assert '<p class="party-about">A subsidiary of Microsoft Corporation.</p>' in page
    assert "Restitution: Restitution" not in page and "<li>Restitution</li>" in page


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


def test_the_docket_reads_newest_first_when_asked_and_the_link_keeps_the_filters(paralegal_client):
    """order=newest reverses the docket; the toggle link keeps the keyword and starts again at page 1."""
    case = CaseFactory()
    for day, text in [(1, "COMPLAINT"), (5, "ANSWER to complaint"), (9, "ORDER setting a hearing")]:
        DocketEntryFactory(case=case, date_filed=datetime.date(2024, 5, day), description=text)
    url = case.get_absolute_url()
    oldest = [e.description for e in paralegal_client.get(url).context["docket_page"]]
    newest = paralegal_client.get(url, {"order": "newest", "q": "o"})
    assert oldest == ["COMPLAINT", "ANSWER to complaint", "ORDER setting a hearing"]
    assert [e.description for e in newest.context["docket_page"]] == oldest[::-1]
    html = newest.content.decode()
    assert 'href="?q=o#docket">Show oldest first</a>' in html
    assert 'href="?order=newest#docket">Show newest first</a>' in paralegal_client.get(url).content.decode()


def test_the_keyword_is_marked_in_matching_entries_and_the_text_stays_escaped(paralegal_client):
    """Each searched word is marked, in any case; the entry's own markup is shown as text, never run."""
    case = CaseFactory()
    DocketEntryFactory(case=case, description="MOTION to Seal <script>alert(1)</script> & amplified sealed exhibits")
    html = paralegal_client.get(case.get_absolute_url(), {"q": "seal amp"}).content.decode()
    assert (
        "MOTION to <mark>Seal</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>amp</mark>lified "
        "<mark>seal</mark>ed exhibits"
    ) in html
    assert "<script>alert" not in html and "&<mark>amp</mark>;" not in html


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


def test_case_page_queries_do_not_grow_with_the_docket(paralegal_client, django_assert_num_queries, reference_case):
    """The reference case's page costs the same queries with 2 docket entries and 1 deadline as with 302 entries
    and over 300 deadlines and hearings."""
    url = reference_case.get_absolute_url()
    paralegal_client.get(url)  # warm the session and permission caches
    with django_assert_num_queries(COUNT_CASE_PAGE):
        paralegal_client.get(url)
    complaint = EventType.objects.get(code="complaint")
    DocketEntry.objects.bulk_create(
        DocketEntryFactory.build(case=reference_case, sequence=n, entry_number=n, event_type=complaint)
        for n in range(10, 310)
    )
    recompute(reference_case)
    with django_assert_num_queries(COUNT_CASE_PAGE):
        response = paralegal_client.get(url)
    assert response.context["docket_page"].paginator.count == 302
    assert response.context["deadlines"]["panel"].count == reference_case.deadlines.count() > 300
    with django_assert_num_queries(COUNT_CASE_PAGE):  # the keyword filter reads its entries in the same queries
        response = paralegal_client.get(url, {"q": "status conference"})
    assert response.context["docket_page"].paginator.count == 300


def recompute(case):
    """Give the entries typed straight into the table their calendar: each "complaint ... set for" a hearing."""
    from deadlines.services import case_deadlines_recompute

    case.docket_entries.filter(entry_number__gte=10).update(description="ORDER. Status Conference set for 6/1/2030.")
    case_deadlines_recompute(case=case)


# Locked: session, user, permissions, then the page's own reads (the deadlines panel's are 4; the docket page's
# attachments, its entries' notes and the Notes panel one each; a probe that finds the case neither an appeal nor
# appealed, which spares it the appeal panels' query). A new per-row query breaks it.
COUNT_CASE_PAGE = 26  # the session is read from the database, which every web worker shares


def test_a_case_the_user_may_not_see_is_a_404_and_a_screened_attempt_is_logged(client, attorney, reference_case):
    """Restricted, not on the team: 404 and not logged; screened: 404 and logged, with the page asked for."""
    from cases import walls

    client.force_login(attorney)
    walls.case_restrict(reference_case)
    assert client.get(reference_case.get_absolute_url()).status_code == 404
    assert not reference_case.access_log.exists()
    walls.case_open(reference_case)
    walls.screen_add(reference_case, attorney, reason="Represented LinkedIn at a prior firm")
    response = client.get(reference_case.get_absolute_url() + "?page=2")
    assert response.status_code == 404 and "De La Torre" not in response.content.decode()
    entry = reference_case.access_log.get()
    assert (entry.username, entry.outcome, entry.page) == ("attorney", "refused", f"/cases/{reference_case.pk}/?page=2")


def test_a_team_members_view_of_a_restricted_case_is_logged(client, paralegal, reference_case):
    from cases import walls

    walls.case_restrict(reference_case)
    walls.team_add(reference_case, [paralegal])
    client.force_login(paralegal)
    page = client.get(reference_case.get_absolute_url()).content.decode()
    assert "Restricted to its team" in page
    assert reference_case.access_log.get().outcome == "viewed"


def test_the_matter_shows_on_the_case_page_and_the_list(client, paralegal, reference_case, administrator):
    reference_case.matter_number = "10234-0007"
    reference_case.client = reference_case.case_parties.get(role="plaintiff").party
    reference_case.responsible_attorney = administrator
    reference_case.save()
    client.force_login(paralegal)
    page = client.get(reference_case.get_absolute_url()).content.decode()
    assert 'Matter <span class="mono nowrap">10234-0007</span>' in page and "Responsible attorney" in page
    assert reference_case.client.name in page
    listing = client.get("/", {"q": "10234-0007"}).content.decode()
    assert "10234-0007" in listing and "De La Torre" in listing
