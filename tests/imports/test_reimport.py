"""Importing again: the same sheet changes nothing, a newer sheet adds only what is new, nothing is lost."""

import datetime

import pytest

from cases.models import Case, CaseParty, CauseOfAction, Claim
from filings.models import DocketEntry, EventType
from filings.services import fact_record
from imports.models import DocketImport
from imports.services import docket_import

from .sheets import domain_snapshot, expected, sheet_bytes, sheet_import, without_last_entries

pytestmark = pytest.mark.django_db


def older_lamd(count=5):
    """lamd's sheet as it stood `count` entries earlier."""
    html = sheet_bytes("lamd").decode()
    return without_last_entries(html, count).encode("utf-8")


def test_importing_the_same_sheet_again_changes_nothing():
    """A second import of cacd writes no row and changes no field, and says so."""
    sheet_import("cacd")
    before = domain_snapshot()
    summary = sheet_import("cacd")
    assert domain_snapshot() == before
    assert summary.case_action == "unchanged"
    for tally in (summary.parties, summary.counsel, summary.entries):
        assert (tally.added, tally.changed) == (0, 0) and tally.unchanged > 0
    assert summary.entries.unchanged == 47


def test_every_import_is_recorded_in_the_case_history_and_import_log(administrator):
    """Each import adds one version to the case's history, naming who and the file, and one import record."""
    sheet_import("cacd", user=administrator)
    sheet_import("cacd", user=administrator)
    case = Case.objects.get()
    versions = list(case.history.order_by("history_date"))
    assert [v.history_type for v in versions] == ["+", "~"]
    assert all(v.history_user == administrator for v in versions)
    assert versions[0].history_change_reason.startswith("Imported PACER sheet ")
    assert versions[0].history_change_reason.endswith("47 entries added, 0 changed")
    assert versions[1].history_change_reason.endswith("0 entries added, 0 changed")
    records = list(DocketImport.objects.filter(case=case).order_by("imported_at"))
    assert [(r.file_name, r.imported_by, r.source) for r in records] == [("cacd.html", administrator, "pacer_html")] * 2
    assert records[0].sha256 == records[1].sha256 and len(records[0].sha256) == 64
    assert records[0].counts["entries"] == {"added": 47, "changed": 0, "unchanged": 0}
    assert DocketEntry.history.filter(case_id=case.pk, history_type="+").count() == 47


def test_a_newer_sheet_adds_only_the_new_entries():
    """lamd imported five entries short, then whole: the five are added, the 52 stay as they were."""
    docket_import(content=older_lamd(), file_name="lamd.html")
    first_ids = set(DocketEntry.objects.values_list("pk", flat=True))
    summary = docket_import(content=sheet_bytes("lamd"), file_name="lamd.html")
    assert (summary.entries.added, summary.entries.changed, summary.entries.unchanged) == (5, 0, 52)
    assert DocketEntry.objects.count() == 57
    assert first_ids < set(DocketEntry.objects.values_list("pk", flat=True))
    descriptions = list(DocketEntry.objects.order_by("sequence").values_list("description", flat=True))
    assert descriptions == [entry["description"] for entry in expected("lamd")["docket_entries"]]


def test_a_real_later_sheet_adds_parties_and_entries():
    """nysd_491943 then nysd_2, two sheets of 1:18-mj-03161: the later one adds 3 parties and 1 entry."""
    sheet_import("nysd_491943")
    summary = sheet_import("nysd_2")
    assert summary.case_action == "unchanged"  # the caption, judge and dates are the same on both
    assert (summary.parties.added, summary.parties.unchanged) == (3, 4)
    assert (summary.entries.added, summary.entries.unchanged) == (1, 0)
    assert Case.objects.count() == 1
    assert CaseParty.objects.count() == 7


def test_a_sheet_that_lists_less_removes_nothing():
    """cand_4 (no parties, no entries) after cand_3 keeps both parties and the entry."""
    sheet_import("cand_3")
    before = domain_snapshot()
    summary = sheet_import("cand_4")
    assert domain_snapshot() == before
    assert summary.case_action == "unchanged"


