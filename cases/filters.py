"""The case list's filters. Every filter lives in the URL, so a filtered list can be bookmarked and shared."""

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.db.models.lookups import Exact

from .docket_numbers import parse_docket_number
from .models import Case, CauseOfAction, Claim, Court, Party
from .widgets import FastSelect

SORTS = {
    "filed": ("-date_filed", "-id"),
    "-filed": ("date_filed", "id"),
    "name": ("case_name", "id"),
    "-name": ("-case_name", "-id"),
    "docket": ("docket_number", "id"),
    "-docket": ("-docket_number", "-id"),
    "terminated": ("-date_terminated", "-id"),
    "-terminated": ("date_terminated", "id"),
    "court": ("court_id", "-date_filed"),
    "-court": ("-court_id", "date_filed"),
}
ANY = "Any"


class DateRangeWidget(django_filters.widgets.DateRangeWidget):
    """Two date inputs, "from" and "to", each named for screen readers."""

    suffixes = ["from", "to"]
    template_name = "includes/date_range_widget.html"

    def __init__(self, attrs=None):
        super().__init__(attrs={"type": "date", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        for subwidget, suffix in zip(context["widget"]["subwidgets"], self.suffixes, strict=True):
            subwidget["attrs"]["aria-label"] = f"{name.replace('_', ' ')} {suffix}".capitalize()
        return context


class DocketMatch(RawSQL):
    """True when every word of the search appears somewhere in the case's docket text (one GIN lookup)."""

    def __init__(self, words: str):
        super().__init__('"cases_case"."docket_vector" @@ casetracker_docket_query(%s)', [words], BooleanField())


def case_search(queryset, value: str):
    """Words in the docket number, case name, parties, counsel or docket text; a docket number matches exactly."""
    value = value.strip()[:200]
    if not value:
        return queryset
    try:
        exact = Q(docket_number=parse_docket_number(value).normalized)
    except ValidationError:
        exact = Q(pk__in=[])
    # The same condition as the matter number's unique index, so PostgreSQL looks it up in that index.
    exact |= Q(Exact(Lower("matter_number"), value.lower())) & ~Q(matter_number="")
    if connection.vendor == "postgresql":
        names = Q(search_vector=SearchQuery(value, config="english", search_type="websearch"))
        return queryset.filter(exact | names | Q(DocketMatch(value)) | Q(pk__in=_notes_search(value)))
    return queryset.filter(exact | Q(pk__in=_simple_search(value)) | Q(pk__in=_notes_search(value)))


def _notes_search(value: str):
    """The cases whose notes (or their annotations) hold the words. The notes app sits above this one, so its rows
    are reached through the relation's name, never imported."""
    if connection.vendor == "postgresql":
        query = SearchQuery(value, config="english", search_type="websearch")
        vector = SearchVector("notes__text", config="english")  # the expression the notes' GIN index holds
        return Case.objects.annotate(note_words=vector).filter(note_words=query).values("pk")
    return Case.objects.filter(notes__text__icontains=value).values("pk")


def _simple_search(value: str):
    """The embedded SQLite default has no tsvector: a plain substring search is enough for its data."""
    words = Q()
    for field in ["case_name", "short_name", "docket_number", "case_parties__party__name"]:
        words |= Q(**{f"{field}__icontains": value})
    words |= Q(case_parties__representations__attorney__name__icontains=value)
    words |= Q(docket_entries__description__icontains=value)
    return Case.objects.filter(words).values("pk")


def visible_parties(request):
    """A party filter by id names only a party the user may see."""
    return Party.objects.for_user(request.user) if request else Party.objects.none()


def court_choices():
    """Active courts by citation. Plain tuples: a select of 400 model instances is slow to build."""
    courts = Court.objects.filter(is_active=True).order_by("citation").values_list("id", "citation", "name")
    return [(pk, f"{citation} · {name}" if citation else name) for pk, citation, name in courts]


def cause_choices():
    return list(CauseOfAction.objects.values_list("id", "name"))


class CaseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Search", method="filter_search")
    court = django_filters.ChoiceFilter(
        field_name="court_id", choices=court_choices, empty_label=ANY, widget=FastSelect
    )
    status = django_filters.ChoiceFilter(choices=Case.Status.choices, empty_label=ANY, widget=FastSelect)
    disposition = django_filters.ChoiceFilter(choices=Case.Disposition.choices, empty_label=ANY, widget=FastSelect)
    cause = django_filters.ChoiceFilter(
        label="Cause of action", choices=cause_choices, method="filter_cause", empty_label=ANY, widget=FastSelect
    )
    nature_of_suit = django_filters.CharFilter(label="Nature of suit", lookup_expr="icontains")
    is_class_action = django_filters.BooleanFilter(
        label="Class action", widget=FastSelect(choices=[("", ANY), ("true", "Yes"), ("false", "No")])
    )
    filed = django_filters.DateFromToRangeFilter(label="Filed", field_name="date_filed", widget=DateRangeWidget)
    terminated = django_filters.DateFromToRangeFilter(
        label="Terminated", field_name="date_terminated", widget=DateRangeWidget
    )
    party = django_filters.ModelChoiceFilter(queryset=visible_parties, method="filter_party", widget=forms.HiddenInput)
    party_name = django_filters.CharFilter(label="Party", method="filter_party_name")

    class Meta:
        model = Case
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read the choices once per request, for both validation and the widget.
        self.filters["court"].extra["choices"] = court_choices()
        self.filters["cause"].extra["choices"] = cause_choices()

    def filter_search(self, queryset, name, value):
        return case_search(queryset, value)

    def filter_cause(self, queryset, name, value):
        return queryset.filter(pk__in=Claim.objects.filter(cause_of_action_id=value).values("case_id"))

    def filter_party(self, queryset, name, value):
        return queryset.filter(pk__in=value.case_roles.values("case_id"))

    def filter_party_name(self, queryset, name, value):
        return queryset.filter(pk__in=Party.objects.filter(name__icontains=value).values("case_roles__case_id"))
