"""PACER pages that are not docket reports are refused naming what they are, and write nothing.

The pages are constructed (see tests/data/SOURCES.md): small, with the title, headings and links PACER gives
each kind of page, and no docket.
"""

import pytest

from cases.models import Case
from imports.page_kinds import other_kind
from imports.services import docket_import
from imports.sheet import DocketImportError

from .sheets import DATA, DOCKETS, sheet_bytes

pytestmark = pytest.mark.django_db

KINDS = DATA / "pacer-dockets" / "page-kinds"
APPELLATE = DATA / "pacer-dockets" / "appellate"
REFUSED = {
    "canb_claims_register.html": "This is a PACER claims register",
    "cand_document_selection.html": "This is a PACER document selection page",
    "ca9_documents_attached.html": "This is a PACER document selection page",
    "cand_history_documents.html": "This is a PACER History/Documents page",
    "nysb_case_summary.html": "This is a PACER case summary",
    "cand_case_query.html": "This is a PACER case query page",
}


@pytest.mark.parametrize(("name", "said"), REFUSED.items())
def test_a_page_of_another_kind_is_refused_naming_the_kind(name, said):
    """The message names the kind of page and says which page to save instead; no case is made."""
    with pytest.raises(DocketImportError, match=said) as refused:
        docket_import(content=(KINDS / name).read_bytes(), file_name=name)
    assert "not a docket report" in str(refused.value) and "Docket Report" in str(refused.value)
    assert not Case.objects.exists()


@pytest.mark.parametrize("name", DOCKETS)
def test_no_district_or_bankruptcy_docket_is_taken_for_another_kind(name):
    """Every real docket report in the data reads as a docket: none of its headings names another kind."""
    assert other_kind(sheet_bytes(name).decode("utf-8", errors="replace")) == ""


def test_the_bankruptcy_dockets_are_not_taken_for_another_kind():
    """A bankruptcy docket mentions claims; its headings do not call it a claims register."""
    pages = sorted((DATA / "pacer-dockets" / "bankruptcy").glob("*.html"))
    assert pages and [page.name for page in pages if other_kind(page.read_text(errors="replace"))] == []


def test_the_old_messages_for_appellate_pages_are_gone():
    """An appellate page no longer reads as a district docket with no number or a page juriscraper cannot read."""
    for path in sorted(APPELLATE.glob("*.html")):
        docket_import(content=path.read_bytes(), file_name=path.name)  # ca9_1 and ca9_2 are one appeal
    assert sorted(Case.objects.values_list("court_id", flat=True)) == ["bap9", "ca1", "ca9", "cadc"]


def test_a_page_that_is_no_pacer_page_is_still_refused_as_not_a_docket():
    """A page of no kind named here gets the reason the reader finds, as before."""
    page = b"<html><head><title>Notes</title></head><body><p>Nothing here.</p></body></html>"
    with pytest.raises(DocketImportError, match="This page is not a PACER docket report"):
        docket_import(content=page, file_name="cand_notes.html")
