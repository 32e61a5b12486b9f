"""Calendar feeds (RFC 5545) through the icalendar package: one a user subscribes to, one per case.

Deadlines are all-day events; hearings are timed in their court's zone, with its VTIMEZONE. Each event's UID
is the deadline's own and its SEQUENCE rises whenever the date, time or status changes, so a subscriber's
calendar moves the event instead of adding another; a vacated or superseded one is sent as CANCELLED.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from icalendar import Calendar, Event

from .models import CalendarFeed, Deadline

PRODUCT = "-//Casetracker//Deadlines and hearings//EN"
HEARING_LENGTH = timedelta(hours=1)
CANCELLED = {Deadline.Status.VACATED, Deadline.Status.SUPERSEDED}


def calendar_of(deadlines, *, name: str, site: str) -> bytes:
    """An iCalendar document of the deadlines."""
    feed = Calendar()
    feed.add("prodid", PRODUCT)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", name)
    for deadline in deadlines:
        feed.add_component(event_of(deadline, site))
    feed.add_missing_timezones()
    return feed.to_ical()


def event_of(deadline: Deadline, site: str) -> Event:
    event = Event()
    event.add("uid", deadline.uid)
    event.add("sequence", deadline.sequence)
    event.add("dtstamp", deadline.updated_at)
    event.add("last-modified", deadline.updated_at)
    case = deadline.case
    event.add("summary", f"{deadline.title} — {case.title}")
    if deadline.starts_at:
        event.add("dtstart", deadline.starts_at)
        event.add("dtend", deadline.starts_at + HEARING_LENGTH)
    else:
        event.add("dtstart", deadline.due_date)
        event.add("dtend", deadline.due_date + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    event.add("description", description(deadline))
    event.add("url", f"{site}{deadline.get_absolute_url()}")
    event.add("status", "CANCELLED" if deadline.status in CANCELLED else "CONFIRMED")
    event.add("categories", [deadline.get_kind_display()])
    return event


def description(deadline: Deadline) -> str:
    case = deadline.case
    lines = [f"{case.title}, No. {case.docket_number} ({case.court.citation or case.court_id})", *deadline.explanation]
    if deadline.is_overridden:
        lines.append(f"Date overridden: {deadline.override_reason}")
    if deadline.status != Deadline.Status.OPEN:
        lines.append(f"{deadline.get_status_display()}: {deadline.status_reason}".rstrip(": "))
    return "\n".join(lines)


def feed_build(feed: CalendarFeed, deadlines, *, site: str) -> bytes:
    """Build and store the user's feed; returns its bytes."""
    body = calendar_of(deadlines, name=f"Casetracker: {feed.user.get_username()}", site=site)
    with transaction.atomic():
        CalendarFeed.objects.filter(pk=feed.pk).update(body=body, built_at=timezone.now(), stale=False)
    return body
