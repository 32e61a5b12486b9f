"""Matter walls: restricting a case to its team, the team itself, screens, and the log of access.

Every change goes through these functions, which send ``access_changed`` so that what is built per user
(calendar feeds) is rebuilt without the case. Who may see what is decided in ``cases.access`` alone.
"""

from collections.abc import Callable, Iterable

from django.db import transaction
from django.dispatch import Signal
from django.http import Http404

from .models import AccessLogEntry, Case, MatterMember, Screen

# Sent with case=<Case> after its access, team or screens changed.
access_changed = Signal()
PAGE_LENGTH = AccessLogEntry._meta.get_field("page").max_length


def case_restrict(case: Case) -> None:
    _access_set(case, Case.Access.TEAM)


def case_open(case: Case) -> None:
    _access_set(case, Case.Access.FIRM)


def _access_set(case: Case, access: str) -> None:
    if case.access != access:
        case.access = access
        case.save(update_fields=["access", "updated_at"])
    access_changed_send(case)


def team_add(case: Case, users: Iterable, *, role: str = "") -> None:
    with transaction.atomic():
        for user in users:
            MatterMember.objects.get_or_create(case=case, user=user, defaults={"role": role})
    access_changed_send(case)


def team_remove(case: Case, users: Iterable) -> None:
    for member in MatterMember.objects.filter(case=case, user__in=list(users)):
        member.delete()  # one by one, so each removal is in the history
    access_changed_send(case)


def screen_add(case: Case, user, *, reason: str, by=None) -> Screen:
    reason = reason.strip()
    if not reason:
        raise ValueError("A screen needs its reason.")
    screen, created = Screen.objects.get_or_create(case=case, user=user, defaults={"reason": reason, "created_by": by})
    if not created and screen.reason != reason:
        screen.reason = reason
        screen.save(update_fields=["reason"])
    access_changed_send(case)
    return screen


def screen_remove(case: Case, user) -> bool:
    screens = list(Screen.objects.filter(case=case, user=user))
    for screen in screens:
        screen.delete()
    access_changed_send(case)
    return bool(screens)


def access_changed_send(case: Case) -> None:
    transaction.on_commit(lambda: access_changed.send(sender=Case, case=case))


def case_seen(request, case: Case) -> None:
    """Log a view of a restricted case, and a superuser's view of a case they are screened from."""
    user = request.user
    if user.is_superuser and Screen.objects.filter(case=case, user=user).exists():
        access_log(user, case.pk, AccessLogEntry.Outcome.OVERRIDE, request.get_full_path())
    elif case.is_restricted:
        access_log(user, case.pk, AccessLogEntry.Outcome.VIEWED, request.get_full_path())


def case_refused(request, case_id: int | None) -> None:
    """Log a screened user's attempt on the case; any other miss is an unknown address and is not logged."""
    refusal_log(request.user, case_id, request.get_full_path())


def refusal_log(user, case_id: int | None, page: str) -> None:
    if case_id is not None and Screen.objects.filter(case_id=case_id, user_id=user.pk).exists():
        access_log(user, case_id, AccessLogEntry.Outcome.REFUSED, page)


def logged_case_read(request, case_id_of: Callable[[], int | None], read: Callable):
    """``read()`` the object (a 404 when the rule hides it), logging the access to its case either way."""
    try:
        found = read()
    except Http404:
        case_refused(request, case_id_of())
        raise
    case_seen(request, found if isinstance(found, Case) else found.case)
    return found


def access_log(user, case_id: int, outcome: str, page: str) -> None:
    AccessLogEntry.objects.create(
        case_id=case_id, user=user, username=user.get_username(), outcome=outcome, page=page[:PAGE_LENGTH]
    )
