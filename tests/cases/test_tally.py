"""The list's total: the database's tally of every case, less what the user may not see, equal to counting them."""

import pytest
from django.db import connection

from cases import selectors, walls
from cases.models import Case, CaseTally
from cases.services import case_tally_fold

from .factories import CaseFactory

pytestmark = pytest.mark.django_db


def counted(user) -> int:
    return Case.objects.for_user(user).count()


def fresh(user):
    """The same user as a new request would load it (the hidden cases are read once per user object)."""
    return type(user).objects.get(pk=user.pk)


def test_the_tally_follows_every_way_cases_are_written(paralegal):
    """One by one, in bulk, by raw SQL and by a queryset delete: the total is the count."""
    CaseFactory.create_batch(3)
    assert selectors.case_total(user=fresh(paralegal)) == counted(paralegal) == 3
    court = Case.objects.first().court
    Case.objects.bulk_create(
        [Case(court=court, docket_number=f"1:26-cv-{n:05d}", case_name=f"Bulk {n} v. Loader") for n in range(1, 6)]
    )
    assert selectors.case_total(user=fresh(paralegal)) == counted(paralegal) == 8
    Case.objects.filter(case_name__startswith="Bulk").exclude(docket_number="1:26-cv-00001").delete()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM cases_case WHERE docket_number = %s", ["1:26-cv-00001"])
    assert selectors.case_total(user=fresh(paralegal)) == counted(paralegal) == 3


def test_the_total_leaves_out_what_the_user_may_not_see(paralegal, attorney, administrator):
    """A restricted case off the user's team and a case the user is screened from are not in the user's total."""
    open_case, restricted, screened_from = CaseFactory.create_batch(3)
    walls.case_restrict(restricted)
    walls.team_add(restricted, [paralegal])
    walls.screen_add(screened_from, paralegal, reason="Represented the defendant at a prior firm")
    walls.screen_add(restricted, attorney, reason="Screened from the restricted case too")
    for user, expected in ((paralegal, 2), (attorney, 2), (administrator, 3)):
        assert selectors.case_total(user=fresh(user)) == counted(user) == expected, user.username


def test_folding_keeps_the_total(paralegal):
    CaseFactory.create_batch(4)
    Case.objects.filter(pk=Case.objects.first().pk).delete()
    rows = CaseTally.objects.count()
    assert rows >= 2
    assert case_tally_fold() == rows
    assert CaseTally.objects.count() == 1
    assert selectors.case_total(user=fresh(paralegal)) == counted(paralegal) == 3


def test_the_plain_list_shows_the_tally_and_a_filtered_list_counts(client, paralegal):
    """The unfiltered list's count comes from the tally; a filter narrows and is counted exactly."""
    CaseFactory.create_batch(2, status="open")
    CaseFactory(status="terminated", date_terminated="2025-01-30")
    client.force_login(paralegal)
    assert client.get("/").context["page"].paginator.count == 3
    assert "3 cases" in client.get("/?sort=name").content.decode()
    assert client.get("/?status=open").context["page"].paginator.count == 2
    CaseTally.objects.create(delta=5)  # a tally that disagreed with the cases would show at once
    assert client.get("/").context["page"].paginator.count == 8
    assert client.get("/?status=open").context["page"].paginator.count == 2
