from django import template
from django.utils.html import format_html

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
