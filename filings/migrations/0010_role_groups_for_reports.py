from django.db import migrations

from casetracker.roles import create_all_permissions, sync_role_groups


def resync_roles(apps, schema_editor):
    """Reports are new: attorneys and administrators may see them, paralegals may not."""
    create_all_permissions(apps)
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [("filings", "0009_reports")]
    operations = [migrations.RunPython(resync_roles, migrations.RunPython.noop)]
