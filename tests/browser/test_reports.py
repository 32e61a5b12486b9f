"""An attorney exports the reference case in a real browser, with a real worker rendering the PDF."""

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from casetracker.roles import ATTORNEY
from devdata.demo import reference_case_load

from ..casetracker.factories import user_with_role

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_attorney_exports_watches_progress_and_downloads(
    page, live_server, sign_in, reference_data, start_worker, screenshot
):
    """Export PDF, choose options, see the progress bar give way to a download of the finished PDF."""
    case = reference_case_load()
    start_worker("--concurrency", "2")
    sign_in(page, user_with_role("attorney", ATTORNEY))
    page.goto(live_server.url + case.get_absolute_url())
    page.get_by_text("Export PDF").click()
    page.get_by_label("Archival PDF/A").check()
    page.get_by_role("button", name="Start export").click()
    expect(page.get_by_text("Your report is being prepared")).to_be_visible()
    download_link = page.get_by_role("link", name="Download PDF")
    expect(download_link).to_be_visible(timeout=60_000)
    screenshot(page, "case-page-report-ready")
    with page.expect_download() as download:
        download_link.click()
    reader = PdfReader(io.BytesIO(open(download.value.path(), "rb").read()))  # noqa: SIM115
    assert "Case No. 5:25-cv-00709" in reader.pages[0].extract_text()
    assert "/OutputIntents" in reader.trailer["/Root"]


def test_paralegal_has_no_export_button(page, live_server, sign_in, paralegal_user, reference_data):
    """The paralegal's case page has no report panel at all."""
    case = reference_case_load()
    sign_in(page, paralegal_user)
    page.goto(live_server.url + case.get_absolute_url())
    expect(page.get_by_role("heading", name="De La Torre v. LinkedIn Corp.")).to_be_visible()
    expect(page.get_by_text("Export PDF")).to_have_count(0)
