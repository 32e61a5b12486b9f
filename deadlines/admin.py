from django.contrib import admin

from casetracker.history_admin import HistoryAdmin, ScopedAdmin

from .models import CalendarFeed, CourtClosure, CourtRule, Deadline, UnreadDate


@admin.register(CourtRule)
class CourtRuleAdmin(HistoryAdmin):
    list_display = ["citation", "title", "trigger", "period", "unit", "direction", "court", "in_force_from",
                    "in_force_until", "is_active"]  # fmt: skip
    list_filter = ["trigger", "is_active", ("court", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["key", "citation", "title", "text"]
    autocomplete_fields = ["court", "follows"]
    fieldsets = [
        (None, {"fields": ["key", "citation", "title", "text", "source", "is_active"]}),
        (
            "Trigger and count",
            {
                "fields": [
                    "trigger",
                    "follows",
                    "period",
                    "unit",
                    "direction",
                    "service_days",
                    "later_of_original",
                    "condition",
                ]
            },
        ),  # fmt: skip
        ("Where and when it governs", {"fields": ["court", "in_force_from", "in_force_until"]}),
    ]


@admin.register(CourtClosure)
class CourtClosureAdmin(HistoryAdmin):
    list_display = ["date", "name", "kind", "court"]
    list_filter = ["kind"]
    search_fields = ["name"]
    autocomplete_fields = ["court"]


@admin.register(Deadline)
class DeadlineAdmin(HistoryAdmin):
    list_display = ["due_date", "time", "title", "case", "kind", "status", "clerk_date", "override_date"]
    list_filter = ["kind", "status"]
    list_select_related = ["case"]
    search_fields = ["title", "case__docket_number", "case__case_name", "party"]
    autocomplete_fields = ["case", "rule", "trigger_entry", "assigned_to", "superseded_by"]
    readonly_fields = ["key", "due_date", "computed_date", "explanation", "sequence", "created_at", "updated_at"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False  # deadlines come from the docket: add the entry, or a rule


@admin.register(UnreadDate)
class UnreadDateAdmin(ScopedAdmin):
    list_display = ["case", "entry", "phrase"]
    list_select_related = ["case", "entry"]
    search_fields = ["phrase", "case__docket_number"]
    readonly_fields = ["case", "entry", "phrase"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    """Whose feeds exist; deleting one revokes its address. The secret itself is never shown here."""

    list_display = ["user", "created_at", "built_at", "stale"]
    fields = ["user", "created_at", "built_at", "stale"]
    readonly_fields = fields
    search_fields = ["user__username"]

    def has_add_permission(self, request):
        return False
