"""What every model's admin shares: history and revert, and rows scoped to what the user may see."""

from django.contrib import admin
from django.contrib.admin.utils import NestedObjects, unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import router
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

NOTHING = "—"  # an empty value on the history page: neither "None" nor a blank that reads as missing
HIDDEN_DEPENDENTS = "Records you may not see depend on this. Ask an administrator who may see them to delete it."


def reaches_hidden_rows(objs, user) -> bool:
    """True when deleting ``objs`` would cascade into a row the user's access rule hides."""
    objs = list(objs)
    if not objs:
        return False
    collector = NestedObjects(using=router.db_for_write(objs[0]._meta.model))
    collector.collect(objs)
    reached = {}
    for model, rows in collector.data.items():
        reached.setdefault(model, set()).update(row.pk for row in rows)
    for row in collector.protected:  # rows that block the delete are listed on the page too
        reached.setdefault(type(row), set()).add(row.pk)
    return any(
        len(pks) != model.objects.for_user(user).filter(pk__in=pks).count()
        for model, pks in reached.items()
        if hasattr(model.objects, "for_user")
    )


def scoped_shortcut(request, content_type_id, object_id):
    """The admin's "View on site" redirect, for a record the user may see; any other is a 404, as if absent."""
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist:
        raise Http404("No such record.") from None
    if model is not None and hasattr(model.objects, "for_user"):
        try:
            visible = model.objects.for_user(request.user).filter(pk=object_id).exists()
        except (ValueError, ValidationError):
            visible = False
        if not visible:
            raise Http404("No such record.")
    return shortcut(request, content_type_id, object_id)


def value_label(field, value):
    """A value as the admin's form shows it: a choice by its label, a related row by its name, nothing as a dash."""
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if field.choices and not field.is_relation:  # a relation's choices would be every row of its table
        return dict(field.flatchoices).get(value, value)
    return value


class LabelledChanges(HistoricalRecordContextHelper):
    """The history page's "Changes": "Open → Terminated", not "open → terminated"; a party by name, not its id."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.many_to_many:
            return super().prepare_delta_change_value(change, value)
        return value_label(field, value)


class HiddenDependentsRefused:
    """An admin whose delete confirmation never names, counts or removes rows of a matter the user may not see."""

    def get_deleted_objects(self, objs, request):
        if reaches_hidden_rows(objs, request.user):
            return [], {}, set(), [HIDDEN_DEPENDENTS]
        return super().get_deleted_objects(objs, request)


class ScopedAdmin(HiddenDependentsRefused, admin.ModelAdmin):
    """Lists, change pages and autocomplete read through the model's ``for_user``, the app's one access rule."""

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset.for_user(request.user) if hasattr(queryset, "for_user") else queryset

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        """A record the user may not see is a 404, as one that does not exist, never a hint that it does."""
        raise Http404("No such record.")


class HistoryAdmin(ScopedAdmin, SimpleHistoryAdmin):
    """Every model's admin: history and revert, and a 404 rather than an error for a mangled id in the URL."""

    object_history_template = "admin/casetracker/object_history.html"
    object_history_list_template = "admin/casetracker/object_history_list.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return LabelledChanges(self.model, historical_record)

    def history_view(self, request, object_id, extra_context=None):
        """The history of a record the user may see; a hidden or deleted record's is a 404 (not its last version)."""
        try:
            if not self.get_queryset(request).filter(pk=unquote(object_id)).exists():
                raise Http404("No such record.")
            return super().history_view(request, object_id, extra_context)
        except (ValueError, ValidationError):
            raise Http404("No such record.") from None

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A version opens for anyone who may view the record; reverting to it is a change, and needs that right."""
        try:
            record = self.get_queryset(request).filter(pk=unquote(object_id)).first()
        except (ValueError, ValidationError):
            record = None
        if record is None:
            raise Http404("No such record or version.")
        if request.method == "POST" and not self.has_change_permission(request, record):
            raise PermissionDenied
        try:
            return super().history_form_view(request, object_id, version_id, extra_context)
        except (ValueError, ValidationError):
            raise Http404("No such record or version.") from None
