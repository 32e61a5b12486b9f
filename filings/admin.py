from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import BaseInlineFormSet

from casetracker.history_admin import HistoryAdmin

from .forms import DocketEntryForm
from .models import ChronologyFact, DocketEntry, EventType
from .services import docket_entry_add, entry_effect_apply

RECENT_ENTRIES = 25


class RecentEntriesFormSet(BaseInlineFormSet):
    """A case page in the admin shows its latest entries; a 10,000-entry docket is paged in its own list."""

    def get_queryset(self):
        entries = super().get_queryset()
        recent = entries.order_by("-date_filed", "-sequence").values_list("pk", flat=True)[:RECENT_ENTRIES]
        return entries.filter(pk__in=list(recent)).select_related("event_type", "filed_by")

    def save_new(self, form, commit=True):
        return docket_entry_add(form.instance)


class DocketEntryInline(admin.StackedInline):
    model = DocketEntry
    form = DocketEntryForm
    formset = RecentEntriesFormSet
    extra = 0
    autocomplete_fields = ["filed_by"]
    show_change_link = True
    verbose_name_plural = f"docket entries (the latest {RECENT_ENTRIES}; all are under Docket entries)"
    fields = [
        ("entry_number", "sequence"),
        ("date_filed", "date_entered"),
        ("event_type", "dismissal_prejudice"),
        "description",
        ("filed_by", "page_count"),
        "document",
    ]


class ChronologyFactInline(admin.TabularInline):
    model = ChronologyFact
    extra = 0
    fields = ["date", "date_precision", "description", "source"]


@admin.register(EventType)
class EventTypeAdmin(HistoryAdmin):
    list_display = ["name", "code", "effect"]
    list_filter = ["effect"]
    search_fields = ["name", "code"]


@admin.register(DocketEntry)
class DocketEntryAdmin(HistoryAdmin):
    form = DocketEntryForm
    list_display = ["case", "entry_number", "date_filed", "event_type", "short_description", "page_count"]
    list_filter = ["event_type"]
    list_select_related = ["case", "event_type"]
    search_fields = ["case__docket_number", "description"]
    autocomplete_fields = ["case", "filed_by"]
    show_full_result_count = False  # millions of entries: don't count them on every page
    actions = ["apply_effects"]

    @admin.display(description="Description")
    def short_description(self, entry):
        return entry.description if len(entry.description) <= 120 else entry.description[:117] + "..."

    def save_model(self, request, obj, form, change):
        if change:
            obj.save()
        else:
            docket_entry_add(obj)

    @admin.action(description="Apply the selected entries' effects to their cases", permissions=["change"])
    def apply_effects(self, request, queryset):
        entry = None
        try:
            with transaction.atomic():  # all of them or none
                for entry in queryset.select_related("case", "event_type").order_by("date_filed", "sequence"):
                    entry_effect_apply(entry)
        except ValidationError as error:
            self.message_user(request, f"Nothing was changed. {entry}: {' '.join(error.messages)}", messages.ERROR)
        else:
            self.message_user(request, "The effects were applied.", messages.SUCCESS)


@admin.register(ChronologyFact)
class ChronologyFactAdmin(HistoryAdmin):
    list_display = ["date_display", "case", "description", "source"]
    list_filter = ["date_precision"]
    list_select_related = ["case"]
    search_fields = ["description", "source", "case__docket_number"]
    autocomplete_fields = ["case"]
