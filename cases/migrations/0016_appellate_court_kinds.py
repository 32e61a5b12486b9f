from django.db import migrations

from cases.federal_courts import load_federal_courts


def refresh(apps, schema_editor):
    """Bankruptcy appellate panels and the Court of Appeals for Veterans Claims are appellate courts."""
    load_federal_courts(apps.get_model("cases", "Court"))


class Migration(migrations.Migration):
    dependencies = [("cases", "0015_bankruptcy_fields_and_pacer_ids")]
    operations = [migrations.RunPython(refresh, migrations.RunPython.noop)]
