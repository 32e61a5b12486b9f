"""Reads of the calendar, scoped to what the user may see: a deadline's access follows its case."""

import calendar as month_calendar
from dataclasses import dataclass
from datetime import date, time, timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Value, Window, prefetch_related_objects
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.utils import timezone

from cases.models import Case, Representation
from casetracker.roles import ATTORNEY

from .models import Deadline, UnreadDate

SHOWN = ("case__court", "rule", "overridden_by", "status_by")


def today() -> date:
    return timezone.localdate()


# A case's search vectors hold every word of its docket: a calendar row needs its name, not them.
CASE_UNSHOWN = ("case__search_vector", "case__docket_vector", "case__class_definition", "case__class_notes")


def deadline_list(*, user) -> QuerySet[Deadline]:
    """Every deadline and hearing the user may see, ready for the calendar's filters."""
    rows = Deadline.objects.for_user(user).select_related(*SHOWN).defer(*CASE_UNSHOWN)
    return rows.order_by("due_date", "time", "pk")


def deadline_get(*, user, pk) -> Deadline:
    return get_object_or_404(deadline_list(user=user).select_related("trigger_entry"), pk=pk)


def deadline_case_id(pk) -> int | None:
    """The case a deadline belongs to, whoever asks: only for logging a screened user's attempt on it."""
    return Deadline.objects.filter(pk=pk).values_list("case_id", flat=True).first()


def responsible_cases(user_id: int) -> QuerySet[Case]:
    """The cases in which the user is counsel of record (an attorney record linked to the user)."""
    appears = Representation.objects.filter(
        case_party__case=OuterRef("pk"), attorney__user_id=user_id, date_terminated__isnull=True
    )
    return Case.objects.filter(Exists(appears))


def mine(queryset: QuerySet[Deadline], user_id: int) -> QuerySet[Deadline]:
    """A user's calendar: what is assigned to them, and everything of the cases they are a responsible attorney in.

    The two sets are read first (each by its index), so the calendar's query is a lookup by id and case, not a
    test of every deadline of the firm against two subqueries.
    """
    assigned = Deadline.assigned_to.through.objects.filter(user_id=user_id).values_list("deadline_id", flat=True)
    cases = responsible_cases(user_id).values_list("pk", flat=True)
    return queryset.filter(Q(pk__in=list(assigned)) | Q(case_id__in=list(cases)))


def attorney_users() -> QuerySet:
    """The users who may be assigned a deadline: those with the Attorney role."""
    return get_user_model().objects.filter(groups__name=ATTORNEY, is_active=True).order_by("username")


PANEL_SHOWN, PANEL_PAST_SHOWN = 20, 10


@dataclass
class CasePanel:
    overdue: list[Deadline]
    upcoming: list[Deadline]
    past: list[Deadline]
    unread: list[UnreadDate]
    counts: dict[str, int]

    @property
    def count(self) -> int:
        return self.counts["total"]


def case_panel(*, user, case: Case) -> CasePanel:
    """The case's deadlines and hearings in three groups: overdue, upcoming, and the rest (done, vacated, past),
    the first few of each; the calendar lists them all. The same four queries however many a case has: the
    counts, the three groups' rows in one query, their assignees, the dates that could not be read."""
    # The case is at hand, read through the access rule by the page: no join to it (or its court), and no second test
    # of the rule, which keeps the queries cheap to plan too.
    rows = Deadline.objects.of_case(user, case).select_related("overridden_by")
    now = today()
    late, coming = overdue_q(now), Q(status=Deadline.Status.OPEN, due_date__gte=now)
    counts = rows.aggregate(overdue=Count("pk", filter=late), upcoming=Count("pk", filter=coming), total=Count("pk"))
    counts["past"] = counts["total"] - counts["overdue"] - counts["upcoming"]
    soonest = ("due_date", "time", "pk")
    groups = [
        rows.filter(late).annotate(group=Value(0)).order_by(*soonest)[:PANEL_SHOWN],
        rows.filter(coming).annotate(group=Value(1)).order_by(*soonest)[:PANEL_SHOWN],
        rows.exclude(late)
        .exclude(coming)
        .annotate(group=Value(2))
        .order_by("-due_date", "-time", "-pk")[:PANEL_PAST_SHOWN],
    ]
    if connection.features.supports_slicing_ordering_in_compound:
        shown = list(groups[0].union(groups[1], groups[2], all=True))
    else:  # SQLite, the embedded default, has no LIMIT inside a UNION: one query a group there
        shown = [row for group in groups for row in group]
    prefetch_related_objects(shown, "assigned_to")
    by_group: dict[int, list[Deadline]] = {0: [], 1: [], 2: []}
    for row in shown:
        row.case = case
        by_group[row.group].append(row)
    by_group[0].sort(key=_soonest)
    by_group[1].sort(key=_soonest)
    by_group[2].sort(key=_soonest, reverse=True)
    unread = list(UnreadDate.objects.filter(case=case).select_related("entry")[:PANEL_SHOWN])
    return CasePanel(overdue=by_group[0], upcoming=by_group[1], past=by_group[2], unread=unread, counts=counts)


