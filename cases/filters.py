"""The case list's filters. Every filter lives in the URL, so a filtered list can be bookmarked and shared."""

import django_filters
from django import forms
from django.db import models as db_models
from django.db.models import Exists, OuterRef, Value, When

from .access import visible_cases
from .court_ids import court_aliases
from .filter_fields import CheckedDateRangeField, CourtChoiceField, DateRangeWidget, YesNoField
from .models import Case, CauseOfAction, Claim, Court, Party
from .models.courts import court_name_in_full
from .search import case_search
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


class CheckedDateRangeFilter(django_filters.DateFromToRangeFilter):
    field_class = CheckedDateRangeField


class YesNoFilter(django_filters.BooleanFilter):
    field_class = YesNoField


class CourtFilter(django_filters.ChoiceFilter):
    field_class = CourtChoiceField


def visible_parties(request):
    """A party filter by id names only a party the user may see."""
    return Party.objects.for_user(request.user) if request else Party.objects.none()


# Trial courts first, then the courts that hear their appeals, then bankruptcy and special courts: typing
# "middle louisiana" finds the district court before its bankruptcy court.
COURT_KINDS = ["district", "appellate", "bankruptcy", "special"]


def active_courts() -> list[tuple[str, str, str, str]]:
    """(id, citation, name, PACER id) of each active court: district, appellate, bankruptcy, special, each by
    citation."""
    ranks = [When(kind=kind, then=Value(index)) for index, kind in enumerate(COURT_KINDS)]
    rank = db_models.Case(*ranks, default=Value(len(COURT_KINDS)))
    courts = Court.objects.filter(is_active=True).order_by(rank, "citation")
    return list(courts.values_list("id", "citation", "name", "pacer_id"))


def court_choices(user=None, courts=None):
    """Active courts by citation, the courts of the user's own cases first. Plain tuples: a select of 400 model
    instances is slow to build. ``courts`` are active_courts() already read."""
    labelled = [
        (pk, f"{citation} · {court_name_in_full(name)}" if citation else court_name_in_full(name))
        for pk, citation, name, _ in (active_courts() if courts is None else courts)
    ]
    if user is None:
        return labelled
    # One index probe per court (EXISTS), not a scan of every case for its distinct courts.
    cases_there = Case.objects.for_user(user).filter(court_id=OuterRef("pk"))
    used = set(Court.objects.filter(Exists(cases_there)).values_list("pk", flat=True))
    if not used:
        return labelled
    return [
        ("Courts with cases", [choice for choice in labelled if choice[0] in used]),
        ("All courts", [choice for choice in labelled if choice[0] not in used]),
    ]


def cause_choices():
    return list(CauseOfAction.objects.values_list("id", "name"))


class CaseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Search", method="filter_search")
    court = CourtFilter(
        field_name="court_id",
        choices=court_choices,
        empty_label=ANY,
        widget=FastSelect(attrs={"data-searchable": "Find a court"}),
    )
    status = django_filters.ChoiceFilter(choices=Case.Status.choices, empty_label=ANY, widget=FastSelect)
    disposition = django_filters.ChoiceFilter(choices=Case.Disposition.choices, empty_label=ANY, widget=FastSelect)
    cause = django_filters.ChoiceFilter(
        label="Cause of action", choices=cause_choices, method="filter_cause", empty_label=ANY, widget=FastSelect
    )
    nature_of_suit = django_filters.CharFilter(label="Nature of suit", lookup_expr="icontains")
    is_class_action = YesNoFilter(label="Class action")
    on_appeal = YesNoFilter(label="On appeal", method="filter_on_appeal")
    filed = CheckedDateRangeFilter(label="Filed", field_name="date_filed", widget=DateRangeWidget)
    terminated = CheckedDateRangeFilter(label="Terminated", field_name="date_terminated", widget=DateRangeWidget)
    party = django_filters.ModelChoiceFilter(queryset=visible_parties, method="filter_party", widget=forms.HiddenInput)
    party_name = django_filters.CharFilter(label="Party", method="filter_party_name")

    class Meta:
        model = Case
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read the choices once per request, for both validation and the widget.
        user = self.request.user if self.request else None
        courts = active_courts()
        self.filters["court"].extra["choices"] = court_choices(user, courts)
        # ?court=azb is PACER's id for the court the table calls arb: both name it.
        self.filters["court"].extra["aliases"] = court_aliases((pk, pacer_id) for pk, _, _, pacer_id in courts)
        self.filters["cause"].extra["choices"] = cause_choices()

    def filter_search(self, queryset, name, value):
        return case_search(queryset, value)

    def filter_cause(self, queryset, name, value):
        return queryset.filter(pk__in=Claim.objects.filter(cause_of_action_id=value).values("case_id"))

    def filter_on_appeal(self, queryset, name, value):
        """A case is on appeal, for this user, when an appeal from it is one the user may see: a walled appeal does
        not mark its case below (the reverse relation is named, so this app imports nothing of appeals)."""
        user = self.request.user if self.request else None
        appealed = Case.objects.none()
        if user is not None and user.has_perm("appeals.view_appeal"):
            appealed = Case.objects.filter(appeals__case__in=visible_cases(user)).values("pk")
        return queryset.filter(pk__in=appealed) if value else queryset.exclude(pk__in=appealed)

    def filter_party(self, queryset, name, value):
        return queryset.filter(pk__in=value.case_roles.values("case_id"))

    def filter_party_name(self, queryset, name, value):
        return queryset.filter(pk__in=Party.objects.filter(name__icontains=value).values("case_roles__case_id"))
