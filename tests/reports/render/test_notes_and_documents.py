"""The PDF's Notes section (when the export asks for it) and each entry's attachment lines, read back with pypdf."""

import io

import pytest
from django.core.files.base import ContentFile
from pypdf import PdfReader

from reports.render.document import part_render

from ...filings.factories import DocketEntryFactory
from ...notes.factories import NoteFactory
from .test_document import planned

pytestmark = pytest.mark.django_db
SITE = "https://casetracker.example.com"


def pdf_text(report) -> str:
    rendered = part_render(report, report.parts.get(), number_pages=True)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(rendered.pdf)).pages).split())


@pytest.fixture
def documented(reference_case, paralegal):
    """An entry with an imported attachment (no document) and an uploaded one; a note on the case and on the entry."""
    entry = DocketEntryFactory(case=reference_case, sequence=50, entry_number=12, description="DECLARATION of J. Roe.")
    entry.attachments.create(number=1, description="Exhibit A - Lease", pacer_doc_id="035123")
    uploaded = entry.attachments.create(
        number=2, description="Exhibit B <Emails>", file=ContentFile(b"%PDF-1.7", name="b.pdf")
    )
    note = NoteFactory(case=reference_case, author=paralegal, text="Client confirms <b>no</b> InMail was sent.")
    NoteFactory(case=reference_case, annotates=note, author=paralegal, text="Confirmed again by phone.")
    NoteFactory(case=reference_case, entry=entry, author=paralegal, text="Exhibit B is missing page 3.")
    return entry, uploaded


def test_notes_and_attachment_lines_print_when_chosen(documented, attorney, settings):
    """The Notes section holds each note with its author, entry and annotation; the entry lists its attachments,
    the uploaded one with the site's download address; markup prints as text."""
    settings.SITE_URL = SITE
    entry, uploaded = documented
    text = pdf_text(planned(entry.case, attorney, include_notes=True))
    assert "Notes The firm's own notes" in text
    assert "paralegal Client confirms <b>no</b> InMail was sent." in text
    assert "Annotation," in text and "paralegal: Confirmed again by phone." in text
    assert "· on ECF No. 12 of" in text and "Exhibit B is missing page 3." in text
    download = f"{SITE}/cases/{entry.case_id}/attachments/{uploaded.pk}/download/"
    assert "DECLARATION of J. Roe. Attachments: 1 Exhibit A - Lease; 2 Exhibit B <Emails> (https://" in text
    assert f"<Emails>({download})" in "".join(text.split())  # the address may wrap at the page's edge


def test_notes_are_left_out_unless_asked_for(documented, attorney):
    """Without the option, no Notes section and no note's text; the attachment lines print all the same."""
    entry, _ = documented
    text = pdf_text(planned(entry.case, attorney))
    assert "Client confirms" not in text and "The firm's own notes" not in text
    assert "Attachments: 1 Exhibit A - Lease; 2 Exhibit B <Emails>" in text
