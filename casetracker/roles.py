"""The three roles, as Django groups, and the permissions each carries.

Views and the admin check permissions, never group names, so a firm can give a person any mix of them.
The groups are brought in line with this module after every migration, so an app that adds models
needs no migration of its own to grant them.
"""

from django.apps import apps as global_apps
from django.db.models import Q

PARALEGAL, ATTORNEY, ADMINISTRATOR = "Paralegal", "Attorney", "Administrator"
DOMAIN_APPS = ("cases", "filings", "appeals", "deadlines", "imports", "notes", "reports")
# Exported reports belong to those who may export: paralegals browse cases, not reports.
REPORTS_APP = "reports"
EXPORT_PERMISSION = "reports.export_report"
# Keeping the calendar is every role's work: marking a deadline done or vacated, overriding a date with a reason;
# so is importing a case's newer docket sheet from the site (the admin's upload stays with administrators).
CALENDAR_PERMISSION = "deadlines.change_deadline"
IMPORT_PERMISSION = "imports.add_docketimport"
# Whoever may see a case may write a note on it (and edit their own for a while): notes are everyone's work.
NOTE_PERMISSIONS = ("notes.add_note", "notes.change_note")
# Attaching a filed PDF to a docket entry is paralegals' and attorneys' work (administrators hold every permission).
ATTACH_PERMISSION = "filings.add_docketattachment"
# Linking an appeal to its case below (or correcting the link) is docketing work, as importing is.
LINK_PERMISSION = "appeals.change_appeal"
# Who is screened from what, and who looked at a restricted case, are the Administrators' business alone.
WALL_MODELS = ("screen", "accesslogentry", "historicalscreen")


def role_permissions(permission_model):
    """Map each role to the queryset of permissions it holds."""
    domain = Q(content_type__app_label__in=DOMAIN_APPS)
    walls = Q(content_type__app_label="cases", content_type__model__in=WALL_MODELS)
    view = domain & Q(codename__startswith="view_") & ~walls
    reports = Q(content_type__app_label=REPORTS_APP)
    export, calendar, upload, attach, link = (
        Q(content_type__app_label=name.split(".")[0], codename=name.split(".")[1])
        for name in (EXPORT_PERMISSION, CALENDAR_PERMISSION, IMPORT_PERMISSION, ATTACH_PERMISSION, LINK_PERMISSION)
    )
    notes = Q(content_type__app_label="notes", codename__in=[name.split(".")[1] for name in NOTE_PERMISSIONS])
    everything = (
        domain
        | Q(content_type__app_label="auth")
        | Q(content_type__app_label="admin", codename="view_logentry")
        | Q(content_type__app_label="axes")  # failed sign-ins: seen, and deleted to unlock
    )
    return {
        PARALEGAL: permission_model.objects.filter((view & ~reports) | calendar | upload | attach | link | notes),
        ATTORNEY: permission_model.objects.filter(view | export | calendar | upload | attach | link | notes),
        ADMINISTRATOR: permission_model.objects.filter(everything),
    }


def sync_role_groups(apps=global_apps):
    """Create the role groups and give each exactly its permissions. Safe to run again."""
    group_model = apps.get_model("auth", "Group")
    for name, permissions in role_permissions(apps.get_model("auth", "Permission")).items():
        group, _ = group_model.objects.get_or_create(name=name)
        group.permissions.set(permissions)


def sync_roles_after_migrate(sender, using="default", **kwargs):
    """post_migrate runs once per app, after that app's permissions exist: the last run sees them all."""
    if using == "default":
        sync_role_groups()


def create_all_permissions(apps):
    """Permissions are normally made after migrations; a data migration needs them now."""
    from django.contrib.auth.management import create_permissions  # not at the top: this module loads with the apps

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
