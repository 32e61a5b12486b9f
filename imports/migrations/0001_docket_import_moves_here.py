import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

from casetracker.migrating import content_types_move


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('filings', '0010_role_groups_for_reports'),
        ('cases', '0006_export_permission_moves_to_reports'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='HistoricalDocketImport',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('imported_at', models.DateTimeField(blank=True, editable=False)),
                        ('source', models.CharField(choices=[('pacer_html', 'PACER docket report (HTML)'), ('courtlistener_json', 'CourtListener REST API v4 (JSON)')], max_length=20)),
                        ('file_name', models.CharField(blank=True, help_text="The imported file's name.", max_length=255)),
                        ('sha256', models.CharField(help_text='The SHA-256 of the imported file, to tell sheets apart.', max_length=64)),
                        ('counts', models.JSONField(default=dict, help_text='What the import did: {"parties": {"added": 2, "changed": 0, "unchanged": 1}, "counsel": ..., "entries": ...}.')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('case', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='cases.case')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('imported_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'historical docket import',
                        'verbose_name_plural': 'historical docket imports',
                        'db_table': 'filings_historicaldocketimport',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='DocketImport',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('imported_at', models.DateTimeField(auto_now_add=True)),
                        ('source', models.CharField(choices=[('pacer_html', 'PACER docket report (HTML)'), ('courtlistener_json', 'CourtListener REST API v4 (JSON)')], max_length=20)),
                        ('file_name', models.CharField(blank=True, help_text="The imported file's name.", max_length=255)),
                        ('sha256', models.CharField(help_text='The SHA-256 of the imported file, to tell sheets apart.', max_length=64)),
                        ('counts', models.JSONField(default=dict, help_text='What the import did: {"parties": {"added": 2, "changed": 0, "unchanged": 1}, "counsel": ..., "entries": ...}.')),
                        ('case', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='imports', to='cases.case')),
                        ('imported_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='docket_imports', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'filings_docketimport',
                        'ordering': ['-imported_at'],
                        'indexes': [models.Index(fields=['case', '-imported_at'], name='docket_import_case_idx')],
                    },
                ),
            ],
            database_operations=[],
        ),
        content_types_move("filings", "imports", ["docketimport", "historicaldocketimport"]),
    ]
