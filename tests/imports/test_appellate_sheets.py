"""Appellate dockets (CM/ECF's General Docket and ACMS's JSON) import into their case as juriscraper reads them."""

import dataclasses
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from cases.docket_numbers import parse_docket_number
from cases.models import Case, CaseParty, Court, Representation
from cases.services import name_normalize
from filings.models import DocketEntry
from imports.appellate_sheet import NO_TITLE
from imports.classify import party_role
from imports.models import DocketImport
from imports.restricted import WITHHELD, a_numbers_removed
from imports.services import docket_import, docket_sheet_read
from imports.sheet import DocketImportError

from .sheets import DATA, domain_snapshot

pytestmark = pytest.mark.django_db

APPELLATE = DATA / "pacer-dockets" / "appellate"
SHEETS = sorted(path.name for path in APPELLATE.iterdir() if path.suffix in (".html", ".acms_json"))
SOURCES = {".html": DocketImport.Source.PACER_APPELLATE, ".acms_json": DocketImport.Source.ACMS}
A_NUMBER_DIGITS = re.compile(r"022\W?317\W?477")  # the petitioner's A-number in ca9_22-21, however written


def appellate_bytes(name: str) -> bytes:
    return (APPELLATE / name).read_bytes()


def expected(name: str) -> dict:
    """What juriscraper reads from the file, as its own test examples record it."""
    return json.loads((APPELLATE / f"{Path(name).stem}.json").read_text(encoding="utf-8"))


def appellate_import(name: str, **kwargs):
    return docket_import(content=appellate_bytes(name), file_name=name, **kwargs)


def day(value) -> date | None:
    """A JSON date or ACMS moment ("2023-09-29T00:00:00") as the day it is."""
    return date.fromisoformat(value[:10]) if value else None


def entry_number(entry: dict):
    """Where a court numbers no entries, juriscraper gives the document id as the number: stored as none."""
    number = str(entry.get("document_number") or "")
    return int(number) if number.isdigit() and number != str(entry.get("pacer_doc_id") or "") else None


def test_the_data_holds_the_seven_appellate_sheets():
    """Five CM/ECF pages and two ACMS files, each beside its JSON."""
    assert len(SHEETS) == 7 and all((APPELLATE / f"{Path(name).stem}.json").exists() for name in SHEETS)


@pytest.mark.parametrize("name", SHEETS)
def test_the_case_holds_what_the_sheet_says(name):
    """Court, number (normalized), name and dates, from the reader the file's content calls for."""
    data = expected(name)
    summary = appellate_import(name)
    case = Case.objects.get()
    number = parse_docket_number(data["docket_number"], kind="appellate").normalized
    assert (case.court_id, case.docket_number) == (data["court_id"], number)
    assert case.case_name == name_normalize(data["case_name"])
    assert case.date_filed == day(data["date_filed"])
    assert case.date_terminated == day(data.get("date_terminated"))
    assert summary.record.source == SOURCES[Path(name).suffix]


@pytest.mark.parametrize("name", SHEETS)
def test_every_party_has_its_role_and_counsel(name):
    """Each party once per role, with the sheet's wording kept, and every attorney who appears for it."""
    data = expected(name)
    appellate_import(name)
    stored = {(link.party.name, link.role): link for link in CaseParty.objects.select_related("party")}
    for party in data["parties"]:
        link = stored[(name_normalize(party["name"]), party_role(party["type"]))]
        assert " ".join(party["type"].split()) in link.role_text
        counsel = set(Representation.objects.filter(case_party=link).values_list("attorney__name", flat=True))
        assert counsel == {NO_TITLE.sub("", " ".join(a["name"].split())) for a in party["attorneys"]}
    assert len(stored) == len({(name_normalize(p["name"]), party_role(p["type"])) for p in data["parties"]})


