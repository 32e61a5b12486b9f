"""Counting a period exactly as Fed. R. Civ. P. 6 counts it. Plain functions of dates; nothing here reads the database.

Rule 6(a)(1), in force since December 1, 2009: exclude the day of the event that triggers the period; count
every day, including intermediate Saturdays, Sundays and legal holidays; include the last day, but if it is a
Saturday, Sunday or legal holiday the period runs until the end of the next day that is not. A period counted
backward (Rule 6(a)(5), "before an event") runs to the next such day before the event, not after.

Before December 1, 2009 (former Rule 6(a)), a period of less than 11 days excluded intermediate Saturdays,
Sundays and legal holidays; a deadline follows the method in force on its trigger date.

Rule 6(d) adds 3 days after the period would otherwise expire when service is made by mail, by leaving with
the clerk, or by other means consented to (other than electronic service); the added period ends, like any
other, on a day the clerk's office is open.
"""

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

NEW_METHOD = date(2009, 12, 1)  # the time-computation amendments to the Civil, Criminal, Appellate and Bankruptcy Rules
SHORT_PERIOD = 11  # former Rule 6(a): periods "less than 11 days" skipped weekends and holidays
SERVICE_DAYS = 3
CALENDAR_DAYS, COURT_DAYS = "calendar_days", "court_days"
AFTER, BEFORE = "after", "before"


@dataclass(frozen=True)
class CourtCalendar:
    """The days a court's clerk's office counts as closed: weekends, and the legal holidays given by date."""

    holidays: dict[date, str] = field(default_factory=dict)

    def closed_because(self, day: date) -> str | None:
        """Why the day cannot be the last day of a period, or None when it can."""
        if day in self.holidays:
            return self.holidays[day]
        if day.weekday() >= 5:
            return calendar.day_name[day.weekday()]
        return None


@dataclass
class Count:
    """A counted period: its last day, and how it was reached, step by step, in words."""

    due: date
    steps: list[str]


def day_text(day: date) -> str:
    """ "Monday 4/3/2023", as a docketing clerk writes it."""
    return f"{calendar.day_name[day.weekday()]} {day.month}/{day.day}/{day.year}"


def count_period(
    trigger: date,
    days: int,
    *,
    calendar_of_court: CourtCalendar,
    citation: str,
    unit: str = CALENDAR_DAYS,
    direction: str = AFTER,
    add_service_days: bool = False,
) -> Count:
    """Count ``days`` after (or before) the trigger date under the method in force on that date."""
    step = 1 if direction == AFTER else -1
    skip_closed = unit == COURT_DAYS or (trigger < NEW_METHOD and days < SHORT_PERIOD)
    end = _counted(trigger, days, step, calendar_of_court, skip_closed)
    unit_word = "court days" if unit == COURT_DAYS else "days"
    old = skip_closed and unit != COURT_DAYS
    method = " (former Rule 6(a): intermediate weekends and holidays not counted)" if old else ""
    before = " before" if direction == BEFORE else ""
    steps = [f"{citation}: {days} {unit_word}{before}{method} → {day_text(end)}."]
    end = _rolled(end, step, calendar_of_court, steps)
    if add_service_days:
        end = end + timedelta(days=SERVICE_DAYS)
        steps.append(
            f"Served by mail or by other non-electronic means: Fed. R. Civ. P. 6(d) adds 3 days → {day_text(end)}."
        )
        end = _rolled(end, 1, calendar_of_court, steps)
    return Count(due=end, steps=steps)


def _counted(start: date, days: int, step: int, court: CourtCalendar, skip_closed: bool) -> date:
    if not skip_closed:
        return start + timedelta(days=days * step)
    day, counted = start, 0
    while counted < days:
        day += timedelta(days=step)
        if court.closed_because(day) is None:
            counted += 1
    return day


def _rolled(end: date, step: int, court: CourtCalendar, steps: list[str]) -> date:
    """Rule 6(a)(1)(C) and (5): a last day the clerk's office is closed runs on to the next day it is open."""
    reason = court.closed_because(end)
    if reason is None:
        return end
    day = end
    while court.closed_because(day):
        day += timedelta(days=step)
    rule = "6(a)(1)(C)" if step > 0 else "6(a)(1)(C) and 6(a)(5), counting backward,"
    closed = f"a {reason}" if reason in calendar.day_name else f"a legal holiday ({reason})"
    steps.append(f"{end.month}/{end.day}/{end.year} is {closed}: Fed. R. Civ. P. {rule} runs to {day_text(day)}.")
    return day
