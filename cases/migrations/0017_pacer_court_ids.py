from django.db import migrations

from cases.federal_courts import load_federal_courts


def refresh(apps, schema_editor):
    """Each court whose PACER id differs from courts-db's gets it: "azb" for the District of Arizona's
    bankruptcy court, which courts-db calls "arb"."""
    load_federal_courts(apps.get_model("cases", "Court"))


class Migration(migrations.Migration):
    dependencies = [("cases", "0016_appellate_court_kinds")]
    operations = [migrations.RunPython(refresh, migrations.RunPython.noop)]
