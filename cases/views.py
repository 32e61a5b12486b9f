"""Case pages for everyone who may browse: the list, its CSV export, a party. The case page is composed in casefile."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject, cached_property

from . import choices, selectors
from .access import VIEW_CASE, hidden_case_count
from .exports import case_list_csv_response
from .filters import CaseFilter
from .paging import search_pages

PAGE_SIZES = (25, 50, 100)
FILTER_FIELDS = "cases/_filter_fields.html"


class TalliedPaginator(Paginator):
    """A paginator told its count: the whole list's total comes from the database's tally, not a COUNT(*)."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


def page_size(request) -> int:
    value = request.GET.get("per_page", "")
    return int(value) if value.isdigit() and int(value) in PAGE_SIZES else PAGE_SIZES[0]


def filtered_cases(request):
    """The list's FilterSet and its sorted cases; an invalid filter shows its message and no cases."""
    filterset = CaseFilter(request.GET, queryset=selectors.case_list(user=request.user), request=request)
    if filterset.is_valid():
        cases, searching = filterset.qs, bool(filterset.form.cleaned_data.get("q"))
    else:
        messages.error(request, filter_problems(filterset.form))
        cases, searching = filterset.queryset.none(), False
    cases, sort = selectors.case_sort(cases, request.GET.get("sort", ""), searching=searching)
    return filterset, cases, sort


def empty_filters_html(request, filterset) -> str:
    """The empty filter form, for a user offered the firm's own choices: built once a process for each version of the
    choices. A user from whom a case is hidden gets it built for them, since their court select lists the courts of
    their own cases. An empty string means: render it now."""
    if hidden_case_count(request.user):
        return ""
    return choices.fragment("case-list-filters", lambda: render_to_string(FILTER_FIELDS, {"filter": filterset}))


def filter_problems(form) -> str:
    """One sentence naming every filter that could not be read and why."""
    problems = [
        f"{form.fields[name].label or name.replace('_', ' ').capitalize()}: {' '.join(errors)}"
        for name, errors in form.errors.items()
    ]
    return "Some filters could not be read, so no cases are listed. " + " ".join(problems)


NOT_FILTERS = {"sort", "per_page", "page"}


def unfiltered(request) -> bool:
    """No filter is given, or each is empty: the list holds every case the user may see."""
    return not any(value for key, values in request.GET.lists() if key not in NOT_FILTERS for value in values)


@permission_required(VIEW_CASE, raise_exception=True)
def case_list(request):
    if unfiltered(request):
        return whole_list(request)
    filterset, cases, sort = filtered_cases(request)
    page = list_paginator(request, filterset, cases, sort).get_page(request.GET.get("page"))
    context = {"filter": filterset, "filter_errors": bool(filterset.form.errors), "page": page, "sort": sort}
    return render(request, "cases/case_list.html", {**context, "page_sizes": PAGE_SIZES})


def whole_list(request):
    """Every case the user may see: the total from the tally, and the empty filter form from memory, its FilterSet
    built only when the form is built."""
    cases, sort = selectors.case_sort(selectors.case_list(user=request.user), request.GET.get("sort", ""))
    paginator = TalliedPaginator(cases, page_size(request), count=selectors.case_total(user=request.user))
    filterset = SimpleLazyObject(lambda: CaseFilter(request.GET, queryset=cases, request=request))
    context = {
        "filter": filterset,
        "filter_errors": False,
        "page": paginator.get_page(request.GET.get("page")),
        "sort": sort,
        "page_sizes": PAGE_SIZES,
        "filters_html": empty_filters_html(request, filterset),
    }
    return render(request, "cases/case_list.html", context)


def list_paginator(request, filterset, cases, sort) -> Paginator:
    """A search counts up to its bound; any other filter counts exactly."""
    if filterset.is_valid() and filterset.form.cleaned_data.get("q"):
        return search_pages(cases, sort, page_size(request), request.GET.get("page", ""))
    return Paginator(cases, page_size(request))


@permission_required(VIEW_CASE, raise_exception=True)
def case_list_csv(request):
    _, cases, _ = filtered_cases(request)
    return case_list_csv_response(cases, request)


@permission_required(VIEW_CASE, raise_exception=True)
def party_detail(request, pk):
    party = selectors.party_get(user=request.user, pk=pk)
    cases = selectors.party_cases(user=request.user, party=party)
    page = Paginator(cases, 50).get_page(request.GET.get("page"))
    return render(request, "cases/party_detail.html", {"party": party, "page": page})
