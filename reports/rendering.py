"""The worker's half of a report: render a part with WeasyPrint, join the parts with pypdf.

Only the tasks import this module, and only the worker imports the tasks: the web process never loads a
PDF library.
"""

import io
import logging

from django.core.files.base import ContentFile

from .models import Report, ReportPart
from .render.assembly import assemble
from .render.document import part_render
from .render.heartbeat import heartbeat
from .services import part_claim, part_done, report_finish

log = logging.getLogger(__name__)


def part_render_and_save(part_id: int) -> None:
    """Render one part; when it is the last one, queue the joining of the report."""
    part = part_claim(part_id)
    if part is None:
        return
    report = part.report
    single = report.parts.count() == 1
    with heartbeat(ReportPart.objects.filter(pk=part.pk)), heartbeat(Report.objects.filter(pk=report.pk)):
        rendered = part_render(report, part, number_pages=single)
    if rendered.refused_urls:
        log.warning("Report %s part %s: refused to fetch %s", report.pk, part.index, rendered.refused_urls)
    if single:
        report_finish(report.pk, rendered.pdf, rendered.page_count)
        ReportPart.objects.filter(pk=part.pk).update(status=ReportPart.Status.DONE, page_count=rendered.page_count)
        return
    part.file.save(f"{report.pk}-{part.index}.pdf", ContentFile(rendered.pdf), save=False)
    part_done(part, rendered.page_count)


def part_read(part: ReportPart) -> io.BytesIO:
    """A rendered part as bytes, read through storage: another host's worker may have rendered it."""
    with part.file.open("rb") as stored:
        return io.BytesIO(stored.read())


def report_assemble(report_id: int) -> None:
    """Join the finished parts into the report's PDF."""
    report = Report.objects.select_related("case__court", "requested_by").filter(pk=report_id).first()
    if report is None or report.status != Report.Status.RENDERING:
        return
    parts = list(report.parts.order_by("index"))
    if any(part.status != ReportPart.Status.DONE for part in parts):
        return
    with heartbeat(Report.objects.filter(pk=report.pk)):
        pdf, pages = assemble(report, [part_read(part) for part in parts])
    report_finish(report.pk, pdf, pages)
    for part in parts:
        part.file.delete(save=False)
