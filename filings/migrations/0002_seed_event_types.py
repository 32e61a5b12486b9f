"""Seed the catalogue of docket events, with what each does to its case."""

from django.db import migrations

NONE, COMMENCES = "none", "commences"
VOLUNTARY, STIPULATED = "voluntary_dismissal", "stipulated_dismissal"

EVENT_TYPES = [
    ("complaint", "Complaint", COMMENCES),
    ("amended_complaint", "Amended complaint", NONE),
    ("civil_cover_sheet", "Civil cover sheet", NONE),
    ("summons", "Summons", NONE),
    ("summons_returned", "Summons returned executed", NONE),
    ("notice_of_appearance", "Notice of appearance", NONE),
    ("corporate_disclosure", "Corporate disclosure statement", NONE),
    ("answer", "Answer", NONE),
    ("motion", "Motion", NONE),
    ("motion_to_dismiss", "Motion to dismiss", NONE),
    ("motion_summary_judgment", "Motion for summary judgment", NONE),
    ("opposition", "Opposition", NONE),
    ("reply", "Reply", NONE),
    ("stipulation", "Stipulation", NONE),
    ("order", "Order", NONE),
    ("minute_entry", "Minute entry", NONE),
    ("notice", "Notice", NONE),
    ("notice_voluntary_dismissal", "Notice of voluntary dismissal", VOLUNTARY),
    ("stipulated_dismissal", "Stipulation of dismissal", STIPULATED),
    ("judgment", "Judgment", NONE),
    ("notice_of_appeal", "Notice of appeal", NONE),
    ("transcript", "Transcript", NONE),
    ("certificate_of_service", "Certificate of service", NONE),
    ("other", "Other", NONE),
]


def seed(apps, schema_editor):
    event_type = apps.get_model("filings", "EventType")
    for code, name, effect in EVENT_TYPES:
        event_type.objects.get_or_create(code=code, defaults={"name": name, "effect": effect})


def unseed(apps, schema_editor):
    apps.get_model("filings", "EventType").objects.filter(code__in=[code for code, *_ in EVENT_TYPES], entries=None).delete()


class Migration(migrations.Migration):
    dependencies = [("filings", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
