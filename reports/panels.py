"""What the reports app puts on the case page: the export form and the latest exports, for those who may export."""

from casetracker.roles import EXPORT_PERMISSION

from .forms import ReportOptionsForm
from .selectors import case_reports


def reports_panel(request, case) -> dict | None:
    """The panel's context, or None for a user who may not export (who sees no panel and no past reports)."""
    if not request.user.has_perm(EXPORT_PERMISSION):
        return None
    return {"form": ReportOptionsForm(), "reports": case_reports(user=request.user, case=case)}
