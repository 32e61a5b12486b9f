"""Matter walls in a real browser (issue 11): a screened attorney searches for the walled case's party, opens its
party page, the calendar and the feed, and finds nothing of it; colleagues on the right side of the wall find it all.

The cases and users are tests/casetracker/walled_cases.py's: the attorney "screened" is screened from the case
"screened"; the case "open" is everyone's and is the control.
"""

import pytest
from playwright.sync_api import expect

from ..casetracker.walled_cases import DAY, marked, walled_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WALLED, CONTROL = "screened", "open"
MONTH = f"{DAY:%Y-%m}"
AGENDA = f"/calendar/?view=agenda&due_from={DAY}&due_to={DAY}"


def party_name(key: str) -> str:
    return f"{marked(key, 'party')} LLC"


def deadline_title(key: str) -> str:
    return f"{marked(key, 'deadline')} brief 0"  # the deadline every user is assigned


def caption(key: str) -> str:
    return marked(key, "caption")


@pytest.fixture
def world(reference_data, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # ten users: hash them fast
    return walled_world()


def search_parties(page, base: str, key: str):
    """Type the case's party's name in the case list's search box, as a person does (on a phone, unfold the filters)."""
    page.goto(base + "/")
    search = page.get_by_label("Search")
    if not search.is_visible():
        page.locator("details[data-fold-on-phone] > summary").click()
    search.fill(party_name(key))
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_label("Search")).to_have_value(party_name(key))
    return page.locator("table.cases tbody")


def feed_text(page, base: str) -> str:
    """Subscribe on the feed page, read the address it shows, and fetch it as a calendar app would."""
    page.goto(base + "/calendar/feed/")
    make = page.get_by_role("button", name="Make my feed address")
    if make.is_visible():
        make.click()
    address = page.get_by_label("Your feed address")
    expect(address).to_be_visible()
    response = page.request.get(address.input_value())
    assert response.ok, response.status
    return response.text().replace("\r\n ", "")  # unfold RFC 5545 lines


@pytest.mark.parametrize("width", [1280, 390])
def test_a_screened_attorney_finds_nothing_of_the_walled_case(
    world, sized_page, live_server, sign_in, screenshot, width
):
    """No case found by its party, a 404 for its party page, none of its deadlines on the calendar or in the feed;
    the open case's, searched the same way, are all there."""
    page, base = sized_page(width), live_server.url
    sign_in(page, world.users["screened"])

    rows = search_parties(page, base, WALLED)
    expect(page.get_by_role("status").filter(has_text="0 cases")).to_be_visible()
    expect(rows).to_have_text("No cases match these filters.")
    screenshot(page, f"walls-search-screened-{width}")
    rows = search_parties(page, base, CONTROL)
    expect(page.get_by_role("status").filter(has_text="1 case")).to_be_visible()
    expect(rows.get_by_role("link", name=caption(CONTROL)).first).to_be_visible()

    response = page.goto(f"{base}/parties/{world.rows[WALLED]['cases.Party']}/")
    assert response.status == 404
    expect(page.get_by_role("heading", name="Not Found")).to_be_visible()
    expect(page.locator("body")).not_to_contain_text(marked(WALLED, "party"))
    screenshot(page, f"walls-party-404-{width}")

    page.goto(f"{base}/calendar/?month={MONTH}")
    calendar = page.locator("section.calendar")
    expect(calendar.get_by_role("link", name=deadline_title(CONTROL))).to_be_visible()
    expect(page.locator("body")).not_to_contain_text(marked(WALLED, "deadline"))
    expect(page.locator("body")).not_to_contain_text(caption(WALLED))
    screenshot(page, f"walls-calendar-screened-{width}")

    feed = feed_text(page, base)
    assert deadline_title(CONTROL) in feed
    assert marked(WALLED, "deadline") not in feed and caption(WALLED) not in feed


@pytest.mark.parametrize(("kind", "width"), [("administrator", 1280), ("member", 390)])
def test_colleagues_beside_the_wall_find_the_case(world, sized_page, live_server, sign_in, screenshot, kind, width):
    """The control: an Administrator, and a paralegal on the team of another walled case, find it all."""
    page, base = sized_page(width), live_server.url
    sign_in(page, world.users[kind])

    rows = search_parties(page, base, WALLED)
    expect(page.get_by_role("status").filter(has_text="1 case")).to_be_visible()
    expect(rows.get_by_role("link", name=caption(WALLED)).first).to_be_visible()
    screenshot(page, f"walls-search-{kind}-{width}")

    page.goto(f"{base}/parties/{world.rows[WALLED]['cases.Party']}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(party_name(WALLED))

    page.goto(base + AGENDA)
    expect(page.locator("section.calendar").get_by_role("link", name=deadline_title(WALLED))).to_be_visible()

    assert deadline_title(WALLED) in feed_text(page, base)
