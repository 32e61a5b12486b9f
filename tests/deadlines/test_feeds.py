"""Calendar feeds: RFC 5545 that two independent parsers read alike, stable UIDs, rising SEQUENCEs, secret tokens."""

from datetime import date, datetime

import icalendar
import pytest
import vobject
from django.urls import reverse

from deadlines.models import CalendarFeed
from deadlines.services import case_deadlines_recompute, deadline_status_set

from ..cases.factories import AttorneyFactory, CaseFactory, CasePartyFactory, RepresentationFactory
from ..casetracker.factories import user_with_role
from .factories import entry, summons_executed

pytestmark = pytest.mark.django_db


@pytest.fixture
def counsel_case():
    """An attorney user who is counsel of record in a case with an answer deadline and a hearing."""
    user = user_with_role("counsel", "Attorney")
    case = CaseFactory(docket_number="3:23-cv-02000", case_name="Acme Widgets, Inc. v. Beta Corp.")
    RepresentationFactory(case_party=CasePartyFactory(case=case), attorney=AttorneyFactory(user=user))
    served = summons_executed(case, "Beta Corp.", date(2023, 3, 13), number=10)
    entry(case, "ORDER. Initial Case Management Conference set for 12/8/2023 02:00 PM.", date(2023, 3, 20), number=11)
    return user, case, served


def fetch(client, user) -> bytes:
    feed = CalendarFeed.objects.get_or_create(user=user)[0]
    response = client.get(reverse("deadlines:feed_ics", args=[feed.token]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    return response.content


def events(body: bytes) -> dict[str, icalendar.Event]:
    return {str(event["uid"]): event for event in icalendar.Calendar.from_ical(body).walk("VEVENT")}


def test_a_feed_reads_the_same_in_two_independent_parsers(client, counsel_case):
    """icalendar and vobject agree: the answer day is an all-day event, the conference a timed one in Pacific time."""
    user, case, _ = counsel_case
    body = fetch(client, user)
    parsed = {str(event["summary"]): event for event in icalendar.Calendar.from_ical(body).walk("VEVENT")}
    answer = parsed["Answer due: Beta Corp. — Acme Widgets, Inc. v. Beta Corp."]
    conference = parsed["Initial Case Management Conference — Acme Widgets, Inc. v. Beta Corp."]
    assert answer["dtstart"].dt == date(2023, 4, 3) and answer["dtend"].dt == date(2023, 4, 4)
    assert conference["dtstart"].dt.isoformat() == "2023-12-08T14:00:00-08:00"
    assert conference["dtstart"].params["TZID"] == "America/Los_Angeles"
    assert b"BEGIN:VTIMEZONE" in body and b"TZID:America/Los_Angeles" in body
    other = vobject.readOne(body.decode())
    by_uid = {item.uid.value: item for item in other.vevent_list}
    assert set(by_uid) == set(events(body))
    assert by_uid[str(answer["uid"])].dtstart.value == date(2023, 4, 3)
    when = by_uid[str(conference["uid"])].dtstart.value
    assert isinstance(when, datetime) and when.utcoffset().total_seconds() == -8 * 3600 and when.hour == 14


def test_a_moved_trigger_keeps_its_uid_and_raises_its_sequence(client, counsel_case):
    """The subscriber's calendar moves the event instead of adding another."""
    user, case, served = counsel_case
    before = {uid: (event["dtstart"].dt, int(event["sequence"])) for uid, event in events(fetch(client, user)).items()}
    served.description = served.description.replace("3/13/2023", "3/20/2023")
    served.save()
    case_deadlines_recompute(case=case)
    after = {uid: (event["dtstart"].dt, int(event["sequence"])) for uid, event in events(fetch(client, user)).items()}
    assert set(after) == set(before)
    moved = [uid for uid in after if after[uid][0] != before[uid][0]]
    assert len(moved) == 1 and after[moved[0]][0] == date(2023, 4, 10)
    assert after[moved[0]][1] > before[moved[0]][1]


def test_a_vacated_deadline_is_sent_cancelled(client, counsel_case):
    """STATUS:CANCELLED, so it disappears from the subscriber's calendar; the same UID as before."""
    user, case, _ = counsel_case
    deadline = case.deadlines.get(key__startswith="frcp-12-a-1-A-i")
    deadline_status_set(deadline=deadline, user=user, status="vacated", reason="Default entered")
    event = events(fetch(client, user))[deadline.uid]
    assert (str(event["status"]), int(event["sequence"])) == ("CANCELLED", deadline.sequence + 1)


def test_a_feed_is_kept_built_and_rebuilt_when_its_items_change(client, counsel_case):
    """The stored feed is served as built; a change marks it stale and the next fetch rebuilds it."""
    user, case, _ = counsel_case
    fetch(client, user)
    feed = CalendarFeed.objects.get(user=user)
    assert not feed.stale and feed.built_at is not None
    deadline_status_set(deadline=case.deadlines.first(), user=user, status="done")
    assert CalendarFeed.objects.get(user=user).stale
    fetch(client, user)
    assert not CalendarFeed.objects.get(user=user).stale


def test_a_wrong_or_revoked_token_is_a_404_that_reveals_nothing(client, counsel_case):
    """No sign-in, no leak: an unknown or revoked address answers 404 with no calendar in it."""
    user, _, _ = counsel_case
    feed = CalendarFeed.objects.create(user=user)
    old = reverse("deadlines:feed_ics", args=[feed.token])
    assert client.get(old).status_code == 200
    client.force_login(user)
    client.post(reverse("deadlines:feed"), {"action": "renew"})
    client.logout()
    for url in (old, reverse("deadlines:feed_ics", args=["not-a-token"])):
        response = client.get(url)
        assert response.status_code == 404 and b"VCALENDAR" not in response.content and b"Beta" not in response.content
    assert (
        client.get(reverse("deadlines:feed_ics", args=[CalendarFeed.objects.get(user=user).token])).status_code == 200
    )


def test_a_case_feed_is_for_those_who_may_see_the_case(client, counsel_case):
    """The per-case file needs a sign-in and a role; it holds the case's items."""
    _, case, _ = counsel_case
    url = reverse("deadlines:case_ics", args=[case.pk])
    assert client.get(url).status_code == 302
    client.force_login(user_with_role("reader", "Paralegal"))
    body = client.get(url).content
    assert len(events(body)) == case.deadlines.count() >= 3
