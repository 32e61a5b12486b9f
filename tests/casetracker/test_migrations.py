"""A database made before imports and reports had apps of their own migrates in place: every row stays."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

# The last migrations of the layout in which filings held the imports and the reports.
BEFORE = [("cases", "0005_fewer_redundant_indexes"), ("filings", "0010_role_groups_for_reports")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1]]).apps


def rows_as_before(apps) -> dict:
    """A case with a docket entry, an import with its history, a report with a part, an admin log line, and the
    export permission granted to the Attorney group, all written through the models as they were."""
    court, _ = apps.get_model("cases", "Court").objects.get_or_create(id="cand", defaults={"name": "N.D. Cal."})
    case = apps.get_model("cases", "Case").objects.create(
        court=court, docket_number="5:25-cv-00709", case_name="X v. Y"
    )
    entry = apps.get_model("filings", "DocketEntry").objects.create(
        case=case, sequence=1, date_filed=datetime.date(2025, 1, 21), description="COMPLAINT"
    )
    record = apps.get_model("filings", "DocketImport").objects.create(case=case, source="pacer_html", sha256="a" * 64)
    apps.get_model("filings", "HistoricalDocketImport").objects.create(
        id=record.pk, case=case, source="pacer_html", sha256="a" * 64, imported_at=timezone.now(),
        history_date=timezone.now(), history_type="+",
    )  # fmt: skip
    report = apps.get_model("filings", "Report").objects.create(case=case, status="queued")
    part = apps.get_model("filings", "ReportPart").objects.create(report=report, index=0, entry_offset=0, entry_limit=1)
    content_type = apps.get_model("contenttypes", "ContentType")
    report_type = content_type.objects.get_or_create(app_label="filings", model="report")[0]
    export = apps.get_model("auth", "Permission").objects.get_or_create(
        codename="export_report", content_type=content_type.objects.get(app_label="cases", model="case")
    )[0]
    group = apps.get_model("auth", "Group").objects.get_or_create(name="Attorney")[0]
    group.permissions.add(export)
    user = apps.get_model("auth", "User").objects.create(username="clerk")
    log = apps.get_model("admin", "LogEntry").objects.create(
        user=user, content_type=report_type, object_id=str(report.pk), object_repr="Report", action_flag=2
    )
    return {"case": case.pk, "entry": entry.pk, "import": record.pk, "report": report.pk, "part": part.pk,
            "report_type": report_type.pk, "export": export.pk, "log": log.pk}  # fmt: skip


@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_split_keeps_every_row():
    """Roll back to the old layout, write rows there, migrate forward: the same rows answer the new models."""
    old_apps = migrate([*BEFORE, ("imports", None), ("reports", None)])
    before = rows_as_before(old_apps)
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    from django.contrib.admin.models import LogEntry
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    from filings.models import DocketEntry
    from imports.models import DocketImport
    from reports.models import Report, ReportPart

    report = Report.objects.get(pk=before["report"])
    assert (report.case_id, report.status) == (before["case"], "queued")
    assert ReportPart.objects.get(pk=before["part"]).report_id == report.pk
    assert DocketImport.objects.get(pk=before["import"]).case_id == before["case"]
    assert DocketImport.history.get(id=before["import"]).sha256 == "a" * 64
    assert DocketEntry.objects.get(pk=before["entry"]).case_id == before["case"]
    assert ContentType.objects.get_for_model(Report).pk == before["report_type"]
    assert LogEntry.objects.get(pk=before["log"]).get_edited_object() == report
    export = Permission.objects.get(pk=before["export"])
    assert (export.content_type.app_label, export.content_type.model) == ("reports", "report")
    assert Group.objects.get(name="Attorney").permissions.filter(pk=export.pk).exists()
    assert not ContentType.objects.filter(app_label="filings", model__in=["report", "docketimport"]).exists()
