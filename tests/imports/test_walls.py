"""An import into a case the user may not see is refused, in words that do not tell whether the case exists."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape

from cases import walls
from cases.models import Case
from filings.models import DocketEntry
from imports.services import HIDDEN_CASE, docket_import

from .sheets import sheet_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def walled_case(administrator):
    """The lamd sheet's case, imported by an administrator, then restricted to its (empty) team."""
    docket_import(content=sheet_bytes("lamd"), file_name="lamd.html", user=administrator)
    case = Case.objects.get(docket_number="3:17-cv-01352")
    walls.case_restrict(case)
    return case


def test_a_non_member_is_refused_and_nothing_is_written(client, paralegal, walled_case):
    entries = DocketEntry.objects.count()
    client.force_login(paralegal)
    upload = SimpleUploadedFile("lamd.html", sheet_bytes("lamd"), "text/html")
    response = client.post(reverse("imports:upload"), {"file": upload})
    page = response.content.decode()
    assert response.status_code == 200 and escape(HIDDEN_CASE) in page
    assert walled_case.case_name not in page and walled_case.docket_number not in page
    assert DocketEntry.objects.count() == entries and walled_case.imports.count() == 1


def test_a_screened_users_attempt_is_logged(attorney, walled_case):
    walls.case_open(walled_case)
    walls.screen_add(walled_case, attorney, reason="Conflict")
    with pytest.raises(Exception, match="cannot be imported from your account"):
        docket_import(content=sheet_bytes("lamd"), file_name="lamd.html", user=attorney)
    assert walled_case.access_log.get().outcome == "refused"


def test_a_team_member_imports(paralegal, walled_case):
    walls.team_add(walled_case, [paralegal])
    summary = docket_import(content=sheet_bytes("lamd"), file_name="lamd.html", user=paralegal)
    assert summary.case == walled_case and walled_case.imports.count() == 2
