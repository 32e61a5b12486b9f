"""Deadlines and the litigation calendar in a real browser: what a paralegal and an attorney see and do."""

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from casetracker.roles import ATTORNEY
from deadlines import selectors
from deadlines.models import Deadline
from imports.services import docket_import

from ..cases.factories import AttorneyFactory, CaseFactory, CasePartyFactory, RepresentationFactory
from ..casetracker.factories import user_with_role
from ..deadlines.factories import entry, summons_executed
from .axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAMD = Path(__file__).resolve().parents[2] / "devdata" / "data" / "dockets" / "lamd.html"

# Every control a person could reach, visible on screen (the skip link shows itself only when focused), whose box
# sticks out of the viewport at the left or the right.
CONTROLS_OFF_SCREEN = """() => [...document.querySelectorAll(
    'a, button, summary, input:not([type=hidden]), select, textarea')]
  .filter((el) => !el.classList.contains('skip-link') && el.checkVisibility({visibilityProperty: true}))
  .map((el) => [el, el.getBoundingClientRect()])
  .filter(([el, box]) => box.width > 0 && (box.left < -0.5 || box.right > window.innerWidth + 0.5))
  .map(([el, box]) => `${el.tagName.toLowerCase()} "${(el.innerText || el.value || '').trim().slice(0, 60)}"`
    + ` spans x ${Math.round(box.left)}..${Math.round(box.right)} of ${window.innerWidth}`)"""

# Each item's title in a month cell must fit inside its day's cell: sticking out, it runs under the next day.
TITLES_OUTSIDE_CELLS = """() => [...document.querySelectorAll('table.month td.day li.item > a')]
  .filter((el) => el.checkVisibility())
  .map((el) => [el, el.getBoundingClientRect(), el.closest('td').getBoundingClientRect()])
  .filter(([el, box, cell]) => box.left < cell.left - 0.5 || box.right > cell.right + 0.5)
  .map(([el, box, cell]) => `"${el.innerText.trim()}" spans x ${Math.round(box.left)}..${Math.round(box.right)}`
    + ` in a cell spanning ${Math.round(cell.left)}..${Math.round(cell.right)}`)"""


