"""What the calendar offers other pages: the case page's Deadlines and hearings panel, a deadline's history."""

from .selectors import case_panel
from .services import CHANGE


def deadlines_panel(request, case) -> dict:
    """The panel's context: overdue, upcoming and past items, each explained, and whether the user may act."""
    return {"panel": case_panel(user=request.user, case=case), "may_change": request.user.has_perm(CHANGE)}


def deadline_history(deadline) -> list[dict]:
    """Each version of the deadline, newest first: when, who, why, and what it was then."""
    versions = deadline.history.select_related("history_user").order_by("-history_date", "-history_id")
    return [
        {
            "when": version.history_date,
            "who": version.history_user,
            "why": version.history_change_reason or "",
            "due": version.due_date,
            "time": version.time,
            "status": version.get_status_display(),
            "override": version.override_reason if version.override_date else "",
        }
        for version in versions[:100]
    ]
