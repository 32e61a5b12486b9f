"""Each court's legal holidays (Rule 6(a)(6)): the federal holidays, the days administrators enter, and the
state's holidays where a district applies them."""

from datetime import date
from functools import lru_cache

import holidays

from cases.models import Court

from .counting import CourtCalendar
from .models import CourtClosure

STATE_CODES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Guam": "GU", "Hawaii": "HI",
    "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY",
    "Louisiana": "LA", "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV", "New Hampshire": "NH",
    "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC", "North Dakota": "ND",
    "Northern Mariana Islands": "MP", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Puerto Rico": "PR", "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN",
    "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virgin Islands": "VI", "Virginia": "VA", "Washington": "WA",
    "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
}  # fmt: skip
YEARS = range(1990, 2041)


@lru_cache(maxsize=1)
def federal_holidays() -> dict[date, str]:
    """Rule 6(a)(6)(A)'s days set aside by statute, with the days observed when one falls on a weekend
    (5 U.S.C. § 6103(b)): New Year's Day on a Saturday is observed on Friday, December 31."""
    return dict(holidays.US(years=YEARS, observed=True, categories=holidays.PUBLIC))


@lru_cache(maxsize=64)
def state_holidays(state_code: str) -> dict[date, str]:
    """The state's own legal holidays, beyond the federal ones."""
    federal = federal_holidays()
    days = holidays.country_holidays("US", subdiv=state_code, years=YEARS, observed=True)
    return {day: name for day, name in days.items() if day not in federal}


def court_calendar(court: Court, *, after_event: bool = True) -> CourtCalendar:
    """The days the court's clerk's office counts as closed. State holidays count only for periods measured
    after an event (Rule 6(a)(6)(C)), and only in a district that applies them."""
    days = dict(federal_holidays())
    if after_event and court.applies_state_holidays and court.location in STATE_CODES:
        days.update(state_holidays(STATE_CODES[court.location]))
    closures = CourtClosure.objects.filter(court__isnull=True) | CourtClosure.objects.filter(court=court)
    days.update(closures.values_list("date", "name"))
    return CourtCalendar(holidays=days)
