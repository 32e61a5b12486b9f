"""The admin of courts, parties, counsel and claims. The case's own admin page is composed in casefile."""

from django.contrib import admin
from django.db import models
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from casetracker.history_admin import HistoryAdmin, ScopedAdmin

from .forms import ClaimForm
from .models import (
    AccessLogEntry,
    Attorney,
    CaseParty,
    CauseOfAction,
    Claim,
    Court,
    LawFirm,
    MatterMember,
    Party,
    ReliefSought,
    Representation,
    Screen,
)
from .walls import access_changed_send


@admin.register(Court)
class CourtAdmin(HistoryAdmin):
    list_display = ["id", "name", "citation", "kind", "location", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["id", "name", "citation"]


@admin.register(CauseOfAction)
class CauseOfActionAdmin(HistoryAdmin):
    list_display = ["name", "statute"]
    search_fields = ["name", "statute"]


@admin.register(Party)
class PartyAdmin(HistoryAdmin):
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


@admin.register(LawFirm)
class LawFirmAdmin(HistoryAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["name", "phone"]
    search_fields = ["name"]


@admin.register(Attorney)
class AttorneyAdmin(HistoryAdmin):
    list_display = ["name", "firm", "email", "phone", "user"]
    list_select_related = ["firm", "user"]
    search_fields = ["name", "email", "firm__name"]
    autocomplete_fields = ["firm", "user"]


class RepresentationInline(admin.TabularInline):
    model = Representation
    extra = 0
    autocomplete_fields = ["attorney"]


@admin.register(CaseParty)
class CasePartyAdmin(HistoryAdmin):
    list_display = ["party", "role", "case", "date_terminated"]
    list_filter = ["role"]
    list_select_related = ["party", "case"]
    search_fields = ["party__name", "case__docket_number", "case__case_name"]
    autocomplete_fields = ["case", "party"]
    inlines = [RepresentationInline]


@admin.register(Representation)
class RepresentationAdmin(HistoryAdmin):
    list_display = ["attorney", "case_party", "is_lead", "to_be_noticed", "pro_hac_vice", "date_terminated"]
    list_select_related = ["attorney", "case_party__party", "case_party__case"]
    search_fields = ["attorney__name", "case_party__party__name", "case_party__case__docket_number"]
    autocomplete_fields = ["attorney", "case_party"]


class ReliefSoughtInline(admin.TabularInline):
    model = ReliefSought
    extra = 0


@admin.register(Claim)
class ClaimAdmin(HistoryAdmin):
    form = ClaimForm
    list_display = ["__str__", "case", "status", "status_date"]
    list_filter = ["status", "cause_of_action"]
    list_select_related = ["case", "cause_of_action"]
    search_fields = ["case__docket_number", "case__case_name", "cause_of_action__name"]
    autocomplete_fields = ["case", "cause_of_action", "asserted_by", "asserted_against"]
    inlines = [ReliefSoughtInline]


@admin.register(ReliefSought)
class ReliefSoughtAdmin(HistoryAdmin):
    list_display = ["__str__", "claim", "authority"]
    list_filter = ["kind"]
    list_select_related = ["claim__cause_of_action", "claim__case"]
    search_fields = ["claim__case__docket_number", "authority", "description"]
    autocomplete_fields = ["claim"]


class CasePartyInline(admin.StackedInline):
    """Stacked, as the claims are: as a table its five wide fields made the case's page 1,644 px wide at 1280."""

    model = CaseParty
    extra = 0
    autocomplete_fields = ["party"]
    fields = [("party", "role"), ("role_text", "date_terminated"), "description"]
    show_change_link = True


class ClaimInline(admin.StackedInline):
    model = Claim
    form = ClaimForm
    extra = 0
    autocomplete_fields = ["cause_of_action", "asserted_by", "asserted_against"]
    show_change_link = True


class MatterMemberInline(admin.TabularInline):
    model = MatterMember
    extra = 0
    fields = ["user", "role", "added_at"]
    readonly_fields = ["added_at"]
    autocomplete_fields = ["user"]
    verbose_name_plural = "Team (a restricted case is open to its team and to Administrators)"


class ScreenInline(admin.TabularInline):
    model = Screen
    extra = 0
    fields = ["user", "reason", "screened_on", "created_by"]
    readonly_fields = ["created_by"]
    autocomplete_fields = ["user"]
    verbose_name_plural = "Screens (a screened user cannot see the case, whatever their role or team)"


class WallAdmin(HistoryAdmin):
    """Teams and screens across every case; each change tells the rest of the app that the wall moved."""

    list_select_related = ["case", "user"]
    autocomplete_fields = ["case", "user"]
    search_fields = ["user__username", "case__docket_number", "case__matter_number", "case__case_name"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        access_changed_send(obj.case)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        access_changed_send(obj.case)

    def delete_queryset(self, request, queryset):
        cases = {row.case for row in queryset.select_related("case")}
        super().delete_queryset(request, queryset)
        for case in cases:
            access_changed_send(case)


@admin.register(MatterMember)
class MatterMemberAdmin(WallAdmin):
    list_display = ["case", "user", "role", "added_at"]


@admin.register(Screen)
class ScreenAdmin(WallAdmin):
    list_display = ["case", "user", "screened_on", "reason", "created_by"]
    readonly_fields = ["created_by"]

    def save_model(self, request, obj, form, change):
        obj.created_by = obj.created_by or request.user
        super().save_model(request, obj, form, change)


@admin.register(AccessLogEntry)
class AccessLogAdmin(ScopedAdmin):
    list_display = ["at", "username", "outcome", "case", "page"]
    list_filter = ["outcome"]
    search_fields = ["username", "case__docket_number", "case__matter_number"]
    list_select_related = ["case"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def access_log_table(case) -> str:
    """The case's latest access log entries, as a read-only table for its admin page."""
    if case is None or case.pk is None:
        return "-"
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (localize(localtime(item.at)), item.username, item.get_outcome_display(), item.page)
            for item in case.access_log.all()[:50]
        ),
    )
    if not rows:
        return "None yet."
    return format_html("<table><tr><th>When</th><th>Who</th><th>What</th><th>Page</th></tr>{}</table>", rows)