@pytest.mark.parametrize("name", SHEETS)
def test_every_entry_has_its_number_dates_and_text(name):
    """In the sheet's order: number (none where the court numbers none), dates as the court's days, text."""
    data = expected(name)
    appellate_import(name)
    stored = list(DocketEntry.objects.order_by("sequence"))
    assert len(stored) == len(data["docket_entries"])
    for row, entry in zip(stored, data["docket_entries"], strict=True):
        assert row.entry_number == entry_number(entry)
        assert (row.date_filed, row.date_entered) == (day(entry["date_filed"]), day(entry.get("date_entered")))
        assert row.description == a_numbers_removed(entry["description"])
        assert row.pacer_doc_id == (entry.get("pacer_doc_id") or "").replace("-", "")
        assert row.page_count == (entry.get("page_count") or None)


@pytest.mark.parametrize("name", SHEETS)
def test_a_second_import_changes_nothing(name):
    """Every row as it was, and the summary says every part is unchanged."""
    appellate_import(name)
    before = domain_snapshot()
    summary = appellate_import(name)
    assert domain_snapshot() == before
    assert summary.case_action == "unchanged"
    assert all(tally.added == tally.changed == 0 for _, tally in summary.tallies)


@pytest.mark.parametrize("name", SHEETS)
def test_the_sheet_carries_the_appeal_and_the_case_below(name):
    """SheetAppeal holds the case type, fee status, panel and every field of the originating court."""
    data, below = expected(name), expected(name).get("originating_court_information") or {}
    appeal = docket_sheet_read(content=appellate_bytes(name), file_name=name).appeal
    assert (appeal.case_type, appeal.fee_status) == (data["case_type_information"], data["fee_status"])
    assert appeal.panel == " ".join(data.get("panel") or [])
    assert appeal.appeal_from.startswith(" ".join(data["appeal_from"].split()))
    known = below.get("court_id") if Court.objects.filter(pk=below.get("court_id") or "").exists() else ""
    assert appeal.originating_court_id == known
    fields = {
        "originating_docket_number": "docket_number",
        "originating_judge": "assigned_to",
        "ordering_judge": "ordering_judge",
        "court_reporter": "court_reporter",
        "disposition_below": "disposition",
    }
    for mine, theirs in fields.items():
        assert getattr(appeal, mine) == (below.get(theirs) or "")
    dates = {
        "originating_date_filed": "date_filed",
        "date_judgment": "date_judgment",
        "date_judgment_entered": "date_judgment_eod",
        "date_notice_of_appeal": "date_filed_noa",
        "date_disposed_below": "date_disposed",
    }
    for mine, theirs in dates.items():
        assert getattr(appeal, mine) == day(below.get(theirs))


def test_cm_ecf_names_the_court_below_by_its_id():
    """The Ninth Circuit's sheet links the District of Hawaii's case: hid, No. 1:17-cv-00050, received 3/30/2017."""
    appeal = docket_sheet_read(content=appellate_bytes("ca9_1.html"), file_name="ca9_1.html").appeal
    assert (appeal.originating_court_id, appeal.originating_docket_number) == ("hid", "1:17-cv-00050")
    assert appeal.date_received == date(2017, 3, 30)


def test_acms_names_the_court_below_only_in_words():
    """No court id is guessed from "S.D.N.Y . (NEW YORK CITY)"; the words are kept, and the day received is the
    court's day (ACMS gives the moment in UTC)."""
    appeal = docket_sheet_read(content=appellate_bytes("ca2_23-7222.acms_json"), file_name="ca2_23-7222.acms_json")
    assert appeal.appeal.originating_court_id == "" and appeal.appeal.appeal_from == "S.D.N.Y . (NEW YORK CITY)"
    assert appeal.appeal.date_received == date(2023, 10, 2)


def test_the_later_sheet_of_an_appeal_updates_the_same_case_in_place():
    """ca9_1 (a summary) then ca9_2 (the full docket): one case, its entries and parties added to it."""
    first = appellate_import("ca9_1.html")
    entries = set(DocketEntry.objects.values_list("pk", flat=True))
    second = appellate_import("ca9_2.html")
    assert second.case.pk == first.case.pk and Case.objects.count() == 1
    assert second.entries.added == 4 and second.parties.added == len(expected("ca9_2.html")["parties"])
    assert entries <= set(DocketEntry.objects.values_list("pk", flat=True))
    assert DocketEntry.objects.count() == len(expected("ca9_2.html")["docket_entries"])
    before = domain_snapshot()
    assert appellate_import("ca9_2.html").entries.added == 0 and domain_snapshot() == before


