"""Joining a report's parts into one PDF: pages in order, "Page X of Y" on each, outline and properties kept."""

import io

from django.conf import settings
from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ..models import Report
from .document import document_subject, document_title

# Where report.css puts the running footer's right-hand box: 17 mm from the right edge of a Letter page,
# centred in the 22 mm bottom margin.
STAMP_RIGHT, STAMP_BASELINE, STAMP_SIZE = letter[0] - 17 * mm, 28.5, 7.5


def page_stamps(total: int) -> PdfReader:
    """`total` transparent pages, each carrying only its "Page X of Y" where the report's footer puts it.

    Drawn with ReportLab rather than laid out by WeasyPrint: a page here costs microseconds, not milliseconds.
    """
    pdfmetrics.registerFont(TTFont("ReportFooter", settings.REPORT_FOOTER_FONT))
    output = io.BytesIO()
    pages = canvas.Canvas(output, pagesize=letter, pageCompression=1)
    for number in range(1, total + 1):
        pages.setFont("ReportFooter", STAMP_SIZE)
        pages.setFillColorRGB(0.267, 0.267, 0.267)
        pages.drawRightString(STAMP_RIGHT, STAMP_BASELINE, f"Page {number} of {total}")
        pages.showPage()
    pages.save()
    return PdfReader(output)


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
    """One PDF from the parts' files (paths or binary streams), in order. Returns the bytes and the page count."""
    writer = PdfWriter()
    readers = [PdfReader(part_file) for part_file in part_files]
    for reader in readers:
        writer.append(reader, import_outline=True)
    stamps = page_stamps(len(writer.pages))
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        page.merge_page(stamp)
    writer.add_metadata(properties(report))
    reading_marks(writer)
    if report.archival:
        keep_archival_marks(writer, readers[0])
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue(), len(writer.pages)


def reading_marks(writer: PdfWriter) -> None:
    """What a screen reader and a viewer need from a joined report that has no tag tree: its language, and its
    title (not the file name) in the window."""
    writer._root_object[NameObject("/Lang")] = TextStringObject("en")
    writer._root_object[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )


def keep_archival_marks(writer: PdfWriter, first: PdfReader) -> None:
    """Carry the PDF/A output intent and XMP metadata WeasyPrint wrote into the joined file."""
    root = first.trailer["/Root"]
    for key in ("/OutputIntents", "/Metadata"):
        if key in root:
            writer._root_object[NameObject(key)] = writer._add_object(root[key].get_object().clone(writer))
