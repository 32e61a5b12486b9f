"""The case page's docket rows, built in Python: through the template engine its 50 rows cost a fifth of the page."""

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cases.templatetags.case_tags import highlight, short_date
from filings.panels import entry_documents_html
from notes.panels import entry_notes_html

register = template.Library()

ROW = (
    '<tr><td class="num" data-label="No.">{number}</td><td class="nowrap" data-label="Filed">{filed}</td>'
    '<td class="nowrap" data-label="Entered">{entered}</td><td data-label="Event">{event}</td>'
    '<td class="description">{text}\n{documents}\n{notes}</td><td data-label="Filed by">{filed_by}</td>'
    '<td class="num" data-label="Pages">{pages}</td></tr>'
)
EMPTY = '<tr><td colspan="7" class="empty">No docket entries match.</td></tr>'


@register.simple_tag(takes_context=True)
def docket_rows(context):
    """One row per entry of the docket page, each with its documents (filings) and its notes (notes)."""
    request, entries = context["request"], list(context["docket_page"])
    if not entries:
        return mark_safe(EMPTY)  # noqa: S308 - a constant
    rows = (docket_row(request, context, entry) for entry in entries)
    return mark_safe("".join(rows))  # noqa: S308 - every row is built by format_html


def docket_row(request, context, entry) -> str:
    text = linebreaksbr(highlight(entry.description, context["docket_words"]), autoescape=True)
    documents = entry_documents_html(
        entry, may_attach=context["docket_may_attach"], attach_url=context["docket_attach_urls"][entry.pk]
    )
    return format_html(
        ROW,
        number=entry.entry_number or "—",
        filed=short_date(entry.date_filed),
        entered=short_date(entry.date_entered),
        event=entry.event_type.name if entry.event_type_id and entry.event_type.name else "—",
        text=text,
        documents=documents,
        notes=entry_notes_html(request, entry, panel=context["notes_panel"]),
        filed_by=entry.filed_by.name if entry.filed_by_id and entry.filed_by.name else "—",
        pages=entry.page_count or "—",
    )
