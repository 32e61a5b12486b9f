"""A paralegal follows a district case to its appeal, unlinks the appeal and links it again, at 1280 px and 390 px."""

import datetime

import pytest
from playwright.sync_api import expect

from appeals.services import appeal_link

from ..appeals.factories import AppealFactory, AppellateCaseFactory, district_case
from ..filings.factories import DocketEntryFactory
from .axe import serious_violations
from .conftest import WIDTHS
from .test_notes_documents import inside_viewport

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def linked_appeal(user):
    below = district_case(case_name="State of Hawaii v. Trump")
    appeal = AppealFactory(
        case=AppellateCaseFactory(docket_number="17-15589", case_name="State of Hawaii v. Donald J. Trump"),
        originating_court_id="hid",
        originating_docket_number="1:17-cv-00050",
        fee_status="USA - No Fee Req",
    )
    text = "ORDER. The motion for a stay pending appeal is DENIED. " + "The reasons are long. " * 30
    DocketEntryFactory(case=appeal.case, date_filed=datetime.date(2017, 6, 12), description=text)
    return below, appeal_link(appeal=appeal, case_below=below, user=user)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_appeals_panel_and_the_case_below_link(sized_page, live_server, sign_in, paralegal_user, width, screenshot):
    """The district case lists its appeal; the appeal's page links back, unlinks, and links again by number."""
    below, appeal = linked_appeal(paralegal_user)
    page = sized_page(width)
    sign_in(page, paralegal_user)
    page.goto(live_server.url + below.get_absolute_url())
    panel = page.locator("#appeals")
    expect(panel.get_by_role("heading", name="Appeals")).to_be_visible()
    expect(panel.get_by_text("Latest entry, Jun 12, 2017:")).to_be_visible()
    number = panel.get_by_role("link", name="9th Cir. No. 17-15589")
    inside_viewport(page, number, width)
    inside_viewport(page, panel, width)
    screenshot(page, f"appeals-panel-{width}")
    assert serious_violations(page) == []

    number.click()
    appeal_panel = page.locator("#appeal")
    expect(appeal_panel.get_by_text("USA - No Fee Req")).to_be_visible()
    inside_viewport(page, appeal_panel.get_by_role("link", name="State of Hawaii v. Trump, No. 1:17-cv-00050"), width)
    unlink = appeal_panel.get_by_role("button", name="Unlink from the case below")
    inside_viewport(page, unlink, width)
    screenshot(page, f"appeal-case-below-{width}")
    unlink.click()
    expect(page.get_by_text("Unlinked from the case below. The appeal keeps its team and screens.")).to_be_visible()

    number_box = page.get_by_label("Docket number of the case below")
    inside_viewport(page, number_box, width)
    court = page.get_by_role("combobox", name="Court below")
    inside_viewport(page, court, width)
    number_box.fill("1:17-cv-999")
    page.get_by_role("button", name="Link to the case below").click()
    expect(page.get_by_text("No case you may see has that docket number in that court.")).to_be_visible()
    page.get_by_label("Docket number of the case below").fill("1:17-cv-50")
    page.get_by_role("combobox", name="Court below").select_option("hid")
    button = page.get_by_role("button", name="Link to the case below")
    inside_viewport(page, button, width)
    screenshot(page, f"appeal-link-form-{width}")
    assert serious_violations(page) == []
    button.click()
    expect(page.get_by_text(f"Linked to the case below: {below}.")).to_be_visible()
    inside_viewport(page, page.locator("#appeal").get_by_role("link", name="State of Hawaii v. Trump"), width)
