"""A terminated case with no disposition: the docket's words propose one, an administrator confirms it."""

import datetime

import pytest
from django.urls import reverse

from cases.models import Case
from filings.dispositions import disposition_proposal, disposition_read

from ..cases.factories import CaseFactory
from .factories import DocketEntryFactory

pytestmark = pytest.mark.django_db
ENTRY_44 = (
    "JUDGMENT: For the 42 written reasons assigned, Plaintiff's claims are DISMISSED WITH PREJUDICE, each party "
    "to bear its own costs. Signed by Judge Brian A. Jackson on 5/11/2021."
)


@pytest.mark.parametrize(
    ("text", "disposition"),
    [
        (ENTRY_44, "dismissed_by_court"),
        (
            "RULING AND ORDER granting 31 Motion to Dismiss. The Complaint is DISMISSED WITH PREJUDICE.",
            "dismissed_by_court",
        ),
        ("NOTICE OF VOLUNTARY DISMISSAL without prejudice by Kevin De La Torre", "vol_dismissed_wop"),
        ("NOTICE of Voluntary Dismissal with prejudice", "vol_dismissed_wp"),
        ("NOTICE OF VOLUNTARY DISMISSAL by plaintiff", "vol_dismissed_wop"),  # Rule 41(a)(1)(B)'s default
        ("STIPULATION of Dismissal with prejudice by all parties", "stip_dismissed_wp"),
        ("Joint STIPULATION for dismissal of the action", "stip_dismissed_wop"),
        ("CLERK'S JUDGMENT in favor of defendants against plaintiff", "judgment_defendant"),
        ("JUDGMENT in favor of Plaintiff Acme Corp. in the amount of $10,000", "judgment_plaintiff"),
        ("ORDER: the case is transferred to the Southern District of New York", "transferred"),
        ("ORDER remanding the action to the Superior Court of California", "remanded"),
        ("REPORT AND RECOMMENDATIONS that the complaint be DISMISSED WITH PREJUDICE", None),
        ("MOTION to Dismiss for Failure to State a Claim", None),
        ("ORDER denying 12 Motion to Dismiss", None),
        ("ORDER: The Clerk shall administratively terminate this action without prejudice to reopening", None),
    ],
)
def test_the_disposition_an_entry_records(text, disposition):
    """Orders, judgments, notices and stipulations that end a case are read; recommendations and motions are not."""
    assert disposition_read(text) == disposition


def terminated_case(*texts):
    case = CaseFactory(
        status="terminated", date_filed=datetime.date(2021, 1, 4), date_terminated=datetime.date(2021, 5, 11)
    )
    for day, text in enumerate(texts, start=1):
        DocketEntryFactory(case=case, date_filed=datetime.date(2021, 5, day), entry_number=40 + day, description=text)
    return case


def test_the_latest_dispositive_entry_is_proposed_and_cited():
    """The proposal is the newest entry's reading, and names that entry."""
    case = terminated_case("RULING AND ORDER: the Complaint is DISMISSED WITH PREJUDICE.", ENTRY_44, "Transcript")
    proposal = disposition_proposal(case)
    assert (proposal.disposition, proposal.entry.entry_number) == ("dismissed_by_court", 42)
    assert proposal.label == "Dismissed by the court"


def test_nothing_is_proposed_for_an_open_case_or_one_with_a_disposition():
    case = terminated_case(ENTRY_44)
    Case.objects.filter(pk=case.pk).update(disposition="settled")
    case.refresh_from_db()
    assert disposition_proposal(case) is None
    assert disposition_proposal(CaseFactory(status="open")) is None


def test_the_case_page_shows_the_proposal_and_an_administrator_confirms_it(admin_client, administrator):
    """The page quotes the entry; confirming saves the disposition with history naming the entry and the admin."""
    case = terminated_case(ENTRY_44)
    page = admin_client.get(case.get_absolute_url()).content.decode()
    assert "The docket suggests <strong>Dismissed by the court</strong>, from entry 41" in page
    assert "Record this disposition" in page
    entry = case.docket_entries.get()
    response = admin_client.post(
        reverse("filings:disposition_confirm", args=[case.pk]), {"disposition": "dismissed_by_court", "entry": entry.pk}
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.disposition == "dismissed_by_court"
    latest = case.history.latest()
    assert (latest.history_user, latest.history_change_reason) == (
        administrator,
        "Disposition confirmed from entry 41 of May 1, 2021",
    )
    assert "Disposition not recorded" not in admin_client.get(case.get_absolute_url()).content.decode()


def test_a_stale_or_forged_confirmation_changes_nothing(admin_client):
    """A disposition the docket does not propose (edited form, or the docket changed) is refused with a message."""
    case = terminated_case(ENTRY_44)
    entry = case.docket_entries.get()
    response = admin_client.post(
        reverse("filings:disposition_confirm", args=[case.pk]),
        {"disposition": "settled", "entry": entry.pk},
        follow=True,
    )
    assert "The docket no longer proposes this disposition" in response.content.decode()
    case.refresh_from_db()
    assert case.disposition == ""


def test_a_paralegal_sees_the_proposal_but_may_not_confirm_it(client, paralegal):
    case = terminated_case(ENTRY_44)
    client.force_login(paralegal)
    page = client.get(case.get_absolute_url()).content.decode()
    assert "Dismissed by the court" in page and "An administrator can confirm it." in page
    assert "Record this disposition" not in page
    entry = case.docket_entries.get()
    url = reverse("filings:disposition_confirm", args=[case.pk])
    assert client.post(url, {"disposition": "dismissed_by_court", "entry": entry.pk}).status_code == 403
