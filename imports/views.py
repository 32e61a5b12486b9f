"""Importing a docket sheet from the site, for those whose role imports (paralegals, attorneys, administrators)."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect, render

from casetracker.roles import IMPORT_PERMISSION

from .forms import DocketImportForm
from .services import docket_import
from .sheet import DocketImportError


@permission_required(IMPORT_PERMISSION, raise_exception=True)
def upload(request):
    """The upload form; a sheet that imports goes straight to its case's page, its new deadlines in view."""
    form = DocketImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        sheet = form.cleaned_data["file"]
        try:
            summary = docket_import(
                content=sheet.read(), file_name=sheet.name, court_id=form.cleaned_data["court"], user=request.user
            )
        except DocketImportError as error:
            form.add_error(None, f"Nothing was imported. {error}")
        else:
            for line in summary.lines():
                messages.success(request, line)
            return redirect(summary.case.get_absolute_url() + "#deadlines")
    return render(request, "imports/upload.html", {"form": form})
