"""A search counts its matches only as far as its page needs, says so in words, and counts only what the user sees."""

import datetime

import pytest
from django.urls import reverse

from cases.filters import SORTS
from cases.models import Case, Court
from cases.paging import DEEPEST_PAGE, SEARCH_COUNT_BOUND, count_bound

pytestmark = pytest.mark.django_db


@pytest.fixture
def paralegal_client(client, paralegal):
    client.force_login(paralegal)
    return client


def gribbleton_cases(count, *, start=0, access="firm"):
    """``count`` cases whose names hold "Gribbleton", each filed on a day of its own."""
    court = Court.objects.get(pk="cand")
    Case.objects.bulk_create(
        Case(
            court=court,
            docket_number=f"3:23-cv-{number:05d}",
            case_name=f"Gribbleton Kettles {number} v. Acme Widgets, Inc.",
            date_filed=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
            access=access,
        )
        for number in range(start, start + count)
    )


def search(client, **params):
    return client.get(reverse("cases:list"), {"q": "Gribbleton", **params})


def listed(response) -> list[int]:
    return [case.pk for case in response.context["page"].object_list]


def test_a_search_within_the_bound_is_counted_exactly(paralegal_client):
    """1,000 matches are "1,000 cases" on 40 pages, with a link to the last."""
    gribbleton_cases(SEARCH_COUNT_BOUND)
    page = search(paralegal_client).content.decode()
    assert "1,000 cases" in page and "More than" not in page
    assert "Page 1 of 40" in page and 'aria-label="Last page"' in page


def test_a_search_past_the_bound_says_more_than(paralegal_client):
    """1,030 matches are "More than 1,000 cases": the page knows its next page, and names no last one."""
    gribbleton_cases(1030)
    page = search(paralegal_client).content.decode()
    assert "More than 1,000 cases" in page
    assert "Page 1</span>" in page and "Page 1 of" not in page
    assert 'rel="next"' in page and 'aria-label="Last page"' not in page


def test_pages_past_the_bound_stay_reachable_and_end_exactly(paralegal_client):
    """Page 41 of 1,030 matches lists cases 1,001 to 1,025 and links to page 42, which holds the last five and is
    counted exactly."""
    gribbleton_cases(1030)
    everything = list(Case.objects.order_by("-date_filed", "-id").values_list("pk", flat=True))
    response = search(paralegal_client, page=41)
    assert listed(response) == everything[1000:1025]
    assert 'rel="next"' in response.content.decode()
    last = search(paralegal_client, page=42)
    assert listed(last) == everything[1025:]
    assert "1,030 cases" in last.content.decode() and "Page 42 of 42" in last.content.decode()


@pytest.mark.parametrize("sort", ["filed", "-filed", "name", "-docket", "court", "terminated"])
def test_many_matches_are_listed_in_the_columns_order(paralegal_client, sort):
    """Past the bound the page walks the sort column's index rather than sorting every match: the same cases in the
    same order as every match sorted."""
    gribbleton_cases(1030)
    expected = list(Case.objects.order_by(*SORTS[sort]).values_list("pk", flat=True))
    assert listed(search(paralegal_client, sort=sort, per_page=100)) == expected[:100]
    assert listed(search(paralegal_client, sort=sort, per_page=100, page=11)) == expected[1000:1030]


def test_the_count_leaves_out_cases_the_user_may_not_see(paralegal_client):
    """1,000 matches the paralegal may see and 50 restricted ones they may not are "1,000 cases", not "more than"."""
    gribbleton_cases(SEARCH_COUNT_BOUND)
    gribbleton_cases(50, start=2000, access="team")
    page = search(paralegal_client).content.decode()
    assert "1,000 cases" in page and "More than" not in page


def test_a_search_page_costs_the_same_queries_however_many_match(paralegal_client, django_assert_num_queries):
    """A search of three matches and one of 1,030 read the same number of queries: one bounded count, one page."""
    gribbleton_cases(3)
    search(paralegal_client)
    with django_assert_num_queries(COUNT_SEARCH_PAGE):
        assert len(listed(search(paralegal_client))) == 3
    gribbleton_cases(1027, start=3)
    with django_assert_num_queries(COUNT_SEARCH_PAGE):
        assert len(listed(search(paralegal_client))) == 25


# Locked: the session, the user, their two permission reads, the count of cases hidden from them (for the court
# filter's choices), the notes' matches, the bounded count, the page. A query per row, or a second count, breaks it.
COUNT_SEARCH_PAGE = 8


@pytest.mark.parametrize(
    ("number", "bound"),
    [("", SEARCH_COUNT_BOUND), ("2", SEARCH_COUNT_BOUND), ("80", 2000), ("last", SEARCH_COUNT_BOUND), ("-3", 1000)],
)
def test_the_count_reaches_the_end_of_the_page_asked_for(number, bound):
    """25 a page: the first 40 pages are counted to 1,000; page 80 is counted to its last case, 2,000."""
    assert count_bound(25, number) == bound


def test_a_page_number_past_any_docket_is_counted_as_the_deepest():
    """An absurd page number cannot make the count's LIMIT overflow PostgreSQL's bigint."""
    assert count_bound(100, "9" * 40) == DEEPEST_PAGE * 100
