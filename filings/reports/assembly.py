"""Joining a report's parts into one PDF: pages in order, "Page X of Y" on each, outline and properties kept."""

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from weasyprint import HTML

from ..models import Report
from .document import document_subject, document_title
from .fetcher import BASE_URL, StaticOnlyFetcher

STAMP = """<!DOCTYPE html><html><head><link rel="stylesheet" href="stamp.css"></head>
<body>{pages}</body></html>"""


def page_stamps(total: int) -> PdfReader:
    """`total` blank pages, each carrying only its "Page X of Y", in the report's own footer place."""
    html = STAMP.format(pages='<div class="page"></div>' * total)
    pdf = HTML(string=html, base_url=BASE_URL, url_fetcher=StaticOnlyFetcher()).write_pdf()
    return PdfReader(io.BytesIO(pdf))


def properties(report: Report) -> dict:
    case = report.case
    user = report.requested_by
    return {
        "/Title": document_title(report),
        "/Author": (user.get_full_name() or user.get_username()) if user else "",
        "/Subject": document_subject(report),
        "/Keywords": f"docket, {case.court.citation}, {case.docket_number}",
        "/Creator": "Casetracker",
    }


def assemble(report: Report, part_files: list) -> tuple[bytes, int]:
    """One PDF from the parts' files, in order. Returns the bytes and the page count."""
    writer = PdfWriter()
    readers = [PdfReader(part_file) for part_file in part_files]
    for reader in readers:
        writer.append(reader, import_outline=True)
    stamps = page_stamps(len(writer.pages))
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        page.merge_page(stamp)
    writer.add_metadata(properties(report))
    if report.archival:
        keep_archival_marks(writer, readers[0])
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue(), len(writer.pages)


def keep_archival_marks(writer: PdfWriter, first: PdfReader) -> None:
    """Carry the PDF/A output intent and XMP metadata WeasyPrint wrote into the joined file."""
    root = first.trailer["/Root"]
    for key in ("/OutputIntents", "/Metadata"):
        if key in root:
            writer._root_object[NameObject(key)] = writer._add_object(root[key].get_object().clone(writer))
