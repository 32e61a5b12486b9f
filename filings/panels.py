"""What the docket offers the case page: its filter form and one page of entries."""

from django.core.paginator import Paginator
from django.template.defaultfilters import filesizeformat, pluralize
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cases.models import Case
from cases.templatetags.case_tags import short_date

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


ATTACHMENT_HELD = (
    '<li><a href="{url}" download>Attachment {number}{description}</a> <span class="muted">(PDF{size})</span></li>'
)
ATTACHMENT_ELSEWHERE = (
    '<li>Attachment {number}{description}{pages} <span class="muted">· not in Casetracker</span></li>'
)


def entry_documents_html(entry, *, may_attach: bool, attach_url: str) -> str:
    """Under a docket entry's text: its attachments (a download link when the document is in Casetracker) and the
    link to attach one. Built in Python: the case page shows 50 entries."""
    items = [attachment_item(entry, attachment) for attachment in entry.attachments.all()]
    listed = format_html('<ul class="entry-documents">{}</ul>', mark_safe("".join(items))) if items else ""  # noqa: S308
    if not may_attach:
        return listed
    hidden = format_html(" to entry {} of {}", entry.entry_number or "", short_date(entry.date_filed))
    tool = format_html(
        '<p class="entry-tools small"><a href="{}">Attach a PDF<span class="visually-hidden">{}</span></a></p>',
        attach_url,
        hidden,
    )
    return format_html("{}\n{}", listed, tool)


def attachment_item(entry, attachment) -> str:
    description = format_html(": {}", attachment.description) if attachment.description else ""
    if attachment.file:
        url = reverse("filings:attachment_download", args=[entry.case_id, attachment.pk])
        size = format_html(", {}", filesizeformat(attachment.file_size)) if attachment.file_size else ""
        return format_html(ATTACHMENT_HELD, url=url, number=attachment.number, description=description, size=size)
    pages = ""
    if attachment.page_count:
        pages = format_html(
            ' <span class="muted">({} p{})</span>', attachment.page_count, pluralize(attachment.page_count, "p")
        )
    return format_html(ATTACHMENT_ELSEWHERE, number=attachment.number, description=description, pages=pages)
