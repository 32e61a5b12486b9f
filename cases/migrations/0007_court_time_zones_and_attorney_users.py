import cases.models.courts
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from cases.court_zones import court_zone


def zones_set(apps, schema_editor):
    """Each court's zone from where it sits (cases/court_zones.py)."""
    court_model = apps.get_model("cases", "Court")
    for court in court_model.objects.all():
        court.time_zone = court_zone(court.id, court.location)
        court.save(update_fields=["time_zone"])


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0006_export_permission_moves_to_reports'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='attorney',
            name='user',
            field=models.ForeignKey(blank=True, help_text="The firm's user who is this attorney: the cases this attorney appears in are that user's cases, and their deadlines are on that user's calendar.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='attorney_records', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='court',
            name='applies_state_holidays',
            field=models.BooleanField(default=False, help_text="Counts its state's legal holidays too when computing periods measured after an event (Fed. R. Civ. P. 6(a)(6)(C)), as some districts' local rules direct."),
        ),
        migrations.AddField(
            model_name='court',
            name='time_zone',
            field=models.CharField(default='America/New_York', help_text='Where the court sits, as the time zone database names it: "America/Los_Angeles". Hearings are set in this zone. Divisions across a zone line are handled in cases/court_zones.py.', max_length=40, validators=[cases.models.courts.validate_time_zone]),
        ),
        migrations.AddField(
            model_name='historicalattorney',
            name='user',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text="The firm's user who is this attorney: the cases this attorney appears in are that user's cases, and their deadlines are on that user's calendar.", null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalcourt',
            name='applies_state_holidays',
            field=models.BooleanField(default=False, help_text="Counts its state's legal holidays too when computing periods measured after an event (Fed. R. Civ. P. 6(a)(6)(C)), as some districts' local rules direct."),
        ),
        migrations.AddField(
            model_name='historicalcourt',
            name='time_zone',
            field=models.CharField(default='America/New_York', help_text='Where the court sits, as the time zone database names it: "America/Los_Angeles". Hearings are set in this zone. Divisions across a zone line are handled in cases/court_zones.py.', max_length=40, validators=[cases.models.courts.validate_time_zone]),
        ),
        migrations.RunPython(zones_set, migrations.RunPython.noop),
    ]
