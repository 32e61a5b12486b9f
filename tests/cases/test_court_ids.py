"""PACER's court ids, read from the libraries, and one resolver for every place a court id is typed or read."""

import pytest
from courts_db import courts
from django.urls import reverse

from cases.court_ids import court_aliases, court_find, court_id_resolve, nearest_court_ids, unknown_court_message
from cases.federal_courts import is_pacer_id, pacer_ids
from cases.models import Court

from ..cases.factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_pacer_ids_come_from_courts_db_and_juriscraper():
    """Only a CM/ECF host that PACER knows and that is no other court's id becomes a PACER id: arb is azb."""
    assert pacer_ids() == {"arb": "azb"}
    assert is_pacer_id("azb") and not is_pacer_id("arb")
    ids = {court["id"] for court in courts}
    assert all(is_pacer_id(pacer) and pacer not in ids for pacer in pacer_ids().values())


def test_the_court_table_holds_pacers_ids_after_the_migrations():
    """0017 refreshes the courts: Arizona's bankruptcy court has PACER's id; where they agree it is blank."""
    assert Court.objects.get(pk="arb").pacer_id == "azb"
    assert list(Court.objects.exclude(pacer_id="").values_list("pk", "pacer_id")) == [("arb", "azb")]


@pytest.mark.parametrize(
    ("typed", "court"),
    [
        ("azb", "arb"),
        ("AZB", "arb"),
        (" azb ", "arb"),
        ("arb", "arb"),
        ("cand", "cand"),
        ("CaNd", "cand"),
        ("nyeb", "nyeb"),
        ("ca9", "ca9"),
        ("zzz", None),
        ("", None),
    ],
)
def test_a_typed_id_resolves_to_its_court(typed, court):
    """The Court's own id or PACER's, any case, spaces trimmed; anything else is no court."""
    assert court_id_resolve(typed, court_aliases()) == court
    assert (court_find(typed).pk if court_find(typed) else None) == court


@pytest.mark.parametrize(
    ("typed", "first"),
    [("cnad", "cand"), ("nsyd", "nysd"), ("azbb", "azb"), ("ca99", "ca9")],
)
def test_an_unknown_id_names_the_nearest_known_ones(typed, first):
    """A slip of the keyboard is answered with the ids it most likely meant, the nearest first."""
    nearest = nearest_court_ids(typed, court_aliases())
    assert nearest[0] == first and len(nearest) <= 3


def test_the_refusal_keeps_its_help():
    """The message names the nearest ids with their citations, then says how to find the right one."""
    message = unknown_court_message("cnad", court_aliases())
    assert message.startswith('"cnad" is not a court id this app knows. Did you mean "cand" (N.D. Cal.)')
    assert message.endswith('"nysd" for the Southern District of New York.')
    assert "Did you mean" not in unknown_court_message("zzz", court_aliases())


@pytest.fixture
def arizona(client, paralegal):
    client.force_login(paralegal)
    bankruptcy = CaseFactory(court=Court.objects.get(pk="arb"), docket_number="2:09-ap-00844", case_name="De La Vara")
    CaseFactory(court=Court.objects.get(pk="azd"), docket_number="2:09-cv-00001", case_name="District")
    return bankruptcy


@pytest.mark.parametrize("typed", ["azb", "AZB", "arb"])
def test_the_case_list_filters_by_pacers_court_id(client, arizona, typed):
    """?court=azb lists the Arizona bankruptcy court's cases, and the select shows that court chosen."""
    response = client.get(reverse("cases:list"), {"court": typed})
    assert [case.pk for case in response.context["page"]] == [arizona.pk]
    assert '<option value="arb" selected>' in response.content.decode()
    assert "(not a choice)" not in response.content.decode()


def test_an_unknown_court_in_the_list_names_the_nearest(client, arizona):
    """?court=azx lists nothing and suggests the Arizona courts."""
    response = client.get(reverse("cases:list"), {"court": "azx"})
    html = response.content.decode()
    assert response.context["page"].paginator.count == 0
    assert "Court: Select a valid choice. azx is not one of the available choices. Did you mean" in html
    assert "&quot;azb&quot; (Bankr. D. Ariz.)" in html
