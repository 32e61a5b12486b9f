"""The Attach page and the download: roles, walls, validation messages, and headers that keep the PDF private."""

import pytest
from django.urls import reverse

from cases import walls
from filings.models import DocketAttachment

from .factories import DocketEntryFactory
from .test_documents import PDF, pdf_upload, stored_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry():
    return DocketEntryFactory(entry_number=12, description="DECLARATION of Jane Roe in support of motion.")


def attach_url(entry):
    return reverse("filings:attach", args=[entry.case_id, entry.pk])


def test_a_paralegal_attaches_a_pdf_and_the_docket_links_it(client, paralegal, entry):
    """The Attach page saves the PDF; the case page's docket row links the permission-checked download."""
    client.force_login(paralegal)
    assert "DECLARATION of Jane Roe" in client.get(attach_url(entry)).content.decode()
    response = client.post(attach_url(entry), {"file": pdf_upload(), "description": "Exhibit 1 <Lease>"})
    attachment = DocketAttachment.objects.get()
    assert response.url == f"{entry.case.get_absolute_url()}?page=1#docket"
    page = client.get(entry.case.get_absolute_url()).content.decode()
    download = reverse("filings:attachment_download", args=[entry.case_id, attachment.pk])
    assert f'href="{download}"' in page
    assert "Attachment 1: Exhibit 1 &lt;Lease&gt;" in page
    assert attachment.file.url not in page


def test_a_file_that_is_not_a_pdf_is_refused_on_the_page_with_a_message(client, attorney, entry, media_root):
    """An HTML file named .pdf: the form says it is not a PDF; nothing is stored."""
    client.force_login(attorney)
    response = client.post(attach_url(entry), {"file": pdf_upload(b"<html></html>", "Order.pdf")})
    assert response.status_code == 200
    assert "This file is not a PDF" in response.content.decode()
    assert not DocketAttachment.objects.exists() and stored_files(media_root) == []


def test_the_download_is_the_pdf_kept_private(client, paralegal, entry):
    """The PDF itself, as an attachment with a plain file name, never cached, never sniffed."""
    client.force_login(paralegal)
    client.post(attach_url(entry), {"file": pdf_upload(name='../"evil"\r\n.pdf'), "description": 'Ex. "A"; rm -rf'})
    attachment = DocketAttachment.objects.get()
    response = client.get(reverse("filings:attachment_download", args=[entry.case_id, attachment.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="{entry.case.docket_number.replace(":", "-")} ECF 12-1 Ex. A rm -rf.pdf"'
    )
    assert "no-store" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_attachment_without_its_document_is_a_404(client, paralegal, entry):
    """An imported attachment known only by PACER's reference has nothing to download."""
    attachment = entry.attachments.create(number=1, description="Exhibit A", pacer_doc_id="035123")
    client.force_login(paralegal)
    assert client.get(reverse("filings:attachment_download", args=[entry.case_id, attachment.pk])).status_code == 404


def test_a_user_with_no_role_is_refused_both(client, django_user_model, entry):
    """No role: the Attach page and the download are 403s."""
    attachment = entry.attachments.create(number=1, description="Exhibit A")
    client.force_login(django_user_model.objects.create_user("norole"))
    assert client.get(attach_url(entry)).status_code == 403
    assert client.get(reverse("filings:attachment_download", args=[entry.case_id, attachment.pk])).status_code == 403


def test_behind_a_wall_upload_and_download_are_404s(client, paralegal, administrator, entry, media_root):
    """A case restricted to a team the paralegal is not on: both are 404s and nothing is stored."""
    client.force_login(administrator)
    client.post(attach_url(entry), {"file": pdf_upload()})
    attachment = DocketAttachment.objects.get()
    walls.case_restrict(entry.case)
    client.force_login(paralegal)
    assert client.post(attach_url(entry), {"file": pdf_upload()}).status_code == 404
    download = reverse("filings:attachment_download", args=[entry.case_id, attachment.pk])
    assert client.get(download).status_code == 404
    assert DocketAttachment.objects.count() == 1 and len(stored_files(media_root)) == 1


def test_an_attachment_is_reached_only_through_its_own_case(client, paralegal, entry):
    """Under another case's address, an attachment is a 404."""
    attachment = entry.attachments.create(number=1, description="Exhibit A")
    other = DocketEntryFactory()
    client.force_login(paralegal)
    assert client.get(reverse("filings:attachment_download", args=[other.case_id, attachment.pk])).status_code == 404
    assert client.get(reverse("filings:attach", args=[other.case_id, entry.pk])).status_code == 404
