import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('deadlines', '0002_seed_rules'),
    ]

    operations = [
        migrations.CreateModel(
            name='FeedEvent',
            fields=[
                ('deadline', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='feed_event', serialize=False, to='deadlines.deadline')),
                ('sequence', models.PositiveIntegerField(help_text="The deadline's SEQUENCE this text was written for.")),
                ('text', models.TextField()),
            ],
        ),
    ]
