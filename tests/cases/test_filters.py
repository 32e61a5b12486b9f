"""The case list's filters and full-text search, through the list page as a paralegal uses it."""

import datetime

import pytest
from django.urls import reverse

from cases.models import Case, CauseOfAction

from ..cases.factories import (
    AttorneyFactory,
    CaseFactory,
    CasePartyFactory,
    ClaimFactory,
    PartyFactory,
    RepresentationFactory,
)
from ..filings.factories import DocketEntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed(client, paralegal):
    client.force_login(paralegal)

    def names(**params):
        response = client.get(reverse("cases:list"), params)
        assert response.status_code == 200
        return sorted(case.case_name for case in response.context["page"])

    return names


@pytest.fixture
def other_case():
    case = CaseFactory(
        court_id="nysd",
        docket_number="1:24-cv-02211",
        case_name="Northwind Traders LLC v. Contoso Bank N.A.",
        nature_of_suit="190 Contract: Other",
        date_filed=datetime.date(2024, 2, 5),
    )
    ClaimFactory(case=case, cause_of_action=CauseOfAction.objects.get(name="Unjust enrichment"))
    return case


REFERENCE = "De La Torre v. LinkedIn Corporation"
OTHER = "Northwind Traders LLC v. Contoso Bank N.A."


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, [REFERENCE, OTHER]),
        ({"court": "cand"}, [REFERENCE]),
        ({"status": "terminated"}, [REFERENCE]),
        ({"status": "open"}, [OTHER]),
        ({"disposition": "vol_dismissed_wop"}, [REFERENCE]),
        ({"nature_of_suit": "contract"}, [OTHER]),
        ({"is_class_action": "true"}, [REFERENCE]),
        ({"is_class_action": "false"}, [OTHER]),
        ({"filed_from": "2025-01-01"}, [REFERENCE]),
        ({"filed_to": "2024-12-31"}, [OTHER]),
        ({"terminated_from": "2025-01-30", "terminated_to": "2025-01-30"}, [REFERENCE]),
        ({"party_name": "linkedin"}, [REFERENCE]),
    ],
)
def test_each_filter_narrows_the_list(listed, reference_case, other_case, params, expected):
    """Court, status, disposition, nature of suit, class action, date ranges and party each filter."""
    assert listed(**params) == expected


def test_cause_of_action_and_party_filters(listed, reference_case, other_case):
    """The cause filter finds cases with a count of that cause; the party filter, cases the party is on."""
    sca = CauseOfAction.objects.get(name="Stored Communications Act (SCA)")
    assert listed(cause=sca.pk) == [REFERENCE]
    linkedin = reference_case.case_parties.get(role="defendant").party
    assert listed(party=linkedin.pk) == [REFERENCE]


@pytest.mark.parametrize(
    "query",
    [
        "LinkedIn",
        "de la torre",
        "5:25-cv-709",
        "00709",
        'unicorn OR "Unfair Competition"',
        "voluntary dismissal",
        "Corp",
    ],
)
def test_search_finds_by_number_name_party_and_docket_text(listed, reference_case, other_case, query):
    """Full-text search over docket numbers, names, parties and docket text finds the reference case."""
    assert listed(q=query) == [REFERENCE]


def test_search_finds_counsel_and_their_firm(listed, other_case):
    """Searching an attorney's or a firm's name finds the cases they appear in."""
    link = CasePartyFactory(case=other_case, party=PartyFactory(name="Contoso Bank N.A."), role="defendant")
    RepresentationFactory(
        case_party=link, attorney=AttorneyFactory(name="Imani Okafor", firm__name="Hargrove Pell LLP")
    )
    assert listed(q="Okafor") == [OTHER]
    assert listed(q="Hargrove") == [OTHER]


def test_search_finds_words_in_any_docket_entry(listed, other_case):
    """A word only in one entry's text finds its case."""
    DocketEntryFactory(case=other_case, description="STIPULATED PROTECTIVE ORDER re confidential supplier pricing")
    assert listed(q="supplier pricing") == [OTHER]
    assert listed(q="nonexistentword") == []


@pytest.mark.parametrize(
    "params",
    [
        {"filed_from": "2025-13-45"},
        {"court": "nowhere"},
        {"cause": "999999"},
        {"party": "abc"},
        {"status": "sleeping"},
        {"is_class_action": "perhaps"},
        {"page": "last-ish"},
        {"page": "999999"},
        {"sort": "; DROP TABLE cases_case"},
        {"per_page": "100000"},
        {"q": "'\"):*&|!<>"},
    ],
)
def test_bad_filter_values_never_break_the_list(client, paralegal, reference_case, params):
    """Unreadable filters answer 200: a message and no cases, or the value is ignored."""
    client.force_login(paralegal)
    response = client.get(reverse("cases:list"), params)
    assert response.status_code == 200
    if response.context["filter"].errors:
        assert "Some filters could not be read" in response.content.decode()
        assert response.context["page"].paginator.count == 0


def test_sorting_by_each_column(listed, client, reference_case, other_case):
    """Sorting by name puts De La Torre first; reversed, Northwind first."""
    by_name = client.get(reverse("cases:list"), {"sort": "name"}).context["page"]
    assert [c.case_name for c in by_name] == [REFERENCE, OTHER]
    reversed_ = client.get(reverse("cases:list"), {"sort": "-name"}).context["page"]
    assert [c.case_name for c in reversed_] == [OTHER, REFERENCE]
    for key in ["docket", "-docket", "filed", "-filed", "terminated", "-terminated", "court", "-court"]:
        assert client.get(reverse("cases:list"), {"sort": key}).status_code == 200


def test_filters_live_in_the_url(client, paralegal, reference_case, other_case):
    """Sort links and pages keep the filters, so the list can be bookmarked and shared."""
    client.force_login(paralegal)
    page = client.get(reverse("cases:list"), {"status": "terminated", "q": "LinkedIn"}).content.decode()
    assert "status=terminated" in page and "q=LinkedIn" in page and "sort=name" in page
    assert Case.objects.count() == 2
