"""The calendar's filters. Every filter lives in the URL, so a filtered calendar can be bookmarked and shared."""

import django_filters
from django import forms

from cases.filter_fields import DateRangeWidget
from cases.filters import court_choices
from cases.widgets import FastSelect

from .models import Deadline
from .selectors import attorney_users, mine

ANY = "Any"


def attorney_choices():
    return [(user.pk, user.get_full_name() or user.get_username()) for user in attorney_users()]


class CalendarFilter(django_filters.FilterSet):
    attorney = django_filters.ChoiceFilter(
        label="Attorney", choices=attorney_choices, method="filter_attorney", empty_label=ANY, widget=FastSelect
    )
    court = django_filters.ChoiceFilter(
        label="Court", field_name="case__court_id", choices=court_choices, empty_label=ANY, widget=FastSelect
    )
    case = django_filters.NumberFilter(field_name="case_id", widget=forms.HiddenInput)
    kind = django_filters.ChoiceFilter(choices=Deadline.Kind.choices, empty_label=ANY, widget=FastSelect)
    status = django_filters.ChoiceFilter(choices=Deadline.Status.choices, empty_label=ANY, widget=FastSelect)
    due = django_filters.DateFromToRangeFilter(label="Due", field_name="due_date", widget=DateRangeWidget)

    class Meta:
        model = Deadline
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["attorney"].extra["choices"] = attorney_choices()
        self.filters["court"].extra["choices"] = court_choices()

    def filter_attorney(self, queryset, name, value):
        return mine(queryset, int(value))
