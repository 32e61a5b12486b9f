import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from casetracker.migrating import content_types_move, permission_move


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
                    name='Report',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date_from', models.DateField(blank=True, help_text='The first day of docket entries to include.', null=True)),
                        ('date_to', models.DateField(blank=True, help_text='The last day of docket entries to include.', null=True)),
                        ('include_chronology', models.BooleanField(default=True, help_text='Put the chronology facts on the timeline.')),
                        ('include_parties', models.BooleanField(default=True, help_text='Include parties, counsel and claims.')),
                        ('archival', models.BooleanField(default=False, help_text='Produce an archival PDF/A-3b.')),
                        ('status', models.CharField(choices=[('queued', 'Queued'), ('rendering', 'Rendering'), ('ready', 'Ready'), ('failed', 'Failed')], default='queued', max_length=10)),
                        ('progress', models.PositiveSmallIntegerField(default=0, help_text='Percent done.')),
                        ('error', models.TextField(blank=True, help_text='Why the last attempt failed, in words the requester can act on.')),
                        ('attempts', models.PositiveSmallIntegerField(default=0)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('dispatched_at', models.DateTimeField(blank=True, help_text='When the job last reached the broker.', null=True)),
                        ('started_at', models.DateTimeField(blank=True, null=True)),
                        ('heartbeat_at', models.DateTimeField(blank=True, help_text='Last sign of life from the worker.', null=True)),
                        ('finished_at', models.DateTimeField(blank=True, null=True)),
                        ('file', models.FileField(blank=True, upload_to='reports/%Y/%m/')),
                        ('page_count', models.PositiveIntegerField(blank=True, null=True)),
                        ('file_size', models.PositiveBigIntegerField(blank=True, null=True)),
                        ('sha256', models.CharField(blank=True, max_length=64)),
                        ('case', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reports', to='cases.case')),
                        ('requested_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'filings_report',
                        'ordering': ['-created_at'],
                        'permissions': [('export_report', 'Can export docket and timeline reports')],
                    },
                ),
                migrations.CreateModel(
                    name='ReportPart',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('index', models.PositiveSmallIntegerField(help_text='Its place in the report; part 0 holds the front matter.')),
                        ('entry_offset', models.PositiveIntegerField(help_text='The first docket entry of the slice, counted from 0.')),
                        ('entry_limit', models.PositiveIntegerField(help_text='How many docket entries the slice holds.')),
                        ('status', models.CharField(choices=[('queued', 'Queued'), ('rendering', 'Rendering'), ('done', 'Done')], default='queued', max_length=10)),
                        ('attempts', models.PositiveSmallIntegerField(default=0)),
                        ('dispatched_at', models.DateTimeField(blank=True, null=True)),
                        ('heartbeat_at', models.DateTimeField(blank=True, null=True)),
                        ('file', models.FileField(blank=True, upload_to='reports/parts/')),
                        ('page_count', models.PositiveIntegerField(blank=True, null=True)),
                        ('report', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='parts', to='reports.report')),
                    ],
                    options={
                        'db_table': 'filings_reportpart',
                        'ordering': ['report', 'index'],
                    },
                ),
                migrations.AddIndex(
                    model_name='report',
                    index=models.Index(fields=['status', 'heartbeat_at'], name='report_status_heartbeat_idx'),
                ),
                migrations.AddConstraint(
                    model_name='report',
                    constraint=models.CheckConstraint(condition=models.Q(('date_from__isnull', True), ('date_to__isnull', True), ('date_to__gte', models.F('date_from')), _connector='OR'), name='report_date_range_in_order', violation_error_message='The end of the date range is before its start.'),
                ),
                migrations.AddConstraint(
                    model_name='report',
                    constraint=models.CheckConstraint(condition=models.Q(('progress__lte', 100)), name='report_progress_percent'),
                ),
                migrations.AddConstraint(
                    model_name='report',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'ready'), _negated=True), models.Q(models.Q(('sha256', ''), _negated=True), ('page_count__isnull', False), models.Q(('file', ''), _negated=True)), _connector='OR'), name='report_ready_has_its_file'),
                ),
                migrations.AddConstraint(
                    model_name='reportpart',
                    constraint=models.UniqueConstraint(fields=('report', 'index'), name='report_part_index_unique'),
                ),
            ],
            database_operations=[],
        ),
        content_types_move("filings", "reports", ["report", "reportpart"]),
        permission_move("export_report", old=("cases", "case"), new=("reports", "report")),
    ]