def _soonest(row: Deadline):
    return (row.due_date, row.time or time.min, row.pk)


def is_overdue(row: Deadline, now: date) -> bool:
    """The same test as overdue_q, for a row already loaded."""
    return row.status == Deadline.Status.OPEN and row.kind != Deadline.Kind.HEARING and row.due_date < now


@dataclass
class MonthGrid:
    first: date
    weeks: list[list[date]]
    by_day: dict[date, list[Deadline]]
    counts: dict[date, int]

    @property
    def previous(self) -> date:
        return (self.first - timedelta(days=1)).replace(day=1)

    @property
    def next(self) -> date:
        return (self.first + timedelta(days=32)).replace(day=1)


PER_DAY = 4  # a day's cell lists the first few; the agenda lists them all
# What a month's cell shows of an item, and of its case.
CELL_FIELDS = (
    "kind", "status", "title", "due_date", "computed_date", "time", "time_zone", "clerk_date", "override_date",
    "case__case_name", "case__short_name",
)  # fmt: skip


def month_grid(queryset: QuerySet[Deadline], first: date) -> MonthGrid:
    """The month's weeks (Sunday first, as court calendars print them) with each day's first items and count."""
    weeks = month_calendar.Calendar(firstweekday=6).monthdatescalendar(first.year, first.month)
    start, end = weeks[0][0], weeks[-1][-1]
    in_view = queryset.filter(due_date__range=(start, end))
    counts = dict(in_view.order_by().values_list("due_date").annotate(n=Count("pk")))
    order = [F("time").asc(nulls_first=True), F("pk").asc()]
    # Rank on the deadline table alone, then load just the few rows each day shows, with what they show.
    ranked = in_view.order_by().annotate(rank=Window(RowNumber(), partition_by=[F("due_date")], order_by=order))
    ids = list(ranked.filter(rank__lte=PER_DAY).values_list("pk", flat=True))
    shown: dict[date, list[Deadline]] = {}
    cells = Deadline.objects.filter(pk__in=ids).select_related("case").only(*CELL_FIELDS)
    for row in cells.order_by("due_date", *order):
        shown.setdefault(row.due_date, []).append(row)
    return MonthGrid(first=first, weeks=weeks, by_day=shown, counts=counts)


def overdue_q(now: date) -> Q:
    """Open deadlines whose day has passed (a past hearing is simply past). A terminated case has none open but
    those its judgment started, which are as overdue as any."""
    return Q(status=Deadline.Status.OPEN, due_date__lt=now) & ~Q(kind=Deadline.Kind.HEARING)


class AgendaWindow:
    """Overdue items first, then the rest by date: two index-friendly lists a paginator slices as one.

    Ordering one list by "is it overdue" would sort every open item of the firm on each request; two lists,
    each in date order, are read a page at a time.
    """

    def __init__(self, overdue: QuerySet[Deadline], rest: QuerySet[Deadline]):
        self.overdue, self.rest = overdue, rest
        self._overdue_count: int | None = None

    def overdue_count(self) -> int:
        if self._overdue_count is None:
            self._overdue_count = self.overdue.count()
        return self._overdue_count

    def count(self) -> int:
        return self.overdue_count() + self.rest.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[Deadline]:
        start, stop, late = window.start or 0, window.stop, self.overdue_count()
        rows = list(self.overdue[start:stop]) if start < late else []
        rows += list(self.rest[max(start - late, 0) : stop - late]) if stop > late else []
        return rows


def agenda(queryset: QuerySet[Deadline], now: date, *, whole_range: bool = False):
    """Overdue items first, then by date and time; from today on unless a date range is asked for."""
    late = overdue_q(now)
    order = ("due_date", F("time").asc(nulls_first=True), "pk")
    rest = queryset.exclude(late) if whole_range else queryset.filter(due_date__gte=now)
    return AgendaWindow(queryset.filter(late).order_by(*order), rest.order_by(*order))
