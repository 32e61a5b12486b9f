"""The case page: the case itself from cases, with the panels that filings, deadlines and reports offer it."""

from django.contrib.auth.decorators import permission_required
from django.shortcuts import render

from appeals.panels import appeals_panel
from cases.access import VIEW_CASE
from cases.selectors import case_caption, case_claims, case_get, case_parties_by_role
from cases.walls import logged_case_read
from deadlines.panels import deadlines_panel
from filings.dispositions import disposition_proposal
from filings.panels import docket_panel
from filings.selectors import case_timeline
from notes.panels import notes_panel
from reports.panels import reports_panel


@permission_required(VIEW_CASE, raise_exception=True)
def case_detail(request, pk):
    case = logged_case_read(request, lambda: pk, lambda: case_get(user=request.user, pk=pk))
    parties = case_parties_by_role(case=case)
    context = {
        "case": case,
        "parties_by_role": parties,
        "caption": case_caption(case=case, parties_by_role=parties),
        "claims": case_claims(case=case),
        "timeline": case_timeline(case=case),
        "proposal": disposition_proposal(case),
        "may_confirm": request.user.has_perm("cases.change_case"),
        "reports_panel": reports_panel(request, case),
        "deadlines": deadlines_panel(request, case),
        "appeals": appeals_panel(request, case),
        **docket_panel(request, case),
    }
    context["notes_panel"] = notes_panel(request, case, entries=context["docket_page"].object_list)
    return render(request, "casefile/case_detail.html", context)
