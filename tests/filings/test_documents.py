"""Attaching a filed PDF: checked by its content, bounded, numbered after the last, stored and recorded, or nothing."""

import hashlib
from pathlib import Path
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError

from filings.documents import attachment_add
from filings.models import DocketAttachment

from .factories import DocketEntryFactory

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def pdf_upload(content: bytes = PDF, name: str = "Exhibit A.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def stored_files(media_root) -> list[Path]:
    return [path for path in Path(media_root).rglob("*") if path.is_file()]


def test_a_pdf_is_stored_numbered_after_the_last_attachment_and_recorded(paralegal, media_root):
    """After an imported attachment 3, an upload is attachment 4, with its name, size, SHA-256, who and when."""
    entry = DocketEntryFactory()
    entry.attachments.create(number=3, description="Exhibit C", pacer_doc_id="035123")
    attachment = attachment_add(entry=entry, upload=pdf_upload(), user=paralegal, description="Exhibit D")
    assert (attachment.number, attachment.description, attachment.file_name) == (4, "Exhibit D", "Exhibit A.pdf")
    assert (attachment.file_size, attachment.file_sha256) == (len(PDF), hashlib.sha256(PDF).hexdigest())
    assert attachment.uploaded_by == paralegal and attachment.uploaded_at is not None
    assert attachment.file.read() == PDF
    assert attachment.file.name.startswith("attachments/") and "Exhibit" not in attachment.file.name
    assert stored_files(media_root) == [Path(attachment.file.path)]
    assert attachment.history.count() == 1


def test_the_first_upload_is_attachment_one_described_by_its_file_name(paralegal):
    """With no description, the file's name (without .pdf) says what it is."""
    attachment = attachment_add(entry=DocketEntryFactory(), upload=pdf_upload(name="Declaration.pdf"), user=paralegal)
    assert (attachment.number, attachment.description) == (1, "Declaration")


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"<html>not a pdf</html>", "Complaint.pdf", "not a PDF"),  # a PDF by its name only
        (b"GIF89a%PDF-", "scan.pdf", "not a PDF"),
        (b"", "empty.pdf", "empty"),
    ],
)
def test_a_file_that_is_not_a_pdf_is_refused_and_nothing_is_stored(paralegal, media_root, content, name, message):
    """The content decides, not the name; nothing reaches storage or the database."""
    with pytest.raises(ValidationError, match=message):
        attachment_add(entry=DocketEntryFactory(), upload=pdf_upload(content, name), user=paralegal)
    assert not DocketAttachment.objects.exists() and stored_files(media_root) == []


def test_a_file_over_the_size_limit_is_refused_with_the_limit(paralegal, settings, media_root):
    """ATTACHMENT_MAX_BYTES bounds an upload; the message gives both sizes."""
    settings.ATTACHMENT_MAX_BYTES = 1024
    with pytest.raises(ValidationError, match=r"2\.0 KB; an attachment may be at most 1\.0 KB"):
        attachment_add(entry=DocketEntryFactory(), upload=pdf_upload(PDF + b" " * 2048), user=paralegal)
    assert stored_files(media_root) == []


def test_a_row_that_cannot_be_saved_leaves_no_file_behind(paralegal, media_root):
    """If the database refuses the row after the file was stored, the file is removed too."""
    entry = DocketEntryFactory()
    with (
        mock.patch.object(DocketAttachment, "save", side_effect=IntegrityError("refused")),
        pytest.raises(IntegrityError),
    ):
        attachment_add(entry=entry, upload=pdf_upload(), user=paralegal)
    assert not DocketAttachment.objects.exists()
    assert stored_files(media_root) == []
