from django.db import migrations

from cases.federal_courts import load_federal_courts


def load(apps, schema_editor):
    load_federal_courts(apps.get_model("cases", "Court"))


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
