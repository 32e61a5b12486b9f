"""What the docket offers the case page: its filter form and one page of entries."""

from django.core.paginator import Paginator

from cases.models import Case

from .forms import DocketFilterForm
from .selectors import DocketWindow, docket_entry_list

DOCKET_PAGE_SIZE = 50


def docket_panel(request, case: Case) -> dict:
    """The docket's context for the case page: the filter form and the requested page, 50 entries a page."""
    form = DocketFilterForm(request.GET)
    entries = (
        DocketWindow(docket_entry_list(case=case, **form.filters()).prefetch_related("attachments"))
        if form.is_valid()
        else []
    )
    return {
        "docket_form": form,
        "docket_page": Paginator(entries, DOCKET_PAGE_SIZE).get_page(request.GET.get("page")),
        "docket_words": form.searched_words(),
        "docket_newest_first": form.is_valid() and form.cleaned_data.get("order") == "newest",
    }
