"""Case pages for everyone who may browse: the list, its CSV export, a party. The case page is composed in casefile."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.shortcuts import render

from . import selectors
from .access import VIEW_CASE
from .exports import case_list_csv_response
from .filters import CaseFilter

PAGE_SIZES = (25, 50, 100)


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


def filter_problems(form) -> str:
    """One sentence naming every filter that could not be read and why."""
    problems = [
        f"{form.fields[name].label or name.replace('_', ' ').capitalize()}: {' '.join(errors)}"
        for name, errors in form.errors.items()
    ]
    return "Some filters could not be read, so no cases are listed. " + " ".join(problems)


@permission_required(VIEW_CASE, raise_exception=True)
def case_list(request):
    filterset, cases, sort = filtered_cases(request)
    page = Paginator(cases, page_size(request)).get_page(request.GET.get("page"))
    context = {"filter": filterset, "page": page, "sort": sort, "page_sizes": PAGE_SIZES}
    return render(request, "cases/case_list.html", context)


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
