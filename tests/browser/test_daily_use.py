"""What a person meets every day, at 1280 px and 390 px: a finished report's download, a refused export, filters that
refuse what they cannot read, the docket's order and its marked words, and the parties' descriptions."""

import re

import pytest
from playwright.sync_api import expect

from casetracker.roles import ATTORNEY
from devdata.demo import reference_case_load

from ..casetracker.factories import user_with_role
from ..reports.factories import ReportFactory
from .conftest import WIDTHS
from .test_case_pages import WIDER_THAN_VIEWPORT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def reference(reference_data):
    return reference_case_load()


@pytest.fixture
def attorney_user(reference_data):
    return user_with_role("attorney", ATTORNEY)


def assert_no_sideways_scroll(page, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width, page.evaluate(WIDER_THAN_VIEWPORT)


def assert_within_width(locator, width):
    """Visible, and its box lies between the window's left and right edges."""
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (box, width)
    return box


def assert_in_view(page, locator, width):
    """Scrolled into view, the element lies wholly inside the window."""
    locator.scroll_into_view_if_needed()
    box = assert_within_width(locator, width)
    assert box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"], box


def border_color(locator) -> str:
    return locator.evaluate("element => getComputedStyle(element).borderTopColor")


@pytest.mark.parametrize("width", WIDTHS)
def test_a_ready_report_downloads_from_a_button_in_view(
    sized_page, live_server, sign_in, attorney_user, reference, width
):
    """The Reports panel's "Download PDF" button shows, inside the window's width, on a page that never scrolls
    sideways."""
    ReportFactory(case=reference, requested_by=attorney_user, ready=True)
    page = sized_page(width)
    sign_in(page, attorney_user)
    page.goto(live_server.url + reference.get_absolute_url())
    download = page.locator("#reports").get_by_role("link", name="Download PDF")
    download.scroll_into_view_if_needed()
    assert_within_width(download, width)
    assert_no_sideways_scroll(page, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_refused_export_comes_back_open_with_its_error_and_what_was_typed(
    sized_page, live_server, sign_in, attorney_user, reference, width
):
    """A range that ends before it starts: the form is open again, says why, and keeps the dates and the ticks."""
    page = sized_page(width)
    sign_in(page, attorney_user)
    page.goto(live_server.url + reference.get_absolute_url())
    page.locator("#reports summary").filter(has_text="Export PDF").click()
    form = page.locator("form.export-form")
    form.get_by_label("From", exact=True).fill("2025-02-01")
    form.get_by_label("To", exact=True).fill("2025-01-01")
    form.get_by_label("Notes").check()
    form.get_by_role("button", name="Start export").click()

    expect(page).to_have_url(re.compile(r"#reports$"))
    expect(page.locator("#reports details.export")).to_have_attribute("open", "")
    assert_in_view(page, form.get_by_text("The end of the date range is before its start."), width)
    expect(form.get_by_label("From", exact=True)).to_have_value("2025-02-01")
    expect(form.get_by_label("To", exact=True)).to_have_value("2025-01-01")
    expect(form.get_by_label("Notes")).to_be_checked()
    assert_no_sideways_scroll(page, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_an_unknown_court_opens_the_filters_on_the_court_and_its_error(
    sized_page, live_server, sign_in, paralegal_user, width
):
    """/?court=zzz: the filters are open (a phone folds them otherwise), the court box and its message in view."""
    page = sized_page(width)
    sign_in(page, paralegal_user)
    page.goto(live_server.url + "/?court=zzz")
    assert page.locator("details[data-fold-on-phone]").evaluate("details => details.open")
    court = page.get_by_label("Court", exact=True)
    assert_in_view(page, court, width)
    error = page.locator("#id_court-error")
    expect(error).to_contain_text("zzz")
    assert_in_view(page, error, width)
    assert_no_sideways_scroll(page, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_an_unreadable_date_is_shown_back_and_marked_alone(sized_page, live_server, sign_in, paralegal_user, width):
    """/?filed_from=2025-13-45: the From box holds what was typed in red, the To box is not red, the message names
    the value, and "From" and "To" sit beside their boxes."""
    page = sized_page(width)
    sign_in(page, paralegal_user)
    page.goto(live_server.url + "/?filed_from=2025-13-45")
    start, end = page.get_by_label("Filed from", exact=True), page.get_by_label("Filed to", exact=True)
    expect(start).to_have_value("2025-13-45")
    message = page.locator(".field-error").filter(has_text="2025-13-45")
    assert_in_view(page, message, width)
    red = message.evaluate("element => getComputedStyle(element).color")
    assert border_color(start) == red
    assert border_color(end) not in {red, border_color(start)}
    for text, box in [("From", start), ("To", end)]:
        label = page.locator("label.range-part", has=box).locator(".range-label")
        expect(label).to_have_text(text)
        label_box, input_box = assert_within_width(label, width), assert_within_width(box, width)
        assert label_box["x"] + label_box["width"] <= input_box["x"], (text, label_box, input_box)  # to its left
        middle = label_box["y"] + label_box["height"] / 2
        assert input_box["y"] <= middle <= input_box["y"] + input_box["height"], (text, label_box, input_box)
    assert_no_sideways_scroll(page, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_docket_turns_newest_first_and_marks_the_searched_word(
    sized_page, live_server, sign_in, paralegal_user, reference, width
):
    """ "Show newest first" puts the last entry on top (order=newest in the address); a keyword is shown marked."""
    page = sized_page(width)
    sign_in(page, paralegal_user)
    page.goto(live_server.url + reference.get_absolute_url())
    descriptions = page.locator("table.docket tbody td.description")
    oldest_first = descriptions.all_inner_texts()
    assert len(oldest_first) > 1
    page.get_by_role("link", name="Show newest first").click()
    expect(page).to_have_url(re.compile(r"[?&]order=newest"))
    expect(descriptions.first).to_have_text(oldest_first[-1])

    docket_filters = page.locator("form.docket-filters")
    docket_filters.get_by_label("Keyword").fill("dismissal")
    docket_filters.get_by_role("button", name="Filter docket").click()
    expect(page).to_have_url(re.compile(r"[?&]q=dismissal"))
    mark = page.locator("table.docket tbody mark").first
    expect(mark).to_have_text(re.compile("^dismissal$", re.IGNORECASE))
    assert_in_view(page, mark, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_case_page_shows_what_a_party_is(sized_page, live_server, sign_in, paralegal_user, reference, width):
    """LinkedIn's description, "A subsidiary of Microsoft Corporation.", reads under its name among the parties."""
    page = sized_page(width)
    sign_in(page, paralegal_user)
    page.goto(live_server.url + reference.get_absolute_url())
    parties = page.locator("section[aria-labelledby=parties-title]")
    assert_in_view(page, parties.get_by_text("A subsidiary of Microsoft Corporation.", exact=True), width)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_court_filter_narrows_as_one_types(sized_page, live_server, sign_in, attorney_user, reference, width):
    """Typing words of a court's name in the box above the court select picks the first court holding them all."""
    page = sized_page(width)
    sign_in(page, attorney_user)
    page.goto(live_server.url + "/")
    if not page.locator("details[data-fold-on-phone]").evaluate("d => d.open"):
        page.locator("details[data-fold-on-phone] summary").click()
    finder = page.get_by_placeholder("Find a court")
    assert_within_width(finder, width)
    finder.fill("middle louisiana")
    expect(page.locator("#id_court")).to_have_value("lamd")
    assert page.locator("#id_court option[value=cand]").evaluate("option => option.hidden")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"court=lamd"))


@pytest.mark.parametrize("width", WIDTHS)
def test_a_long_disposition_reads_as_text_beside_a_one_line_status(
    sized_page, live_server, sign_in, attorney_user, reference, width
):
    """The list's status pill holds one short line; the disposition is plain text under it."""
    page = sized_page(width)
    sign_in(page, attorney_user)
    page.goto(live_server.url + "/")
    row = page.locator("table.cases tbody tr").filter(has_text="De La Torre")
    badge = row.locator(".badge")
    expect(badge).to_have_text("Terminated")
    line_height = badge.evaluate("b => parseFloat(getComputedStyle(b).lineHeight) || 20")
    assert badge.bounding_box()["height"] <= line_height * 1.8, badge.bounding_box()
    assert_within_width(row.locator(".disposition"), width)
    expect(row.locator(".disposition")).to_have_text("Voluntarily dismissed without prejudice")
