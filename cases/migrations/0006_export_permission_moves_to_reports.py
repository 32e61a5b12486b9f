from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0005_fewer_redundant_indexes'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='case',
            options={'ordering': ['-date_filed', 'court_id', 'docket_number']},
        ),
    ]
