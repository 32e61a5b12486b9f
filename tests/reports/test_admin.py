"""The reports' admin links a PDF through the permission-checked download view, never a /media/ address."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from .factories import ReportFactory, ReportPartFactory

pytestmark = pytest.mark.django_db


def test_the_report_admin_links_the_download_view_not_media(admin_client, reference_case, attorney):
    """The list and the change page link reports:download, and the link serves the file; no page names /media/."""
    report = ReportFactory(case=reference_case, requested_by=attorney, ready=True)
    part = ReportPartFactory(report=report, index=0, status="done")
    part.file.save("part.pdf", ContentFile(b"%PDF-1.7 part"))  # a part's own file, named but not linked
    download = reverse("reports:download", args=[report.pk])
    pages = [
        reverse("admin:reports_report_changelist"),
        reverse("admin:reports_report_change", args=[report.pk]),
        reverse("admin:reports_reportpart_changelist"),
        reverse("admin:reports_reportpart_change", args=[part.pk]),
    ]
    for url in pages:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert "/media/" not in response.content.decode(), url
    for url in pages[:2]:
        assert f'href="{download}"' in admin_client.get(url).content.decode(), url
    assert b"".join(admin_client.get(download).streaming_content) == b"%PDF-1.7 test"
