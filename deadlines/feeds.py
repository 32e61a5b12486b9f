"""Calendar feeds (RFC 5545) through the icalendar package: one a user subscribes to, one per case.

Deadlines are all-day events; hearings are timed in their court's zone, with its VTIMEZONE. Each event's UID
is the deadline's own and its SEQUENCE rises whenever the date, time or status changes, so a subscriber's
calendar moves the event instead of adding another; a vacated or superseded one is sent as CANCELLED.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from icalendar import Calendar, Event, Timezone

from .models import CalendarFeed, Deadline, FeedEvent

PRODUCT = "-//Casetracker//Deadlines and hearings//EN"
HEARING_LENGTH = timedelta(hours=1)
CANCELLED = {Deadline.Status.VACATED, Deadline.Status.SUPERSEDED}


END = "END:VCALENDAR\r\n"


def calendar_of(deadlines, *, name: str, site: str) -> bytes:
    """An iCalendar document of the deadlines: the calendar's head and the zones its hearings use, then each
    event as last written (written again only for a deadline whose SEQUENCE moved on)."""
    deadlines = list(deadlines)
    events = events_of(deadlines, site)
    head = Calendar()
    head.add("prodid", PRODUCT)
    head.add("version", "2.0")
    head.add("calscale", "GREGORIAN")
    head.add("x-wr-calname", name)
    for zone in sorted({deadline.time_zone or settings.TIME_ZONE for deadline in deadlines if deadline.time}):
        head.add_component(Timezone.from_tzid(zone))
    text = head.to_ical().decode()
    return (text[: -len(END)] + "".join(events) + END).encode()


def events_of(deadlines: list[Deadline], site: str) -> list[str]:
    ids = [deadline.pk for deadline in deadlines]
    stored = {row.deadline_id: row for row in FeedEvent.objects.filter(deadline_id__in=ids)}
    events, written = [], []
    for deadline in deadlines:
        row = stored.get(deadline.pk)
        if row is None or row.sequence != deadline.sequence:
            text = event_of(deadline, site).to_ical().decode()
            row = FeedEvent(deadline=deadline, sequence=deadline.sequence, text=text)
            written.append(row)
        events.append(row.text)
    FeedEvent.objects.bulk_create(
        written, batch_size=500, update_conflicts=True, unique_fields=["deadline"], update_fields=["sequence", "text"]
    )
    return events


def event_of(deadline: Deadline, site: str) -> Event:
    event = Event()
    event.add("uid", deadline.uid)
    event.add("sequence", deadline.sequence)
    event.add("dtstamp", deadline.updated_at)
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
