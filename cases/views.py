"""Case pages for everyone who may browse: the list, its CSV export, a case, a party."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.shortcuts import render

from filings.forms import DocketFilterForm
from filings.selectors import DocketWindow, case_timeline, docket_entry_list

from . import selectors
from .exports import case_list_csv_response

VIEW = "cases.view_case"
PAGE_SIZES = (25, 50, 100)
DOCKET_PAGE_SIZE = 50


def page_size(request) -> int:
    value = request.GET.get("per_page", "")
    return int(value) if value.isdigit() and int(value) in PAGE_SIZES else PAGE_SIZES[0]


def filtered_cases(request):
    """The list's FilterSet and its cases; an invalid filter shows its message and no cases."""
    filterset = selectors.case_list(user=request.user, params=request.GET)
    if not filterset.is_valid():
        messages.error(request, "Some filters could not be read; correct the highlighted fields.")
        return filterset, filterset.queryset.none()
    return filterset, filterset.qs


def searching(filterset) -> bool:
    return bool(filterset.is_valid() and filterset.form.cleaned_data.get("q"))


@permission_required(VIEW, raise_exception=True)
def case_list(request):
    filterset, cases = filtered_cases(request)
    cases, sort = selectors.case_sort(cases, request.GET.get("sort", ""), searching=searching(filterset))
    page = Paginator(cases, page_size(request)).get_page(request.GET.get("page"))
    context = {"filter": filterset, "page": page, "sort": sort, "page_sizes": PAGE_SIZES}
    return render(request, "cases/case_list.html", context)


@permission_required(VIEW, raise_exception=True)
def case_list_csv(request):
    filterset, cases = filtered_cases(request)
    cases, _ = selectors.case_sort(cases, request.GET.get("sort", ""), searching=searching(filterset))
    return case_list_csv_response(cases, request)


@permission_required(VIEW, raise_exception=True)
def case_detail(request, pk):
    case = selectors.case_get(user=request.user, pk=pk)
    parties = selectors.case_parties_by_role(case=case)
    docket_form = DocketFilterForm(request.GET)
    entries = DocketWindow(docket_entry_list(case=case, **docket_form.filters())) if docket_form.is_valid() else []
    context = {
        "case": case,
        "days_open": ((case.date_terminated or date.today()) - case.date_filed).days if case.date_filed else None,
        "parties_by_role": parties,
        "caption": selectors.case_caption(parties_by_role=parties),
        "claims": selectors.case_claims(case=case),
        "timeline": case_timeline(case=case),
        "docket_form": docket_form,
        "docket_page": Paginator(entries, DOCKET_PAGE_SIZE).get_page(request.GET.get("page")),
    }
    return render(request, "cases/case_detail.html", context)


@permission_required(VIEW, raise_exception=True)
def party_detail(request, pk):
    party = selectors.party_get(pk=pk)
    roles = selectors.party_case_roles(user=request.user, party=party)
    page = Paginator(roles, 50).get_page(request.GET.get("page"))
    return render(request, "cases/party_detail.html", {"party": party, "page": page})
