"""What appeals offer the case page: the Appeal panel of a case that is an appeal, and the Appeals panel of a case
that has been appealed. One query serves both, after a probe that finds most cases in neither."""

from cases.models import Case
from casetracker.roles import LINK_PERMISSION

from .forms import AppealLinkForm
from .selectors import appeals_touch, case_appeals
from .services import unlinked_by_hand


def appeals_panel(request, case: Case) -> dict:
    """``appeal``: the case's own appeal, or None; ``appeals``: the appeals from it the user may see; and for the
    appeal, whether its case below is shown, and the link form for those who may link it."""
    # Most cases are neither an appeal nor appealed: a probe of two indexes spares them the panel's query, whose
    # joins and subqueries cost more to plan than to run.
    rows = list(case_appeals(user=request.user, case=case)) if appeals_touch(case) else []
    appeal = next((row for row in rows if row.case_id == case.pk), None)
    may_link = request.user.has_perm(LINK_PERMISSION)
    # A case below the user may not see is not named, nor offered to unlink: the panel shows the docket's words only.
    hidden_below = appeal is not None and appeal.case_below_id is not None and not appeal.below_visible
    return {
        "appeal": appeal,
        "appeals": [row for row in rows if row.case_id != case.pk],
        "hidden_below": hidden_below,
        "unlinked_by_hand": appeal is not None and unlinked_by_hand(appeal),
        "may_link": may_link and not hidden_below,
        "form": AppealLinkForm(appeal=appeal) if appeal and may_link and appeal.case_below_id is None else None,
    }
