"""The case list's filters. Every filter lives in the URL, so a filtered list can be bookmarked and shared."""

import django_filters
from django import forms

from . import choices
from .access import hidden_case_count, visible_cases
from .court_ids import court_aliases
from .filter_fields import CheckedDateRangeField, CourtChoiceField, DateRangeWidget, YesNoField
from .models import Case, Claim, Party
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
    """A party filter by id names only a party the user may see (read only when a party is asked for)."""
    return Party.objects.for_user(request.user) if request and request.GET.get("party") else Party.objects.none()


def active_courts() -> list[tuple[str, str, str, str]]:
    """(id, citation, name, PACER id) of each active court: district, appellate, bankruptcy, special."""
    return choices.current().courts


def cause_choices():
    return choices.current().causes


def court_choices(user=None, courts=None, offered=None):
    """Active courts by citation, the courts of the user's own cases first. Plain tuples: a select of 400 model
    instances is slow to build. ``offered`` is choices.current() already read."""
    offered = offered or choices.current()
    labelled = [
        (pk, f"{citation} · {court_name_in_full(name)}" if citation else court_name_in_full(name))
        for pk, citation, name, _ in (offered.courts if courts is None else courts)
    ]
    if user is None:
        return labelled
    # The courts of all cases serve a user who may see every case; anyone else's are counted from their own.
    hidden = hidden_case_count(user)
    used = choices.courts_with_cases(Case.objects.for_user(user)) if hidden else offered.courts_with_cases
    if not used:
        return labelled
    return [
        ("Courts with cases", [choice for choice in labelled if choice[0] in used]),
        ("All courts", [choice for choice in labelled if choice[0] not in used]),
    ]


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
        # Read the choices once per request, for both validation and the widget. Handed over as functions, so the
        # form's copy of its fields does not copy every court.
        user = self.request.user if self.request else None
        offered = choices.current()
        courts = court_choices(user, offered=offered)
        self.filters["court"].extra["choices"] = lambda: courts
        # ?court=azb is PACER's id for the court the table calls arb: both name it.
        self.filters["court"].extra["aliases"] = court_aliases((pk, pacer_id) for pk, _, _, pacer_id in offered.courts)
        self.filters["cause"].extra["choices"] = lambda: offered.causes

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
