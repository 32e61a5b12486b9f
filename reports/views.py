"""Report export for attorneys: ask for a report, watch it render, download it. Nothing here renders."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from cases.selectors import case_get
from cases.walls import logged_case_read
from casetracker.roles import EXPORT_PERMISSION

from .forms import ReportOptionsForm
from .models import Report
from .panels import refused_keep
from .selectors import report_case_id, report_get
from .services import report_redispatch_if_stuck, report_request, report_retry


@require_POST
@permission_required(EXPORT_PERMISSION, raise_exception=True)
def report_create(request, case_pk):
    case = case_get(user=request.user, pk=case_pk)
    form = ReportOptionsForm(request.POST)
    if not form.is_valid():
        refused_keep(request, case.pk, request.POST)  # the form on the case page shows the errors and the values
        return redirect(case.get_absolute_url() + "#reports")
    report = report_request(case=case, user=request.user, options=form.cleaned_data)
    report.refresh_from_db()
    if report.dispatched_at is None:
        messages.warning(
            request,
            "Your report is saved, but the rendering service cannot be reached right now. "
            "It will start by itself as soon as the service is back; this page shows its progress.",
        )
    else:
        messages.success(request, "Your report is being prepared. It will be ready to download below.")
    return redirect(case.get_absolute_url() + "#reports")


@require_GET
@permission_required(EXPORT_PERMISSION, raise_exception=True)
def report_status(request, pk):
    report = report_get(user=request.user, pk=pk)
    report_redispatch_if_stuck(report)
    ready = report.status == Report.Status.READY
    return JsonResponse(
        {
            "id": report.pk,
            "status": report.status,
            "status_display": report.get_status_display(),
            "progress": report.progress,
            "error": report.error,
            "page_count": report.page_count,
            "file_size": report.file_size,
            "download_url": reverse("reports:download", args=[report.pk]) if ready else None,
        }
    )


@require_GET
@permission_required(EXPORT_PERMISSION, raise_exception=True)
def report_download(request, pk):
    report = logged_case_read(request, lambda: report_case_id(pk), lambda: report_get(user=request.user, pk=pk))
    if report.status != Report.Status.READY or not report.file:
        raise Http404("This report is not ready.")
    filename = f"{report.case.docket_number.replace(':', '-')} docket report {report.created_at:%Y-%m-%d}.pdf"
    return FileResponse(report.file.open("rb"), as_attachment=True, filename=filename, content_type="application/pdf")


@require_POST
@permission_required(EXPORT_PERMISSION, raise_exception=True)
def report_retry_view(request, pk):
    report = report_retry(report=report_get(user=request.user, pk=pk), user=request.user)
    messages.success(request, "The report is queued again.")
    return redirect(report.case.get_absolute_url() + "#reports")
