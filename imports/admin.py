from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from casetracker.history_admin import HistoryAdmin

from .forms import DocketImportForm
from .models import DocketImport
from .services import docket_import
from .sheet import DocketImportError


def docket_imports_table(case) -> str:
    """Where the case came from, and its imports, newest first, as a read-only table for the case's admin page: who,
    when, what file, what changed. Shown as a read-only field rather than an inline, so the case form posts no
    formset for it."""
    if case is None or case.pk is None:
        return "-"
    return format_html("<p>Source of the record: {}.</p>{}", case.get_source_display(), _imports_table(case))


def _imports_table(case) -> str:
    imports = case.imports.select_related("imported_by")
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td><td>{}</td></tr>",
        (
            (
                localize(localtime(item.imported_at)),
                item.imported_by or "-",
                item.get_source_display(),
                item.file_name,
                item.sha256[:12],
                item.summary,
            )
            for item in imports
        ),
    )
    if not rows:
        return "None yet."
    return format_html(
        "<table><tr><th>When</th><th>Who</th><th>Source</th><th>File</th><th>SHA-256</th><th>What changed</th></tr>"
        "{}</table>",
        rows,
    )


def may_import(request) -> bool:
    """Importing creates and changes cases, so it takes both permissions."""
    return request.user.has_perms(["cases.add_case", "cases.change_case"])


@admin.register(DocketImport)
class DocketImportAdmin(HistoryAdmin):
    """The record of every import. "Add" is the upload form: importing a sheet is how a record is added."""

    list_display = ["imported_at", "case", "source", "file_name", "imported_by", "summary"]
    list_filter = ["source"]
    list_select_related = ["case", "imported_by"]
    search_fields = ["case__docket_number", "case__case_name", "file_name", "sha256"]
    readonly_fields = ["case", "imported_at", "imported_by", "source", "file_name", "sha256", "summary"]
    exclude = ["counts"]
    upload_template = "admin/imports/docketimport/upload.html"

    def has_add_permission(self, request):
        return may_import(request)

    def has_change_permission(self, request, obj=None):
        return False

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = DocketImportForm(request.POST or None, request.FILES or None)
        summary = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                summary = docket_import(
                    content=upload.read(), file_name=upload.name, court_id=form.cleaned_data["court"], user=request.user
                )
            except DocketImportError as error:
                form.add_error(None, f"Nothing was imported. {error}")
            else:
                self.message_user(request, f"Imported {upload.name} into {summary.case}.", messages.SUCCESS)
                form = DocketImportForm()
        context = {
            **self.admin_site.each_context(request),
            "title": "Import a docket sheet",
            "opts": self.model._meta,
            "form": form,
            "summary": summary,
            **(extra_context or {}),
        }
        return TemplateResponse(request, self.upload_template, context)
