"""An appeal's parties: appellant and appellee join the roles a party can have in a case."""

from django.db import migrations, models

ROLES = [
    ("plaintiff", "Plaintiff"),
    ("defendant", "Defendant"),
    ("class_rep", "Putative class representative"),
    ("petitioner", "Petitioner"),
    ("respondent", "Respondent"),
    ("appellant", "Appellant"),
    ("appellee", "Appellee"),
    ("intervenor", "Intervenor"),
    ("counter_claimant", "Counter claimant"),
    ("counter_defendant", "Counter defendant"),
    ("cross_claimant", "Cross claimant"),
    ("cross_defendant", "Cross defendant"),
    ("third_party_plaintiff", "Third-party plaintiff"),
    ("third_party_defendant", "Third-party defendant"),
    ("debtor", "Debtor"),
    ("creditor", "Creditor"),
    ("trustee", "Trustee"),
    ("movant", "Movant"),
    ("interested_party", "Interested party"),
    ("amicus", "Amicus"),
    ("other", "Other"),
]


def role_field():
    return models.CharField(choices=ROLES, help_text="The party's role in this case.", max_length=30)


class Migration(migrations.Migration):
    dependencies = [("cases", "0017_pacer_court_ids")]

    operations = [
        migrations.AlterField(model_name="caseparty", name="role", field=role_field()),
        migrations.AlterField(model_name="historicalcaseparty", name="role", field=role_field()),
    ]
