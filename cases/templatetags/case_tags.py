import re

from django import template
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def sort_header(context, key, label):
    """A sortable column header: a link that sorts by this column, or reverses it when it is the current sort."""
    current = context["sort"]
    target = f"-{key}" if current == key else key
    state = {key: "descending", f"-{key}": "ascending"}.get(current, "none")
    arrow = {"descending": " ▼", "ascending": " ▲"}.get(state, "")
    params = context["request"].GET.copy()
    params["sort"] = target
    params.pop("page", None)
    return format_html(
        '<th scope="col" aria-sort="{}"><a href="?{}">{}<span aria-hidden="true">{}</span></a></th>',
        state,
        params.urlencode(),
        label,
        arrow,
    )


@register.filter
def short_date(value):
    """ "Jan 30, 2025". Plain strftime: the date filter's localization machinery is slow over a 50-row docket."""
    return f"{value:%b} {value.day}, {value.year}" if value else "—"


@register.simple_tag
def status_badge(case):
    """The status pill, with the disposition as text under it. Built in Python: a list shows one per row."""
    badge = format_html('<span class="badge badge-{}">{}</span>', case.status, case.get_status_display())
    if not case.disposition:
        return badge
    return format_html('{}<span class="disposition">{}</span>', badge, case.get_disposition_display())


@register.filter
def highlight(text, terms):
    """The text with each searched word marked, everything else escaped; the text unchanged when nothing is searched.

    The text is split on the words before escaping, so a word can never match inside an escaped character."""
    words = sorted({word for word in (terms or []) if word}, key=len, reverse=True)
    if not words or not text:
        return text
    pieces = re.split("(" + "|".join(re.escape(word) for word in words) + ")", str(text), flags=re.IGNORECASE)
    return mark_safe(  # noqa: S308 - every piece is escaped here
        "".join(
            format_html("<mark>{}</mark>", piece) if index % 2 else escape(piece) for index, piece in enumerate(pieces)
        )
    )


ROW = (
    '<tr><td class="nowrap mono"><a href="{url}">{docket}</a>{matter}</td>'
    '<td><a href="{url}" class="case-name">{title}</a>{tags}{nature}</td>'
    '<td class="nowrap" title="{court_name}">{court}</td>'
    '<td class="nowrap" data-label="Filed">{filed}</td><td class="nowrap" data-label="Terminated">{terminated}</td>'
    "<td>{status}</td></tr>"
)


@register.simple_tag
def case_rows(cases):
    """The case list's rows, built in Python: a page of 100 rows through the template engine costs more than the
    rest of the page. Every value is escaped by format_html; the case page's address is reversed once a page."""
    cases = list(cases)
    if not cases:
        return ""
    first_url = cases[0].get_absolute_url()
    prefix, suffix = first_url.rsplit(str(cases[0].pk), 1)
    return mark_safe("".join(case_row(case, f"{prefix}{case.pk}{suffix}") for case in cases))  # noqa: S308 - escaped


def case_row(case, url) -> str:
    tags = (("Synthetic", case.source == "synthetic"), ("Class action", case.is_class_action))
    return format_html(
        ROW,
        url=url,
        docket=case.docket_number,
        matter=format_html('<span class="sub">Matter {}</span>', case.matter_number) if case.matter_number else "",
        title=case.title,
        tags=format_html_join("", ' <span class="tag">{}</span>', ((label,) for label, shown in tags if shown)),
        nature=format_html('<span class="sub">{}</span>', case.nature_of_suit) if case.nature_of_suit else "",
        court_name=case.court.name,
        court=case.court.citation or case.court_id,
        filed=short_date(case.date_filed),
        terminated=short_date(case.date_terminated),
        status=status_badge(case),
    )


@register.filter
def at(mapping, key):
    """``mapping[key]``, for a key held in a variable: ``{{ urls|at:entry.pk }}``."""
    return mapping[key]