def test_appellants_and_appellees_have_their_own_roles():
    """ "Defendant - Appellant" is an appellant in the appeal, "AppelleeUSA" an appellee, the wording kept."""
    appellate_import("ca9_2.html")
    appellate_import("ca2_23-7222.acms_json")
    trump = CaseParty.objects.get(party__name__startswith="DONALD J. TRUMP")
    usa = CaseParty.objects.get(case__court_id="ca2", party__name="UNITED STATES OF AMERICA")
    assert (trump.role, trump.role_text) == ("appellant", "Defendant - Appellant")
    assert (usa.role, usa.role_text) == ("appellee", "AppelleeUSA")


def test_appellate_counsel_flags_and_contacts_are_read():
    """ "COR LD NTC Retained": lead, to be noticed, retained; "Direct:" is the phone, the firm its own line."""
    appellate_import("ca1.html")
    rep = Representation.objects.select_related("attorney__firm").get(attorney__name="Richard A. Oetheimer")
    assert (rep.is_lead, rep.to_be_noticed, rep.designation) == (False, True, "Retained")
    assert rep.attorney.phone == "617-570-1259" and rep.attorney.fax == "617-523-1231"
    assert rep.attorney.firm.name == "Goodwin Procter LLP"
    pro_se = Representation.objects.get(attorney__name="John Fitzgerald")
    assert pro_se.designation == "Pro Se" and pro_se.is_pro_se


def test_the_a_number_is_nowhere_in_the_sheet_or_the_database():
    """ACMS's RESTRICTED_ALIEN_NUMBER, and the A-number beside the petitioner's name, are never kept."""
    name = "ca9_22-21.acms_json"
    assert A_NUMBER_DIGITS.search(appellate_bytes(name).decode())  # the file holds it...
    sheet = docket_sheet_read(content=appellate_bytes(name), file_name=name)
    assert not A_NUMBER_DIGITS.search(json.dumps(dataclasses.asdict(sheet), default=str))
    appellate_import(name)
    dump = io.StringIO()
    call_command("dumpdata", stdout=dump)
    assert not A_NUMBER_DIGITS.search(dump.getvalue()) and "RESTRICTED" not in dump.getvalue()
    petitioner = CaseParty.objects.get(role="petitioner")
    assert petitioner.description == ""  # the line that held only the A-number is gone


def test_an_a_number_anywhere_in_a_sheet_is_withheld(tmp_path):
    """In an entry's text and in a party's description, written any of the ways the courts write one."""
    data = json.loads(appellate_bytes("ca9_22-21.acms_json"))
    entries = data["docketInfo"]["docketEntries"]
    entries[0]["docketEntryText"] = (
        "<p>PETITION FOR REVIEW for A 012 345 678 and A12345678. [Entered: 01/05/2022 11:15:00 AM]</p>"
    )
    data["caseDetails"]["partyAttorneyList"] = data["caseDetails"]["partyAttorneyList"].replace(
        "A022-317-477", "also known as Jose Lopez, Alien No. 012-345-678"
    )
    docket_import(content=json.dumps(data).encode(), file_name="ca9_22-21.acms_json")
    entry = DocketEntry.objects.get(entry_number=1)
    assert entry.description.startswith(f"PETITION FOR REVIEW for {WITHHELD} and {WITHHELD}.")
    petitioner = CaseParty.objects.get(role="petitioner")
    assert petitioner.description == f"also known as Jose Lopez, Alien No. {WITHHELD}"
    dump = io.StringIO()
    call_command("dumpdata", stdout=dump)
    assert not re.search(r"012\W?345\W?678|12345678", dump.getvalue())


