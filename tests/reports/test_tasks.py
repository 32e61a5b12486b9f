"""The task adapters: a real failure becomes the report's message; a busy part is retried, not failed."""

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from reports.models import Report, ReportPart
from reports.rendering import part_render_and_save
from reports.services import PartBusy
from reports.tasks import report_assemble_task, report_part_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def rendering(reference_case, attorney):
    report = Report.objects.create(case=reference_case, requested_by=attorney, status="rendering")
    part = ReportPart.objects.create(report=report, index=0, entry_offset=0, entry_limit=500, status="done")
    part.file.save("part.pdf", ContentFile(b"%PDF-1.7 not really a pdf"))
    return report, part


def test_a_join_that_cannot_read_its_parts_fails_the_report_with_a_message(rendering):
    """A broken part file is a real failure: the report says what went wrong and asks for a retry."""
    report, _ = rendering
    report_assemble_task.apply(args=[report.pk])
    report.refresh_from_db()
    assert report.status == "failed"
    assert report.error.startswith("Putting the report together failed (") and report.error.endswith("Retry it.")


def test_a_part_another_worker_is_rendering_is_left_to_it(rendering):
    """A part with a fresh heartbeat elsewhere is busy: the job is to retry later, and the report is untouched."""
    report, part = rendering
    ReportPart.objects.filter(pk=part.pk).update(status="rendering", heartbeat_at=timezone.now())
    with pytest.raises(PartBusy):
        part_render_and_save(part.pk)
    report.refresh_from_db()
    assert report.status == "rendering" and report.error == ""


def test_a_part_of_a_vanished_report_is_a_quiet_no_op(rendering):
    """The report was deleted while its job waited: the job does nothing."""
    report, part = rendering
    report.delete()
    assert report_part_task.apply(args=[part.pk]).state == "SUCCESS"
