"""The case's admin page, composed from the inlines and panels of the apps below."""

from django.contrib import admin

from cases.admin import CasePartyInline, ClaimInline
from cases.models import Case
from casetracker.history_admin import HistoryAdmin
from filings.admin import ChronologyFactInline, DocketEntryInline
from filings.recorded import Source, entries_recorded
from imports.admin import docket_imports_table, may_import

# A change to these is a change of the case's status, which the docket's seam hears about.
STATUS_FIELDS = {"status", "date_terminated", "disposition"}


@admin.register(Case)
class CaseAdmin(HistoryAdmin):
    list_display = [
        "docket_number",
        "title",
        "court_citation",
        "status",
        "disposition",
        "date_filed",
        "date_terminated",
        "is_class_action",
    ]
    list_display_links = ["docket_number", "title"]
    list_filter = [
        ("court", admin.RelatedOnlyFieldListFilter),
        "status",
        ("claims__cause_of_action", admin.RelatedOnlyFieldListFilter),
        "is_class_action",
    ]
    list_select_related = ["court"]
    search_fields = ["docket_number", "case_name", "short_name", "case_parties__party__name"]
    autocomplete_fields = ["court"]
    readonly_fields = [
        "dn_office",
        "dn_year",
        "dn_case_type",
        "dn_sequence",
        "created_at",
        "updated_at",
        "docket_imports",
    ]
    show_full_result_count = False  # counting 100,000 cases on every page load is wasted work
    inlines = [CasePartyInline, ClaimInline, DocketEntryInline, ChronologyFactInline]
    fieldsets = [
        (None, {"fields": ["court", "docket_number", "dn_judge_initials", "case_name", "short_name", "division"]}),
        (
            "Docket number parts",
            {"classes": ["collapse"], "fields": ["dn_office", "dn_year", "dn_case_type", "dn_sequence"]},
        ),
        (
            "Cover sheet",
            {"fields": ["nature_of_suit", "cause", "jurisdiction_basis", "jury_demand", "assigned_to", "referred_to"]},
        ),
        ("Status", {"fields": ["date_filed", "date_terminated", "status", "disposition"]}),
        ("Class action", {"fields": ["is_class_action", "class_definition", "class_certification", "class_notes"]}),
        ("Record", {"classes": ["collapse"], "fields": ["created_at", "updated_at"]}),
        ("Docket imports", {"fields": ["docket_imports"]}),
    ]

    @admin.display(description="Case name", ordering="case_name")
    def title(self, case):
        return case.title

    @admin.display(description="Court", ordering="court__citation")
    def court_citation(self, case):
        return case.court.citation or case.court_id

    @admin.display(description="Imports of docket sheets")
    def docket_imports(self, case):
        return docket_imports_table(case)

    def changelist_view(self, request, extra_context=None):
        """Offer "Import docket sheet" beside "Add case" to those who may import."""
        extra_context = {**(extra_context or {}), "can_import_docket": may_import(request)}
        return super().changelist_view(request, extra_context)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and STATUS_FIELDS & set(form.changed_data):
            entries_recorded(case=obj, source=Source.ADMIN)
