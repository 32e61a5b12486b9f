"""The case list and the party page as their users meet them, and who may see the case pages at all."""

import pytest
from django.urls import reverse

from ..cases.factories import CaseFactory, CasePartyFactory, PartyFactory
from ..filings.factories import DocketEntryFactory

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


def test_party_page_lists_every_case_with_its_role(paralegal_client):
    """The same party in two cases, with a different role in each, shows both."""
    party = PartyFactory(name="Acme Widgets, Inc.")
    CasePartyFactory(party=party, role="plaintiff", case=CaseFactory(case_name="Acme Widgets, Inc. v. Beta"))
    CasePartyFactory(party=party, role="defendant", case=CaseFactory(case_name="Gamma v. Acme Widgets, Inc."))
    page = paralegal_client.get(party.get_absolute_url()).content.decode()
    assert "Acme Widgets, Inc. v. Beta" in page and "Gamma v. Acme Widgets, Inc." in page
    assert "Plaintiff" in page and "Defendant" in page
    assert "Appears in 2 cases" in page


def test_party_page_lists_a_case_once_with_every_role_the_party_has_there(paralegal_client):
    """A party that is plaintiff and counter-defendant in one case is one row naming both roles."""
    party = PartyFactory(name="Acme Widgets, Inc.")
    case = CaseFactory(case_name="Acme Widgets, Inc. v. Beta")
    CasePartyFactory(party=party, role="plaintiff", case=case)
    CasePartyFactory(party=party, role="counter_defendant", case=case)
    response = paralegal_client.get(party.get_absolute_url())
    page = response.content.decode()
    assert "Appears in 1 case" in page and page.count("Acme Widgets, Inc. v. Beta</a>") == 1
    (listed,) = response.context["page"].object_list
    assert sorted(link.role for link in listed.party_roles) == ["counter_defendant", "plaintiff"]
    assert "Plaintiff" in page and "Counter defendant" in page


def test_markup_in_records_is_shown_as_text(paralegal_client):
    """A case name or docket text holding HTML is escaped on the list and the case page."""
    case = CaseFactory(case_name='<script>alert("x")</script> v. <b>Bold</b>')
    DocketEntryFactory(case=case, description='<img src=x onerror="alert(1)">')
    for url in [reverse("cases:list"), case.get_absolute_url()]:
        page = paralegal_client.get(url).content.decode()
        assert "<script>alert" not in page and "<b>Bold</b>" not in page
        assert "&lt;script&gt;alert" in page
    assert "&lt;img src=x onerror=" in paralegal_client.get(case.get_absolute_url()).content.decode()


def test_list_queries_do_not_grow_with_the_page_size(paralegal_client, django_assert_num_queries):
    """25 and 100 cases a page cost the same number of queries."""
    for case in CaseFactory.create_batch(110):
        CasePartyFactory(case=case)
    paralegal_client.get(reverse("cases:list"))
    for size in (25, 100):
        with django_assert_num_queries(COUNT_LIST_PAGE):
            response = paralegal_client.get(reverse("cases:list"), {"per_page": size})
        assert len(response.context["page"].object_list) == size


# Locked: session, user, permissions (2), then the page's own reads: the list's total (the tally of all cases less
# those hidden from the user, in one query: not a COUNT(*) of every case) and the page's rows. The filter choices are
# kept in memory after the first request, and the empty filter form in the cache. A new per-row query breaks it.
COUNT_LIST_PAGE = 6  # the session is read from the database, which every web worker shares


def test_party_pages_follow_the_case_rule(paralegal_client, monkeypatch):
    """A party seen only in a case the user may not see is a 404; a shared party lists only the visible case."""
    from django.db.models import Q

    from cases import access

    shared = PartyFactory(name="Acme Widgets, Inc.")
    shown, hidden = CaseFactory(case_name="Shown v. Acme"), CaseFactory(case_name="Hidden v. Acme")
    CasePartyFactory(party=shared, case=shown)
    CasePartyFactory(party=shared, case=hidden)
    only_hidden = CasePartyFactory(case=hidden).party
    monkeypatch.setattr(access, "case_rule", lambda user: Q(pk=shown.pk))
    assert paralegal_client.get(only_hidden.get_absolute_url()).status_code == 404
    page = paralegal_client.get(shared.get_absolute_url()).content.decode()
    assert "Shown v. Acme" in page and "Hidden v. Acme" not in page
