"""An appeal follows the walls of its case below: the same matter, the same conflicts.

What follows is what can only protect, never what would open the appeal to more people:

- every screen on the case below is put on the appeal (a screen is never lifted automatically: lifting one is an
  administrator's deliberate act, on each case);
- while the case below is restricted to its team, the appeal is restricted to the same team, the same people in
  the same roles (a member on the appeal alone is taken off it);
- when the case below is opened to the firm, the appeal stays as it is until an administrator opens it too.

An administrator who ticks "own team and screens" (``own_walls``) on the appeal decides its walls by hand, and
nothing here touches it. Unlinking an appeal leaves what was copied: the appeal keeps its walls, since the
matter's confidentiality did not end with the link. Every change goes through ``cases.walls``, so the walls'
signal is sent for the appeal too (and an appeal of this appeal follows in its turn).
"""

from itertools import groupby

from django.db import transaction

from cases import walls
from cases.models import Case

from .models import Appeal


def walls_inherit(appeal: Appeal) -> None:
    """Bring the appeal's walls up to its case below's, unless it keeps its own or has no case below."""
    below = appeal.case_below
    if below is None or appeal.own_walls:
        return
    with transaction.atomic():
        _screens_copy(below, appeal.case)
        if below.is_restricted:
            _team_copy(below, appeal.case)
            if not appeal.case.is_restricted:
                walls.case_restrict(appeal.case)


def _screens_copy(below: Case, case: Case) -> None:
    screened = set(case.screens.values_list("user_id", flat=True))
    for screen in below.screens.select_related("user", "created_by").exclude(user_id__in=screened):
        reason = f"{screen.reason} (screened from the case below, No. {below.docket_number})"
        walls.screen_add(case, screen.user, reason=reason, by=screen.created_by)


def _team_copy(below: Case, case: Case) -> None:
    wanted = {member.user_id: member for member in below.team.select_related("user")}
    present = set(case.team.values_list("user_id", flat=True))
    leaving = [user_id for user_id in present if user_id not in wanted]
    if leaving:
        walls.team_remove(case, leaving)
    joining = sorted((m for m in wanted.values() if m.user_id not in present), key=lambda member: member.role)
    for role, members in groupby(joining, key=lambda member: member.role):
        walls.team_add(case, [member.user for member in members], role=role)


def appeals_follow(case: Case) -> None:
    """The walls of ``case`` moved: each appeal linked to it that does not keep its own walls follows."""
    linked = Appeal.objects.filter(case_below=case, own_walls=False).select_related("case", "case_below")
    for appeal in linked:
        walls_inherit(appeal)
