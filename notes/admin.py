from django.contrib import admin

from casetracker.history_admin import HistoryAdmin

from .models import Note


@admin.register(Note)
class NoteAdmin(HistoryAdmin):
    """Notes are written and annotated on the case page; here they are read, and an administrator may delete one
    (its history keeps what it said)."""

    list_display = ["created_at", "case", "entry", "author", "short_text", "annotates"]
    list_select_related = ["case", "entry__case", "author", "annotates__case"]
    search_fields = ["case__docket_number", "text"]
    readonly_fields = ["case", "entry", "annotates", "author", "text", "created_at", "updated_at"]

    @admin.display(description="Text")
    def short_text(self, note):
        return note.text if len(note.text) <= 120 else note.text[:117] + "..."

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
