from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from casetracker.history_admin import HistoryAdmin

from .forms import DocketEntryForm, DocketImportForm
from .importers import DocketImportError, docket_import
from .models import ChronologyFact, DocketAttachment, DocketEntry, DocketImport, EventType, Report, ReportPart
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


class DocketAttachmentInline(admin.TabularInline):
    model = DocketAttachment
    extra = 0
    fields = ["number", "description", "pacer_doc_id", "page_count"]


def docket_imports_table(case) -> str:
    """The case's imports, newest first, as a read-only table for the case page: who, when, what file, what changed.

    Shown as a read-only field rather than an inline, so the case form posts no formset for it.
    """
    if case is None or case.pk is None:
        return "-"
    imports = case.imports.select_related("imported_by")
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td><td>{}</td></tr>",
        (
            (
                localize(localtime(item.imported_at)),
                item.imported_by or "-",
                item.get_source_display(),
                item.file_name,
                item.sha256[:12],
                item.summary,
            )
            for item in imports
        ),
    )
    if not rows:
        return "None yet."
    return format_html(
        "<table><tr><th>When</th><th>Who</th><th>Source</th><th>File</th><th>SHA-256</th><th>What changed</th></tr>"
        "{}</table>",
        rows,
    )


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
    inlines = [DocketAttachmentInline]

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


@admin.register(DocketAttachment)
class DocketAttachmentAdmin(HistoryAdmin):
    list_display = ["entry", "number", "description", "page_count"]
    list_select_related = ["entry__case"]
    search_fields = ["entry__case__docket_number", "description", "pacer_doc_id"]
    autocomplete_fields = ["entry"]


@admin.register(DocketImport)
class DocketImportAdmin(HistoryAdmin):
    """The record of every import. "Add" is the upload form: importing a sheet is how a record is added."""

    list_display = ["imported_at", "case", "source", "file_name", "imported_by", "summary"]
    list_filter = ["source"]
    list_select_related = ["case", "imported_by"]
    search_fields = ["case__docket_number", "case__case_name", "file_name", "sha256"]
    readonly_fields = ["case", "imported_at", "imported_by", "source", "file_name", "sha256", "summary"]
    exclude = ["counts"]
    upload_template = "admin/filings/docketimport/upload.html"

    def has_add_permission(self, request):
        """Importing creates and changes cases, so it takes both permissions."""
        return request.user.has_perms(["cases.add_case", "cases.change_case"])

    def has_change_permission(self, request, obj=None):
        return False

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = DocketImportForm(request.POST or None, request.FILES or None)
        summary = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                summary = docket_import(
                    content=upload.read(), file_name=upload.name, court_id=form.cleaned_data["court"], user=request.user
                )
            except DocketImportError as error:
                form.add_error(None, f"Nothing was imported. {error}")
            else:
                self.message_user(request, f"Imported {upload.name} into {summary.case}.", messages.SUCCESS)
                form = DocketImportForm()
        context = {
            **self.admin_site.each_context(request),
            "title": "Import a docket sheet",
            "opts": self.model._meta,
            "form": form,
            "summary": summary,
            **(extra_context or {}),
        }
        return TemplateResponse(request, self.upload_template, context)


class ReportPartInline(admin.TabularInline):
    model = ReportPart
    extra = 0
    can_delete = False
    fields = ["index", "entry_offset", "entry_limit", "status", "attempts", "heartbeat_at", "page_count"]
    readonly_fields = fields


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
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
class ReportPartAdmin(admin.ModelAdmin):
    list_display = ["report", "index", "status", "attempts", "heartbeat_at", "page_count"]
    list_filter = ["status"]
    list_select_related = ["report__case"]
    search_fields = ["report__case__docket_number"]
    readonly_fields = [field.name for field in ReportPart._meta.fields]

    def has_add_permission(self, request):
        return False
