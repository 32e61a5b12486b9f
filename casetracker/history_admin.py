"""What every model's admin shares: history and revert, and rows scoped to what the user may see."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin


class ScopedAdmin(admin.ModelAdmin):
    """Lists, change pages and autocomplete read through the model's ``for_user``, the app's one access rule."""

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset.for_user(request.user) if hasattr(queryset, "for_user") else queryset


class HistoryAdmin(ScopedAdmin, SimpleHistoryAdmin):
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