@pytest.mark.parametrize(
    ("name", "file_name", "court", "source", "court_id"),
    [
        ("ca9_1.html", "docket.html", "", DocketImport.Source.PACER_APPELLATE, "ca9"),
        ("bap9_15-1074.html", "page.html", "", DocketImport.Source.PACER_APPELLATE, "bap9"),
        ("cadc_1.html", "cand_saved.html", "", DocketImport.Source.PACER_APPELLATE, "cadc"),
        ("ca2_23-7222.acms_json", "download.json", "ca2", DocketImport.Source.ACMS, "ca2"),
        ("ca9_22-21.acms_json", "ca9_case.json", "", DocketImport.Source.ACMS, "ca9"),
    ],
)
def test_the_reader_and_court_come_from_the_content_not_the_file_name(name, file_name, court, source, court_id):
    """A page's own marks choose the reader; its caption or hosts the court (a panel served from its circuit's
    host is the panel); a file named for another court, or a .json, makes no difference."""
    summary = docket_import(content=appellate_bytes(name), file_name=file_name, court_id=court)
    assert (summary.record.source, summary.case.court_id) == (source, court_id)


def test_a_court_given_that_contradicts_the_page_is_refused():
    """The Ninth Circuit's page given as the First Circuit's: refused, naming both, nothing written."""
    with pytest.raises(DocketImportError, match=r"The sheet is from ca9 .*, but the court given is ca1"):
        appellate_import("ca9_1.html", court_id="ca1")
    assert not Case.objects.exists()


def test_an_appellate_docket_given_a_trial_court_is_refused():
    """ACMS names no court of its own; a district court given for it is refused, as is no court at all."""
    with pytest.raises(DocketImportError, match="is not a court of appeals or a bankruptcy appellate panel"):
        docket_import(content=appellate_bytes("ca2_23-7222.acms_json"), file_name="x.json", court_id="nysd")
    with pytest.raises(DocketImportError, match="does not say which court it is from"):
        docket_import(content=appellate_bytes("ca2_23-7222.acms_json"), file_name="download.json")
    assert not Case.objects.exists()


def test_a_broken_acms_file_says_which_reader_failed():
    """A field ACMS always serves, missing: juriscraper's ACMS reader is named, and the field."""
    data = json.loads(appellate_bytes("ca2_23-7222.acms_json"))
    del data["caseDetails"]["caseNumber"]
    with pytest.raises(DocketImportError, match=r"ACMS docket reader .* the field 'caseNumber' is missing"):
        docket_import(content=json.dumps(data).encode(), file_name="ca2_x.acms_json")


def test_a_broken_appellate_page_says_which_reader_failed():
    """An appellate page whose case stub section has lost its mark: juriscraper's appellate reader is named."""
    page = appellate_bytes("ca9_1.html").decode().replace("NEW SECTION - Case Stub", "NEW SECTION - Stub")
    with pytest.raises(DocketImportError, match=r"appellate docket reader \(AppellateDocketReport\)"):
        docket_import(content=page.encode(), file_name="ca9_1.html")


def test_the_command_imports_appellate_and_acms_files(capsys):
    """import_docket reads a CM/ECF appellate page and an ACMS file by their content."""
    call_command("import_docket", str(APPELLATE / "ca1.html"))
    call_command("import_docket", str(APPELLATE / "ca9_22-21.acms_json"))
    out = capsys.readouterr().out
    assert "No. 10-1095 (ca1): new case opened." in out and "No. 22-21 (ca9): new case opened." in out


@pytest.mark.parametrize("name", ["cadc_1.html", "ca2_23-7222.acms_json"])
def test_the_upload_form_imports_appellate_and_acms_files(client, paralegal, name):
    """A paralegal uploads an appellate page or an ACMS file and lands on its case."""
    client.force_login(paralegal)
    upload = SimpleUploadedFile(name, appellate_bytes(name), "application/octet-stream")
    response = client.post(reverse("imports:upload"), {"file": upload})
    case = Case.objects.get()
    assert response.status_code == 302 and response["Location"] == case.get_absolute_url() + "#deadlines"
