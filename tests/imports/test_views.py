"""Importing a sheet from the site: paralegals and attorneys may, and land on the case with its new deadlines."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cases.models import Case

from .sheets import sheet_bytes

pytestmark = pytest.mark.django_db
UPLOAD = reverse("imports:upload")


def sheet(name="lamd", content=None):
    return SimpleUploadedFile(f"{name}.html", content if content is not None else sheet_bytes(name), "text/html")


@pytest.mark.parametrize("role", ["paralegal", "attorney"])
def test_a_paralegal_or_attorney_imports_and_lands_on_the_cases_deadlines(client, request, role):
    """The import's summary is shown on the case page, at its Deadlines and hearings panel."""
    client.force_login(request.getfixturevalue(role))
    response = client.post(UPLOAD, {"file": sheet()})
    case = Case.objects.get(docket_number="3:17-cv-01352")
    assert response.status_code == 302 and response["Location"] == case.get_absolute_url() + "#deadlines"
    page = client.get(response["Location"]).content.decode()
    assert "Docket entries: 57 added, 0 changed, 0 unchanged" in page and "Answer due: Ricky Babin" in page


def test_a_bad_file_is_refused_at_the_form_and_nothing_is_written(client, paralegal):
    """The message says what is wrong; no case is made."""
    client.force_login(paralegal)
    response = client.post(UPLOAD, {"file": sheet(content=b"   ")})
    assert response.status_code == 200 and "Nothing was imported. The file is empty." in response.content.decode()
    assert not Case.objects.exists()


def test_a_user_without_a_role_may_not_import(client, django_user_model):
    """403 on the page and on a post."""
    client.force_login(django_user_model.objects.create_user("visitor"))
    assert client.get(UPLOAD).status_code == 403
    assert client.post(UPLOAD, {"file": sheet()}).status_code == 403
    assert not Case.objects.exists()
