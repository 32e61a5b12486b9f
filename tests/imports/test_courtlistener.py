"""CourtListener REST API v4 dockets: the docket with its entries, parties and attorneys, as the API serves them."""

import datetime
import json

import pytest

from cases.models import Case, CaseParty, Representation
from filings.models import DocketAttachment
from imports.models import DocketImport
from imports.services import docket_import
from imports.sheet import DocketImportError

from .sheets import COURTLISTENER, domain_snapshot, expected, sheet_import

pytestmark = pytest.mark.django_db


def fixture_bytes(**changes) -> bytes:
    docket = json.loads((COURTLISTENER / "cand_2.json").read_text(encoding="utf-8"))
    docket.update(changes)
    return json.dumps(docket).encode()


def test_docket_entries_parties_and_counsel_are_imported():
    """Brady v. Deloitte from CourtListener: the case, 4 parties, 24 appearances, 3 entries and an attachment."""
    summary = docket_import(content=fixture_bytes(), file_name="cand_2.json")
    case = Case.objects.get()
    assert (case.court_id, case.docket_number, case.case_name) == (
        "cand",
        "3:08-cv-00177",
        "Brady v. Deloitte & Touche LLP",
    )
    assert (case.jurisdiction_basis, case.status, case.date_terminated) == (
        "Federal Question",
        "terminated",
        datetime.date(2016, 12, 16),
    )
    assert (summary.parties.added, summary.counsel.added, summary.entries.added) == (4, 24, 3)
    assert summary.record.source == DocketImport.Source.COURTLISTENER
    assert list(case.docket_entries.order_by("sequence").values_list("entry_number", "pacer_seq_no")) == [
        (1, "7"),
        (2, "9"),
        (3, "15"),
    ]
    attachment = DocketAttachment.objects.get()
    assert (attachment.entry.entry_number, attachment.number, attachment.description) == (
        2,
        1,
        "standing orders and cmc order",
    )


def test_attorney_role_codes_become_flags_and_termination_dates():
    """Role 2 is lead, 1 to be noticed, 4 pro hac vice, 6 terminated on its date_action."""
    docket_import(content=fixture_bytes(), file_name="cand_2.json")
    kreger = Representation.objects.get(attorney__name="Wayne Scott Kreger", case_party__party__name="James Brady")
    assert (kreger.is_lead, kreger.to_be_noticed, kreger.date_terminated) == (True, True, datetime.date(2009, 6, 22))
    assert kreger.attorney.email == "wayne@kregerlaw.com"
    assert kreger.attorney.firm.name == "Law Offices of Wayne Kreger"
    assert Representation.objects.filter(pro_hac_vice=True).exists()


def test_the_same_docket_from_pacer_then_courtlistener_changes_nothing():
    """The PACER sheet and the CourtListener record of cand_2 are the same facts: the second import is a no-op."""
    sheet_import("cand_2")
    before = domain_snapshot()
    summary = docket_import(content=fixture_bytes(), file_name="cand_2.json")
    after = domain_snapshot()
    attachments = after.pop("filings.DocketAttachment")  # only CourtListener lists it
    before.pop("filings.DocketAttachment")
    assert after == before and len(attachments) == 1
    assert (summary.parties.changed, summary.counsel.changed, summary.entries.added) == (0, 0, 0)
    assert CaseParty.objects.count() == len(expected("cand_2")["parties"])


def test_entries_of_another_docket_are_left_out():
    """A file whose entries list holds three of another docket's entries imports only this docket's, and says so."""
    content = (COURTLISTENER / "cand_2_two_dockets.json").read_bytes()
    summary = docket_import(content=content, file_name="cand_2_two_dockets.json")
    entries = Case.objects.get().docket_entries.order_by("sequence")
    assert list(entries.values_list("entry_number", "pacer_seq_no")) == [(1, "7"), (2, "9"), (3, "15")]
    assert not entries.filter(description__contains="Balbo").exists()
    assert summary.warnings == ["3 docket entries of another docket were left out."]


def test_a_first_page_only_is_refused():
    """A paginated list with a next page left out would import half a docket: it is refused."""
    page = {"next": "https://www.courtlistener.com/api/rest/v4/docket-entries/?cursor=x", "results": []}
    with pytest.raises(DocketImportError, match="holds only the first page of docket_entries"):
        docket_import(content=fixture_bytes(docket_entries=page), file_name="cand_2.json")
    assert not Case.objects.exists()


def test_a_court_the_app_does_not_know_is_refused():
    """A court_id outside the Court table is named in the refusal."""
    with pytest.raises(DocketImportError, match='names the court "xxd"'):
        docket_import(content=fixture_bytes(court_id="xxd"), file_name="cand_2.json")


def test_a_dismissal_in_the_text_is_typed_but_its_rule_is_not_applied():
    """A notice of voluntary dismissal on an open docket is recorded as one; only the sheet's dates end a case."""
    docket = json.loads(fixture_bytes(date_terminated=None))
    docket["docket_entries"].append(
        {
            **docket["docket_entries"][-1],
            "entry_number": 4,
            "pacer_sequence_number": 20,
            "date_filed": "2008-03-01",
            "description": "NOTICE OF VOLUNTARY DISMISSAL without prejudice by James Brady.",
            "recap_documents": [],
        }
    )
    docket_import(content=json.dumps(docket).encode(), file_name="cand_2.json")
    case = Case.objects.get()
    assert (case.status, case.date_terminated, case.disposition) == ("open", None, "")
    notice = case.docket_entries.get(entry_number=4)
    assert notice.event_type.code == "notice_voluntary_dismissal"
