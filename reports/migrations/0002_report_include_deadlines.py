from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0001_reports_move_here'),
    ]

    operations = [
        migrations.AddField(
            model_name='report',
            name='include_deadlines',
            field=models.BooleanField(default=True, help_text='Include the deadlines and hearings.'),
        ),
    ]
