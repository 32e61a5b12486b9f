"""Docket entries that trigger deadlines, in the words CM/ECF uses."""

from datetime import date

from filings.models import DocketEntry, EventType
from filings.services import docket_entry_record


def entry(case, text: str, filed: date, *, number: int | None = None, code: str | None = None) -> DocketEntry:
    """Record an entry the way a person does (the rules and the seam run)."""
    event_type = EventType.objects.get(code=code) if code else None
    return docket_entry_record(
        entry=DocketEntry(case=case, description=text, date_filed=filed, entry_number=number, event_type=event_type)
    )


def summons_executed(case, party: str, served: date, *, number: int, clerk_due: date | None = None) -> DocketEntry:
    due = f", answer due {clerk_due.month}/{clerk_due.day}/{clerk_due.year}" if clerk_due else ""
    on = f"{served.month}/{served.day}/{served.year}"
    text = f"SUMMONS Returned Executed by Acme Widgets, Inc.. {party} served on {on}{due}."
    return entry(case, text, served, number=number)
