"""The calendar as its users meet it: the firm's and their own, month and agenda, filters, CSV, actions by role."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse

from deadlines.models import Deadline

from ..cases.factories import AttorneyFactory, CaseFactory, CasePartyFactory, RepresentationFactory
from ..casetracker.factories import user_with_role
from .factories import entry, summons_executed

pytestmark = pytest.mark.django_db


@pytest.fixture
def docket():
    """Two cases: one with counsel linked to an attorney user, and one without."""
    counsel = user_with_role("counsel", "Attorney")
    ours = CaseFactory(case_name="Acme Widgets, Inc. v. Beta Corp.")
    RepresentationFactory(case_party=CasePartyFactory(case=ours), attorney=AttorneyFactory(user=counsel))
    summons_executed(ours, "Beta Corp.", date(2030, 3, 13), number=10)
    other = CaseFactory(case_name="Gamma LLC v. Delta Inc.", court_id="nysd")
    entry(other, "NOTICE OF HEARING. Status Conference set for 4/2/2030 10:30 AM.", date(2030, 3, 1), number=5)
    return counsel, ours, other


def test_every_calendar_page_needs_a_role(client, django_user_model, docket):
    """Anonymous visitors go to the login page; a user with no role gets 403."""
    deadline = Deadline.objects.first()
    urls = [reverse("deadlines:calendar"), reverse("deadlines:mine"), reverse("deadlines:csv"),
            reverse("deadlines:feed"), deadline.get_absolute_url()]  # fmt: skip
    for url in urls:
        assert client.get(url).status_code == 302, url
    client.force_login(django_user_model.objects.create_user("visitor"))
    for url in urls:
        assert client.get(url).status_code == 403, url


def test_the_month_shows_each_day_and_the_agenda_puts_overdue_first(client, paralegal, docket):
    """April 2030 holds the answer date and the hearing; the agenda lists overdue items before upcoming ones."""
    client.force_login(paralegal)
    page = client.get(reverse("deadlines:calendar"), {"month": "2030-04"}).content.decode()
    assert "Answer due: Beta Corp." in page and "10:30 AM EDT" in page and "Status Conference" in page
    _, ours, _ = docket
    late = entry(ours, "ORDER. Joint Status Report due by 1/5/2024.", date(2023, 12, 1), number=3)
    agenda = client.get(reverse("deadlines:calendar"), {"view": "agenda"})
    titles = [item.title for item in agenda.context["page"]]
    assert titles[0] == "Joint Status Report" and late.deadlines.get().status == "open"
    assert 'class="tag tag-overdue">Overdue' in agenda.content.decode()


def test_filters_are_kept_in_the_url_and_narrow_the_calendar(client, paralegal, docket):
    """By court, kind and attorney; an unreadable value shows a message and nothing, never an error."""
    counsel, ours, other = docket
    client.force_login(paralegal)
    agenda = reverse("deadlines:calendar")
    by_court = client.get(agenda, {"view": "agenda", "court": "nysd"}).context["page"]
    assert [item.case_id for item in by_court] == [other.pk]
    hearings = client.get(agenda, {"view": "agenda", "kind": "hearing"}).context["page"]
    assert {item.kind for item in hearings} == {"hearing"}
    mine = client.get(agenda, {"view": "agenda", "attorney": counsel.pk}).context["page"]
    assert {item.case_id for item in mine} == {ours.pk}
    response = client.get(agenda, {"view": "agenda", "court": "zzz", "due_from": "yesterday"})
    assert response.status_code == 200 and not list(response.context["page"])
    assert client.get(agenda, {"month": "2030-13"}).status_code == 200


def test_my_calendar_holds_what_is_assigned_to_me_and_my_cases(client, docket):
    """Counsel of record sees their case's items; an assignment adds another case's item."""
    counsel, ours, other = docket
    client.force_login(counsel)
    page = client.get(reverse("deadlines:mine"), {"view": "agenda"}).context["page"]
    assert {item.case_id for item in page} == {ours.pk}
    other.deadlines.get().assigned_to.add(counsel)
    page = client.get(reverse("deadlines:mine"), {"view": "agenda"}).context["page"]
    assert {item.case_id for item in page} == {ours.pk, other.pk}


def test_the_csv_is_the_filtered_calendar_and_formulas_stay_text(client, paralegal, docket):
    """One row per item, with how it was computed; a title starting with "=" is written as text."""
    _, ours, _ = docket
    entry(ours, "ORDER. =SUM due by 5/1/2030.", date(2030, 3, 2), number=11)
    client.force_login(paralegal)
    response = client.get(reverse("deadlines:csv"), {"court": ours.court_id})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:5] == ["Date", "Time", "Time zone", "Kind", "What"]
    answer = next(row for row in rows if row[4] == "Answer due: Beta Corp.")
    assert answer[0] == "2030-04-03" and "21 days → Wednesday 4/3/2030." in answer[12]
    assert any(row[4].startswith("'=") for row in rows[1:])


def test_a_paralegal_marks_done_and_overrides_with_a_reason_and_sees_the_history(client, paralegal, docket):
    """The deadline's page takes the actions; the history says who and when."""
    _, ours, _ = docket
    deadline = ours.deadlines.get(key__startswith="frcp-12-a-1-A-i")
    client.force_login(paralegal)
    client.post(reverse("deadlines:override", args=[deadline.pk]), {"date": "2030-04-10", "reason": "Stipulation"})
    client.post(reverse("deadlines:status", args=[deadline.pk]), {"status": "done"})
    deadline.refresh_from_db()
    assert (deadline.due_date, deadline.status, deadline.overridden_by) == (date(2030, 4, 10), "done", paralegal)
    page = client.get(deadline.get_absolute_url()).content.decode()
    assert "Date overridden by paralegal" in page and "Marked done by paralegal" in page and "Stipulation" in page


