"""What the docket offers the case page: its filter form and one page of entries."""

from django.core.paginator import Paginator
from django.urls import reverse

from cases.models import Case

from .forms import DocketFilterForm
from .selectors import DocketWindow, docket_entry_list

DOCKET_PAGE_SIZE = 50


class EntryUrls:
    """The address of a per-entry page for each entry of a page, ``urls[entry.pk]``: reversed once a page, not once
    an entry (a 50-entry page would otherwise resolve the URL configuration 50 times)."""

    def __init__(self, name: str, case: Case):
        marker = 999_999_999_999
        self.prefix, self.suffix = reverse(name, args=[case.pk, marker]).split(str(marker))

    def __getitem__(self, entry_pk) -> str:
        return f"{self.prefix}{int(entry_pk)}{self.suffix}"


def docket_panel(request, case: Case) -> dict:
    """The docket's context for the case page: the filter form and the requested page, 50 entries a page."""
    form = DocketFilterForm(request.GET)
    entries = (
        DocketWindow(docket_entry_list(case=case, **form.filters()).prefetch_related("attachments"))
        if form.is_valid()
        else []
    )
    page = Paginator(entries, DOCKET_PAGE_SIZE).get_page(request.GET.get("page"))
    return {
        "docket_form": form,
        "docket_page": page,
        "docket_may_attach": request.user.has_perm("filings.add_docketattachment"),
        "docket_attach_urls": EntryUrls("filings:attach", case),
        "docket_words": form.searched_words(),
        "docket_newest_first": form.is_valid() and form.cleaned_data.get("order") == "newest",
    }
