"""Every real docket sheet, imported once, and the database checked against what the sheet says."""

import datetime

import pytest

from cases.docket_numbers import parse_docket_number
from cases.models import Attorney, Case, CaseParty, Representation
from filings.selectors import case_timeline
from imports.classify import party_role
from imports.models import DocketImport
from imports.sheet import DocketImportError

from .sheets import DOCKETS, NOT_DOCKETS, domain_snapshot, expected, sheet_import

pytestmark = pytest.mark.django_db


def day(value):
    return datetime.date.fromisoformat(value) if value else None


def collapsed(text):
    return " ".join((text or "").split())


@pytest.mark.parametrize("name", DOCKETS)
def test_sheet_is_imported_exactly(name):
    """Case, parties with roles and termination dates, counsel, and every entry match the sheet."""
    sheet = expected(name)
    summary = sheet_import(name)
    case = Case.objects.get()
    assert summary.case == case and summary.case_action == "created"
    assert_case_matches(case, sheet, court_id=name.split("_")[0])
    assert_parties_match(case, sheet)
    assert_counsel_match(case, sheet)
    assert_entries_match(case, sheet)
    assert (summary.parties.added, summary.entries.added) == (len(sheet["parties"]), len(sheet["docket_entries"]))


def assert_case_matches(case, sheet, *, court_id):
    number = parse_docket_number(sheet["docket_number"]).normalized
    assert (case.court_id, case.docket_number, case.case_name) == (court_id, number, sheet["case_name"])
    assert (case.assigned_to, case.referred_to) == (sheet["assigned_to_str"], sheet["referred_to_str"])
    assert (case.cause, case.nature_of_suit) == (sheet["cause"], sheet["nature_of_suit"])
    assert (case.jury_demand, case.jurisdiction_basis) == (sheet["jury_demand"], sheet["jurisdiction"])
    assert (case.date_filed, case.date_terminated) == (day(sheet["date_filed"]), day(sheet["date_terminated"]))
    assert case.status == ("terminated" if sheet["date_terminated"] else "open")
    assert case.disposition == ""


def assert_parties_match(case, sheet):
    parties = [
        (collapsed(p["name"]), party_role(p["type"]), p["type"], day(p["date_terminated"])) for p in sheet["parties"]
    ]
    stored = CaseParty.objects.filter(case=case).values_list("party__name", "role", "role_text", "date_terminated")
    assert sorted(stored) == sorted(parties)


def assert_counsel_match(case, sheet):
    listings = [(collapsed(p["name"]), a["name"]) for p in sheet["parties"] for a in p.get("attorneys", [])]
    appearances = Representation.objects.filter(case_party__case=case)
    assert sorted(appearances.values_list("case_party__party__name", "attorney__name")) == sorted(listings)
    attorneys = Attorney.objects.filter(representations__case_party__case=case).distinct()
    assert attorneys.count() == len({attorney for _, attorney in listings})


def assert_entries_match(case, sheet):
    entries = [
        (int(e["document_number"]) if e["document_number"] else None, day(e["date_filed"]), day(e["date_entered"]))
        + (e["description"], e["pacer_doc_id"] or "", e["pacer_seq_no"] or "")
        for e in sheet["docket_entries"]
    ]
    stored = case.docket_entries.order_by("sequence").values_list(
        "entry_number", "date_filed", "date_entered", "description", "pacer_doc_id", "pacer_seq_no"
    )
    assert list(stored) == entries


@pytest.mark.parametrize("name", sorted(NOT_DOCKETS))
def test_pages_that_are_not_dockets_are_refused_and_nothing_is_written(name):
    """The RECAP page and the PACER error page are refused with a message saying what they are."""
    before = domain_snapshot()
    with pytest.raises(DocketImportError, match="not a PACER docket report") as refusal:
        sheet_import(name)
    assert {"canb_1": "RECAP", "dcd_2": "Invalid date_from"}[name] in str(refusal.value)
    assert domain_snapshot() == before
    assert not DocketImport.objects.exists()


def test_milestones_reach_the_case_timeline():
    """cand_2's complaint and amended complaint are typed from their text and join the timeline; the order does not."""
    sheet_import("cand_2")
    timeline = case_timeline(case=Case.objects.get())
    assert [(item.date, item.entry.event_type.code) for item in timeline] == [
        (datetime.date(2008, 1, 10), "complaint"),
        (datetime.date(2008, 2, 8), "amended_complaint"),
    ]
