from django.contrib import admin

from casetracker.history_admin import ScopedAdmin

from .models import Report, ReportPart


class ReportPartInline(admin.TabularInline):
    model = ReportPart
    extra = 0
    can_delete = False
    fields = ["index", "entry_offset", "entry_limit", "status", "attempts", "heartbeat_at", "page_count"]
    readonly_fields = fields


@admin.register(Report)
class ReportAdmin(ScopedAdmin):
    """Exports as a record: who asked for what, and how it went. Reports are made from the case page."""

    list_display = ["case", "requested_by", "status", "progress", "page_count", "created_at", "finished_at"]
    list_filter = ["status", "archival"]
    list_select_related = ["case", "requested_by"]
    search_fields = ["case__docket_number", "case__case_name", "requested_by__username"]
    readonly_fields = [field.name for field in Report._meta.fields]
    inlines = [ReportPartInline]

    def has_add_permission(self, request):
        return False


@admin.register(ReportPart)
class ReportPartAdmin(ScopedAdmin):
    list_display = ["report", "index", "status", "attempts", "heartbeat_at", "page_count"]
    list_filter = ["status"]
    list_select_related = ["report__case"]
    search_fields = ["report__case__docket_number"]
    readonly_fields = [field.name for field in ReportPart._meta.fields]

    def has_add_permission(self, request):
        return False
