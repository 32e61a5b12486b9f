from django.db import migrations

from casetracker.roles import create_all_permissions, sync_role_groups


def resync_roles(apps, schema_editor):
    """Docket attachments and imports are new models: give each role its permissions on them."""
    create_all_permissions(apps)
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [("filings", "0007_docket_import")]
    operations = [migrations.RunPython(resync_roles, migrations.RunPython.noop)]
