from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html

from casetracker.history_admin import HistoryAdmin

from .documents import attachment_file_replace
from .forms import AttachmentAdminForm, DocketEntryForm
from .models import ChronologyFact, DocketAttachment, DocketEntry, EventType
from .recorded import Source, entries_recorded
from .services import docket_entry_record, entry_effects_apply

RECENT_ENTRIES = 25


class RecentEntriesFormSet(BaseInlineFormSet):
    """A case page in the admin shows its latest entries; a 10,000-entry docket is paged in its own list.

    New entries go through docket_entry_record (the docket's rules and the seam); changed and deleted ones
    are told to the seam once the formset is saved.
    """

    def get_queryset(self):
        entries = super().get_queryset()
        recent = entries.order_by("-date_filed", "-sequence").values_list("pk", flat=True)[:RECENT_ENTRIES]
        return entries.filter(pk__in=list(recent)).select_related("event_type", "filed_by")

    def save_new(self, form, commit=True):
        return docket_entry_record(entry=form.instance, source=Source.ADMIN)

    def save(self, commit=True):
        removed = [form.instance.pk for form in self.deleted_forms if form.instance.pk]
        saved = super().save(commit)
        changed = [entry for entry, _ in self.changed_objects]
        if changed or removed:
            entries_recorded(case=self.instance, changed=changed, removed=removed, source=Source.ADMIN)
        return saved


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


class ChronologyFactInline(admin.StackedInline):
    """Stacked, as the docket's entries are: as a table its description and source overflowed the case's page."""

    model = ChronologyFact
    extra = 0
    fields = [("date", "date_precision"), "description", "source"]


@admin.register(EventType)
class EventTypeAdmin(HistoryAdmin):
    list_display = ["name", "code", "effect"]
    list_filter = ["effect"]
    search_fields = ["name", "code"]


class DocketAttachmentInline(admin.TabularInline):
    model = DocketAttachment
    form = AttachmentAdminForm
    extra = 0
    fields = ["number", "description", "pacer_doc_id", "page_count", "file", "file_name", "uploaded_by", "uploaded_at"]
    readonly_fields = ["file_name", "uploaded_by", "uploaded_at"]


class AttachmentFileSaved:
    """An attachment's file put in the admin is stored as on the case page: name, size, SHA-256, who and when."""

    def attachment_save(self, request, attachment, form):
        upload = form.cleaned_data.get("file")
        if "file" in form.changed_data and upload:
            attachment_file_replace(attachment=attachment, upload=upload, user=request.user)
        else:
            attachment.save()


@admin.register(DocketEntry)
class DocketEntryAdmin(AttachmentFileSaved, HistoryAdmin):
    form = DocketEntryForm
    list_display = ["case", "entry_number", "date_filed", "event_type", "short_description", "page_count"]
    list_filter = ["event_type"]
    list_select_related = ["case", "event_type"]
    search_fields = ["case__docket_number", "description"]
    autocomplete_fields = ["case", "filed_by"]
    show_full_result_count = False  # millions of entries: don't count them on every page
    actions = ["apply_effects"]
    inlines = [DocketAttachmentInline]

    @admin.display(description="Description")
    def short_description(self, entry):
        return entry.description if len(entry.description) <= 120 else entry.description[:117] + "..."

    def save_model(self, request, obj, form, change):
        if not change:
            docket_entry_record(entry=obj, source=Source.ADMIN)
            return
        obj.save()
        entries_recorded(case=obj.case, changed=[obj], source=Source.ADMIN)

    def save_formset(self, request, form, formset, change):
        if formset.model is not DocketAttachment:
            return super().save_formset(request, form, formset, change)
        for attachment in formset.save(commit=False):
            changed = next(f for f in formset.forms if f.instance is attachment)
            self.attachment_save(request, attachment, changed)
        for attachment in formset.deleted_objects:
            attachment.delete()
        return None

    def delete_model(self, request, obj):
        case, pk = obj.case, obj.pk
        super().delete_model(request, obj)
        entries_recorded(case=case, removed=[pk], source=Source.ADMIN)

    def delete_queryset(self, request, queryset):
        removed: dict = {}
        for entry in queryset.select_related("case"):
            removed.setdefault(entry.case, []).append(entry.pk)
        super().delete_queryset(request, queryset)
        for case, ids in removed.items():
            entries_recorded(case=case, removed=ids, source=Source.ADMIN)

    @admin.action(description="Apply the selected entries' effects to their cases", permissions=["change"])
    def apply_effects(self, request, queryset):
        entries = list(queryset.select_related("case", "event_type"))
        try:
            entry_effects_apply(entries=entries)
        except ValidationError as error:
            self.message_user(request, f"Nothing was changed. {' '.join(error.messages)}", messages.ERROR)
        else:
            self.message_user(request, "The effects were applied.", messages.SUCCESS)


@admin.register(ChronologyFact)
class ChronologyFactAdmin(HistoryAdmin):
    list_display = ["date_display", "case", "description", "source"]
    list_filter = ["date_precision"]
    list_select_related = ["case"]
    search_fields = ["description", "source", "case__docket_number"]
    autocomplete_fields = ["case"]


@admin.register(DocketAttachment)
class DocketAttachmentAdmin(AttachmentFileSaved, HistoryAdmin):
    form = AttachmentAdminForm
    list_display = ["entry", "number", "description", "page_count", "file_name", "uploaded_at"]
    list_select_related = ["entry__case"]
    search_fields = ["entry__case__docket_number", "description", "pacer_doc_id"]
    autocomplete_fields = ["entry"]
    readonly_fields = ["file_name", "file_size", "file_sha256", "uploaded_by", "uploaded_at", "download"]

    @admin.display(description="Download")
    def download(self, attachment):
        """The permission-checked download, never the storage's own address."""
        if not attachment.pk or not attachment.file:
            return "—"
        url = reverse("filings:attachment_download", args=[attachment.entry.case_id, attachment.pk])
        return format_html('<a href="{}">Download the PDF</a>', url)

    def save_model(self, request, obj, form, change):
        self.attachment_save(request, obj, form)
