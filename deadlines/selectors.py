"""Reads of the calendar, scoped to what the user may see: a deadline's access follows its case."""

import calendar as month_calendar
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db import models as db
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.utils import timezone

from cases.models import Case, Representation
from casetracker.roles import ATTORNEY

from .models import Deadline, UnreadDate

SHOWN = ("case__court", "rule", "trigger_entry", "overridden_by", "status_by")


def today() -> date:
    return timezone.localdate()


def deadline_list(*, user) -> QuerySet[Deadline]:
    """Every deadline and hearing the user may see, ready for the calendar's filters."""
    return Deadline.objects.for_user(user).select_related(*SHOWN).order_by("due_date", "time", "pk")


def deadline_get(*, user, pk) -> Deadline:
    return get_object_or_404(deadline_list(user=user), pk=pk)


def responsible_cases(user_id: int) -> QuerySet[Case]:
    """The cases in which the user is counsel of record (an attorney record linked to the user)."""
    appears = Representation.objects.filter(
        case_party__case=OuterRef("pk"), attorney__user_id=user_id, date_terminated__isnull=True
    )
    return Case.objects.filter(Exists(appears))


def mine(queryset: QuerySet[Deadline], user_id: int) -> QuerySet[Deadline]:
    """A user's calendar: what is assigned to them, and everything of the cases they are a responsible attorney in."""
    assigned = Deadline.assigned_to.through.objects.filter(deadline=OuterRef("pk"), user_id=user_id)
    return queryset.filter(Exists(assigned) | Q(case__in=responsible_cases(user_id)))


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
    the first few of each; the calendar lists them all. The same queries however many a case has."""
    rows = deadline_list(user=user).filter(case=case).prefetch_related("assigned_to")
    now = today()
    late, coming = overdue_q(now), Q(status=Deadline.Status.OPEN, due_date__gte=now)
    counts = rows.aggregate(overdue=Count("pk", filter=late), upcoming=Count("pk", filter=coming), total=Count("pk"))
    counts["past"] = counts["total"] - counts["overdue"] - counts["upcoming"]
    return CasePanel(
        overdue=list(rows.filter(late)[:PANEL_SHOWN]),
        upcoming=list(rows.filter(coming)[:PANEL_SHOWN]),
        past=list(rows.exclude(late).exclude(coming).order_by("-due_date", "-time", "-pk")[:PANEL_PAST_SHOWN]),
        unread=list(UnreadDate.objects.filter(case=case).select_related("entry")[:PANEL_SHOWN]),
        counts=counts,
    )


def is_overdue(row: Deadline, now: date, case: Case) -> bool:
    """The same test as overdue_q, for a row already loaded."""
    return (
        row.status == Deadline.Status.OPEN
        and row.kind != Deadline.Kind.HEARING
        and row.due_date < now
        and not case.is_terminated
    )


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


def month_grid(queryset: QuerySet[Deadline], first: date) -> MonthGrid:
    """The month's weeks (Sunday first, as court calendars print them) with each day's first items and count."""
    weeks = month_calendar.Calendar(firstweekday=6).monthdatescalendar(first.year, first.month)
    start, end = weeks[0][0], weeks[-1][-1]
    in_view = queryset.filter(due_date__range=(start, end))
    counts = dict(in_view.order_by().values_list("due_date").annotate(n=Count("pk")))
    order = [F("time").asc(nulls_first=True), F("pk").asc()]
    ranked = in_view.annotate(rank=Window(RowNumber(), partition_by=[F("due_date")], order_by=order))
    shown: dict[date, list[Deadline]] = {}
    for row in ranked.filter(rank__lte=PER_DAY).order_by("due_date", "rank"):
        shown.setdefault(row.due_date, []).append(row)
    return MonthGrid(first=first, weeks=weeks, by_day=shown, counts=counts)


def overdue_q(now: date) -> Q:
    """Open deadlines whose day has passed, in open cases (a past hearing is simply past)."""
    return (
        Q(status=Deadline.Status.OPEN, due_date__lt=now)
        & ~Q(kind=Deadline.Kind.HEARING)
        & ~Q(case__status=Case.Status.TERMINATED)
    )


def agenda(queryset: QuerySet[Deadline], now: date, *, whole_range: bool = False) -> QuerySet[Deadline]:
    """Overdue items first, then by date and time. Unless a date range is asked for, from today on."""
    late = overdue_q(now)
    if not whole_range:
        queryset = queryset.filter(late | Q(due_date__gte=now))
    rank = db.Case(db.When(late, then=db.Value(0)), default=db.Value(1), output_field=db.IntegerField())
    return queryset.annotate(late=rank).order_by("late", "due_date", F("time").asc(nulls_first=True), "pk")