def test_a_refused_action_says_why_and_changes_nothing(client, paralegal, docket):
    """An override without its reason is refused with the message; vacating needs a reason too."""
    _, ours, _ = docket
    deadline = ours.deadlines.get(key__startswith="frcp-12-a-1-A-i")
    client.force_login(paralegal)
    response = client.post(reverse("deadlines:override", args=[deadline.pk]), {"date": "2030-04-10"}, follow=True)
    assert "Say why the date is overridden." in response.content.decode()
    response = client.post(reverse("deadlines:status", args=[deadline.pk]), {"status": "vacated"}, follow=True)
    assert "Say why the deadline is vacated." in response.content.decode()
    deadline.refresh_from_db()
    assert (deadline.override_date, deadline.status) == (None, "open")


def test_the_case_page_panel_explains_each_item(client, paralegal, docket):
    """Upcoming items on the case page, each with how it was computed and the clerk's date when it differs."""
    _, ours, _ = docket
    client.force_login(paralegal)
    page = client.get(ours.get_absolute_url()).content.decode()
    assert "Deadlines and hearings" in page and "Answer due: Beta Corp." in page
    assert (
        "Served 3/13/2030 (entry 10)." in page
        and "Fed. R. Civ. P. 12(a)(1)(A)(i): 21 days → Wednesday 4/3/2030." in page
    )


def test_calendar_queries_do_not_grow_with_its_items(client, paralegal, docket, django_assert_num_queries):
    """The month and the agenda cost the same queries for 3 items as for 200."""
    client.force_login(paralegal)
    month, agenda = {"month": "2030-04"}, {"view": "agenda"}
    client.get(reverse("deadlines:calendar"), month)
    with django_assert_num_queries(COUNT_MONTH):
        client.get(reverse("deadlines:calendar"), month)
    with django_assert_num_queries(COUNT_AGENDA):
        client.get(reverse("deadlines:calendar"), agenda)
    _, ours, _ = docket
    for day in range(1, 29):
        entry(
            ours,
            f"ORDER. Status Report due by 4/{day}/2030. Motion Hearing set for 4/{day}/2030 09:00 AM.",
            date(2030, 3, 3),
            number=100 + day,
        )
    with django_assert_num_queries(COUNT_MONTH):
        client.get(reverse("deadlines:calendar"), month)
    with django_assert_num_queries(COUNT_AGENDA):
        client.get(reverse("deadlines:calendar"), agenda)


# Locked: session, user, permissions, then the calendar's own reads (the month: its days' counts, the few items each
# day shows, and those items). The filter's court choices are kept in memory after the first request.
COUNT_MONTH = 8  # the session is read from the database, which every web worker shares
COUNT_AGENDA = 8
