"""One part of a report as HTML, then as PDF pages. Every value reaches the page through Django's escaping."""

from dataclasses import dataclass, replace

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML

from appeals.models import Appeal
from cases.selectors import case_caption, case_claims, case_parties_by_role
from filings.selectors import case_timeline

from ..models import Report, ReportPart
from ..selectors import REPORT_DEADLINES, REPORT_NOTES, report_deadlines, report_notes_printed
from .docket import part_entries, text_printed
from .fetcher import BASE_URL, StaticOnlyFetcher

PDF_A = "pdf/a-3b"


@dataclass
class RenderedPart:
    pdf: bytes
    page_count: int
    refused_urls: list[str]


def moment(when) -> str:
    return f"{timezone.localtime(when):%b %-d, %Y %-I:%M %p %Z}"


def made_line(report: Report) -> str:
    user = report.requested_by
    who = (user.get_full_name() or user.get_username()) if user else "a former user"
    return f"Made {moment(report.created_at)} by {who}"


def front_matter(report: Report) -> dict:
    case = report.case
    parties = case_parties_by_role(case=case)
    timeline = case_timeline(case=case)
    if not report.include_chronology:
        timeline = [item for item in timeline if item.kind == "entry"]
    if report.planned_at:  # a milestone entered while the report rendered is on neither its docket nor its timeline
        timeline = [item for item in timeline if not item.entry or item.entry.created_at <= report.planned_at]
    timeline = [replace(item, text=text_printed(item.text, len(item.text))) for item in timeline]
    return {
        "caption": case_caption(case=case, parties_by_role=parties),
        "appeal": Appeal.objects.select_related("originating_court").filter(case=case).first(),
        "parties_by_role": parties if report.include_parties else [],
        "claims": list(case_claims(case=case)) if report.include_parties else [],
        "timeline": timeline,
        "deadlines": list(report_deadlines(report)[: REPORT_DEADLINES + 1]) if report.include_deadlines else [],
        "deadline_limit": REPORT_DEADLINES,
        "notes": report_notes_printed(report),
        "note_limit": REPORT_NOTES,
    }


def part_context(report: Report, part: ReportPart, *, number_pages: bool) -> dict:
    context = {
        "report": report,
        "case": report.case,
        "part": part,
        "entries": part_entries(report, part),
        "docket_as_of": moment(report.planned_at) if report.planned_at else "",
        "made": made_line(report),
        "title": document_title(report),
        "subject": document_subject(report),
        "number_pages": number_pages,
        "site_url": settings.SITE_URL,
    }
    if part.index == 0:
        context.update(front_matter(report))
    return context


def part_render(report: Report, part: ReportPart, *, number_pages: bool) -> RenderedPart:
    """Render one part. With number_pages the part is the whole report and numbers its own pages."""
    html = render_to_string("reports/part.html", part_context(report, part, number_pages=number_pages))
    fetcher = StaticOnlyFetcher()
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher).render()
    variant = PDF_A if report.archival and number_pages else None
    # A report in one pass is tagged for screen readers; parts that will be joined are not (one tree cannot span them).
    pdf = document.write_pdf(
        pdf_variant=variant, pdf_tags=number_pages, pdf_identifier=f"casetracker-report-{report.pk}".encode()
    )
    return RenderedPart(pdf=pdf, page_count=len(document.pages), refused_urls=fetcher.refused)


def document_title(report: Report) -> str:
    return f"Docket and timeline report: {report.case.title}, No. {report.case.docket_number}"


def document_subject(report: Report) -> str:
    case = report.case
    return f"Docket, timeline and case summary of {case.case_name}, {case.court.name}, No. {case.docket_number}"
