"""Rule 6 counting, as tables: every federal holiday, observed days, weekends, backward periods, the method in force
before December 1, 2009, Rule 6(d)'s three days, court days, and the days administrators enter."""

from datetime import date

import pytest

from deadlines.calendars import court_calendar, federal_holidays
from deadlines.counting import BEFORE, COURT_DAYS, CourtCalendar, count_period

FEDERAL = CourtCalendar(holidays=federal_holidays())


def due(trigger, days, **options):
    return count_period(trigger, days, calendar_of_court=options.pop("calendar", FEDERAL), citation="Rule", **options)


# (period's last day before any roll, the day it runs to, why): each federal holiday in one of several years.
HOLIDAYS = [
    (date(2024, 1, 1), date(2024, 1, 2), "New Year's Day, a Monday"),
    (date(2021, 12, 31), date(2022, 1, 3), "New Year's Day 2022 fell on a Saturday: observed Friday, December 31"),
    (date(2023, 1, 2), date(2023, 1, 3), "New Year's Day 2023 fell on a Sunday: observed Monday, January 2"),
    (date(2025, 1, 20), date(2025, 1, 21), "Birthday of Martin Luther King, Jr."),
    (date(2019, 1, 21), date(2019, 1, 22), "Birthday of Martin Luther King, Jr., another year"),
    (date(2025, 2, 17), date(2025, 2, 18), "Washington's Birthday"),
    (date(2020, 5, 25), date(2020, 5, 26), "Memorial Day"),
    (date(2021, 6, 18), date(2021, 6, 21), "Juneteenth 2021 fell on a Saturday: observed Friday, June 18"),
    (date(2023, 6, 19), date(2023, 6, 20), "Juneteenth National Independence Day"),
    (date(2026, 7, 3), date(2026, 7, 6), "Independence Day 2026 falls on a Saturday: observed Friday, July 3"),
    (date(2021, 7, 5), date(2021, 7, 6), "Independence Day 2021 fell on a Sunday: observed Monday, July 5"),
    (date(2025, 9, 1), date(2025, 9, 2), "Labor Day"),
    (date(2024, 10, 14), date(2024, 10, 15), "Columbus Day"),
    (date(2023, 11, 10), date(2023, 11, 13), "Veterans Day 2023 fell on a Saturday: observed Friday, November 10"),
    (date(2022, 11, 11), date(2022, 11, 14), "Veterans Day, a Friday"),
    (date(2025, 11, 27), date(2025, 11, 28), "Thanksgiving Day"),
    (date(2022, 12, 26), date(2022, 12, 27), "Christmas 2022 fell on a Sunday: observed Monday, December 26"),
    (date(2024, 12, 25), date(2024, 12, 26), "Christmas Day"),
]


@pytest.mark.parametrize(("last_day", "runs_to", "why"), HOLIDAYS, ids=[row[2] for row in HOLIDAYS])
def test_a_period_ending_on_a_legal_holiday_runs_to_the_next_open_day(last_day, runs_to, why):
    """Rule 6(a)(1)(C) and 6(a)(6)(A): the days set aside by statute, as observed."""
    trigger = date.fromordinal(last_day.toordinal() - 14)
    count = due(trigger, 14)
    assert count.due == runs_to, why
    assert "legal holiday" in count.steps[-1]


def test_juneteenth_is_a_legal_holiday_only_from_2021():
    """Before the 2021 act, June 19 was an ordinary day."""
    assert due(date(2020, 6, 5), 14).due == date(2020, 6, 19)
    assert due(date(2024, 6, 5), 14).due == date(2024, 6, 20)


@pytest.mark.parametrize(
    ("trigger", "days", "runs_to"),
    [
        (date(2023, 3, 13), 21, date(2023, 4, 3)),  # Monday: nothing to roll
        (date(2023, 3, 11), 21, date(2023, 4, 3)),  # lands on Saturday April 1
        (date(2023, 3, 12), 21, date(2023, 4, 3)),  # lands on Sunday April 2
        (date(2025, 1, 21), 90, date(2025, 4, 21)),  # the reference case's Rule 4(m) day, a Monday
        (date(2006, 4, 11), 60, date(2006, 6, 12)),  # cacd entry 13: Saturday June 10 runs to Monday June 12
    ],
)
def test_every_day_counts_and_a_weekend_end_runs_to_monday(trigger, days, runs_to):
    """Rule 6(a)(1)(A)-(C): exclude the trigger day, count every day, a Saturday or Sunday end runs on."""
    assert due(trigger, days).due == runs_to


def test_the_explanation_reads_like_a_docketing_clerks():
    """Each step in words: the rule, the period, the day it lands on, and why it moved."""
    assert due(date(2023, 3, 13), 21).steps == ["Rule: 21 days → Monday 4/3/2023."]
    assert due(date(2006, 4, 11), 60).steps == [
        "Rule: 60 days → Saturday 6/10/2006.",
        "6/10/2006 is a Saturday: Fed. R. Civ. P. 6(a)(1)(C) runs to Monday 6/12/2006.",
    ]


