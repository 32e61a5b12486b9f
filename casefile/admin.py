"""The case's admin page, composed from the inlines and panels of the apps below."""

from django.contrib import admin
from django.http import Http404

from appeals.services import appeals_awaiting_link
from cases.admin import CasePartyInline, ClaimInline, MatterMemberInline, ScreenInline, access_log_table
from cases.models import Case, Party, Screen
from cases.walls import access_changed_send, case_refused, case_seen
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
        "matter_number",
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
        "access",
    ]
    list_select_related = ["court"]
    search_fields = ["docket_number", "matter_number", "case_name", "short_name", "case_parties__party__name"]
    autocomplete_fields = ["court", "responsible_attorney"]
    readonly_fields = [
        "dn_office",
        "dn_year",
        "dn_case_type",
        "dn_sequence",
        "created_at",
        "updated_at",
        "docket_imports",
        "access_log",
    ]
    show_full_result_count = False  # counting 100,000 cases on every page load is wasted work
    inlines = [CasePartyInline, ClaimInline, DocketEntryInline, ChronologyFactInline, MatterMemberInline, ScreenInline]
    fieldsets = [
        (None, {"fields": ["court", "docket_number", "dn_judge_initials", "case_name", "short_name", "division"]}),
        ("Matter", {"fields": ["matter_number", "client", "responsible_attorney", "access"]}),
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
        ("Access log", {"classes": ["collapse"], "fields": ["access_log"]}),
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

    @admin.display(description="Views of this restricted case, refused attempts by screened users (latest 50)")
    def access_log(self, case):
        return access_log_table(case)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.has_perm("cases.view_accesslogentry"):
            return fieldsets
        return [fieldset for fieldset in fieldsets if fieldset[0] != "Access log"]

    def get_object(self, request, object_id, from_field=None):
        case = super().get_object(request, object_id, from_field)
        if case is None:
            case_refused(request, int(object_id) if str(object_id).isdigit() else None)
        else:
            case_seen(request, case)
        return case

    def history_view(self, request, object_id, extra_context=None):
        try:
            return super().history_view(request, object_id, extra_context)
        except Http404:
            case_refused(request, int(object_id) if str(object_id).isdigit() else None)
            raise

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        """The client is one of the case's own parties."""
        if db_field.name == "client":
            case_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = (
                Party.objects.filter(case_roles__case_id=case_id).distinct() if case_id else Party.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            if isinstance(inline_form.instance, Screen) and inline_form.instance.created_by_id is None:
                inline_form.instance.created_by = request.user
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        walls = {"access"} & set(form.changed_data) or any(
            formset.model._meta.model_name in {"mattermember", "screen"} and formset.has_changed()
            for formset in formsets
        )
        if walls:
            access_changed_send(form.instance)

    def changelist_view(self, request, extra_context=None):
        """Offer "Import docket sheet" beside "Add case" to those who may import."""
        extra_context = {**(extra_context or {}), "can_import_docket": may_import(request)}
        return super().changelist_view(request, extra_context)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and STATUS_FIELDS & set(form.changed_data):
            entries_recorded(case=obj, source=Source.ADMIN)
        if not change or {"court", "docket_number"} & set(form.changed_data):
            appeals_awaiting_link(obj, user=request.user)  # a case below that arrives after its appeal
