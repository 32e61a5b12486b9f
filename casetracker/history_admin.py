from django.core.exceptions import ValidationError
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin


class HistoryAdmin(SimpleHistoryAdmin):
    """Every model's admin: history and revert, and a 404 rather than an error for a mangled id in the URL."""

    def history_view(self, request, object_id, extra_context=None):
        try:
            return super().history_view(request, object_id, extra_context)
        except (ValueError, ValidationError):
            raise Http404("No such record.") from None

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        try:
            return super().history_form_view(request, object_id, version_id, extra_context)
        except (ValueError, ValidationError):
            raise Http404("No such record or version.") from None
