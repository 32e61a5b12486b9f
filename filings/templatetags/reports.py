from django import template

from ..forms import ReportOptionsForm

register = template.Library()
SHOWN = 10


@register.inclusion_tag("filings/_reports_panel.html", takes_context=True)
def case_reports_panel(context, case):
    """The case page's export panel: only for those who may export, who alone see it and its past reports."""
    request = context["request"]
    if not request.user.has_perm("cases.export_report"):
        return {"allowed": False}
    reports = case.reports.select_related("requested_by")[:SHOWN]
    return {"allowed": True, "case": case, "form": ReportOptionsForm(), "reports": reports, "request": request}
