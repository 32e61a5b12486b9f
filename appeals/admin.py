"""Appeals in the admin: read, with their history; only an administrator decides that an appeal keeps its own walls.

An appeal's fields come from its docket and its link is made on the case page (where the walls follow it), so
here they are read only.
"""

from django.contrib import admin
from django.db.models import Exists, OuterRef

from cases.access import visible_cases
from casetracker.history_admin import NOTHING, HistoryAdmin

from .models import Appeal
from .walls import walls_inherit

WALLS_PERMISSION = "cases.change_screen"  # who decides screens decides whether an appeal keeps its own


@admin.register(Appeal)
class AppealAdmin(HistoryAdmin):
    list_display = ["case", "originating_court", "originating_docket_number", "shown_case_below", "link", "own_walls"]
    list_filter = ["link", "own_walls"]
    list_select_related = ["case", "originating_court", "case_below"]
    search_fields = ["case__docket_number", "case__case_name", "originating_docket_number"]
    fields = [
        "case",
        ("case_type", "fee_status"),
        "panel",
        ("appeal_from", "originating_court", "originating_docket_number"),
        ("originating_judge", "ordering_judge", "court_reporter"),
        ("originating_date_filed", "date_judgment", "date_judgment_entered"),
        ("date_notice_of_appeal", "date_received", "date_disposed_below"),
        "disposition_below",
        ("shown_case_below", "link", "linked_by", "linked_at"),
        "own_walls",
    ]

    def get_queryset(self, request):
        below = visible_cases(request.user).filter(pk=OuterRef("case_below"))
        return super().get_queryset(request).annotate(below_visible=Exists(below))

    def get_readonly_fields(self, request, obj=None):
        fixed = [name for name in self._field_names() if name != "own_walls"]
        return fixed if request.user.has_perm(WALLS_PERMISSION) else [*fixed, "own_walls"]

    def _field_names(self) -> list[str]:
        return [name for entry in self.fields for name in (entry if isinstance(entry, tuple) else (entry,))]

    @admin.display(description="Case below")
    def shown_case_below(self, appeal):
        """A case below the user may not see is not named."""
        if appeal.case_below_id is None:
            return NOTHING
        return appeal.case_below if getattr(appeal, "below_visible", False) else "A case you may not see"

    def has_add_permission(self, request):
        return False  # an appeal is recorded from its docket sheet

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "own_walls" in form.changed_data and not obj.own_walls:
            walls_inherit(obj)  # back to following the case below
