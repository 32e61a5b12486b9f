"""Linking an appeal to its case below by hand, and unlinking it: POSTs from the appeal's case page."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from cases.walls import logged_case_read
from casetracker.roles import LINK_PERMISSION

from .forms import AppealLinkForm
from .selectors import appeal_get, case_below_find
from .services import appeal_link, appeal_unlink


def _back(appeal):
    return redirect(f"{appeal.case.get_absolute_url()}#appeal")


def _read(request, case_pk):
    return logged_case_read(request, lambda: case_pk, lambda: appeal_get(user=request.user, case_pk=case_pk))


@require_POST
@permission_required(LINK_PERMISSION, raise_exception=True)
def appeal_link_view(request, case_pk):
    appeal = _read(request, case_pk)
    form = AppealLinkForm(request.POST, appeal=appeal)
    if not form.is_valid():
        problems = [error for errors in form.errors.values() for error in errors]
        messages.error(request, "The appeal was not linked. " + " ".join(problems))
        return _back(appeal)
    try:
        data = form.cleaned_data
        below = case_below_find(user=request.user, number=data["number"], court_id=data["court"])
        appeal_link(appeal=appeal, case_below=below, user=request.user)
    except ValidationError as error:
        messages.error(request, "The appeal was not linked. " + " ".join(error.messages))
    else:
        messages.success(request, f"Linked to the case below: {below}.")
    return _back(appeal)


@require_POST
@permission_required(LINK_PERMISSION, raise_exception=True)
def appeal_unlink_view(request, case_pk):
    appeal = _read(request, case_pk)
    try:
        appeal_unlink(appeal=appeal, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Unlinked from the case below. The appeal keeps its team and screens.")
    return _back(appeal)
