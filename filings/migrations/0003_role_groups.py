from django.db import migrations

from casetracker.roles import create_all_permissions, sync_role_groups


def create_roles(apps, schema_editor):
    create_all_permissions(apps)
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("filings", "0002_seed_event_types"),
        ("cases", "0003_seed_causes_of_action"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("admin", "0003_logentry_add_action_flag_choices"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
