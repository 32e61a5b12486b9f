from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('imports', '0001_docket_import_moves_here'),
        ('reports', '0001_reports_move_here'),
        ('filings', '0010_role_groups_for_reports'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='historicaldocketimport',
                    name='case',
                ),
                migrations.RemoveField(
                    model_name='historicaldocketimport',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicaldocketimport',
                    name='imported_by',
                ),
                migrations.RemoveField(
                    model_name='report',
                    name='case',
                ),
                migrations.RemoveField(
                    model_name='report',
                    name='requested_by',
                ),
                migrations.RemoveField(
                    model_name='reportpart',
                    name='report',
                ),
                migrations.DeleteModel(
                    name='DocketImport',
                ),
                migrations.DeleteModel(
                    name='HistoricalDocketImport',
                ),
                migrations.DeleteModel(
                    name='Report',
                ),
                migrations.DeleteModel(
                    name='ReportPart',
                ),
            ],
            database_operations=[],
        ),
    ]
