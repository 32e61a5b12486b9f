"""Seed the catalogue of docket events, with what each does to its case."""

from django.db import migrations

NONE, COMMENCES = "none", "commences"
MILESTONE = True  # shown on the case timeline
VOLUNTARY, STIPULATED = "voluntary_dismissal", "stipulated_dismissal"

EVENT_TYPES = [
    ("complaint", "Complaint", COMMENCES, MILESTONE),
    ("amended_complaint", "Amended complaint", NONE, MILESTONE),
    ("civil_cover_sheet", "Civil cover sheet", NONE, False),
    ("summons", "Summons", NONE, False),
    ("summons_returned", "Summons returned executed", NONE, False),
    ("notice_of_appearance", "Notice of appearance", NONE, False),
    ("corporate_disclosure", "Corporate disclosure statement", NONE, False),
    ("answer", "Answer", NONE, MILESTONE),
    ("motion", "Motion", NONE, False),
    ("motion_to_dismiss", "Motion to dismiss", NONE, MILESTONE),
    ("motion_summary_judgment", "Motion for summary judgment", NONE, MILESTONE),
    ("opposition", "Opposition", NONE, False),
    ("reply", "Reply", NONE, False),
    ("stipulation", "Stipulation", NONE, False),
    ("order", "Order", NONE, False),
    ("minute_entry", "Minute entry", NONE, False),
    ("notice", "Notice", NONE, False),
    ("notice_voluntary_dismissal", "Notice of voluntary dismissal", VOLUNTARY, MILESTONE),
    ("stipulated_dismissal", "Stipulation of dismissal", STIPULATED, MILESTONE),
    ("judgment", "Judgment", NONE, MILESTONE),
    ("notice_of_appeal", "Notice of appeal", NONE, MILESTONE),
    ("transcript", "Transcript", NONE, False),
    ("certificate_of_service", "Certificate of service", NONE, False),
    ("other", "Other", NONE, False),
]


def seed(apps, schema_editor):
    event_type = apps.get_model("filings", "EventType")
    for code, name, effect, is_milestone in EVENT_TYPES:
        event_type.objects.get_or_create(code=code, defaults={"name": name, "effect": effect, "is_milestone": is_milestone})


def unseed(apps, schema_editor):
    apps.get_model("filings", "EventType").objects.filter(code__in=[code for code, *_ in EVENT_TYPES], entries=None).delete()


class Migration(migrations.Migration):
    dependencies = [("filings", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
