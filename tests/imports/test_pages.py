"""Imported cases are ordinary cases: on the list, found by search, and readable on their case page."""

import pytest
from django.urls import reverse

from .sheets import sheet_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def paralegal_client(client, paralegal):
    client.force_login(paralegal)
    return client


def test_imported_case_is_listed_found_and_shown(paralegal_client):
    """cacd's sheet: on the list, found by a party's name and by docket text, and its page shows the sheet."""
    case = sheet_import("cacd").case
    listed = paralegal_client.get(reverse("cases:list")).context["page"].object_list
    assert case in listed
    party = case.case_parties.select_related("party").first().party.name
    entry = case.docket_entries.order_by("sequence").first()
    for query in [party, case.docket_number, " ".join(entry.description.split()[:3])]:
        found = paralegal_client.get(reverse("cases:list"), {"q": query}).context["page"].object_list
        assert case in found, query
    page = paralegal_client.get(case.get_absolute_url())
    assert page.status_code == 200
    assert page.context["docket_page"].paginator.count == case.docket_entries.count() == 47
    html = page.content.decode()
    assert case.docket_number in html and case.assigned_to in html
