"""What the reports app puts on the case page: the export form and the latest exports, for those who may export."""

from django.http import QueryDict

from casetracker.roles import EXPORT_PERMISSION

from .forms import ReportOptionsForm
from .selectors import case_reports


def refused_key(case_pk) -> str:
    return f"reports:refused:{case_pk}"


def refused_keep(request, case_pk, data) -> None:
    """Keep a refused request's values for the case page that follows, so the form shows them with its errors."""
    values = data.copy()
    values.pop("csrfmiddlewaretoken", None)
    request.session[refused_key(case_pk)] = values.urlencode()


def reports_panel(request, case) -> dict | None:
    """The panel's context, or None for a user who may not export (who sees no panel and no past reports). After a
    refused request the form comes back bound to what was typed, with its errors, once."""
    if not request.user.has_perm(EXPORT_PERMISSION):
        return None
    refused = request.session.pop(refused_key(case.pk), None)
    form = ReportOptionsForm(QueryDict(refused)) if refused else ReportOptionsForm()  # bound: its errors show
    return {"form": form, "reports": case_reports(user=request.user, case=case)}
