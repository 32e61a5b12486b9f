"""A paralegal writes a note and attaches a filed PDF on the reference case, at 1280 px and at 390 px."""

import pytest
from playwright.sync_api import expect

from devdata.demo import reference_case_load

from .axe import serious_violations
from .conftest import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def inside_viewport(page, locator, width: int) -> None:
    """Visible, and wholly inside the window's width once scrolled to; the page itself never scrolls sideways."""
    locator.scroll_into_view_if_needed()
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", WIDTHS)
def test_a_paralegal_adds_a_note_and_attaches_a_pdf(sized_page, live_server, sign_in, paralegal_user, tmp_path, width):
    """The note shows in the Notes panel; the PDF's link shows under its entry and downloads the PDF itself."""
    case = reference_case_load()
    page = sized_page(width)
    sign_in(page, paralegal_user)
    page.goto(live_server.url + case.get_absolute_url())
    page.get_by_label("Add a note to the case").fill("Client asked for <b>weekly</b> status calls.")
    page.get_by_role("button", name="Save note").click()
    expect(page.get_by_text("Your note is saved.")).to_be_visible()
    note = page.locator("#notes .note").filter(has_text="Client asked for <b>weekly</b> status calls.")
    inside_viewport(page, note, width)
    assert serious_violations(page) == []

    page.get_by_role("link", name="Attach a PDF").first.click()
    expect(page.get_by_role("heading", name="Attach a PDF to a docket entry")).to_be_visible()
    assert serious_violations(page) == []
    upload = tmp_path / "Notice of Voluntary Dismissal.pdf"
    upload.write_bytes(PDF)
    page.get_by_label("PDF file").set_input_files(str(upload))
    page.get_by_label("Description").fill("Filed notice, stamped")
    page.get_by_role("button", name="Attach").click()
    expect(page.get_by_text("Attachment 1 is attached: Filed notice, stamped.")).to_be_visible()

    link = page.get_by_role("link", name="Attachment 1: Filed notice, stamped")
    inside_viewport(page, link, width)
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename.endswith(".pdf")
    with open(download.value.path(), "rb") as saved:
        assert saved.read() == PDF


def test_the_note_pages_pass_axe(sized_page, live_server, sign_in, paralegal_user):
    """The Add a note page of a docket entry, at a phone's width, has no serious accessibility violation."""
    case = reference_case_load()
    page = sized_page(390)
    sign_in(page, paralegal_user)
    page.goto(live_server.url + case.get_absolute_url())
    page.get_by_role("link", name="Add a note").first.click()
    expect(page.get_by_role("heading", name="Add a note to a docket entry")).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_role("textbox", name="Note").fill("Check the stamped copy.")
    page.get_by_role("button", name="Save note").click()
    expect(page.locator("#notes").get_by_text("Check the stamped copy.")).to_be_visible()
