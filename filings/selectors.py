"""Reads of the docket and the chronology. The case page and the PDF report both start here."""

from dataclasses import dataclass
from datetime import date

from django.db.models import BigIntegerField, Q, QuerySet, Value
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404

from cases.models import Case

from .models import ChronologyFact, DocketAttachment, DocketEntry, EventType


def docket_entry_list(
    *,
    case: Case,
    date_from: date | None = None,
    date_to: date | None = None,
    event_type_id: int | None = None,
    query: str = "",
    newest_first: bool = False,
) -> QuerySet[DocketEntry]:
    """The case's docket in docket order (or its reverse), narrowed by date range, event type and words in the
    text."""
    order = ("-date_filed", "-sequence") if newest_first else ("date_filed", "sequence")
    words = query.split()
    entries = _entries_of(case, searching=bool(words)).select_related("event_type", "filed_by").order_by(*order)
    if date_from:
        entries = entries.filter(date_filed__gte=date_from)
    if date_to:
        entries = entries.filter(date_filed__lte=date_to)
    if event_type_id:
        entries = entries.filter(event_type_id=event_type_id)
    for word in words:
        entries = entries.filter(description__icontains=word)
    return entries


def _entries_of(case: Case, *, searching: bool) -> QuerySet[DocketEntry]:
    """The case's entries. Searched, the case is named by a bigint, the column's own type: PostgreSQL looks words up
    in the (case, text) trigram index only for a comparison of the same type, never for the integer a plain
    filter sends."""
    if not searching:
        return case.docket_entries.all()
    return DocketEntry.objects.filter(case_id=Cast(Value(case.pk), BigIntegerField()))


class DocketWindow:
    """A docket a paginator can slice cheaply at any depth.

    A slice first takes the page's ids from an index-only scan, then loads just those rows, so page
    150 of a 10,000-entry docket costs what page 1 does.
    """

    def __init__(self, entries: QuerySet[DocketEntry]):
        self.entries = entries

    def count(self) -> int:
        return self.entries.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[DocketEntry]:
        ids = list(self.entries.values_list("pk", flat=True)[window])
        rows = self.entries.in_bulk(ids)
        return [rows[pk] for pk in ids]


@dataclass(frozen=True)
class TimelineItem:
    """One point on a case's timeline: a chronology fact or a docket entry."""

    date: date
    date_display: str
    kind: str  # "fact" or "entry"
    text: str
    fact: ChronologyFact | None = None
    entry: DocketEntry | None = None

    @property
    def sort_key(self):
        position = self.entry.sequence if self.entry else 0
        return (self.date, 0 if self.fact else 1, position)


def case_timeline(*, case: Case, milestones_only: bool = True) -> list[TimelineItem]:
    """Chronology facts and docket events merged in date order, each date shown at its true precision.

    By default only milestone entries (complaint, answer, dispositive motions, judgment, dismissal)
    join the facts, so a 10,000-entry docket still reads as a timeline.
    """
    entries = case.docket_entries.select_related("event_type")
    if milestones_only:  # a list of ids, so the (case, event type) index answers it on a 10,000-entry docket
        entries = _first_complaint_only(
            entries.filter(
                event_type_id__in=list(EventType.objects.filter(is_milestone=True).values_list("pk", flat=True))
            )
        )
    items = [TimelineItem(f.date, f.date_display, "fact", f.description, fact=f) for f in case.facts.all()]
    items += [
        TimelineItem(e.date_filed, f"{e.date_filed:%B %-d, %Y}", "entry", e.description, entry=e) for e in entries
    ]
    return sorted(items, key=lambda item: item.sort_key)


def _first_complaint_only(entries) -> list[DocketEntry]:
    """A case is commenced once: later entries typed complaint (a second filing of the same paper, a clerk's
    copy) are no milestone of their own. Amended complaints have their own type and each stays."""
    kept, complained = [], False
    for entry in entries:  # docket order
        is_complaint = entry.event_type is not None and entry.event_type.code == "complaint"
        if not (is_complaint and complained):
            kept.append(entry)
        complained = complained or is_complaint
    return kept


def entry_get(*, user, case_pk: int, pk: int) -> DocketEntry:
    """A docket entry of a case the user may see; any other is a 404."""
    return get_object_or_404(DocketEntry.objects.for_user(user).select_related("case"), case_id=case_pk, pk=pk)


def attachment_get(*, user, case_pk: int, pk: int) -> DocketAttachment:
    """An attachment of a case the user may see (and the view permission on attachments); any other is a 404."""
    return get_object_or_404(
        DocketAttachment.objects.for_user(user).select_related("entry__case"), entry__case_id=case_pk, pk=pk
    )


def attachment_case_id(pk) -> int | None:
    """The case an attachment belongs to, whoever asks: only for logging a screened user's attempt on it."""
    return DocketAttachment.objects.filter(pk=pk).values_list("entry__case_id", flat=True).first()


def entry_docket_page(entry: DocketEntry, page_size: int) -> int:
    """The page of the unfiltered docket, in docket order, that shows this entry."""
    before = entry.case.docket_entries.filter(
        Q(date_filed__lt=entry.date_filed) | Q(date_filed=entry.date_filed, sequence__lt=entry.sequence)
    ).count()
    return before // page_size + 1