@pytest.mark.parametrize(
    ("event", "days", "runs_to"),
    [
        (date(2023, 12, 8), 21, date(2023, 11, 17)),  # a Friday: nothing to roll
        (date(2024, 1, 22), 21, date(2023, 12, 29)),  # lands on New Year's Day: runs back to Friday
        (date(2023, 7, 25), 21, date(2023, 7, 3)),  # lands on Independence Day: runs back to Monday
        (date(2024, 3, 29), 20, date(2024, 3, 8)),  # lands on Saturday: runs back to Friday
    ],
)
def test_a_period_counted_backward_runs_back_to_an_open_day(event, days, runs_to):
    """Rule 6(a)(5): "next day" before an event is the day before, when the last day is closed."""
    assert due(event, days, direction=BEFORE).due == runs_to


@pytest.mark.parametrize(
    ("trigger", "days", "runs_to", "why"),
    [
        (date(2006, 4, 3), 10, date(2006, 4, 17), "10 days skip the two weekends between"),
        (date(2008, 12, 19), 10, date(2009, 1, 6), "and skip Christmas and New Year's Day"),
        (date(2000, 5, 8), 10, date(2000, 5, 22), "nysd_4606 entry 9: the clerk's 5/22/00"),
        (date(2006, 2, 9), 20, date(2006, 3, 1), "20 days are counted day by day: cacd entry 7"),
        (date(2009, 11, 30), 10, date(2009, 12, 14), "the last trigger date of the former method"),
        (date(2009, 12, 1), 10, date(2009, 12, 11), "from December 1, 2009 every day counts"),
    ],
)
def test_before_december_2009_short_periods_skip_weekends_and_holidays(trigger, days, runs_to, why):
    """Former Rule 6(a): a period under 11 days excluded intermediate Saturdays, Sundays and legal holidays."""
    assert due(trigger, days).due == runs_to, why


@pytest.mark.parametrize(
    ("trigger", "runs_to", "why"),
    [
        (date(2023, 3, 13), date(2023, 3, 30), "14 days to Monday 3/27, then 3 more"),
        (date(2023, 3, 8), date(2023, 3, 27), "the third day is a Saturday: on to Monday"),
        (date(2023, 3, 11), date(2023, 3, 30), "the period first runs past its weekend, then 3 days are added"),
    ],
)
def test_rule_6d_adds_three_days_after_the_period_would_expire(trigger, runs_to, why):
    """Served by mail: 3 days after the period would otherwise expire under Rule 6(a), and that end rolls too."""
    count = due(trigger, 14, add_service_days=True)
    assert count.due == runs_to, why
    assert any("6(d) adds 3 days" in step for step in count.steps)


def test_court_days_skip_weekends_and_holidays():
    """A local rule's court days: Friday June 30, 2023 plus 5 skips the weekend and Independence Day."""
    assert due(date(2023, 6, 30), 5, unit=COURT_DAYS).due == date(2023, 7, 10)


@pytest.mark.django_db
def test_a_day_the_president_declared_is_a_legal_holiday_everywhere():
    """Rule 6(a)(6)(B): the National Day of Mourning of January 9, 2025 runs a period to the next day."""
    from cases.models import Court

    calendar = court_calendar(Court.objects.get(pk="nysd"))
    count = due(date(2024, 12, 26), 14, calendar=calendar)
    assert count.due == date(2025, 1, 10)
    assert "National Day of Mourning for President Jimmy Carter" in count.steps[-1]


@pytest.mark.django_db
def test_an_inaccessible_clerks_office_counts_in_its_court_only():
    """Rule 6(a)(3): a closure an administrator enters for one court does not move another court's deadline."""
    from cases.models import Court
    from deadlines.models import CourtClosure

    cand, nysd = Court.objects.get(pk="cand"), Court.objects.get(pk="nysd")
    CourtClosure.objects.create(date=date(2024, 3, 5), court=cand, kind="inaccessible", name="Power outage")
    assert due(date(2024, 2, 20), 14, calendar=court_calendar(cand)).due == date(2024, 3, 6)
    assert due(date(2024, 2, 20), 14, calendar=court_calendar(nysd)).due == date(2024, 3, 5)


@pytest.mark.django_db
def test_state_holidays_count_where_the_district_applies_them_and_only_after_an_event():
    """Rule 6(a)(6)(C): Cesar Chavez Day (March 31, 2023, California) moves a period in a district that applies
    California's holidays, and never a period counted backward."""
    from cases.models import Court

    cand = Court.objects.get(pk="cand")
    assert due(date(2023, 3, 17), 14, calendar=court_calendar(cand)).due == date(2023, 3, 31)
    cand.applies_state_holidays = True
    assert due(date(2023, 3, 17), 14, calendar=court_calendar(cand)).due == date(2023, 4, 3)
    backward = court_calendar(cand, after_event=False)
    assert due(date(2023, 4, 14), 14, direction=BEFORE, calendar=backward).due == date(2023, 3, 31)
