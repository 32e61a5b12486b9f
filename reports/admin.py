from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from casetracker.history_admin import ScopedAdmin

from .models import Report, ReportPart


@admin.display(description="Docket entries, as planned")
def planned_entries(part):
    return part.bounds_display


class ReportPartInline(admin.TabularInline):
    model = ReportPart
    extra = 0
    can_delete = False
    fields = ["index", planned_entries, "status", "attempts", "heartbeat_at", "page_count"]
    readonly_fields = fields


@admin.register(Report)
class ReportAdmin(ScopedAdmin):
    """Exports as a record: who asked for what, and how it went. Reports are made from the case page.

    The PDF is linked through the permission-checked download view: media files are not served."""

    list_display = ["case", "requested_by", "status", "progress", "page_count", "created_at", "finished_at", "download"]
    list_filter = ["status", "archival"]
    list_select_related = ["case", "requested_by"]
    search_fields = ["case__docket_number", "case__case_name", "requested_by__username"]
    exclude = ["file"]
    readonly_fields = [field.name for field in Report._meta.fields if field.name != "file"] + ["download"]
    inlines = [ReportPartInline]

    def has_add_permission(self, request):
        return False

    @admin.display(description="PDF")
    def download(self, report):
        if report.status != Report.Status.READY or not report.file:
            return "—"
        return format_html('<a href="{}">Download PDF</a>', reverse("reports:download", args=[report.pk]))


@admin.register(ReportPart)
class ReportPartAdmin(ScopedAdmin):
    """A part's file is a worker's intermediate, removed once the report is joined: named, never linked."""

    list_display = ["report", "index", "status", "attempts", "heartbeat_at", "page_count"]
    list_filter = ["status"]
    list_select_related = ["report__case"]
    search_fields = ["report__case__docket_number"]
    exclude = ["file", "entries"]
    readonly_fields = [
        *(field.name for field in ReportPart._meta.fields if field.name not in {"file", "entries"}),
        planned_entries,
        "file_name",
    ]

    def has_add_permission(self, request):
        return False

    @admin.display(description="File")
    def file_name(self, part):
        return part.file.name or "—"
