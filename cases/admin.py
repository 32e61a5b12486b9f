"""The admin of courts, parties, counsel and claims. The case's own admin page is composed in casefile."""

from django.contrib import admin
from django.db import models

from casetracker.history_admin import HistoryAdmin

from .forms import ClaimForm
from .models import Attorney, CaseParty, CauseOfAction, Claim, Court, LawFirm, Party, ReliefSought, Representation


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


class CasePartyInline(admin.TabularInline):
    model = CaseParty
    extra = 0
    autocomplete_fields = ["party"]
    fields = ["party", "role", "role_text", "description", "date_terminated"]
    show_change_link = True


class ClaimInline(admin.StackedInline):
    model = Claim
    form = ClaimForm
    extra = 0
    autocomplete_fields = ["cause_of_action", "asserted_by", "asserted_against"]
    show_change_link = True