def us_date(day: date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def assert_fits_sideways(page, name):
    """No sideways scrolling, and no control the person would have to scroll to."""
    width, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= inner, f"{name}: the page scrolls sideways ({width} px wide in a {inner} px window)"
    assert page.evaluate(CONTROLS_OFF_SCREEN) == [], f"{name}: controls outside the viewport"


def assert_in_viewport(locator, page, name):
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    inner = page.evaluate("window.innerWidth")
    assert box["x"] >= 0 and box["x"] + box["width"] <= inner + 0.5, f"{name}: {box} outside 0..{inner}"


@pytest.fixture
def attorney_user(reference_data):
    return user_with_role("attorney", ATTORNEY)


@pytest.fixture
def month(reference_data, attorney_user):
    """This month on the firm's calendar: an overdue report in an open case, a conference today, more dates later
    this month, and a hearing in a second case; the attorney is counsel of record in the first."""
    today = selectors.today()
    last = (today.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    later = min(today + timedelta(days=7), last)
    ours = CaseFactory(case_name="Acme Widgets, Inc. v. Beta Corp.")
    RepresentationFactory(case_party=CasePartyFactory(case=ours), attorney=AttorneyFactory(user=attorney_user))
    late = today - timedelta(days=1)
    entry(ours, f"ORDER. Joint Status Report due by {us_date(late)}.", late - timedelta(days=20), number=3)
    entry(
        ours,
        f"NOTICE OF HEARING. Status Conference set for {us_date(today)} 10:30 AM.",
        today - timedelta(days=10),
        number=4,
    )
    entry(
        ours,
        f"ORDER. Opposition to Motion for Summary Judgment due by {us_date(later)}.",
        today - timedelta(days=5),
        number=5,
    )
    other = CaseFactory(
        court_id="nysd", case_name="Northwind Traders Limited Liability Company v. Contoso Bank National Association"
    )
    entry(
        other,
        f"NOTICE OF HEARING. Motion Hearing set for {us_date(later)} 2:00 PM.",
        today - timedelta(days=3),
        number=7,
    )
    deadlines = {d.title: d for d in Deadline.objects.all()}
    expected = {
        "Joint Status Report",
        "Status Conference",
        "Opposition to Motion for Summary Judgment",
        "Motion Hearing",
    }
    assert set(deadlines) == expected, deadlines
    overdue = deadlines["Joint Status Report"]
    assert overdue.status == "open" and overdue.due_date == late
    return {"today": today, "late": late, "case": ours, "deadlines": deadlines}


def test_a_paralegal_imports_a_sheet_and_reads_how_a_deadline_was_computed(
    page, live_server, sign_in, paralegal_user, screenshot
):
    """Upload lamd.html, land on Roddy v. Babin's page, open the answer's "How it was computed"."""
    sign_in(page, paralegal_user)
    page.goto(live_server.url + "/imports/upload/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Import a docket sheet")
    page.get_by_label("Docket sheet", exact=True).set_input_files(LAMD)
    page.get_by_role("button", name="Import").click()
    page.wait_for_url(re.compile(r"/cases/\d+/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Roddy")
    expect(page.get_by_text("3:17-cv-01352").first).to_be_visible()

    panel = page.locator("section#deadlines")
    expect(panel.get_by_role("heading", name=re.compile(r"^Deadlines and hearings"))).to_be_visible()
    answer = panel.locator("li.item").filter(has=page.get_by_role("link", name="Answer due: Ricky Babin", exact=True))
    expect(answer).to_have_count(1)
    assert_in_viewport(answer.get_by_role("link", name="Answer due: Ricky Babin"), page, "answer title")
    expect(answer.locator(".agenda-when")).to_have_text("Thu 12/12/2019")
    expect(answer.locator(".tag-done")).to_have_text("Done")
    expect(answer.get_by_text(re.compile(r"^Responded: entry 31"))).to_be_visible()

    steps = answer.locator("details.explain ol > li")
    expect(steps.first).to_be_hidden()  # folded until asked for
    answer.get_by_text("How it was computed").click()
    expect(steps.nth(0)).to_have_text("Served 11/21/2019 (entry 23).")
    expect(steps.nth(1)).to_have_text("Fed. R. Civ. P. 12(a)(1)(A)(i): 21 days → Thursday 12/12/2019.")
    for index in range(2):
        assert_in_viewport(steps.nth(index), page, f"explanation step {index + 1}")
    answer.scroll_into_view_if_needed()
    screenshot(page, "case-page-deadlines-1280")


def test_the_case_panel_fits_a_phone(sized_page, live_server, sign_in, paralegal_user, screenshot):
    """The imported case's panel at 390 px: the answer and its explanation readable, nothing sideways."""
    case = docket_import(content=LAMD.read_bytes(), file_name=LAMD.name, court_id="", user=paralegal_user).case
    page = sized_page(390)
    sign_in(page, paralegal_user)
    page.goto(live_server.url + case.get_absolute_url() + "#deadlines")
    answer = page.locator("section#deadlines li.item").filter(has_text="Answer due: Ricky Babin")
    answer.get_by_text("How it was computed").click()
    assert_in_viewport(answer.get_by_role("link", name="Answer due: Ricky Babin"), page, "answer title")
    assert_in_viewport(answer.get_by_text("Served 11/21/2019 (entry 23)."), page, "explanation")
    assert_fits_sideways(page, "case-page-deadlines-390")
    screenshot(page, "case-page-deadlines-390")


def test_an_attorney_marks_a_deadline_done_and_sees_it_in_the_history(
    page, live_server, sign_in, attorney_user, screenshot
):
    """The deadline's status form: Done, with a reason; the label and the history row say who did it."""
    case = CaseFactory(case_name="Acme Widgets, Inc. v. Beta Corp.")
    served = selectors.today() - timedelta(days=3)
    summons_executed(case, "Beta Corp.", served, number=10)
    deadline = case.deadlines.get(title="Answer due: Beta Corp.")
    assert deadline.status == "open"

    sign_in(page, attorney_user)
    page.goto(live_server.url + deadline.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Answer due: Beta Corp.")
    expect(page.locator(".case-status .tag")).to_have_count(0)
    status = page.get_by_role("group", name="Status")
    status.get_by_label("Mark it").select_option("done")
    status.get_by_label("Reason").fill("Answer filed (entry 12).")
    status.get_by_role("button", name="Save status").click()

    expect(page.get_by_role("status").filter(has_text="The deadline's status is saved.")).to_be_visible()
    done = page.locator(".case-status .tag-done")
    expect(done).to_have_text("Done")
    assert_in_viewport(done, page, "Done label")
    expect(page.locator("dl.facts div").filter(has_text="Status").locator("dd")).to_have_text("Done")
    expect(page.get_by_text("Done: Answer filed (entry 12). (attorney)")).to_be_visible()
    newest = page.locator("table.history tbody tr").first
    expect(newest.locator("td").nth(1)).to_have_text("attorney")
    expect(newest.locator("td").nth(2)).to_have_text("Marked done by attorney")
    expect(newest.locator("td").nth(4)).to_have_text("Done")
    assert_in_viewport(newest, page, "history row")
    deadline.refresh_from_db()
    assert (deadline.status, deadline.status_by, deadline.status_reason) == (
        "done",
        attorney_user,
        "Answer filed (entry 12).",
    )
    screenshot(page, "deadline-done-1280")


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("view", ["month", "agenda"])
def test_the_calendar_is_readable_at_desk_and_phone_widths(
    sized_page, live_server, sign_in, paralegal_user, month, screenshot, view, width
):
    """Titles visible, every control on screen, no sideways scrolling, "Overdue" and "Today" written out."""
    page = sized_page(width)
    sign_in(page, paralegal_user)
    name = f"calendar-{view}-{width}"
    query = "?view=agenda" if view == "agenda" else ""
    page.goto(f"{live_server.url}/calendar/{query}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Firm calendar")
    calendar = page.locator("section.calendar")
    today = month["today"]

    shown = [title for title, d in month["deadlines"].items() if d.due_date.month == today.month or view == "agenda"]
    for title in shown:
        item = calendar.locator("li.item").filter(has_text=title)
        expect(item).to_have_count(1)
        assert_in_viewport(item.get_by_role("link", name=re.compile(re.escape(title))), page, f"{name}: {title}")
    assert_fits_sideways(page, name)
    if view == "month":
        assert page.evaluate(TITLES_OUTSIDE_CELLS) == [], f"{name}: titles outside their day's cell"

    # Today is marked in words, not only by colour.
    if view == "month":
        cell = calendar.locator("td.day.today")
        expect(cell).to_have_count(1)
        day = str(today.day) if width >= 1000 else f"{today:%A, %B} {today.day}"
        expect(cell.locator(".day-head")).to_contain_text(day)
        label = cell.locator(".day-head .tag-today")
    else:
        label = calendar.locator("ol.agenda > li.item").filter(has_text="Status Conference").locator(".tag-today")
    expect(label).to_have_text("Today")
    assert_in_viewport(label, page, f"{name}: Today label")
    screenshot(page, name)

    # The overdue report says so in words; on a phone the month view shows only the month's own days.
    if view == "month" and month["late"].month != today.month:
        page.goto(f"{live_server.url}/calendar/?month={month['late']:%Y-%m}")
        assert_fits_sideways(page, f"{name} ({month['late']:%B})")
    late = page.locator("section.calendar li.item").filter(has_text="Joint Status Report")
    expect(late).to_have_count(1)
    assert_in_viewport(late.get_by_role("link", name="Joint Status Report"), page, f"{name}: overdue title")
    expect(late.locator(".tag-overdue")).to_have_text("Overdue")
    assert_in_viewport(late.locator(".tag-overdue"), page, f"{name}: Overdue label")
    if view == "agenda":
        first = page.locator("ol.agenda > li.item").first
        expect(first).to_contain_text("Joint Status Report")  # overdue first
    elif month["late"].month != today.month:
        screenshot(page, f"{name}-{month['late']:%B}".lower())


@pytest.mark.parametrize(
    "path",
    ["/calendar/", "/calendar/?view=agenda", "/calendar/mine/", "deadline", "/calendar/feed/", "/imports/upload/"],
)
def test_no_serious_accessibility_violations(page, live_server, sign_in, attorney_user, month, path):
    """axe-core finds no serious or critical violations on the calendar's pages and the import page."""
    sign_in(page, attorney_user)
    url = month["deadlines"]["Joint Status Report"].get_absolute_url() if path == "deadline" else path
    page.goto(live_server.url + url)
    assert serious_violations(page) == [], url
    if path == "/calendar/feed/":  # and once the address is made: its field, and the message saying so
        page.get_by_role("button", name="Make my feed address").click()
        expect(page.get_by_label("Your feed address")).to_have_value(re.compile(r"/calendar/feed/.+\.ics$"))
        expect(page.get_by_role("status")).to_contain_text("The feed address is new")
        with_message = serious_violations(page)
        page.reload()
        expect(page.get_by_role("status")).to_have_count(0)
        assert serious_violations(page) == [], url + " with an address"
        assert with_message == [], url + " with the message that the address is made"


@pytest.mark.parametrize("path", ["/calendar/", "/calendar/?view=agenda", "deadline"])
def test_no_serious_accessibility_violations_on_a_phone(sized_page, live_server, sign_in, attorney_user, month, path):
    """The phone layout turns the month's table into a list: axe checks it too."""
    page = sized_page(390)
    sign_in(page, attorney_user)
    url = month["deadlines"]["Joint Status Report"].get_absolute_url() if path == "deadline" else path
    page.goto(live_server.url + url)
    assert serious_violations(page) == [], url


def test_a_deadline_page_fits_a_phone(sized_page, live_server, sign_in, attorney_user, month, screenshot):
    """At 390 px the deadline's facts, its forms and its history fit the width; nothing scrolls the page sideways."""
    page = sized_page(390)
    sign_in(page, attorney_user)
    page.goto(live_server.url + month["deadlines"]["Joint Status Report"].get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Joint Status Report")
    assert_in_viewport(page.locator(".case-status .tag-overdue"), page, "Overdue label")
    assert_in_viewport(page.get_by_role("button", name="Save status"), page, "Save status")
    assert_fits_sideways(page, "deadline-390")
    screenshot(page, "deadline-390")
    # The history reads whole on a phone: each of a row's cells, the date and the status included, is on screen.
    for cell in page.locator("table.history tbody tr").first.locator("td").all():
        assert_in_viewport(cell, page, f"history cell {cell.inner_text()!r}")