def test_repeated_entry_numbers_are_kept_and_stay_single_on_reimport():
    """nysd_4606 numbers two entries 12: both are stored, said so, and a re-import duplicates neither."""
    summary = sheet_import("nysd_4606")
    assert summary.warnings == ["The sheet numbers two entries 12; both are kept, as the court shows."]
    twelve = DocketEntry.objects.filter(entry_number=12).order_by("sequence")
    assert [entry.number_repeated for entry in twelve] == [False, True]
    again = sheet_import("nysd_4606")
    assert (again.entries.added, again.entries.changed) == (0, 0)
    assert DocketEntry.objects.filter(entry_number=12).count() == 2


def test_claims_chronology_and_admin_edits_survive_a_newer_sheet():
    """What the sheet does not carry is kept: claims, facts, a short name, an entry's event type, a description."""
    docket_import(content=older_lamd(), file_name="lamd.html")
    case = Case.objects.get()
    Case.objects.filter(pk=case.pk).update(short_name="Roddy v. Babin", is_class_action=True)
    claim = Claim.objects.create(case=case, count_number=1, cause_of_action=CauseOfAction.objects.first())
    fact = fact_record(case=case, date=datetime.date(2017, 6, 1), description="The arrest.", date_precision="month")
    first = case.docket_entries.get(entry_number=1)
    first.event_type = EventType.objects.get(code="other")
    first.save()
    CaseParty.objects.filter(case=case).update(description="as named in the complaint")
    sheet_import("lamd")
    case.refresh_from_db()
    assert (case.short_name, case.is_class_action) == ("Roddy v. Babin", True)
    assert list(case.claims.all()) == [claim] and list(case.facts.all()) == [fact]
    assert case.docket_entries.get(entry_number=1).event_type.code == "other"
    descriptions = dict(CaseParty.objects.values_list("party__name", "description"))
    assert descriptions == {  # the sheet describes the district attorney, not the plaintiff
        "Lucas Joseph Roddy": "as named in the complaint",
        "Ricky Babin": "District Attorney, 23rd Judicial District of Louisiana",
    }


def test_fields_the_sheet_carries_follow_the_sheet():
    """A caption or entry text changed by hand is set back to the court's words by the next import."""
    sheet_import("cand_2")
    case = Case.objects.get()
    Case.objects.filter(pk=case.pk).update(case_name="Brady v. Deloitte")
    case.docket_entries.filter(entry_number=1).update(description="Complaint")
    summary = sheet_import("cand_2")
    assert (summary.case_action, summary.entries.changed) == ("updated", 1)
    case.refresh_from_db()
    assert case.case_name == "Brady v. Deloitte & Touche LLP"
    assert case.docket_entries.get(entry_number=1).description.startswith("COMPLAINT (summons issued)")


def test_entries_typed_in_before_an_import_are_adopted_not_duplicated(reference_case):
    """An entry No. 3 typed in by hand is the sheet's No. 3 when that sheet is imported."""
    case = Case.objects.create(court_id="cand", docket_number="3:08-cv-00177", case_name="Brady v. Deloitte")
    DocketEntry.objects.create(
        case=case, entry_number=3, sequence=1, date_filed=datetime.date(2008, 2, 8), description="Amended complaint"
    )
    summary = sheet_import("cand_2")
    assert (summary.entries.added, summary.entries.changed) == (2, 1)
    assert case.docket_entries.count() == 3
    assert case.docket_entries.get(entry_number=3).description.startswith("First AMENDED COMPLAINT")


def test_a_terminated_date_terminates_the_case_but_applies_no_docket_rule():
    """cand_2's sheet ends the case on 2016-12-16; no disposition is guessed from the docket text."""
    sheet_import("cand_2")
    case = Case.objects.get()
    assert (case.status, case.date_terminated, case.disposition) == ("terminated", datetime.date(2016, 12, 16), "")
    assert case.docket_entries.get(entry_number=1).event_type.code == "complaint"
    assert case.docket_entries.get(entry_number=3).event_type.code == "amended_complaint"
