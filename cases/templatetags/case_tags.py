import re

from django import template
from django.utils.html import escape, format_html
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


@register.inclusion_tag("cases/_status_badge.html")
def status_badge(case):
    return {"case": case}


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
