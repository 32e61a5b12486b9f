"""The calendar: the firm's, each user's own, a deadline's page with its history, the CSV export and the feeds."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required, permission_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from cases.selectors import case_get
from cases.walls import logged_case_read

from . import selectors, services
from .exports import calendar_csv_response
from .feeds import calendar_of, feed_build
from .filters import CalendarFilter
from .forms import AssignForm, OverrideForm, StatusForm
from .models import CalendarFeed
from .panels import deadline_history

VIEW = "deadlines.view_deadline"
AGENDA_PAGE = 50


def month_asked(request) -> date:
    value = request.GET.get("month", "")
    try:
        year, month = (int(part) for part in value.split("-"))
        return date(year, month, 1)
    except ValueError:
        return selectors.today().replace(day=1)


def calendar_items(request, *, only_mine: bool):
    items = selectors.deadline_list(user=request.user)
    if only_mine:
        items = selectors.mine(items, request.user.pk)
    filterset = CalendarFilter(request.GET, queryset=items, request=request)
    if not filterset.is_valid():
        messages.error(request, "Some filters could not be read; correct the highlighted fields.")
        return filterset, items.none()
    return filterset, filterset.qs


def calendar_page(request, *, only_mine: bool):
    filterset, items = calendar_items(request, only_mine=only_mine)
    view = "agenda" if request.GET.get("view") == "agenda" else "month"
    context = {"filter": filterset, "view": view, "only_mine": only_mine, "today": selectors.today()}
    if view == "month":
        context["grid"] = selectors.month_grid(items, month_asked(request))
    else:
        agenda = selectors.agenda(items, selectors.today(), whole_range=bool(request.GET.get("due_from")))
        context["page"] = Paginator(agenda, AGENDA_PAGE).get_page(request.GET.get("page"))
    return render(request, "deadlines/calendar.html", context)


@permission_required(VIEW, raise_exception=True)
def firm_calendar(request):
    return calendar_page(request, only_mine=False)


@permission_required(VIEW, raise_exception=True)
def my_calendar(request):
    return calendar_page(request, only_mine=True)


@permission_required(VIEW, raise_exception=True)
def calendar_csv(request):
    _, items = calendar_items(request, only_mine=request.GET.get("mine") == "1")
    return calendar_csv_response(items, request)


@permission_required(VIEW, raise_exception=True)
def deadline_detail(request, pk):
    deadline = logged_case_read(
        request, lambda: selectors.deadline_case_id(pk), lambda: selectors.deadline_get(user=request.user, pk=pk)
    )
    context = {
        "deadline": deadline,
        "status_form": StatusForm(initial={"status": "done" if deadline.status == "open" else "open"}),
        "override_form": OverrideForm(initial={"date": deadline.override_date, "reason": deadline.override_reason}),
        "assign_form": AssignForm(initial={"attorneys": deadline.assigned_to.all()}),
        "history": deadline_history(deadline),
        "may_change": request.user.has_perm(services.CHANGE),
        "today": selectors.today(),
    }
    return render(request, "deadlines/deadline_detail.html", context)


def acted(request, deadline, form, action, done: str):
    """Run a deadline action from a posted form; its refusal is shown on the deadline's page."""
    if not form.is_valid():
        messages.error(request, " ".join(message for errors in form.errors.values() for message in errors))
        return redirect(deadline.get_absolute_url())
    try:
        action(form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect(request.POST.get("next") or deadline.get_absolute_url())


@require_POST
@permission_required(services.CHANGE, raise_exception=True)
def deadline_status(request, pk):
    deadline = selectors.deadline_get(user=request.user, pk=pk)

    def change(data):
        services.deadline_status_set(deadline=deadline, user=request.user, status=data["status"], reason=data["reason"])

    return acted(request, deadline, StatusForm(request.POST), change, "The deadline's status is saved.")


@require_POST
@permission_required(services.CHANGE, raise_exception=True)
def deadline_override(request, pk):
    deadline = selectors.deadline_get(user=request.user, pk=pk)

    def change(data):
        services.deadline_override(deadline=deadline, user=request.user, on=data["date"], reason=data["reason"])

    return acted(request, deadline, OverrideForm(request.POST), change, "The date is saved.")


@require_POST
@permission_required(services.CHANGE, raise_exception=True)
def deadline_assign(request, pk):
    deadline = selectors.deadline_get(user=request.user, pk=pk)

    def change(data):
        services.deadline_assign(deadline=deadline, user=request.user, attorneys=data["attorneys"])

    return acted(request, deadline, AssignForm(request.POST), change, "The assignment is saved.")


@permission_required(VIEW, raise_exception=True)
def feed_settings(request):
    """The user's own feed: its address to subscribe to, and a way to revoke it and make a new one."""
    feed = CalendarFeed.objects.filter(user=request.user).first()
    if request.method == "POST":
        feed = services.feed_renew(user=request.user, revoke_only=request.POST.get("action") == "revoke")
        messages.success(request, "The feed address is new; the old one no longer works." if feed else "Revoked.")
        return redirect("deadlines:feed")
    url = request.build_absolute_uri(f"/calendar/feed/{feed.token}.ics") if feed else ""
    return render(request, "deadlines/feed.html", {"feed": feed, "url": url})


@require_GET
@login_not_required  # calendar apps cannot sign in: the long secret in the address is the key
def feed_ics(request, token):
    feed = CalendarFeed.objects.select_related("user").filter(token=token, user__is_active=True).first()
    if feed is None:
        raise Http404("No such feed.")
    body = bytes(feed.body)
    if feed.stale or not body:
        body = feed_build(feed, services.feed_items(feed.user), site=request.build_absolute_uri("/")[:-1])
    return ics_response(body, "casetracker.ics")


@require_GET
@permission_required(VIEW, raise_exception=True)
def case_ics(request, pk):
    case = logged_case_read(request, lambda: pk, lambda: case_get(user=request.user, pk=pk))
    items = selectors.deadline_list(user=request.user).filter(case=case)
    body = calendar_of(items, name=f"{case.title}, No. {case.docket_number}", site=request.build_absolute_uri("/")[:-1])
    return ics_response(body, f"{case.docket_number.replace(':', '-')}.ics")


def ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
