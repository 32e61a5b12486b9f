"""Importing in two halves: a file read into a sheet (nothing written), a sheet applied to its case (one seam call)."""

import pytest

from cases.models import Case
from filings.models import DocketEntry
from filings.recorded import Source, receiver_register, receiver_unregister
from imports.models import DocketImport
from imports.services import docket_sheet_apply, docket_sheet_read
from imports.sheet import DocketImportError

from .sheets import sheet_bytes, sheet_import

pytestmark = pytest.mark.django_db


def test_reading_a_sheet_writes_nothing():
    """A file becomes a DocketSheet of a known court; the database is untouched until it is applied."""
    sheet = docket_sheet_read(content=sheet_bytes("lamd"), file_name="lamd.html")
    assert (sheet.court_id, sheet.docket_number, len(sheet.entries)) == ("lamd", "3:17-cv-01352", 57)
    assert not Case.objects.exists() and not DocketImport.objects.exists()


def test_a_sheet_handed_over_without_a_file_imports_like_one(heard):
    """A webhook or API client applies a sheet directly: same case, same record, known by the sheet's digest."""
    sheet = docket_sheet_read(content=sheet_bytes("lamd"), file_name="lamd.html")
    summary = docket_sheet_apply(sheet=sheet)
    assert summary.entries.added == 57
    record = DocketImport.objects.get()
    assert len(record.sha256) == 64 and record.file_name == ""
    assert docket_sheet_apply(sheet=sheet).entries.added == 0


def test_an_import_tells_the_seam_what_it_added_and_applies_no_rule(heard):
    """The seam hears the import's new entries; the sheet's own dates and status stand, and a re-import is quiet."""
    summary = sheet_import("lamd")
    assert len(heard) == 1
    change = heard[0]
    assert (change.source, change.case, len(change.added), change.changed) == (Source.IMPORT, summary.case, 57, ())
    assert set(change.added) == set(DocketEntry.objects.filter(case=summary.case))
    sheet_import("lamd")
    assert len(heard) == 1


def test_a_receiver_that_fails_leaves_nothing_of_the_import(heard):
    """The seam runs inside the import's transaction: a failing receiver means no case and no record."""

    def refuse(change):
        raise DocketImportError("a receiver refused the import")

    receiver_register(refuse)
    try:
        with pytest.raises(DocketImportError, match="a receiver refused"):
            sheet_import("lamd")
    finally:
        receiver_unregister(refuse)
    assert not Case.objects.exists() and not DocketImport.objects.exists()


def test_a_sheet_of_an_unknown_court_is_refused_when_applied():
    """A sheet built by hand for a court the Court table lacks is refused, with nothing written."""
    sheet = docket_sheet_read(content=sheet_bytes("lamd"), file_name="lamd.html")
    sheet.court_id = "zzz"
    with pytest.raises(DocketImportError, match='"zzz" is not a court id'):
        docket_sheet_apply(sheet=sheet)
    assert not Case.objects.exists()
