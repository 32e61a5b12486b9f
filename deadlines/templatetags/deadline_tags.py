from django import template
from django.utils.html import format_html, format_html_join

from ..models import Deadline
from ..selectors import is_overdue as overdue_on

register = template.Library()


@register.filter
def when(deadline: Deadline) -> str:
    """ "Mon 4/21/2025" or "Mon 12/8/2023, 2:00 PM PST": a hearing's time in its court's own zone."""
    day = deadline.due_date
    text = f"{day:%a} {day.month}/{day.day}/{day.year}"
    if deadline.starts_at:
        moment = deadline.starts_at
        text += f", {moment:%-I:%M %p} {moment.tzname()}"
    return text


@register.filter
def hearing_time(deadline: Deadline) -> str:
    """ "10:30 AM EDT": the time in its court's own zone, never converted to the site's."""
    moment = deadline.starts_at
    return f"{moment:%-I:%M %p} {moment.tzname()}" if moment else ""


@register.simple_tag
def status_tags(deadline: Deadline, overdue: bool = False) -> str:
    """The labels a person reads at a glance; each colour also carries its word."""
    tags = []
    if overdue:
        tags.append(("overdue", "Overdue"))
    if deadline.status != Deadline.Status.OPEN:
        tags.append((deadline.status, deadline.get_status_display()))
    if deadline.is_discrepant:
        tags.append(("discrepancy", "Clerk's date differs"))
    if deadline.is_overridden:
        tags.append(("overridden", "Overridden"))
    return format_html_join("", '<span class="tag tag-{}">{}</span>', tags)


@register.filter
def items_on(grid, day) -> list:
    return grid.by_day.get(day, [])


@register.filter
def count_on(grid, day) -> int:
    return grid.counts.get(day, 0)


@register.filter
def is_overdue(deadline: Deadline, today) -> bool:
    return overdue_on(deadline, today)


@register.simple_tag
def month_item(deadline: Deadline, today) -> str:
    """One item of a month's day, built in Python: a busy month holds a few hundred, each with several parts."""
    overdue = overdue_on(deadline, today)
    moment = hearing_time(deadline)
    return format_html(
        '<li class="item kind-{} status-{}{}"><a href="{}">{}{}</a><span class="item-case">{}</span>{}</li>',
        deadline.kind,
        deadline.status,
        " overdue" if overdue else "",
        deadline.get_absolute_url(),
        format_html('<span class="time">{}</span> ', moment) if moment else "",
        deadline.title,
        deadline.case.title,
        status_tags(deadline, overdue),
    )
