"""The admin upload: administrators import a sheet and see what changed; nobody else can."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cases.models import Case
from imports.models import DocketImport

from .sheets import sheet_bytes

pytestmark = pytest.mark.django_db
UPLOAD = reverse("admin:imports_docketimport_add")


def upload(name, content=None, court=""):
    return {
        "file": SimpleUploadedFile(name, sheet_bytes(name.split(".")[0]) if content is None else content),
        "court": court,
    }


def test_administrator_imports_a_sheet_and_sees_the_summary(admin_client, administrator):
    """Uploading cacd opens the case and shows the counts; the import is recorded under the administrator."""
    response = admin_client.post(UPLOAD, upload("cacd.html"))
    assert response.status_code == 200
    page = response.content.decode()
    case = Case.objects.get()
    assert "LA Printex Industries Inc v. Daffy&#x27;s Inc, No. 2:06-cv-00350 (cacd)</a>:" in page
    assert "new case opened." in page
    assert '<th scope="row">Docket entries</th><td>47</td><td>0</td><td>0</td>' in page
    assert DocketImport.objects.get().imported_by == administrator
    assert case.history.get().history_user == administrator


def test_a_bad_file_is_shown_on_the_form_and_nothing_is_written(admin_client):
    """The importer's refusal appears on the form itself."""
    response = admin_client.post(UPLOAD, upload("cacd.html", court="cand"))
    assert response.status_code == 200
    assert "Nothing was imported. The sheet is from cacd (C.D. Cal.), but the court given is cand" in (
        response.content.decode()
    )
    assert not Case.objects.exists()


def test_an_empty_upload_is_refused_on_the_form(admin_client):
    """An empty file gets the form's own message."""
    response = admin_client.post(UPLOAD, upload("cacd.html", content=b""))
    assert "The submitted file is empty." in response.content.decode()
    assert not Case.objects.exists()


def test_the_case_list_offers_the_import_and_the_case_shows_its_imports(admin_client):
    """The case list links to the upload; the case page lists each import with its counts."""
    changelist = admin_client.get(reverse("admin:cases_case_changelist")).content.decode()
    assert UPLOAD in changelist and "Import docket sheet" in changelist
    admin_client.post(UPLOAD, upload("cand_2.html"))
    case_page = admin_client.get(reverse("admin:cases_case_change", args=[Case.objects.get().pk])).content.decode()
    assert "cand_2.html" in case_page
    assert "parties: 4 added, 0 changed, 0 unchanged; counsel: 24 added, 0 changed, 0 unchanged; entries: 3 added" in (
        case_page
    )


@pytest.mark.parametrize("user_fixture", ["paralegal", "attorney"])
def test_other_roles_are_refused(client, request, user_fixture):
    """Paralegals and attorneys are sent to the admin login, and nothing is imported."""
    client.force_login(request.getfixturevalue(user_fixture))
    response = client.post(UPLOAD, upload("cacd.html"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not Case.objects.exists()


def test_staff_without_case_permissions_get_403_and_no_button(client, paralegal):
    """A paralegal given admin access may look, but the upload is forbidden and not offered."""
    paralegal.is_staff = True
    paralegal.save()
    client.force_login(paralegal)
    assert client.post(UPLOAD, upload("cacd.html")).status_code == 403
    assert "Import docket sheet" not in client.get(reverse("admin:cases_case_changelist")).content.decode()
    assert not Case.objects.exists()
